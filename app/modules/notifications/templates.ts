/**
 * Every notification the platform sends, as code: who it is for, its parameters, its texts in
 * both languages, and the WhatsApp template it maps to. The in-app list, the email and the
 * WhatsApp message are all rendered from one entry, in the recipient's language.
 *
 * WhatsApp only delivers pre-approved templates: each entry's `whatsapp` name must be registered
 * in WhatsApp Manager, in `id` and `en`, with the body texts below where `{name}` becomes `{{n}}`
 * in the order of `params` (docs/notifications.md lists them).
 */
import { formatRupiah } from "~/modules/money/money";
import { type Locale } from "~/utils/i18n";
import { formatDate, formatDateTime } from "~/utils/format";

/** How a parameter is shown: as given, as Rupiah (integer), or as a Jakarta date (and time). */
type ParamType = "text" | "rupiah" | "datetime" | "date";

interface Template {
  audience: "seller" | "buyer" | "staff" | "anyone";
  params: Record<string, ParamType>;
  whatsapp: string;
  id: { title: string; body: string };
  en: { title: string; body: string };
}

export const TEMPLATES = {
  "seller.orderNew": {
    audience: "seller",
    params: { code: "text", buyer: "text", total: "rupiah", shop: "text" },
    whatsapp: "pk_pesanan_baru",
    id: {
      title: "Pesanan baru {code}",
      body: "{buyer} memesan di {shop} senilai {total}. Buka pesanan untuk memprosesnya.",
    },
    en: {
      title: "New order {code}",
      body: "{buyer} ordered from {shop} for {total}. Open the order to process it.",
    },
  },
  "seller.orderPaid": {
    audience: "seller",
    params: { code: "text", total: "rupiah", packBy: "datetime" },
    whatsapp: "pk_pesanan_dibayar",
    id: {
      title: "Pesanan {code} sudah dibayar",
      body: "Pembayaran {total} sudah diterima. Kemas pesanan sebelum {packBy}.",
    },
    en: {
      title: "Order {code} is paid",
      body: "Payment of {total} was received. Pack the order before {packBy}.",
    },
  },
  "seller.paymentProof": {
    audience: "seller",
    params: { code: "text", total: "rupiah" },
    whatsapp: "pk_bukti_transfer",
    id: {
      title: "Bukti transfer {code}",
      body: "Pembeli mengirim bukti pembayaran {total}. Periksa rekening Anda lalu konfirmasi.",
    },
    en: {
      title: "Transfer receipt for {code}",
      body: "The buyer sent a receipt for {total}. Check your account, then confirm.",
    },
  },
  "seller.orderCancelled": {
    audience: "seller",
    params: { code: "text", reason: "text" },
    whatsapp: "pk_pesanan_batal_penjual",
    id: { title: "Pesanan {code} dibatalkan", body: "Alasan: {reason}. Stok sudah dikembalikan." },
    en: { title: "Order {code} was cancelled", body: "Reason: {reason}. The stock is back." },
  },
  "seller.packSoon": {
    audience: "seller",
    params: { code: "text", packBy: "datetime" },
    whatsapp: "pk_segera_kemas",
    id: {
      title: "Segera kemas {code}",
      body: "Pesanan ini batal otomatis bila belum dikemas sampai {packBy}.",
    },
    en: {
      title: "Pack {code} soon",
      body: "This order is cancelled automatically if it is not packed by {packBy}.",
    },
  },
  "seller.orderCompleted": {
    audience: "seller",
    params: { code: "text", total: "rupiah" },
    whatsapp: "pk_pesanan_selesai_penjual",
    id: {
      title: "Pesanan {code} selesai",
      body: "Penjualan {total} sudah dicatat di saldo toko.",
    },
    en: { title: "Order {code} completed", body: "The sale of {total} is in the shop's balance." },
  },
  "seller.shipmentReturned": {
    audience: "seller",
    params: { code: "text", courier: "text" },
    whatsapp: "pk_paket_kembali",
    id: {
      title: "Paket {code} dikembalikan",
      body: "{courier} melaporkan paket kembali ke pengirim. Hubungi pembeli, lalu kirim ulang atau kembalikan dananya.",
    },
    en: {
      title: "Parcel {code} was returned",
      body: "{courier} reports the parcel went back to the sender. Contact the buyer, then resend it or refund.",
    },
  },
  "seller.shipmentCancelled": {
    audience: "seller",
    params: { code: "text", courier: "text" },
    whatsapp: "pk_kirim_batal_kurir",
    id: {
      title: "Pengiriman {code} dibatalkan kurir",
      body: "{courier} membatalkan jemput paket ini. Pesan jemput lagi atau isi resi kurir lain di halaman pesanan.",
    },
    en: {
      title: "Delivery of {code} cancelled by the courier",
      body: "{courier} cancelled this pickup. Book another or enter another courier's waybill on the order page.",
    },
  },
  "seller.reviewReceived": {
    audience: "seller",
    params: { product: "text", rating: "text" },
    whatsapp: "pk_ulasan_baru",
    id: { title: "Ulasan baru: {rating}★", body: "Pembeli menulis ulasan untuk {product}." },
    en: { title: "New review: {rating}★", body: "A buyer reviewed {product}." },
  },
  "seller.stockOut": {
    audience: "seller",
    params: { product: "text", variant: "text" },
    whatsapp: "pk_stok_habis",
    id: {
      title: "Stok habis: {product}",
      body: "Pilihan {variant} tidak bisa dibeli sampai stoknya diisi lagi.",
    },
    en: {
      title: "Out of stock: {product}",
      body: "{variant} cannot be bought until it is restocked.",
    },
  },
  "seller.stockLow": {
    audience: "seller",
    params: { product: "text", variant: "text", stock: "text" },
    whatsapp: "pk_stok_menipis",
    id: { title: "Stok menipis: {product}", body: "Pilihan {variant} tinggal {stock}." },
    en: { title: "Low stock: {product}", body: "Only {stock} left of {variant}." },
  },
  "seller.verification": {
    audience: "seller",
    params: { shop: "text", outcome: "text", note: "text" },
    whatsapp: "pk_hasil_verifikasi",
    id: { title: "Verifikasi {shop}: {outcome}", body: "Catatan petugas: {note}" },
    en: { title: "Verification of {shop}: {outcome}", body: "Staff note: {note}" },
  },
  "seller.payout": {
    audience: "seller",
    params: { amount: "rupiah", reference: "text" },
    whatsapp: "pk_pencairan_dana",
    id: {
      title: "Dana {amount} dicairkan",
      body: "Pencairan ke rekening toko sudah dicatat (ref. {reference}).",
    },
    en: {
      title: "{amount} paid out",
      body: "A payout to the shop's account was recorded (ref. {reference}).",
    },
  },
  "seller.trainingTomorrow": {
    audience: "seller",
    params: { title: "text", startsAt: "datetime", venue: "text" },
    whatsapp: "pk_pelatihan_besok",
    id: { title: "Besok: {title}", body: "Pelatihan mulai {startsAt} di {venue}." },
    en: { title: "Tomorrow: {title}", body: "The training starts {startsAt} at {venue}." },
  },
  "buyer.orderPaid": {
    audience: "buyer",
    params: { code: "text", shop: "text" },
    whatsapp: "pk_pembayaran_diterima",
    id: {
      title: "Pembayaran {code} diterima",
      body: "{shop} akan mengemas pesanan Anda.",
    },
    en: { title: "Payment for {code} received", body: "{shop} will pack your order." },
  },
  "buyer.orderPacked": {
    audience: "buyer",
    params: { code: "text", shop: "text" },
    whatsapp: "pk_pesanan_dikemas",
    id: { title: "Pesanan {code} dikemas", body: "{shop} sedang menyiapkan pesanan Anda." },
    en: { title: "Order {code} packed", body: "{shop} is getting your order ready." },
  },
  "buyer.orderShipped": {
    audience: "buyer",
    params: { code: "text", shop: "text", tracking: "text" },
    whatsapp: "pk_pesanan_dikirim",
    id: { title: "Pesanan {code} dikirim", body: "{shop} sudah mengirim pesanan. {tracking}" },
    en: { title: "Order {code} shipped", body: "{shop} has sent your order. {tracking}" },
  },
  "buyer.orderDelivered": {
    audience: "buyer",
    params: { code: "text", shop: "text", receiveBy: "datetime" },
    whatsapp: "pk_pesanan_sampai",
    id: {
      title: "Pesanan {code} sudah sampai",
      body: "Kurir melaporkan paket dari {shop} sudah diterima. Periksa lalu konfirmasi; bila tidak ada kabar, pesanan dianggap diterima pada {receiveBy}.",
    },
    en: {
      title: "Order {code} was delivered",
      body: "The courier reports the parcel from {shop} was delivered. Check it and confirm; without word from you it counts as received on {receiveBy}.",
    },
  },
  "buyer.paymentDue": {
    audience: "buyer",
    params: { code: "text", total: "rupiah", deadline: "datetime" },
    whatsapp: "pk_batas_bayar",
    id: {
      title: "Bayar {code} sebelum {deadline}",
      body: "Pesanan senilai {total} batal otomatis bila belum dibayar sampai batas waktu.",
    },
    en: {
      title: "Pay for {code} before {deadline}",
      body: "The order of {total} is cancelled automatically if it is not paid in time.",
    },
  },
  "buyer.receiveSoon": {
    audience: "buyer",
    params: { code: "text", shop: "text", receiveBy: "datetime" },
    whatsapp: "pk_segera_diterima",
    id: {
      title: "Pesanan {code} sudah sampai?",
      body: "Pesanan dari {shop} akan dianggap diterima pada {receiveBy}. Ada masalah? Hubungi penjual sebelum itu.",
    },
    en: {
      title: "Has order {code} arrived?",
      body: "The order from {shop} will be marked received on {receiveBy}. A problem? Contact the seller before then.",
    },
  },
  "buyer.orderCompleted": {
    audience: "buyer",
    params: { code: "text", shop: "text" },
    whatsapp: "pk_pesanan_selesai",
    id: {
      title: "Pesanan {code} selesai",
      body: "Terima kasih sudah berbelanja di {shop}. Beri ulasan untuk membantu pembeli lain.",
    },
    en: {
      title: "Order {code} completed",
      body: "Thank you for shopping at {shop}. A review helps other buyers.",
    },
  },
  "buyer.orderCancelled": {
    audience: "buyer",
    params: { code: "text", shop: "text", reason: "text" },
    whatsapp: "pk_pesanan_batal",
    id: { title: "Pesanan {code} dibatalkan", body: "Pesanan dari {shop} dibatalkan: {reason}" },
    en: { title: "Order {code} cancelled", body: "Your order from {shop} was cancelled: {reason}" },
  },
  "buyer.orderRefunded": {
    audience: "buyer",
    params: { code: "text", shop: "text", total: "rupiah", reason: "text" },
    whatsapp: "pk_dana_kembali",
    id: {
      title: "Dana pesanan {code} dikembalikan",
      body: "{shop} mengembalikan {total}: {reason}",
    },
    en: { title: "Order {code} refunded", body: "{shop} is refunding {total}: {reason}" },
  },
  "staff.verificationDigest": {
    audience: "staff",
    params: { count: "text" },
    whatsapp: "pk_antrian_verifikasi",
    id: {
      title: "{count} UMKM menunggu verifikasi",
      body: "Periksa data dan legalitas mereka di halaman verifikasi.",
    },
    en: {
      title: "{count} businesses await verification",
      body: "Check their details and legality on the verification page.",
    },
  },
  "seller.receivableDue": {
    audience: "seller",
    params: { party: "text", amount: "rupiah", dueOn: "date" },
    whatsapp: "pk_piutang_jatuh_tempo",
    id: {
      title: "Piutang {party} jatuh tempo {dueOn}",
      body: "{party} masih berutang {amount}. Buka buku utang-piutang untuk mengirim pengingat.",
    },
    en: {
      title: "{party}'s debt is due {dueOn}",
      body: "{party} still owes {amount}. Open the debt book to send a reminder.",
    },
  },
  "seller.legalityVerified": {
    audience: "seller",
    params: { document: "text", note: "text" },
    whatsapp: "pk_dokumen_terverifikasi",
    id: {
      title: "Dokumen {document} terverifikasi",
      body: "Staf dinas sudah mencocokkan dokumen {document} dengan pindaiannya. Lencananya tampil di toko.",
    },
    en: {
      title: "{document} document verified",
      body: "District staff checked the {document} document against its scan. Its badge now shows on the shop.",
    },
  },
  "seller.legalityRejected": {
    audience: "seller",
    params: { document: "text", note: "text" },
    whatsapp: "pk_dokumen_ditolak",
    id: {
      title: "Dokumen {document} ditolak",
      body: "Alasan: {note}. Perbaiki lalu unggah ulang di halaman legalitas.",
    },
    en: {
      title: "{document} document rejected",
      body: "Reason: {note}. Correct it and upload it again on the legality page.",
    },
  },
  "seller.legalityExpiring": {
    audience: "seller",
    params: { document: "text", lastDay: "date" },
    whatsapp: "pk_dokumen_segera_habis",
    id: {
      title: "{document} berlaku sampai {lastDay}",
      body: "Perpanjang dokumen {document} dan unggah yang baru sebelum {lastDay}; sesudahnya lencananya hilang.",
    },
    en: {
      title: "{document} is valid until {lastDay}",
      body: "Renew the {document} document and upload the new one before {lastDay}; after that its badge goes.",
    },
  },
  "seller.legalityExpired": {
    audience: "seller",
    params: { document: "text", lastDay: "date" },
    whatsapp: "pk_dokumen_habis",
    id: {
      title: "{document} sudah tidak berlaku",
      body: "Dokumen {document} berlaku sampai {lastDay}; lencananya tidak tampil lagi. Unggah dokumen yang baru.",
    },
    en: {
      title: "{document} has expired",
      body: "The {document} document was valid until {lastDay}; its badge no longer shows. Upload the new one.",
    },
  },
  "seller.payableDue": {
    audience: "seller",
    params: { party: "text", amount: "rupiah", dueOn: "date" },
    whatsapp: "pk_utang_jatuh_tempo",
    id: {
      title: "Utang ke {party} jatuh tempo {dueOn}",
      body: "Sisa utang ke {party} {amount}. Catat pembayarannya di buku utang-piutang.",
    },
    en: {
      title: "Debt to {party} is due {dueOn}",
      body: "{amount} is still owed to {party}. Record the payment in the debt book.",
    },
  },
  test: {
    audience: "anyone",
    params: { channel: "text" },
    whatsapp: "pk_uji_kirim",
    id: {
      title: "Uji kirim notifikasi",
      body: "Notifikasi lewat {channel} sudah berfungsi.",
    },
    en: { title: "Test notification", body: "Notifications through {channel} work." },
  },
} as const satisfies Record<string, Template>;

