/**
 * What a gateway payment's outcome (Stripe, Midtrans) does to the orders of its checkout. The
 * gateways' webhook handlers call it inside their transaction, through `orderSettlement`.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { PaymentStatus } from "~/generated/prisma/enums";
import type { PaymentSettlement } from "~/modules/payments/providers/types";
import { cancel } from "./order-commands.server";
import { changeStatus, orderCore, type Tx } from "./order-status.server";

/**
 * Moves a card payment on from one of `from` (a conditional update, so it happens once) and
 * returns the orders of its checkout still waiting for payment; null when it had already moved.
 */
async function moveCardPayment(
  tx: Tx,
  input: { paymentId: string; from: PaymentStatus[]; data: Prisma.PaymentUpdateManyMutationInput },
) {
  const { count } = await tx.payment.updateMany({
    where: { id: input.paymentId, status: { in: input.from } },
    data: input.data,
  });
  if (count !== 1) return null;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: input.paymentId },
    select: { groupId: true },
  });
  return tx.order.findMany({
    where: { groupId: payment.groupId, status: "PENDING_PAYMENT" },
    select: orderCore,
  });
}

/**
 * A gateway payment succeeded: the payment (once) and every order of its group still waiting for
 * payment become paid. Returns false when the payment was already settled, so a repeated or
 * reordered provider event changes nothing.
 */
const settle: PaymentSettlement["settle"] = async (tx, input) => {
  const at = input.at ?? new Date();
  const orders = await moveCardPayment(tx, {
    paymentId: input.paymentId,
    from: ["PENDING", "AWAITING_CONFIRMATION"],
    data: {
      status: "SUCCEEDED",
      confirmedAt: at,
      providerRef: input.providerRef ?? undefined,
      providerPaymentRef: input.providerPaymentRef ?? undefined,
    },
  });
  if (!orders) return false;
  for (const order of orders) {
    await changeStatus(tx, {
      order,
      to: "PAID",
      actorId: null,
      note: input.note,
      data: { paidAt: at, expiresAt: null },
      at,
    });
  }
  return true;
};

/** A gateway payment expired or failed: unpaid orders of the group are cancelled. */
const abandon: PaymentSettlement["abandon"] = async (tx, input) => {
  const orders = await moveCardPayment(tx, {
    paymentId: input.paymentId,
    from: ["PENDING"],
    data: { status: input.status },
  });
  if (!orders) return false;
  for (const order of orders) {
    await cancel(tx, order, {
      actorId: null,
      by: "system",
      reason: input.reason,
    });
  }
  return true;
};

export const orderSettlement: PaymentSettlement = { settle, abandon };
