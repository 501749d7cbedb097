/**
 * Stripe's unit for IDR. Everything Stripe-specific stays in this folder; Stripe treats IDR as a
 * two-decimal currency, so rupiah are multiplied by 100.
 */
export function toStripeAmount(rupiah: number): number {
  return rupiah * 100;
}

export function fromStripeAmount(amount: number): number {
  return Math.round(amount / 100);
}
