import type { refundsId } from "./i18n-refunds-id";

export const refundsEn: Record<keyof typeof refundsId, string> = {
  "cardRefund.heading": "Refund to the card",
  "cardRefund.SUCCEEDED": "Refunded to the card: {amount}",
  "cardRefund.PENDING": "The refund of {amount} to the card is being processed by Stripe.",
  "cardRefund.FAILED": "The refund of {amount} to the card has not gone through yet.",
  "cardRefund.failedBuyer": "The seller is retrying it; no money has moved yet.",
  "cardRefund.retry": "Try the refund again",
  "cardRefund.paymentTotal": "Stripe records {amount} of this card payment as refunded.",
};
