/** Messages of the Biteship courier aggregator (rates, pickup orders, tracking). */
export const biteshipId = {
  "biteship.error.unreachable":
    "Biteship tidak bisa dihubungi — ongkir dihitung dari tabel tarif, coba lagi sebentar lagi",
  "biteship.error.refused": "Biteship menolak permintaan ini",
  "biteship.error.unexpectedAnswer": "Jawaban Biteship tidak bisa dibaca",
  "biteship.error.missingPostalCode":
    "Kode pos toko dan alamat tujuan diperlukan untuk ongkir kurir",
  "biteship.error.unknownService": "Layanan kurir ini tidak dikenal Biteship",
  "biteship.error.invalidBooking":
    "Data pengiriman belum lengkap: nama, nomor HP, alamat, kode pos dan berat barang wajib diisi",
  "biteship.error.alreadyBooked":
    "Jemput kurir untuk pesanan ini sudah pernah dipesan — tunggu kurir datang, atau isi resinya sendiri",
  "biteship.estimated": "Perkiraan dari tabel tarif — ongkir kurir belum bisa dicek langsung",
} as const;