export type NotificationKind = keyof typeof TEMPLATES;
export type NotificationParams<K extends NotificationKind> = {
  [P in keyof (typeof TEMPLATES)[K]["params"]]: (typeof TEMPLATES)[K]["params"][P] extends "rupiah"
    ? number
    : string;
};

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(TEMPLATES, kind);
}

/** The parameter values as the recipient reads them, in the template's order. */
export function formatParams(
  kind: NotificationKind,
  params: Record<string, unknown>,
  locale: Locale,
): [string, string][] {
  const spec: Record<string, ParamType> = TEMPLATES[kind].params;
  return Object.entries(spec).map(([name, type]) => {
    const raw = params[name];
    if (type === "rupiah") return [name, formatRupiah(Number(raw ?? 0))];
    if (type === "datetime" || type === "date") {
      const date = typeof raw === "string" ? new Date(raw) : null;
      if (!date || Number.isNaN(date.getTime())) return [name, "—"];
      return [name, type === "date" ? formatDate(locale, date) : formatDateTime(locale, date)];
    }
    return [name, raw === null || raw === undefined || raw === "" ? "—" : String(raw)];
  });
}

/** The title and body of a notification in one language. */
export function renderNotification(
  kind: string,
  params: Record<string, unknown>,
  locale: Locale,
): { title: string; body: string } {
  if (!isNotificationKind(kind)) return { title: kind, body: "" };
  const values = Object.fromEntries(formatParams(kind, params, locale));
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match).trim();
  const texts = TEMPLATES[kind][locale];
  return { title: fill(texts.title), body: fill(texts.body) };
}

/**
 * The WhatsApp Cloud API template message for a notification: the template's name, the
 * language, and the body parameters in order. WhatsApp refuses parameters with line breaks,
 * tabs or more than four spaces in a row, and longer than 1,024 characters.
 */
export function whatsappTemplate(
  kind: NotificationKind,
  params: Record<string, unknown>,
  locale: Locale,
) {
  return {
    name: TEMPLATES[kind].whatsapp,
    language: { code: locale },
    components: [
      {
        type: "body" as const,
        parameters: formatParams(kind, params, locale).map(([, text]) => ({
          type: "text" as const,
          text: text
            .replace(/[\r\n\t]+/g, " ")
            .replace(/ {4,}/g, "   ")
            .slice(0, 1_000),
        })),
      },
    ],
  };
}
