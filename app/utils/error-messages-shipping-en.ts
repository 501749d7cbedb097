/**
 * English for the messages of shipping at checkout: courier quotes per shop and the fee checks
 * (see error-messages-en.ts for how messages are translated).
 */
import { biteshipEn } from "./i18n-biteship-en";
import { biteshipId } from "./i18n-biteship-id";

export const SHIPPING_MESSAGES_EN: Readonly<Record<string, string>> = {
  // Biteship's own messages a booking failure passes on (its errors' Indonesian texts).
  ...Object.fromEntries(
    (Object.keys(biteshipEn) as (keyof typeof biteshipEn)[])
      .filter((key) => key.startsWith("biteship.error."))
      .map((key) => [biteshipId[key], biteshipEn[key]]),
  ),
  "Pilih alamat tujuan dulu untuk menghitung ongkir kurir":
    "Choose the delivery address first to work out the courier fee",
  "Ongkir kurir belum bisa dihitung — coba lagi sebentar":
    "The courier fee cannot be worked out right now — try again shortly",
  "Pilih layanan kurir yang tersedia": "Choose one of the courier services offered",
  "Tekan Hitung ongkir dulu untuk melihat ongkir kurir":
    "Press Work out shipping first to see the courier fee",
  "Kemas pesanan dulu sebelum memesan jemput kurir":
    "Pack the order before booking a courier pickup",
  "Layanan kurir pesanan ini tidak bisa dipesan otomatis — isi resi sendiri":
    "This order's courier service cannot be booked automatically — type the waybill yourself",
  "Kurir menolak pesanan jemput ini — periksa alamat dan kode pos, atau isi resi sendiri":
    "The courier refused this pickup — check the addresses and postal codes, or type the waybill yourself",
  "Kurir belum menjawab — pesan jemput lagi sebentar lagi":
    "The courier has not answered — book the pickup again in a moment",
  "Pesanan ini sudah dibatalkan — jemput kurirnya ikut dibatalkan":
    "This order has been cancelled — its courier pickup is called off too",
  "Status kiriman hanya bisa diisi untuk pesanan yang dikirim kurir":
    "A delivery status can only be given for an order sent by courier",
  "Kiriman ini dilacak otomatis dari kurir":
    "This parcel is tracked automatically from the courier",
  "Tidak ada dana COD kurir yang menunggu": "No COD money from the courier is waiting",
  "Belum ada pesanan yang siap dikirim": "No order is ready to go out yet",
  "Nomor resi minimal 4 huruf": "A waybill has at least 4 characters",
  "Pilih kurir": "Choose the courier",
  "Nama kurir maksimal 40 huruf": "A courier's name has at most 40 characters",
  "Pilih status kiriman": "Choose the delivery status",
  "Pesanan ini sudah punya pengiriman": "This order already has a delivery",
  "Kode pesanan tidak valid": "That order code is not valid",
  "Pengiriman pesanan ini masih berjalan": "This order's delivery is still under way",
  "Kiriman ini belum bisa dilacak dari kurir": "This parcel cannot be tracked with the courier yet",
  "Status dari kurir belum bisa dibaca — coba lagi sebentar":
    "The courier's status cannot be read right now — try again shortly",
  "Jemput kurir ini tidak bisa dibatalkan lagi": "This courier pickup can no longer be called off",
  "Kurir sudah membawa paket ini — jemputnya tidak bisa dibatalkan lagi":
    "The courier already has this parcel — the pickup can no longer be called off",
  "Pembatalan belum sampai ke kurir — coba lagi sebentar":
    "The cancellation did not reach the courier — try again shortly",
};

/** Messages built from a template: the whole Indonesian message with a group per filled part. */
export const SHIPPING_PATTERNS_EN: readonly {
  readonly id: RegExp;
  readonly en: (...groups: string[]) => string;
}[] = [
  {
    id: /^Pesanan (.+) tidak perlu label pengiriman$/,
    en: (code) => `Order ${code} needs no shipping label`,
  },
  {
    id: /^Paling banyak (\d+) label sekali cetak$/,
    en: (n) => `At most ${n} labels in one print`,
  },
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
