import { DomainError } from "~/utils/errors";
import { checkoutPayment } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider } from "./types";

/** Midtrans Core API: QRIS, virtual accounts and e-wallets, paid to the platform. */
export const midtransProvider: PaymentProvider = {
  method: "MIDTRANS",
  ...PAYMENT_TRAITS.MIDTRANS,
  enabled: (settings) => settings.midtransEnabled === true,
  refusal: () => null,
  channelRefusal: (channel) => (channel ? null : "Pilih bank atau dompet digital"),
  plan: async (_tx, input) => {
    if (!input.channel) throw new DomainError("INVALID", "Pilih bank atau dompet digital");
    return [checkoutPayment("MIDTRANS", "midtrans", input)];
  },
};
