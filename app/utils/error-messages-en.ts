/**
 * English for the messages a refused form or command shows. Modules and schemas write their
 * messages in Bahasa Indonesia; that text is the message id (gettext style), so a message is
 * translated by looking it up here. Messages built from a template are matched by
 * ERROR_PATTERNS_EN. error-messages-en.test.ts scans the source and fails when a message has
 * no English, so an edited or new message must be added here (addresses: in
 * error-messages-address-en.ts) in the same change.
 */

import { ADDRESS_MESSAGES_EN } from "./error-messages-address-en";
import { PAYMENT_MESSAGES_EN } from "./error-messages-payments-en";
import { SHIPPING_MESSAGES_EN, SHIPPING_PATTERNS_EN } from "./error-messages-shipping-en";

export const ERROR_MESSAGES_EN: Readonly<Record<string, string>> = {
  ...ADDRESS_MESSAGES_EN,
  ...SHIPPING_MESSAGES_EN,
  ...PAYMENT_MESSAGES_EN,
  // Shared by several forms
  "Nama wajib diisi": "Name is required",
  "Nama minimal 2 huruf": "Name must be at least 2 characters",
  "Nama maksimal 80 huruf": "Name can be at most 80 characters",
  "Alamat email tidak valid": "Email address is not valid",
  "Email ini sudah dipakai akun lain": "This email is already used by another account",
  "Pilih kategori": "Choose a category",
  "Kategori tidak dikenal": "Unknown category",
  "Tanggal wajib diisi": "Date is required",
  "Tanggal tidak valid": "Date is not valid",
  "Jumlah wajib diisi (angka rupiah)": "Amount is required (in rupiah)",
  "Jumlah harus bilangan bulat rupiah": "Amount must be whole rupiah",
  "Jumlah minimal Rp1": "Amount must be at least Rp1",
  "Keputusan ini tidak berlaku untuk status UMKM saat ini":
    "This decision does not apply to the shop's current status",
  "UMKM tidak ditemukan": "Shop not found",
  "Produk tidak ditemukan": "Product not found",
  "Permintaan tidak dikenal": "Unknown request",
  "Data tidak valid": "Invalid data",

  // Auth and account
  "Nomor HP wajib diisi": "Mobile number is required",
  "Nomor HP tidak valid, contoh: 0812-3456-7890": "Mobile number is not valid, e.g. 0812-3456-7890",
  "Kata sandi wajib diisi": "Password is required",
  "Kata sandi minimal 8 karakter": "Password must be at least 8 characters",
  "Kata sandi maksimal 128 karakter": "Password can be at most 128 characters",
  "Kata sandi lama wajib diisi": "Current password is required",
  "Ulangi kata sandi baru": "Repeat the new password",
  "Kata sandi baru tidak sama": "The new passwords do not match",
  "Nomor HP ini sudah terdaftar. Silakan masuk.":
    "This mobile number is already registered. Please log in.",
  "Nomor HP atau kata sandi salah": "Wrong mobile number or password",
  "Kata sandi lama salah": "Current password is incorrect",

  // Catalog: products and variants
  "Nama produk minimal 3 huruf": "Product name must be at least 3 characters",
  "Nama produk maksimal 120 huruf": "Product name can be at most 120 characters",
  "Deskripsi maksimal 5.000 huruf": "Description can be at most 5,000 characters",
  "Berat harus bilangan bulat (gram)": "Weight must be a whole number of grams",
  "Berat tidak boleh negatif": "Weight cannot be negative",
  "Berat maksimal 100 kg": "Weight can be at most 100 kg",
  "Nama varian wajib diisi": "Variant name is required",
  "Nama varian maksimal 60 huruf": "Variant name can be at most 60 characters",
  "Harga wajib diisi (angka rupiah)": "Price is required (in rupiah)",
  "Harga harus bilangan bulat rupiah": "Price must be whole rupiah",
  "Harga minimal Rp100": "Price must be at least Rp100",
  "Harga maksimal Rp1.000.000.000": "Price can be at most Rp1.000.000.000",
  "Stok wajib diisi (angka)": "Stock is required (a number)",
  "Stok harus bilangan bulat": "Stock must be a whole number",
  "Stok tidak boleh negatif": "Stock cannot be negative",
  "Stok maksimal 1.000.000": "Stock can be at most 1,000,000",
  "Pilih status": "Choose a status",
  "Isi minimal satu varian dengan harga dan stok":
    "Add at least one variant with a price and stock",
  "Berat varian minimal 1 gram": "A variant's weight must be at least 1 gram",
  "Produk tanpa foto belum bisa tayang. Tambahkan foto dulu, atau simpan sebagai draf.":
    "A product without a photo cannot be published yet. Add a photo first, or save it as a draft.",
  "Varian tidak ditemukan": "Variant not found",

  // Uploads: product photos
  "Pilih foto dulu.": "Choose a photo first.",
  "Permintaan tidak valid.": "Invalid request.",
  "Foto maksimal 10 MB.": "A photo can be at most 10 MB.",
  "Berkas foto kosong.": "The photo file is empty.",
  "Berkas ini bukan foto yang bisa dibaca. Gunakan JPEG, PNG atau WebP.":
    "This file is not a readable photo. Use JPEG, PNG or WebP.",
  "Berkas SVG tidak diterima. Gunakan foto JPEG, PNG atau WebP.":
    "SVG files are not accepted. Use a JPEG, PNG or WebP photo.",
  'Foto HEIC belum didukung. Ubah kamera ke format JPEG ("Paling kompatibel").':
    'HEIC photos are not supported yet. Set the camera to JPEG ("Most Compatible").',
  "Jenis berkas tidak diterima. Gunakan foto JPEG, PNG atau WebP.":
    "This file type is not accepted. Use a JPEG, PNG or WebP photo.",
  "Ukuran foto terlalu besar (maksimal 40 megapiksel).":
    "The photo is too large (at most 40 megapixels).",
  "Foto rusak atau terpotong. Coba ambil atau unggah ulang.":
    "The photo is damaged or cut off. Try taking or uploading it again.",
  "Foto tidak ditemukan": "Photo not found",

  // Cart and checkout
  "Jumlah harus angka": "Quantity must be a number",
  "Jumlah harus bilangan bulat": "Quantity must be a whole number",
  "Jumlah minimal 1": "Quantity must be at least 1",
  "Jumlah tidak boleh negatif": "Quantity cannot be negative",
  "Pilih varian dulu": "Choose a variant first",
  "Produk ini tidak tersedia lagi": "This product is no longer available",
  "Produk ini tidak ada di keranjang": "This product is not in your cart",
  "Keranjang kosong": "Your cart is empty",
  "Catatan maksimal 300 huruf": "Note can be at most 300 characters",
  "Pilih cara bayar": "Choose a payment method",
  "Pilih cara pengiriman": "Choose a delivery method",
  "Pilih cara pengiriman untuk setiap toko": "Choose a delivery method for each shop",
  "Pilih desa tujuan untuk antar lokal": "Choose the destination desa for local delivery",
  "Satu produk muncul dua kali di pesanan": "A product appears twice in the order",
  "Cara pengiriman untuk satu toko dikirim dua kali":
    "The delivery method for one shop was sent twice",
  "Pembayaran kartu belum tersedia": "Card payment is not available yet",
  "Ada produk yang tidak dijual lagi — periksa keranjang":
    "A product is no longer for sale — check your cart",
  "Total pesanan terlalu besar — pecah menjadi beberapa pesanan":
    "The order total is too large — split it into several orders",
  "Harga berubah sejak halaman dibuka — periksa lagi ringkasan pesanan":
    "Prices changed since the page was opened — check the order summary again",
  "Keranjang berubah atau pesanan ini sudah dibuat — lihat Pesanan saya atau periksa keranjang":
    "Your cart changed or this order was already placed — see My orders or check your cart",

  // Orders: payment, shipping, cancelling, reviews
  "Pesanan tidak ditemukan": "Order not found",
  // Sellers: registration, legality, payment settings, verification
  "Nama usaha wajib diisi": "Business name is required",
  "Nama usaha minimal 3 huruf": "Business name must be at least 3 characters",
  "Nama usaha maksimal 80 huruf": "Business name can be at most 80 characters",
  "Pilih sektor usaha": "Choose a business sector",
  "Nomor WhatsApp wajib diisi": "WhatsApp number is required",
  "Nomor WhatsApp tidak valid, contoh: 0812-3456-7890":
    "WhatsApp number is not valid, e.g. 0812-3456-7890",
  "Deskripsi maksimal 2.000 huruf": "Description can be at most 2,000 characters",
  "NIB terdiri dari 13 angka": "The NIB must be 13 digits",
  "Nomor P-IRT tidak valid (10–40 huruf/angka)": "P-IRT number is not valid (10–40 letters/digits)",
  "Nomor sertifikat halal tidak valid": "Halal certificate number is not valid",
  // Legality documents
  "Berkas dokumen maksimal 10 MB.": "A document file can be at most 10 MB.",
  "Berkas mutasi maksimal 2 MB": "A statement file can be at most 2 MB",
  "Pilih berkas mutasi rekening (CSV)": "Choose the bank statement file (CSV)",
  "Toko ini belum punya rekening bank untuk dicocokkan":
    "This shop has no bank account to match yet",
  "Baris mutasi tidak ditemukan": "Statement line not found",
  "Baris mutasi ini sudah diputuskan": "This statement line has already been decided",
  "Pembayaran ini tidak cocok dengan baris mutasi tersebut":
    "This payment does not match that statement line",
  "Pembayaran ini sudah tidak menunggu konfirmasi":
    "This payment is no longer awaiting confirmation",
  "Pilih bank": "Choose a bank",
  "Nomor surat tidak valid (3–60 huruf/angka)":
    "The letter number is not valid (3–60 letters/digits)",
  "Pilih jenis dokumen": "Choose the document type",
  "Nomor dokumen maksimal 60 huruf": "The document number can be at most 60 characters",
  "Nomor dokumen wajib diisi": "Enter the document number",
  "Tanggal terbit tidak boleh di masa depan": "The issue date cannot be in the future",
  "Isi tanggal berlaku sampai, seperti tertulis di dokumen":
    "Enter the valid-until date as printed on the document",
  "Tanggal berlaku harus sesudah tanggal terbit":
    "The valid-until date must be after the issue date",
  "Unggah pindaian atau foto dokumennya.": "Upload a scan or photo of the document.",
  "Dokumen ini baru saja diubah. Muat ulang halaman.":
    "This document was just changed. Reload the page.",
  "Dokumen tidak ditemukan": "Document not found",
  "Catatan maksimal 500 huruf": "The note can be at most 500 characters",
  "Centang bahwa nomor, nama dan tanggal sudah Anda cocokkan dengan pindaian":
    "Tick to confirm you checked the number, name and dates against the scan",
  "Tulis alasan penolakan agar pemilik bisa memperbaikinya":
    "Write why it is rejected so the owner can correct it",
  "Dokumen tanpa pindaian tidak bisa diverifikasi. Minta pemilik mengunggahnya.":
    "A document without a scan cannot be verified. Ask the owner to upload it.",
  "Pemilik baru saja mengganti pindaian dokumen ini. Periksa pindaian yang baru.":
    "The owner just replaced this document's scan. Check the new scan.",
  "Dokumen ini sudah lewat masa berlakunya.": "This document has expired.",
  "Berkas PDF rusak atau tidak bisa dibaca.": "The PDF file is damaged or cannot be read.",
  "PDF ini dikunci sandi. Unggah PDF tanpa sandi atau fotonya.":
    "This PDF is password-protected. Upload it without a password, or a photo of it.",
  "PDF maksimal 30 halaman. Unggah halaman dokumennya saja.":
    "A PDF can have at most 30 pages. Upload just the document's pages.",
  "Berkas dokumen kosong.": "The document file is empty.",
  "Unggah dokumen sebagai PDF atau foto JPEG, PNG atau WebP.":
    "Upload the document as a PDF or a JPEG, PNG or WebP photo.",
  "Nama pemilik wajib diisi": "Owner's name is required",
  "Nama pemilik minimal 2 huruf": "Owner's name must be at least 2 characters",
  "Nomor HP pemilik wajib diisi": "Owner's mobile number is required",
  "Nomor HP pemilik tidak valid": "Owner's mobile number is not valid",
  "Nama bank maksimal 40 huruf": "Bank name can be at most 40 characters",
  "Nomor rekening hanya angka, 6–20 digit": "Account number must be digits only, 6–20 digits",
  "Nama pemilik rekening maksimal 80 huruf": "Account holder's name can be at most 80 characters",
  "Lengkapi nama bank, nomor rekening dan nama pemilik":
    "Fill in the bank name, account number and account holder's name",
  "Kode QRIS terlalu panjang": "The QRIS code is too long",
  "Ongkir harus angka rupiah": "Delivery fee must be an amount in rupiah",
  "Ongkir harus bilangan bulat rupiah": "Delivery fee must be whole rupiah",
  "Ongkir tidak boleh negatif": "Delivery fee cannot be negative",
  "Ongkir maksimal Rp1.000.000": "Delivery fee can be at most Rp1.000.000",
  "Pilih keputusan": "Choose a decision",
  "Alasan wajib diisi (minimal 5 huruf)": "A reason is required (at least 5 characters)",
  "Alasan maksimal 1.000 huruf": "Reason can be at most 1,000 characters",

  // Training: programmes, sessions, attendance, certificates
  "Judul wajib diisi": "Title is required",
  "Judul minimal 5 huruf": "Title must be at least 5 characters",
  "Pilih topik": "Choose a topic",
  "Penyelenggara wajib diisi": "Organiser is required",
  "Isi tanggal dan jam mulai": "Enter the start date and time",
  "Lama pelatihan dalam jam": "Enter the length of the training in hours",
  "Minimal 0,5 jam": "At least 0.5 hours",
  "Maksimal 72 jam": "At most 72 hours",
  "Nama pelatih wajib diisi": "Trainer's name is required",
  "Kapasitas harus angka": "Capacity must be a number",
  "Kapasitas harus bilangan bulat": "Capacity must be a whole number",
  "Kapasitas minimal 1": "Capacity must be at least 1",
  "Kapasitas maksimal 1.000": "Capacity can be at most 1,000",
  "Pilih kehadiran": "Choose the attendance",
  "Nilai 0–100": "Score 0–100",
  "Nilai bilangan bulat": "The score must be a whole number",
  "Pilih UMKM": "Choose a UMKM",
  "Program tidak ditemukan": "Programme not found",
  "Sesi pelatihan tidak ditemukan": "Training session not found",
  "Pendaftaran ditutup saat sesi dimulai; peserta yang datang langsung dicatat petugas":
    "Registration closes when the session starts; staff record those who come on the day",
  "UMKM ini sudah terdaftar di sesi ini": "This UMKM is already registered for this session",
  "Kuota sesi sudah penuh": "This session is full",
  "Peserta tidak ditemukan": "Participant not found",
  "Sertifikat sudah terbit; kehadiran dan nilai tidak bisa diubah":
    "The certificate has been issued; attendance and scores can no longer be changed",
  "Sertifikat hanya untuk peserta yang hadir":
    "Certificates are only for participants who attended",
  "Kehadiran baru bisa dicatat mulai 1 jam sebelum sesi dimulai":
    "Attendance can be recorded from 1 hour before the session starts",
  "Kehadiran hanya bisa dicatat sampai 7 hari setelah sesi selesai":
    "Attendance can only be recorded until 7 days after the session ends",
  "Sertifikat baru bisa diterbitkan setelah sesi selesai":
    "A certificate can only be issued after the session has ended",
  "Nilai akhir peserta belum mencapai nilai minimal program":
    "The participant's post-test score has not reached the programme's minimum",
  "Nilai minimal harus 0–100": "The minimum score must be 0–100",
  "Nilai minimal harus bilangan bulat": "The minimum score must be a whole number",
  "Nomor HP ini tidak terhubung ke UMKM mana pun": "This mobile number is not linked to any UMKM",
  "Sesi yang sudah ada kehadirannya tidak bisa dipindah ke waktu yang lebih lambat":
    "A session with recorded attendance cannot be moved to a later time",
  "Sertifikat sudah terbit sebelum waktu selesai yang baru":
    "Certificates were issued before the new end time",
  "Jadwal baru harus tetap mencakup waktu kehadiran yang sudah dicatat":
    "The new schedule must still cover the times attendance was recorded",
  "Tautan daftar hadir tidak sah": "This check-in link is not valid",
  "Tautan daftar hadir sudah kedaluwarsa": "This check-in link has expired",
  "Daftar hadir sesi ini belum dibuka": "Check-in for this session is not open yet",
  "Daftar hadir sesi ini sudah ditutup": "Check-in for this session has closed",
  "Nomor sertifikat gagal dibuat, coba lagi": "Could not create a certificate number, try again",

  // Literacy assessment
  "Jawab pertanyaan ini": "Answer this question",
  "Pilihan tidak dikenal": "Unknown choice",

  // Cashbook
  "Tanggal tidak valid (TTTT-BB-HH)": "Date is not valid (YYYY-MM-DD)",
  "Tanggal tidak boleh lebih dari satu hari ke depan": "The date can be at most one day ahead",
  "Jumlah maksimal Rp10.000.000.000": "Amount can be at most Rp10.000.000.000",
  "Pilih jenis: pemasukan atau pengeluaran": "Choose a type: income or expense",
  "Kategori tidak sesuai dengan jenis catatan": "The category does not match the type of entry",
  "Catatan tidak valid": "This entry is not valid",
  "Catatan kas tidak ditemukan": "Cashbook entry not found",
  "Catatan dari pesanan marketplace tidak dapat dihapus":
    "Entries from marketplace orders cannot be deleted",
  "Catatan ini berasal dari pembayaran di buku utang-piutang; batalkan pembayarannya di sana":
    "This entry comes from a payment in the debt book; cancel that payment there",

  // Debt book (receivables and payables)
  "Pilih jenis: piutang (orang berutang ke usaha) atau utang (usaha berutang)":
    "Choose a type: receivable (someone owes the business) or payable (the business owes)",
  "Nomor HP tidak valid (contoh 0812-3456-7890)":
    "Mobile number is not valid (e.g. 0812-3456-7890)",
  "Jatuh tempo tidak boleh sebelum tanggal utang": "The due date cannot be before the debt's date",
  "Isi tanggal jatuh tempo agar bisa diingatkan": "Enter a due date to get reminders",
  "Catatan utang-piutang tidak ditemukan": "Debt record not found",
  "Catatan ini sudah lunas": "This debt is already settled",
  "Jumlah melebihi sisa yang belum dibayar": "The amount is more than what is still owed",
  "Tanggal bayar tidak boleh sebelum tanggal utang":
    "The payment date cannot be before the debt's date",
  "Catatan ini baru saja berubah; muat ulang lalu coba lagi":
    "This record just changed; reload and try again",
  "Pembayaran tidak ditemukan": "Payment not found",
  "Catatan yang sudah ada pembayarannya tidak dapat dihapus; batalkan pembayarannya dulu":
    "A record that has payments cannot be deleted; cancel its payments first",

  // Seller balance payouts
  "Jumlah terlalu besar": "The amount is too large",
  "Nomor referensi transfer wajib diisi": "Transfer reference number is required",
  "Nomor referensi minimal 3 huruf": "Reference number must be at least 3 characters",
  "Nomor referensi maksimal 80 huruf": "Reference number can be at most 80 characters",
  "Catatan maksimal 200 huruf": "Note can be at most 200 characters",
  "Tanggal pembayaran tidak boleh di masa depan": "The payment date cannot be in the future",
  "Jumlah pembayaran melebihi saldo penjual": "The payment is more than the seller's balance",
  "Pilih minimal satu penjual": "Choose at least one seller",
  "Paling banyak 500 penjual dalam satu pencairan": "At most 500 sellers in one payout batch",
  "Rekening penjual belum lengkap atau tidak valid":
    "A seller's bank account is incomplete or not valid",
  "Tidak ada saldo yang bisa dicairkan": "There is no balance left to pay out",
  "Pencairan tidak ditemukan": "Payout batch not found",
  "Pencairan yang dibatalkan tidak bisa ditandai terkirim":
    "A cancelled payout batch cannot be marked as sent",
  "Pencairan yang sudah terkirim tidak bisa dibatalkan":
    "A payout batch already sent cannot be cancelled",

  // Tax
  "Pilih bentuk usaha": "Choose the business form",
  "Tahun harus angka, mis. 2023": "Year must be a number, e.g. 2023",
  "Tahun minimal 1990": "Year must be 1990 or later",
  "Tahun tidak boleh di masa depan": "Year cannot be in the future",
  "Data pajak tidak valid": "Tax details are not valid",
  "Tahun pajak belum dimulai": "This tax year has not started yet",

  // Reports: sales statements
  "Pilih bulan awal": "Choose a start month",
  "Pilih bulan akhir": "Choose an end month",
  "Periode tidak valid": "The period is not valid",
  "Bulan akhir tidak boleh melewati bulan ini": "The end month cannot be later than this month",

  // Notifications
  "Alamat email maksimal 120 huruf": "Email address can be at most 120 characters",
  "Isi alamat email untuk menerima notifikasi lewat email":
    "Enter an email address to receive notifications by email",
  "Kanal ini belum diaktifkan": "This channel is not turned on yet",
  "Aktifkan kanal ini dan simpan dulu sebelum uji kirim":
    "Turn this channel on and save before sending a test",

  // Privacy: personal data and account deletion
  "Akun tidak ditemukan": "Account not found",
  "Akun ini sudah dihapus": "This account has already been deleted",
  "Anda tidak berwenang memproses data pribadi orang lain":
    "You are not allowed to handle other people's personal data",
  "Tulis alasan permintaan (5–300 huruf), misalnya bagaimana orang itu mengajukannya":
    "Write the reason for the request (5–300 characters), for example how the person asked for it",
  "Centang pernyataan untuk melanjutkan": "Tick the statement to continue",

  // Search parameters
  "Parameter pencarian tidak valid": "Invalid search parameters",
  "Kata kunci maksimal 200 huruf": "Search words can be at most 200 characters",
  "Gunakan 1 atau 0": "Use 1 or 0",
  "Kode kecamatan seperti 35.10.15": "A kecamatan code looks like 35.10.15",
  "Kode desa seperti 35.10.15.2004": "A desa code looks like 35.10.15.2004",
  "Halaman harus angka": "Page must be a number",
  "Halaman harus bilangan bulat": "Page must be a whole number",
  "Halaman mulai dari 1": "Pages start at 1",
  "Halaman maksimal 1000": "Page can be at most 1000",
  "pageSize harus angka": "pageSize must be a number",
  "pageSize minimal 1": "pageSize must be at least 1",
  "pageSize maksimal 48": "pageSize can be at most 48",
  "Harga minimum tidak boleh lebih dari harga maksimum":
    "The minimum price cannot be more than the maximum price",

  // Language and data-saver switches (already bilingual in the source)
  "Bahasa tidak dikenal / unknown language": "Unknown language",
  "Pilihan tidak dikenal / unknown choice": "Unknown choice",

  // The owner's NIK
  "NIK wajib diisi": "NIK is required",
  "NIK harus 16 angka, sesuai KTP": "The NIK is 16 digits, as on the identity card",
  "NIK tidak valid: dua angka pertama bukan kode provinsi":
    "This NIK is not valid: its first two digits are not a province code",
  "NIK tidak valid: angka tanggal lahir (angka ke-7 sampai ke-12) tidak mungkin":
    "This NIK is not valid: its birth date (digits 7 to 12) is impossible",
  "NIK tidak valid": "This NIK is not valid",

  // Bank share links
  "Nama bank wajib diisi": "Bank name is required",
  "Nama bank minimal 2 huruf": "Bank name must be at least 2 characters",
  "Nama bank maksimal 80 huruf": "Bank name can be at most 80 characters",
  "Pilih masa berlaku tautan": "Choose how long the link is valid",
  "Masa berlaku tautan 1 sampai 30 hari": "A link is valid for 1 to 30 days",
  "Tautan tidak ditemukan": "Link not found",

  // Parcel size and weight of a product
  "Ukuran harus bilangan bulat (cm)": "Sizes must be whole centimetres",
  "Ukuran minimal 1 cm": "Sizes must be at least 1 cm",
  "Ukuran maksimal 300 cm": "Sizes can be at most 300 cm",
  "Isi panjang, lebar dan tinggi sekaligus, atau kosongkan ketiganya":
    "Fill in length, width and height together, or leave all three empty",
  "Produk yang tayang butuh berat kirim: isi berat produk (gram), atau berat setiap varian.":
    "A product on sale needs a shipping weight: fill in the product's weight (grams), or each variant's.",

  // Shipping tariffs (staff)
  "Pilih kecamatan asal": "Choose the origin kecamatan",
  "Kode kecamatan asal tidak valid (contoh 35.10.11)":
    "The origin kecamatan code is not valid (e.g. 35.10.11)",
  "Pilih zona tujuan": "Choose the destination zone",
  "Kode kabupaten tujuan tidak valid (contoh 35.78)":
    "The destination kabupaten code is not valid (e.g. 35.78)",
  "Pilih layanan": "Choose a service",
  "Tarif wajib diisi (angka rupiah)": "The rate is required (in rupiah)",
  "Tarif harus bilangan bulat rupiah": "The rate must be whole rupiah",
  "Tarif minimal Rp1": "The rate must be at least Rp1",
  "Tarif maksimal Rp10.000.000": "The rate can be at most Rp10,000,000",
  "Perkiraan hari wajib diisi (angka)": "Estimated days are required (a number)",
  "Perkiraan hari harus bilangan bulat": "Estimated days must be a whole number",
  "Perkiraan hari tidak boleh negatif": "Estimated days cannot be negative",
  "Perkiraan hari paling lama 60": "Estimated days can be at most 60",
  "Perkiraan paling lama tidak boleh kurang dari paling cepat":
    "The latest estimate cannot be earlier than the soonest",
  "Zona tidak cocok dengan kabupaten tujuan": "The zone does not match the destination kabupaten",
  "Tarif kecamatan ini bukan wewenang Anda": "This kecamatan's rates are not yours to change",
  "Kecamatan asal tidak dikenal": "Unknown origin kecamatan",
  "Tarif tidak ditemukan": "Rate not found",
  "Tarif untuk asal, zona, tujuan dan layanan ini sudah ada":
    "A rate for this origin, zone, destination and service already exists",
  "Tarif yang sama sudah ada di baris sebelumnya": "The same rate is on an earlier line",
  "Berkas CSV tidak bisa dibaca": "The CSV file cannot be read",
  "Berkas CSV kosong": "The CSV file is empty",
  "Berkas CSV tidak berisi tarif": "The CSV file holds no rates",
  "Berkas tarif maksimal 1 MB": "A rates file can be at most 1 MB",
  "Pilih berkas tarif (CSV)": "Choose a rates file (CSV)",
  "Judul kolom CSV harus: kecamatan_asal,zona,kabupaten_tujuan,layanan,harga_per_kg,harga_minimum,etd_min_hari,etd_maks_hari":
    "The CSV column headings must be: kecamatan_asal,zona,kabupaten_tujuan,layanan,harga_per_kg,harga_minimum,etd_min_hari,etd_maks_hari",
};

