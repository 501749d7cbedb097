import type { midtransId } from "./i18n-midtrans-id";

export const midtransEn: Record<keyof typeof midtransId, string> = {
  "midtrans.channel.qris": "QRIS (any e-wallet & mobile banking)",
  "midtrans.channel.va_bca": "BCA Virtual Account",
  "midtrans.channel.va_bni": "BNI Virtual Account",
  "midtrans.channel.va_bri": "BRI Virtual Account",
  "midtrans.channel.va_permata": "Permata Virtual Account",
  "midtrans.channel.echannel_mandiri": "Mandiri Bill Payment",
  "midtrans.channel.gopay": "GoPay",
  "midtrans.channel.shopeepay": "ShopeePay",
  "midtrans.error.unreachable":
    "Midtrans could not be reached — the payment was not created, try again in a moment",
  "midtrans.error.refused": "Midtrans refused this payment",
  "midtrans.error.duplicate": "This order number was already used for a payment at Midtrans",
  "midtrans.error.itemsMismatch": "The item lines do not add up to the payment total",
  "midtrans.error.invalidAmount": "The payment total must be a whole number of rupiah above zero",
  "midtrans.error.invalidOrderId":
    "An order number for Midtrans may only hold letters, digits, - _ . ~ and up to 50 characters",
  "midtrans.error.invalidExpiry":
    "The payment deadline must be a whole number of minutes above zero",
  "midtrans.error.unexpectedAnswer": "Midtrans's answer could not be read",
  "midtrans.billInfoLabel": "Pay for:",
  "midtrans.billInfoValue": "Pasar Kampung",
  "midtrans.chooseChannel": "Bank or e-wallet",
  "midtrans.chooseChannelHint": "Used when you pay through Midtrans.",
  "midtrans.pay.title": "Pay {amount} with {channel}",
  "midtrans.pay.qrImage": "QR code to pay {amount}",
  "midtrans.pay.qrNote": "Scan it with any e-wallet or mobile banking app.",
  "midtrans.pay.vaNumber": "{bank} Virtual Account number",
  "midtrans.pay.copy": "Copy number",
  "midtrans.pay.billerCode": "Company code (biller code)",
  "midtrans.pay.billKey": "Payment code (bill key)",
  "midtrans.pay.billNote": "Pay through Livin' by Mandiri, a Mandiri ATM or teller.",
  "midtrans.pay.openApp": "Open GoPay/ShopeePay",
  "midtrans.pay.deadline": "Pay before {date}",
  "midtrans.pay.automatic":
    "The payment is confirmed automatically once it arrives — no need to send a receipt.",
  "midtrans.pay.notCreated": "The payment code could not be created yet.",
  "midtrans.pay.create": "Create payment code",
};
