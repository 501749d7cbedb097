import { DomainError } from "~/utils/errors";
import { isMidtransChannel } from "../midtrans/channels";
import { getMidtrans, startMidtransPayment } from "../midtrans/gateway.server";
import { checkoutPayment } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider } from "./types";

const CHOOSE_CHANNEL = "Pilih bank atau dompet digital";

/**
 * Midtrans' Core API: QRIS, virtual accounts, Mandiri bill and e-wallets, one payment for the
 * checkout, paid to the platform and confirmed by Midtrans' notification.
 */
export const midtransProvider: PaymentProvider = {
  method: "MIDTRANS",
  ...PAYMENT_TRAITS.MIDTRANS,
  enabled: (settings) => settings.midtransEnabled === true,
  refusal: () => null,
  checkChannel: (channel) => {
    if (!isMidtransChannel(channel)) {
      throw new DomainError("INVALID", CHOOSE_CHANNEL, { field: "paymentChannel" });
    }
  },
  plan: async (_tx, input) => {
    if (!isMidtransChannel(input.channel)) {
      throw new DomainError("INVALID", CHOOSE_CHANNEL, { field: "paymentChannel" });
    }
    return [checkoutPayment("MIDTRANS", "midtrans", input)];
  },
  async start(db, input) {
    const midtrans = getMidtrans();
    if (!midtrans) return null;
    const instruction = await startMidtransPayment(db, midtrans.client, input);
    // E-wallets continue in their app; the other channels are shown on the order page.
    return instruction?.kind === "redirect" ? { redirectTo: instruction.url } : null;
  },
};
