/**
 * English for the messages of payments: card refunds, cards and QRIS, gateways, kode unik
 * transfers and bank statement imports (see error-messages-en.ts for how messages are
 * translated).
 */
export const PAYMENT_MESSAGES_EN: Readonly<Record<string, string>> = {
  // Card refunds
  "Stripe tidak bisa dihubungi — dana belum dikembalikan, coba lagi":
    "Stripe could not be reached — the money has not been refunded yet, try again",
  "Stripe menolak pengembalian dana ke kartu": "Stripe refused the refund to the card",
  "Pembayaran kartu ini belum punya nomor transaksi Stripe":
    "This card payment has no Stripe transaction number yet",
  "Tidak ada pengembalian dana kartu yang perlu diulang": "There is no card refund to retry",
  "Pembayaran kartu belum diatur": "Card payments are not set up",
  "Pesanan baru saja berubah — muat ulang halaman lalu coba lagi":
    "The order just changed — reload the page and try again",
  "Pesanan ini tidak menunggu pembayaran": "This order is not awaiting payment",
  "Tidak ada pembayaran yang menunggu": "There is no payment waiting to be confirmed",
  "Nomor resi maksimal 60 huruf": "Tracking number can be at most 60 characters",
  "Nomor resi hanya huruf, angka dan tanda -":
    "Tracking number may only contain letters, digits and -",
  "Isi nomor resi kurir": "Enter the courier's tracking number",
  "Tulis alasan pembatalan": "Write a reason for cancelling",
  "Tulis alasan pembatalan (minimal 5 huruf)":
    "Write a reason for cancelling (at least 5 characters)",
  "Alasan maksimal 200 huruf": "Reason can be at most 200 characters",
  "Pesanan yang sudah dikirim tidak bisa dibatalkan": "A shipped order cannot be cancelled",
  "Pesanan sudah diproses penjual — hubungi penjual":
    "The seller is already processing this order — contact the seller",
  "Pesanan bayar di tempat ini belum dibayar — tidak ada dana untuk dikembalikan":
    "This cash-on-delivery order has not been paid — there is nothing to refund",
  "Pesanan ini belum dikirim — batalkan saja":
    "This order has not been shipped — cancel it instead",
  "Pilih bintang 1 sampai 5": "Choose 1 to 5 stars",
  "Ulasan maksimal 1000 huruf": "A review can be at most 1,000 characters",
  "Ulasan bisa ditulis setelah pesanan selesai":
    "You can write a review once the order is completed",
  "Produk ini sudah Anda ulas": "You have already reviewed this product",

  // Payments: cards and QRIS
  "Pembayaran ini tidak menunggu dibayar": "This payment is not waiting to be paid",
  "Cara bayar ini belum tersedia": "This payment method is not available yet",
  "Pilih bank atau dompet digital": "Choose a bank or e-wallet",
  "Terlalu banyak transfer menunggu ke rekening toko ini — coba lagi nanti atau pilih cara bayar lain":
    "Too many transfers are waiting for this shop's account — try again later or choose another payment method",
  "Pembayaran ini tidak menunggu pembayaran kartu": "This payment is not awaiting a card payment",
  "Kode QRIS kosong — tempel isi kode QRIS dari aplikasi bank":
    "The QRIS code is empty — paste the QRIS code from your banking app",
  "Ini bukan kode QRIS — isi kode QRIS selalu diawali 000201, bukan tautan atau teks biasa":
    "This is not a QRIS code — a QRIS code always starts with 000201; it is not a link or plain text",
  "Kode QRIS tidak lengkap — salin ulang seluruh kode dari aplikasi bank":
    "The QRIS code is incomplete — copy the whole code from your banking app again",
  "Struktur kode QRIS rusak — salin ulang kode dari aplikasi bank":
    "The QRIS code is malformed — copy the code from your banking app again",
  "Kode QRIS tidak lengkap — bagian checksum (tag 63) di akhir kode tidak ada":
    "The QRIS code is incomplete — the checksum (tag 63) at the end is missing",
  "Checksum QRIS tidak cocok — salin ulang kode dari aplikasi bank":
    "The QRIS checksum does not match — copy the code from your banking app again",
  "Jenis kode QRIS (tag 01) harus 11 (statis) atau 12 (dinamis)":
    "The QRIS code type (tag 01) must be 11 (static) or 12 (dynamic)",
  "Kode QRIS tidak memuat data akun merchant (tag 26–51)":
    "The QRIS code holds no merchant account (tags 26–51)",
  "Kode kategori usaha (MCC, tag 52) di kode QRIS tidak ada atau tidak sah":
    "The business category code (MCC, tag 52) in the QRIS code is missing or invalid",
  "Mata uang QRIS harus Rupiah (360)": "The QRIS currency must be rupiah (360)",
  "Kode negara QRIS harus ID (Indonesia)": "The QRIS country code must be ID (Indonesia)",
  "Nama merchant (tag 59) tidak ada di kode QRIS":
    "The merchant name (tag 59) is missing from the QRIS code",
  "Kota merchant (tag 60) tidak ada di kode QRIS":
    "The merchant city (tag 60) is missing from the QRIS code",
  "Nominal di kode QRIS (tag 54) tidak sah": "The amount in the QRIS code (tag 54) is invalid",
  "Nominal harus bilangan bulat Rupiah dari 1 sampai 9.999.999.999":
    "The amount must be whole rupiah from 1 to 9.999.999.999",

  // Bank statement import: a user's own column mapping
  "Pilih pemisah kolom": "Choose the column separator",
  "Isi jumlah baris judul yang dilewati": "Enter how many heading rows to skip",
  "Jumlah baris yang dilewati harus bilangan bulat": "Rows to skip must be a whole number",
  "Jumlah baris yang dilewati tidak boleh negatif": "Rows to skip cannot be negative",
  "Baris yang dilewati paling banyak 100": "At most 100 rows can be skipped",
  "Pilih kolom tanggal": "Choose the date column",
  "Pilih kolom keterangan": "Choose the description column",
  "Pilih kolom jumlah kredit": "Choose the credit amount column",
  "Kolom debit harus nomor kolom": "The debit column must be a column number",
  "Kolom CR/DB harus nomor kolom": "The CR/DB column must be a column number",
  "Nomor kolom paling besar 100": "Column numbers go up to 100",
  "Pilih format tanggal": "Choose the date format",
  "Pilih kolom debit atau kolom CR/DB, tidak keduanya":
    "Choose a debit column or a CR/DB column, not both",
  "Satu kolom hanya bisa dipakai untuk satu isian": "A column can be used for one field only",
};
