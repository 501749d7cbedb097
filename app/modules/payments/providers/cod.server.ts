import { orderPayment, noChannel } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider } from "./types";

/** Cash on delivery: paid to the seller's courier or at pickup; every shop takes it. */
export const codProvider: PaymentProvider = {
  method: "COD",
  ...PAYMENT_TRAITS.COD,
  enabled: () => true,
  refusal: () => null,
  checkChannel: noChannel,
  plan: async (_tx, input) => input.orders.map((order) => orderPayment("COD", input, order)),
};
