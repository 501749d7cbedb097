import { getStripe, startCardCheckout } from "../stripe.server";
import { checkoutPayment, noChannel } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider } from "./types";

/** Cards through Stripe Checkout: one payment for the checkout, paid to the platform. */
export const stripeProvider: PaymentProvider = {
  method: "STRIPE",
  ...PAYMENT_TRAITS.STRIPE,
  enabled: (settings) => settings.stripeEnabled,
  refusal: () => null,
  checkChannel: noChannel,
  plan: async (_tx, input) => [
    checkoutPayment("STRIPE", "stripe", { ...input, channel: undefined }),
  ],
  async start(db, input) {
    const stripe = getStripe();
    if (!stripe) return null;
    const url = await startCardCheckout(db, stripe.stripe, {
      paymentId: input.paymentId,
      successUrl: `${input.returnUrl}?kartu=selesai`,
      cancelUrl: input.returnUrl,
    });
    return { redirectTo: url };
  },
};
