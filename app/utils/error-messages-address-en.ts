/**
 * English for the messages of addresses: the checkout's recipient fields, the address book and
 * the region picker (see error-messages-en.ts for how messages are translated).
 */
export const ADDRESS_MESSAGES_EN: Readonly<Record<string, string>> = {
  "Pilih desa": "Choose a desa",
  "Pilih desa dari daftar": "Choose a desa from the list",
  "Desa tidak dikenal": "Unknown desa",
  "Nama penerima wajib diisi": "Recipient's name is required",
  "Nama penerima minimal 2 huruf": "Recipient's name must be at least 2 characters",
  "Nama penerima maksimal 80 huruf": "Recipient's name can be at most 80 characters",
  "Nomor HP tidak valid (contoh: 0812 3456 7890)":
    "Mobile number is not valid (e.g. 0812 3456 7890)",
  "Alamat wajib diisi": "Address is required",
  "Alamat tidak ditemukan": "Address not found",
  "Alamat tersimpan tidak ditemukan; pilih lagi": "Saved address not found; choose again",
  "Pilih desa/kelurahan": "Choose a village (desa/kelurahan)",
  "Kode pos 5 angka": "A postal code has 5 digits",
  "Beri nama alamat, misalnya Rumah": "Name the address, e.g. Home",
  "Nama alamat maksimal 30 huruf": "The address name can be at most 30 characters",
  "Kode wilayah tidak valid": "Region code is not valid",
  "Maksimal 20 alamat; hapus yang lama dulu": "At most 20 addresses; delete an old one first",
  "Tulis alamat lengkap (minimal 10 huruf): dusun, RT/RW, patokan":
    "Write the full address (at least 10 characters): hamlet, RT/RW, landmark",
  "Alamat maksimal 300 huruf": "Address can be at most 300 characters",
};
