/**
 * What a card payment's outcome at the provider does to the orders of its checkout. Called by the
 * Stripe webhook inside its transaction.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { PaymentStatus } from "~/generated/prisma/enums";
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
 * A card payment succeeded: the payment (once) and every order of its group still waiting for
 * payment become paid. Returns false when the payment was already settled, so a repeated or
 * reordered provider event changes nothing.
 */
export async function settleCardPayment(
  tx: Tx,
  input: {
    paymentId: string;
    providerRef: string | null;
    /** The provider's id of the money movement (Stripe's PaymentIntent), which refunds name. */
    providerPaymentRef?: string | null;
    at?: Date;
  },
): Promise<boolean> {
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
      note: "Pembayaran kartu berhasil",
      data: { paidAt: at, expiresAt: null },
      at,
    });
  }
  return true;
}

/** A card checkout expired or failed at the provider: unpaid orders of the group are cancelled. */
export async function abandonCardPayment(
  tx: Tx,
  input: { paymentId: string; status: Extract<PaymentStatus, "FAILED" | "CANCELLED"> },
): Promise<boolean> {
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
      reason: "Pembayaran kartu tidak selesai",
    });
  }
  return true;
}