export type ErrorPattern = {
  /** The whole Indonesian message, with a capture group for each part filled in at run time. */
  readonly id: RegExp;
  /** The English message, from the captured parts in order. */
  readonly en: (...groups: string[]) => string;
};

const ANY = "(.+)";
const NUMBER = "(\\d+)";
const WORD = "(\\S+)";

/** A whole-message pattern: the literal text is escaped, the inserted groups are kept as they are. */
function id(text: TemplateStringsArray, ...groups: string[]): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${text.map((part, i) => escape(part) + (groups[i] ?? "")).join("")}$`);
}

const minutes = (n: string) => `${n} minute${n === "1" ? "" : "s"}`;

/** The search filters whose messages are built from their name (search-params.server.ts). */
const PRICE_FILTERS_EN: Readonly<Record<string, string>> = {
  "Harga minimum": "Minimum price",
  "Harga maksimum": "Maximum price",
};
const PRICE_FILTER = `(${Object.keys(PRICE_FILTERS_EN).join("|")})`;
const priceFilter = (name: string) => PRICE_FILTERS_EN[name] ?? name;

export const ERROR_PATTERNS_EN: readonly ErrorPattern[] = [
  ...SHIPPING_PATTERNS_EN,
  // A refused line of an imported file (shipping tariffs)
  {
    id: id`Baris ${NUMBER}: ${ANY}`,
    en: (n, reason) => `Line ${n}: ${translateErrorMessage(reason, "en")}`,
  },

  // Auth
  {
    id: id`Terlalu banyak percobaan masuk. Coba lagi dalam ${NUMBER} menit.`,
    en: (n) => `Too many login attempts. Try again in ${minutes(n)}.`,
  },
  {
    id: id`Terlalu banyak pendaftaran dari alamat ini. Coba lagi dalam ${NUMBER} menit.`,
    en: (n) => `Too many sign-ups from this address. Try again in ${minutes(n)}.`,
  },

  // Uploads
  {
    id: id`Maksimal ${NUMBER} foto per produk.`,
    en: (n) => `At most ${n} photos per product.`,
  },
  {
    id: id`Maksimal ${NUMBER} varian`,
    en: (n) => `At most ${n} variants`,
  },

  // Cart and checkout
  { id: id`Jumlah maksimal ${NUMBER}`, en: (n) => `Quantity can be at most ${n}` },
  {
    id: id`Keranjang maksimal berisi ${NUMBER} produk`,
    en: (n) => `Your cart can hold at most ${n} products`,
  },
  { id: id`Stok habis: ${ANY}`, en: (product) => `Out of stock: ${product}` },
  { id: id`Stok ${ANY} tinggal ${NUMBER}`, en: (product, n) => `Only ${n} left of ${product}` },
  {
    id: id`Stok ${ANY} tinggal ${NUMBER}, ${NUMBER} sudah di keranjang`,
    en: (product, n, inCart) =>
      `Only ${n} left of ${product}, and ${inCart} are already in your cart`,
  },
  {
    id: id`${ANY} tidak dijual lagi — hapus dari keranjang`,
    en: (product) => `${product} is no longer for sale — remove it from your cart`,
  },
  {
    id: id`${ANY} tidak melayani antar lokal`,
    en: (shop) => `${shop} does not offer local delivery`,
  },
  {
    id: id`${ANY} hanya mengantar di dalam kabupatennya`,
    en: (shop) => `${shop} delivers only within its own regency`,
  },
  {
    id: id`${ANY} belum menerima transfer bank`,
    en: (shop) => `${shop} does not accept bank transfers yet`,
  },
  { id: id`${ANY} belum menerima QRIS`, en: (shop) => `${shop} does not accept QRIS yet` },
  {
    id: id`QRIS ${ANY} tidak bisa dipakai`,
    en: (shop) => `The QRIS code of ${shop} cannot be used`,
  },

  // Orders
  {
    id: id`Status pesanan tidak bisa berubah dari ${WORD} ke ${WORD}`,
    en: (from, to) => `The order status cannot change from ${from} to ${to}`,
  },

  // Payments
  {
    id: id`Kode QRIS tidak sah — tag ${NUMBER} muncul lebih dari sekali`,
    en: (tag) => `Invalid QRIS code — tag ${tag} appears more than once`,
  },

  // Privacy: account deletion
  {
    id: id`Akun ini memegang peran petugas (${ANY}). Minta admin mencabut peran itu lebih dulu, lalu ulangi penghapusan.`,
    en: (roles) =>
      `This account holds an official role (${roles}). Ask an admin to remove that role first, then try deleting again.`,
  },
  {
    id: id`Akun ini pemilik UMKM ${ANY}. Catatan usaha (pembukuan, pelatihan, legalitas) disimpan program: hubungi staf dinas kabupaten untuk menutup atau mengalihkan toko lebih dulu.`,
    en: (shops) =>
      `This account owns the UMKM ${shops}. Business records (bookkeeping, training, legality) are kept by the programme: ask the regency office staff to close or hand over the shop first.`,
  },
  {
    id: id`Masih ada pesanan yang belum selesai (${ANY}). Penjual masih memerlukan nama, nomor HP dan alamat untuk mengantar atau menagih; akun bisa dihapus setelah semua pesanan selesai atau dibatalkan.`,
    en: (orders) =>
      `Some orders are not finished yet (${orders}). Sellers still need the name, mobile number and address to deliver or collect payment; the account can be deleted once every order is completed or cancelled.`,
  },

  // Search parameters
  {
    id: id`${PRICE_FILTER} harus angka rupiah`,
    en: (name) => `${priceFilter(name)} must be an amount in rupiah`,
  },
  {
    id: id`${PRICE_FILTER} harus bilangan bulat`,
    en: (name) => `${priceFilter(name)} must be a whole number`,
  },
  {
    id: id`${PRICE_FILTER} tidak boleh negatif`,
    en: (name) => `${priceFilter(name)} cannot be negative`,
  },
  { id: id`${PRICE_FILTER} terlalu besar`, en: (name) => `${priceFilter(name)} is too large` },
  { id: id`Urutan: ${ANY}`, en: (sorts) => `Sort must be one of: ${sorts}` },
];

/**
 * The message in the reader's language. Indonesian is the message itself; English is its
 * catalogue entry, else the first matching pattern, else the Indonesian message as it is.
 */
export function translateErrorMessage(message: string, locale: "id" | "en"): string {
  if (locale !== "en") return message;
  if (Object.hasOwn(ERROR_MESSAGES_EN, message)) return ERROR_MESSAGES_EN[message] ?? message;
  for (const pattern of ERROR_PATTERNS_EN) {
    const match = pattern.id.exec(message);
    if (match) return pattern.en(...match.slice(1).map((group) => group ?? ""));
  }
  return message;
}
