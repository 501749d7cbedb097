/** Messages of self-confirming payments: kode unik transfers, bank statements and Midtrans. */
export const paymentsId = {
  "order.gatewayFailed":
    "Pesanan sudah dibuat, tetapi pembayaran belum bisa dibuka. Coba lagi dengan tombol di bawah.",
} as const;
