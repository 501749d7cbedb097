import type Stripe from "stripe";
import type { OrderSettings } from "~/modules/orders/checkout.server";
import { createStripeClient } from "~/modules/payments/stripe.server";
import { getEnv } from "./env.server";

export function orderSettings(): OrderSettings {
  const env = getEnv();
  return {
    feePercent: env.PLATFORM_FEE_PERCENT,
    paymentTtlMs: env.ORDER_PAYMENT_HOURS * 3_600_000,
    stripeEnabled: !!env.STRIPE_SECRET_KEY,
  };
}

let stripe: Stripe | undefined;

/** The Stripe client and webhook secret, or null when card payments are not configured. */
export function getStripe(): { stripe: Stripe; webhookSecret: string } | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  stripe ??= createStripeClient({
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  });
  return { stripe, webhookSecret: env.STRIPE_WEBHOOK_SECRET };
}
