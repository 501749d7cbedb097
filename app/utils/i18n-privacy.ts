/** Messages of the privacy notice, the personal-data download and account erasure (merged into the main dictionary). */
export const privacyId = {
  "footer.privacy": "Kebijakan privasi",
  "nav.privacyDesk": "Data pribadi",
  "privacy.title": "Kebijakan privasi",
  "privacy.erased":
    "Akun Anda sudah dihapus. Nama, nomor HP, email dan alamat Anda tidak lagi tersimpan di akun maupun pesanan.",
  "privacy.intro":
    "Pasar Kampung menyimpan data pribadi sesedikit mungkin, hanya untuk menjalankan pasar ini, dan menghormati hak Anda menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
  "privacy.whatTitle": "Data yang kami simpan",
  "privacy.what.account":
    "Akun: nama, nomor HP (WhatsApp), email bila diisi, bahasa, dan pilihan notifikasi.",
  "privacy.what.orders":
    "Pesanan: nama penerima, nomor HP dan alamat pengiriman, barang, harga, pembayaran dan bukti transfer.",
  "privacy.what.sessions":
    "Keamanan: waktu masuk, alamat IP dan jenis perangkat, untuk melindungi akun dari pembobolan.",
  "privacy.what.sellers":
    "Untuk penjual (UMKM): profil usaha, nomor legalitas, rekening pembayaran, buku kas, buku utang-piutang (termasuk nama dan nomor HP pelanggan atau pemasok yang dicatat penjual; Pasar Kampung tidak pernah menghubungi mereka), asesmen literasi keuangan dan kehadiran pelatihan — dipakai dinas untuk pendampingan.",
  "privacy.whyTitle": "Untuk apa",
  "privacy.why":
    "Untuk memproses dan mengirim pesanan, membayar penjual, memberi kabar lewat WhatsApp atau email bila Anda memintanya, dan menyusun laporan perkembangan UMKM per desa dan kecamatan (laporan dinas hanya memuat angka gabungan). Kami tidak menjual data Anda dan tidak memakainya untuk iklan.",
  "privacy.sharedTitle": "Siapa yang bisa melihat",
  "privacy.shared":
    "Penjual melihat nama, nomor HP dan alamat pembeli pada pesanan untuk tokonya. Operator desa dan staf dinas melihat data UMKM yang mereka dampingi. Penyedia pembayaran (Stripe) dan pengiriman pesan (WhatsApp, email) menerima data yang perlu untuk tugasnya saja.",
  "privacy.keepTitle": "Berapa lama",
  "privacy.keep":
    "Data akun disimpan selama akun aktif. Catatan transaksi (pesanan, jumlah uang, buku besar penjual) wajib disimpan 10 tahun menurut UU Ketentuan Umum dan Tata Cara Perpajakan, karena itu tetap ada setelah akun dihapus — tanpa nama, nomor HP dan alamat Anda.",
  "privacy.rightsTitle": "Hak Anda",
  "privacy.rights.download":
    "Mengunduh semua data Anda (ZIP berisi JSON dan CSV) di halaman Akun saya.",
  "privacy.rights.erase":
    "Menghapus akun: nama, nomor HP, email dan alamat Anda dihapus dari akun dan semua pesanan; ulasan tinggal bintangnya.",
  "privacy.rights.desk":
    "Tidak bisa memakai situs? Datangi operator di balai desa atau kantor dinas: staf dinas dapat mengunduh atau menghapus data Anda atas permintaan Anda, dan setiap tindakan itu dicatat.",
  "privacy.downloadLink": "Unduh data saya",
  "privacy.eraseLink": "Hapus akun saya",
  "privacy.accountSection": "Data pribadi",
  "privacy.accountIntro":
    "Unduh salinan semua data Anda, atau hapus akun ini. Baca kebijakan privasi untuk tahu apa yang kami simpan.",
  "privacy.eraseTitle": "Hapus akun",
  "privacy.eraseIntro":
    "Setelah dihapus, Anda tidak bisa masuk lagi dengan akun ini dan nomor HP Anda bebas dipakai untuk akun baru.",
  "privacy.eraseGone":
    "Dihapus: nama, nomor HP, email, kata sandi, sesi masuk, keranjang, notifikasi, alamat dan nama penerima di pesanan Anda, teks ulasan dan alasan pembatalan yang Anda tulis.",
  "privacy.eraseKept":
    "Tetap disimpan tanpa identitas Anda: pesanan, barang dan jumlah uangnya, status pengiriman, bintang ulasan — penjual wajib menyimpan catatan transaksi.",
  "privacy.eraseBlocked": "Akun ini belum bisa dihapus:",
  "privacy.blockOpenOrders":
    "Masih ada {count} pesanan yang belum selesai. Tunggu sampai selesai atau dibatalkan.",
  "privacy.blockSellers":
    "Anda pemilik UMKM ({names}). Hubungi staf dinas untuk menutup atau mengalihkan toko lebih dulu.",
  "privacy.blockStaff": "Akun ini memegang peran pengelola. Minta admin mencabut peran itu dulu.",
  "privacy.password": "Kata sandi Anda",
  "privacy.confirm": "Saya mengerti akun ini akan dihapus dan tidak bisa dikembalikan",
  "privacy.eraseSubmit": "Hapus akun saya sekarang",
  "privacy.wrongPassword": "Kata sandi salah",
  "privacy.mustConfirm": "Centang pernyataan di atas untuk melanjutkan",
  "privacy.staffTitle": "Permintaan data pribadi",
  "privacy.staffIntro":
    "Untuk orang yang tidak bisa memakai situs: cari akunnya dengan nomor HP, lalu unduh datanya atau hapus akunnya atas permintaannya. Setiap tindakan dicatat di log audit beserta alasannya.",
  "privacy.phone": "Nomor HP",
  "privacy.find": "Cari",
  "privacy.notFound": "Tidak ada akun dengan nomor itu.",
  "privacy.subject": "{name} · {phone} · terdaftar {date}",
  "privacy.subjectErased": "Akun ini sudah dihapus.",
  "privacy.reason": "Alasan dan cara permintaan diajukan",
  "privacy.reasonHint": "Misalnya: datang ke balai desa Kemiren dengan KTP, 4 Desember.",
  "privacy.staffDownload": "Unduh data (ZIP)",
  "privacy.staffErase": "Hapus akun ini",
  "privacy.staffConfirm": "Orang ini meminta akunnya dihapus dan identitasnya sudah saya periksa",
  "privacy.staffErased": "Akun sudah dihapus dan tercatat di log audit.",
} as const;

