import crypto from "node:crypto";
import type { PaymentMethod } from "~/generated/prisma/enums";
import type { PaymentPlanInput, PlannedPayment } from "./types";

/** One payment row for one seller's order, paid to the seller. */
export function orderPayment(
  method: PaymentMethod,
  input: PaymentPlanInput,
  order: PaymentPlanInput["orders"][number],
  extra: Partial<Pick<PlannedPayment, "amount" | "qrisPayload" | "uniqueCode">> = {},
): PlannedPayment {
  return {
    id: crypto.randomUUID(),
    groupId: input.groupId,
    orderId: order.id,
    method,
    payee: "seller",
    amount: order.total,
    provider: method.toLowerCase(),
    idempotencyKey: `pay_${crypto.randomUUID()}`,
    qrisPayload: null,
    uniqueCode: null,
    channel: null,
    ...extra,
  };
}

/** The one payment covering a whole checkout, paid to the platform through a gateway. */
export function checkoutPayment(
  method: PaymentMethod,
  provider: string,
  input: PaymentPlanInput,
): PlannedPayment {
  return {
    id: crypto.randomUUID(),
    groupId: input.groupId,
    orderId: null,
    method,
    payee: "platform",
    amount: input.total,
    provider,
    idempotencyKey: `pay_${crypto.randomUUID()}`,
    qrisPayload: null,
    uniqueCode: null,
    channel: input.channel ?? null,
  };
}

/**
 * For methods without channels: a channel sent with them is ignored, not refused. The checkout
 * form works without JavaScript, so the Midtrans channel radios are always submitted with the
 * form, whichever method the buyer picks; refusing them would make cash or transfer orders fail
 * for a choice the buyer did not make. `checkoutPayment` only stores the channel for gateways
 * that have channels, and the methods using this write no channel at all.
 */
export function noChannel(): void {}
