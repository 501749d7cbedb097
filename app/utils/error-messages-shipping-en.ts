/**
 * English for the messages of shipping at checkout: courier quotes per shop and the fee checks
 * (see error-messages-en.ts for how messages are translated).
 */
export const SHIPPING_MESSAGES_EN: Readonly<Record<string, string>> = {
  "Pilih alamat tujuan dulu untuk menghitung ongkir kurir":
    "Choose the delivery address first to work out the courier fee",
  "Ongkir kurir belum bisa dihitung — coba lagi sebentar":
    "The courier fee cannot be worked out right now — try again shortly",
  "Pilih layanan kurir yang tersedia": "Choose one of the courier services offered",
  "Tekan Hitung ongkir dulu untuk melihat ongkir kurir":
    "Press Work out shipping first to see the courier fee",
};

/** Messages built from a template: the whole Indonesian message with a group per filled part. */
export const SHIPPING_PATTERNS_EN: readonly {
  readonly id: RegExp;
  readonly en: (...groups: string[]) => string;
}[] = [
  {
    id: /^(.+) belum punya tarif kurir ke alamat ini — pilih cara pengiriman lain$/,
    en: (shop) => `${shop} has no courier tariff to this address yet — choose another delivery`,
  },
  {
    id: /^Ongkir (.+) berubah menjadi (Rp[\d.]+) — total baru (Rp[\d.]+), periksa lalu pesan lagi$/,
    en: (shop, fee, total) =>
      `The shipping fee of ${shop} changed to ${fee} — the new total is ${total}; check it and order again`,
  },
];
