import { getEnv } from "~/utils/env.server";
import type { OrderSettings } from "./checkout.server";

/** The order rules the environment sets: platform fee, payment window, whether cards are on. */
export function orderSettings(): OrderSettings {
  const env = getEnv();
  return {
    feePercent: env.PLATFORM_FEE_PERCENT,
    paymentTtlMs: env.ORDER_PAYMENT_HOURS * 3_600_000,
    stripeEnabled: !!env.STRIPE_SECRET_KEY,
    midtransEnabled: !!env.MIDTRANS_SERVER_KEY,
  };
}
