/** Messages of Midtrans payments (QRIS, virtual accounts, Mandiri bill, GoPay, ShopeePay). */
export const midtransId = {
  "midtrans.channel.qris": "QRIS (semua e-wallet & m-banking)",
  "midtrans.channel.va_bca": "Virtual Account BCA",
  "midtrans.channel.va_bni": "Virtual Account BNI",
  "midtrans.channel.va_bri": "Virtual Account BRI",
  "midtrans.channel.va_permata": "Virtual Account Permata",
  "midtrans.channel.echannel_mandiri": "Mandiri Bill Payment",
  "midtrans.channel.gopay": "GoPay",
  "midtrans.channel.shopeepay": "ShopeePay",
  "midtrans.error.unreachable":
    "Midtrans tidak bisa dihubungi — pembayaran belum dibuat, coba lagi sebentar lagi",
  "midtrans.error.refused": "Midtrans menolak pembayaran ini",
  "midtrans.error.duplicate": "Nomor pesanan ini sudah pernah dipakai untuk pembayaran di Midtrans",
  "midtrans.error.itemsMismatch": "Jumlah rincian barang tidak sama dengan total pembayaran",
  "midtrans.error.invalidAmount": "Total pembayaran harus bilangan bulat rupiah lebih dari nol",
  "midtrans.error.invalidOrderId":
    "Nomor pesanan untuk Midtrans hanya boleh huruf, angka, - _ . ~ dan paling panjang 50 karakter",
  "midtrans.error.invalidExpiry":
    "Batas waktu pembayaran harus bilangan bulat menit lebih dari nol",
  "midtrans.error.unexpectedAnswer": "Jawaban Midtrans tidak bisa dibaca",
  "midtrans.billInfoLabel": "Bayar:",
  "midtrans.billInfoValue": "Pasar Kampung",
} as const;
