import { DomainError } from "~/utils/errors";
import { buildDynamicQris, QrisError } from "../qris";
import { noChannel, orderPayment } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider } from "./types";

/**
 * The seller's own static QRIS, made dynamic for the order's exact total (`payments/qris.ts`).
 * Paid straight to the seller's merchant account, so the seller confirms it.
 */
export const qrisProvider: PaymentProvider = {
  method: "QRIS",
  ...PAYMENT_TRAITS.QRIS,
  enabled: () => true,
  refusal: (shop) =>
    shop.qrisStatic ? null : new DomainError("INVALID", `${shop.businessName} belum menerima QRIS`),
  checkChannel: noChannel,
  plan: async (_tx, input) =>
    input.orders.map((order) => {
      try {
        const qrisPayload = buildDynamicQris(order.seller.qrisStatic!, order.total);
        return orderPayment("QRIS", input, order, { qrisPayload });
      } catch (error) {
        if (!(error instanceof QrisError)) throw error;
        throw new DomainError("INVALID", `QRIS ${order.seller.businessName} tidak bisa dipakai`);
      }
    }),
};
