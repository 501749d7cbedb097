/** Messages of card refunds on the buyer's and the seller's order pages. */
export const refundsId = {
  "cardRefund.heading": "Pengembalian dana ke kartu",
  "cardRefund.SUCCEEDED": "Dana dikembalikan ke kartu: {amount}",
  "cardRefund.PENDING": "Pengembalian {amount} ke kartu sedang diproses Stripe.",
  "cardRefund.FAILED": "Pengembalian {amount} ke kartu belum berhasil.",
  "cardRefund.failedBuyer": "Penjual sedang mengulang pengembaliannya; dana belum berpindah.",
  "cardRefund.retry": "Coba kembalikan dana lagi",
  "cardRefund.paymentTotal":
    "Stripe mencatat {amount} dari pembayaran kartu ini sudah dikembalikan.",
};
