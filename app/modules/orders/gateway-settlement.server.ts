/**
 * What a gateway payment's outcome (Stripe, Midtrans) does to the orders of its checkout. The
 * gateways' webhook handlers call it inside their transaction, through `orderSettlement`.
 */
import crypto from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import type { PaymentStatus } from "~/generated/prisma/enums";
import type { PaymentSettlement } from "~/modules/payments/providers/types";
import { cancel } from "./order-commands.server";
import { insertRows, sqlValue } from "~/utils/sql.server";
import {
  deadlinesFor,
  notifyOrdersStatus,
  orderDeadlineSettings,
} from "./order-notifications.server";
import { changeStatus, concurrentChange, orderCore, type Tx } from "./order-status.server";
import { assertTransition } from "./transitions";

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

/** Statements with many ids are cut into chunks well under the databases' parameter limits. */
const CHUNK = 1_000;

const confirmMany: PaymentSettlement["confirmMany"] = async (tx, input) => {
  assertTransition("PENDING_PAYMENT", "PAID");
  const { packBy, remindedAt } = deadlinesFor("PAID", input.at, orderDeadlineSettings());
  const at = sqlValue(input.at, "timestamp");
  const confirmed: string[] = [];
  for (let i = 0; i < input.paymentIds.length; i += CHUNK) {
    const ids = input.paymentIds.slice(i, i + CHUNK);
    // Only a payment whose order still waits for it: one paid by hand or cancelled meanwhile
    // is left alone.
    const rows = await tx.$queryRaw<{ id: string; orderId: string }[]>`
      UPDATE "Payment"
      SET "status" = ${sqlValue("SUCCEEDED", "enum:PaymentStatus")},
          "confirmedAt" = ${at}, "confirmedById" = ${sqlValue(input.actorId, "text")},
          "updatedAt" = ${at}
      WHERE "id" IN (${Prisma.join(ids)})
        AND "status" IN ('PENDING', 'AWAITING_CONFIRMATION')
        AND "orderId" IN (SELECT "id" FROM "Order" WHERE "status" = 'PENDING_PAYMENT')
      RETURNING "id", "orderId"`;
    if (rows.length === 0) continue;
    const orderIds = rows.map((r) => String(r.orderId));
    const count = await tx.$executeRaw`
      UPDATE "Order"
      SET "status" = ${sqlValue("PAID", "enum:OrderStatus")}, "paidAt" = ${at},
          "expiresAt" = NULL, "packBy" = ${sqlValue(packBy, "timestamp")},
          "remindedAt" = ${sqlValue(remindedAt, "timestamp")}, "updatedAt" = ${at}
      WHERE "id" IN (${Prisma.join(orderIds)}) AND "status" = 'PENDING_PAYMENT'`;
    if (count !== orderIds.length) throw concurrentChange();
    await tx.$executeRaw(
      insertRows(
        "OrderStatusChange",
        orderIds.map((orderId) => ({
          id: crypto.randomUUID(),
          orderId,
          fromStatus: "PENDING_PAYMENT",
          toStatus: "PAID",
          actorId: input.actorId,
          note: input.note,
          createdAt: input.at,
        })),
      ),
    );
    await notifyOrdersStatus(tx, { orderIds, to: "PAID", actorId: input.actorId, at: input.at });
    confirmed.push(...rows.map((r) => String(r.id)));
  }
  return confirmed;
};

export const orderSettlement: PaymentSettlement = { settle, abandon, confirmMany };
