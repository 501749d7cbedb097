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