export const privacyEn: Record<keyof typeof privacyId, string> = {
  "footer.privacy": "Privacy policy",
  "nav.privacyDesk": "Personal data",
  "privacy.title": "Privacy policy",
  "privacy.erased":
    "Your account has been erased. Your name, phone number, email and address are no longer kept in the account or in orders.",
  "privacy.intro":
    "Pasar Kampung keeps as little personal data as it can, only to run this market, and respects your rights under Indonesia's Law No. 27 of 2022 on Personal Data Protection.",
  "privacy.whatTitle": "What we keep",
  "privacy.what.account":
    "Account: name, phone (WhatsApp) number, email if given, language and notification choices.",
  "privacy.what.orders":
    "Orders: recipient name, phone number and delivery address, items, prices, payments and transfer receipts.",
  "privacy.what.sessions":
    "Security: sign-in times, IP address and device type, to protect accounts from break-ins.",
  "privacy.what.sellers":
    "For sellers (UMKM): business profile, legality numbers, payout account, cashbook, debt book (including names and phone numbers of customers or suppliers the seller records; Pasar Kampung never contacts them), financial literacy assessments and training attendance — used by the district office to support them.",
  "privacy.whyTitle": "What for",
  "privacy.why":
    "To process and deliver orders, pay sellers, send news by WhatsApp or email when you ask for it, and report how UMKM grow per village and sub-district (district reports hold only totals). We do not sell your data or use it for advertising.",
  "privacy.sharedTitle": "Who can see it",
  "privacy.shared":
    "Sellers see the buyer's name, phone number and address on orders for their shop. Village operators and district staff see the data of the UMKM they support. Payment (Stripe) and messaging (WhatsApp, email) providers receive only what their task needs.",
  "privacy.keepTitle": "How long",
  "privacy.keep":
    "Account data is kept while the account is active. Transaction records (orders, amounts, sellers' ledgers) must be kept for 10 years under Indonesia's general tax law, so they stay after an account is erased — without your name, phone number and address.",
  "privacy.rightsTitle": "Your rights",
  "privacy.rights.download":
    "Download all your data (a ZIP of JSON and CSV files) on the My account page.",
  "privacy.rights.erase":
    "Erase your account: your name, phone number, email and address are removed from the account and every order; reviews keep only their stars.",
  "privacy.rights.desk":
    "Cannot use the site? Ask the operator at the village hall or the district office: staff can download or erase your data at your request, and every such action is logged.",
  "privacy.downloadLink": "Download my data",
  "privacy.eraseLink": "Erase my account",
  "privacy.accountSection": "Personal data",
  "privacy.accountIntro":
    "Download a copy of all your data, or erase this account. Read the privacy policy to see what we keep.",
  "privacy.eraseTitle": "Erase account",
  "privacy.eraseIntro":
    "Once erased, you cannot sign in with this account again and your phone number is free for a new account.",
  "privacy.eraseGone":
    "Erased: name, phone number, email, password, sign-ins, cart, notifications, the address and recipient name on your orders, and the review texts and cancellation reasons you wrote.",
  "privacy.eraseKept":
    "Kept without your identity: orders, their items and amounts, delivery status, review stars — sellers must keep their transaction records.",
  "privacy.eraseBlocked": "This account cannot be erased yet:",
  "privacy.blockOpenOrders":
    "{count} orders are not finished yet. Wait until they are completed or cancelled.",
  "privacy.blockSellers":
    "You own a UMKM ({names}). Ask the district staff to close or hand over the shop first.",
  "privacy.blockStaff": "This account holds a management role. Ask an admin to remove it first.",
  "privacy.password": "Your password",
  "privacy.confirm": "I understand this account will be erased and cannot be restored",
  "privacy.eraseSubmit": "Erase my account now",
  "privacy.wrongPassword": "Wrong password",
  "privacy.mustConfirm": "Tick the statement above to continue",
  "privacy.staffTitle": "Personal data requests",
  "privacy.staffIntro":
    "For people who cannot use the site: find their account by phone number, then download their data or erase their account at their request. Every action is written to the audit log with its reason.",
  "privacy.phone": "Phone number",
  "privacy.find": "Find",
  "privacy.notFound": "No account has that number.",
  "privacy.subject": "{name} · {phone} · joined {date}",
  "privacy.subjectErased": "This account has been erased.",
  "privacy.reason": "Reason, and how the request was made",
  "privacy.reasonHint":
    "For example: came to the Kemiren village hall with an ID card, 4 December.",
  "privacy.staffDownload": "Download data (ZIP)",
  "privacy.staffErase": "Erase this account",
  "privacy.staffConfirm":
    "This person asked for their account to be erased and I checked who they are",
  "privacy.staffErased": "The account was erased and written to the audit log.",
};
