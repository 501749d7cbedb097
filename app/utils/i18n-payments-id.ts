/** Messages of self-confirming payments: kode unik transfers, bank statements and Midtrans. */
export const paymentsId = {
  "order.gatewayFailed":
    "Pesanan sudah dibuat, tetapi pembayaran belum bisa dibuka. Coba lagi dengan tombol di bawah.",
  "transfer.exactly": "Transfer tepat {amount}",
  "transfer.codeNote":
    "Termasuk kode unik {code} rupiah agar pembayaran Anda dikenali otomatis dari mutasi rekening penjual. Jangan dibulatkan.",
  "transfer.copy": "Salin jumlah",
  "transfer.copyNumber": "Salin nomor rekening",
  "transfer.copied": "Tersalin",
  "statements.nav": "Mutasi rekening",
  "statements.title": "Cocokkan mutasi rekening",
  "statements.intro":
    "Unggah berkas CSV mutasi rekening {bank} {number}. Setiap uang masuk yang jumlahnya persis sama dengan tagihan transfer (termasuk kode unik) langsung mengonfirmasi pesanannya.",
  "statements.noAccount": "Isi rekening bank toko dulu di pengaturan pembayaran.",
  "statements.layout": "Bentuk berkas",
  "statements.file": "Berkas mutasi (CSV, maksimal 2 MB)",
  "statements.mapping": "Kolom untuk bank lain",
  "statements.mappingHint":
    "Hanya dipakai bila memilih “Bank lain”. Nomor kolom dihitung dari 1; pengaturan disimpan untuk unggahan berikutnya.",
  "statements.delimiter": "Pemisah kolom",
  "statements.delimiter.comma": "Koma (,)",
  "statements.delimiter.semicolon": "Titik koma (;)",
  "statements.delimiter.tab": "Tab",
  "statements.skipRows": "Baris di atas transaksi pertama (termasuk judul kolom)",
  "statements.dateColumn": "Kolom tanggal",
  "statements.descriptionColumn": "Kolom keterangan",
  "statements.creditColumn": "Kolom kredit (uang masuk)",
  "statements.debitColumn": "Kolom debit (boleh kosong)",
  "statements.directionColumn": "Kolom CR/DB (boleh kosong)",
  "statements.dateFormat": "Format tanggal",
  "statements.upload": "Unggah dan cocokkan",
  "statements.uploaded":
    "Mutasi terbaca: {confirmed} pembayaran dikonfirmasi, {ambiguous} perlu diputuskan, {unmatched} tidak cocok.",
  "statements.history": "Unggahan sebelumnya",
  "statements.none": "Belum ada mutasi yang diunggah.",
  "statements.row": "{date} · {file} · {credits} uang masuk · {confirmed} dikonfirmasi",
  "statements.resultTitle": "Hasil pencocokan {file}",
  "statements.summary":
    "Diunggah {date} oleh {name}. {credits} uang masuk, {known} sudah pernah diunggah, {confirmed} dikonfirmasi.",
  "statements.confirmed": "Dikonfirmasi dari mutasi",
  "statements.ambiguous": "Perlu diputuskan",
  "statements.ambiguousHint":
    "Beberapa tagihan punya jumlah yang sama. Pilih pesanan yang dibayar oleh uang masuk ini.",
  "statements.unmatched": "Uang masuk tanpa tagihan yang cocok",
  "statements.unmatchedHint":
    "Bisa pembayaran di luar Pasar Kampung, transfer yang dibulatkan, atau pesanan yang sudah batal. Periksa dan konfirmasi manual bila perlu.",
  "statements.settled": "Sudah diputuskan",
  "statements.line": "{date} · {description}",
  "statements.candidate": "{code} · {buyer} · {amount}",
  "statements.noneOfThem": "Bukan salah satunya",
  "statements.decide": "Simpan keputusan",
  "statements.decided": "Keputusan disimpan.",
  "statements.order": "Pesanan {code}",
  "statements.empty": "Tidak ada.",
  "statements.back": "Kembali ke mutasi rekening",
} as const;
