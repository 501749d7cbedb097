/**
 * Money given back to the card a checkout was paid with. Order of operations (see
 * docs/decisions/025-card-refunds.md): the refund is recorded as PENDING in the same transaction
 * that refunds the order, Stripe is called after commit with an idempotency key made of the order
 * and the try number, and its answer (or, later, its webhook) settles the record. A crash or an
 * unreachable Stripe leaves a PENDING or FAILED record that the seller's page offers to retry;
 * the same key makes that retry return Stripe's first refund instead of making a second.
 */
import Stripe from "stripe";
import type { Prisma } from "~/generated/prisma/client";
import type { CardRefundStatus } from "~/generated/prisma/enums";
import {
  claimOutbox,
  completeOutbox,
  enqueueOutbox,
  failOutbox,
} from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { fromStripeAmount, toStripeAmount } from "./stripe-amounts";

type Tx = Prisma.TransactionClient;

export const REFUND_UNREACHABLE =
  "Stripe tidak bisa dihubungi — dana belum dikembalikan, coba lagi";
export const REFUND_REFUSED = "Stripe menolak pengembalian dana ke kartu";
export const REFUND_NO_INTENT = "Pembayaran kartu ini belum punya nomor transaksi Stripe";

/** The idempotency key of one try at refunding an order to its card. */
export function cardRefundKey(orderId: string, attempt: number): string {
  return `order-refund-${orderId}-${attempt}`;
}

/**
 * Records, in the caller's transaction, that a refunded order's share of its checkout's card
 * payment must go back to the card. Does nothing when the order was not paid by card.
 */
export async function recordCardRefund(
  tx: Tx,
  order: { id: string; total: number },
): Promise<boolean> {
  const payment = await tx.payment.findFirst({
    where: {
      orderId: null,
      method: "STRIPE",
      status: "SUCCEEDED",
      group: { orders: { some: { id: order.id } } },
    },
    select: { id: true },
  });
  if (!payment) return false;
  await tx.cardRefund.create({
    data: { paymentId: payment.id, orderId: order.id, amount: order.total },
  });
  // Sent after commit by whoever gets there first: the page that asked, or the background worker
  // (which also covers refunds no page asked for, like the deadline jobs', and a crash between).
  await enqueueOutbox(tx, [{ topic: "payment.cardRefund", aggregateId: order.id }]);
  return true;
}

/** Stripe's PaymentIntent behind a card payment: stored at settlement, else read off its event. */
async function paymentIntentOf(
  db: Db,
  payment: { id: string; providerPaymentRef: string | null },
): Promise<string | null> {
  if (payment.providerPaymentRef) return payment.providerPaymentRef;
  const events = await db.paymentEvent.findMany({
    where: { paymentId: payment.id, type: { startsWith: "checkout.session." } },
    select: { payload: true },
  });
  for (const event of events) {
    const intent = (event.payload as { data?: { object?: { payment_intent?: unknown } } }).data
      ?.object?.payment_intent;
    if (typeof intent === "string") return intent;
  }
  return null;
}

export interface RefundLike {
  id: string;
  amount: number;
  status?: string | null;
  payment_intent?: string | { id: string } | null;
  failure_reason?: string | null;
  metadata?: Record<string, string> | null;
}

function statusOf(refund: RefundLike): CardRefundStatus {
  if (refund.status === "succeeded") return "SUCCEEDED";
  if (refund.status === "failed" || refund.status === "canceled") return "FAILED";
  return "PENDING";
}

/**
 * Applies what Stripe says about one refund (its answer to our request, or a webhook) to the
 * payment's records. A refund we asked for is found by its id or by the order and try in its
 * metadata; any other refund (made in Stripe's dashboard) gets a record of its own. A final
 * status is never overwritten, so replays and reordered events change nothing twice.
 */
export async function applyStripeRefund(
  tx: Tx,
  paymentId: string,
  refund: RefundLike,
): Promise<boolean> {
  const status = statusOf(refund);
  const orderId = refund.metadata?.orderId;
  const attempt = Number(refund.metadata?.attempt ?? 1);
  const existing =
    (await tx.cardRefund.findUnique({
      where: { providerRef: refund.id },
      select: { id: true, status: true, attempt: true, providerRef: true },
    })) ??
    (orderId
      ? await tx.cardRefund.findFirst({
          where: {
            orderId,
            paymentId,
            attempt: Number.isInteger(attempt) ? attempt : -1,
            OR: [{ providerRef: null }, { status: "FAILED" }],
          },
          select: { id: true, status: true, attempt: true, providerRef: true },
        })
      : null);
  const now = new Date();
  if (!existing) {
    // A request of ours for an earlier try that already failed: nothing new.
    if (orderId) return false;
    await tx.cardRefund.create({
      data: {
        paymentId,
        amount: fromStripeAmount(refund.amount),
        status,
        providerRef: refund.id,
        settledAt: status === "PENDING" ? null : now,
      },
    });
    return true;
  }
  const known = existing.providerRef === refund.id;
  if (known && existing.status !== "PENDING") return false;
  const { count } = await tx.cardRefund.updateMany({
    where: { id: existing.id, status: existing.status, attempt: existing.attempt },
    data: {
      providerRef: refund.id,
      status,
      settledAt: status === "PENDING" ? null : now,
      // Stripe gave up on this refund: the next try needs a key of its own.
      ...(status === "FAILED"
        ? { attempt: existing.attempt + 1, failure: REFUND_REFUSED }
        : { failure: null }),
    },
  });
  return count === 1;
}

/** What Stripe said to a refund request, for the seller's page. */
export type CardRefundOutcome =
  { status: "NONE" } | { status: CardRefundStatus; failure: string | null; amount: number };

/**
 * Asks Stripe to refund an order's card share, once: a SUCCEEDED record, or a PENDING one Stripe
 * has already acknowledged, is left alone. Stripe's errors and timeouts leave the record FAILED
 * with the reason, never refunded; the same key is kept unless Stripe itself failed the refund.
 */
export async function sendCardRefund(
  db: Db,
  stripe: Stripe,
  input: { orderId: string },
): Promise<CardRefundOutcome> {
  const record = await db.cardRefund.findUnique({
    where: { orderId: input.orderId },
    select: {
      id: true,
      amount: true,
      status: true,
      attempt: true,
      providerRef: true,
      failure: true,
      payment: { select: { id: true, providerPaymentRef: true } },
    },
  });
  if (!record) return { status: "NONE" };
  const done = record.status === "SUCCEEDED" || (record.status === "PENDING" && record.providerRef);
  if (done) return { status: record.status, failure: record.failure, amount: record.amount };

  const failRefund = async (failure: string): Promise<CardRefundOutcome> => {
    // Only over a refund Stripe has not acknowledged: another sender may have got its answer.
    await db.cardRefund.updateMany({
      where: {
        id: record.id,
        attempt: record.attempt,
        OR: [{ status: "FAILED" }, { status: "PENDING", providerRef: null }],
      },
      data: { status: "FAILED", failure },
    });
    const now = await db.cardRefund.findUniqueOrThrow({
      where: { id: record.id },
      select: { status: true, failure: true },
    });
    return { ...now, amount: record.amount };
  };

  const intent = await paymentIntentOf(db, record.payment);
  if (!intent) return failRefund(REFUND_NO_INTENT);
  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: intent,
        amount: toStripeAmount(record.amount),
        reason: "requested_by_customer",
        metadata: {
          orderId: input.orderId,
          paymentId: record.payment.id,
          attempt: String(record.attempt),
        },
      },
      { idempotencyKey: cardRefundKey(input.orderId, record.attempt) },
    );
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    // A 4xx is a definite "no"; a 5xx or timeout may have gone through, and the retry with the
    // same key (or the webhook) tells which.
    const definite = typeof error.statusCode === "number" && error.statusCode < 500;
    console.error(`Stripe refund for order ${input.orderId} failed: ${error.message}`);
    return failRefund(definite ? REFUND_REFUSED : REFUND_UNREACHABLE);
  }
  await db.$transaction((tx) => applyStripeRefund(tx, record.payment.id, refund));
  const now = await db.cardRefund.findUniqueOrThrow({
    where: { id: record.id },
    select: { status: true, failure: true },
  });
  return { ...now, amount: record.amount };
}

/**
 * The background sender: card refunds recorded but not yet acknowledged by Stripe. An
 * unreachable Stripe is retried with backoff (same key); a refusal stops, for the seller's retry.
 */
export async function processCardRefundOutbox(
  db: Db,
  stripe: Stripe,
  input: { workerId: string; limit?: number },
): Promise<number> {
  const claimed = await claimOutbox(db, {
    topics: ["payment.cardRefund"],
    limit: input.limit ?? 10,
    workerId: input.workerId,
  });
  for (const event of claimed) {
    try {
      const outcome = await sendCardRefund(db, stripe, { orderId: event.aggregateId });
      if (outcome.status === "FAILED") {
        await failOutbox(db, [event], new Error(outcome.failure ?? REFUND_REFUSED), {
          permanent: outcome.failure !== REFUND_UNREACHABLE,
        });
      } else {
        await completeOutbox(db, [event.id]);
      }
    } catch (error) {
      await failOutbox(db, [event], error);
    }
  }
  return claimed.length;
}

/**
 * Sends a shop's order's card refund, if it has one: right after the order was refunded, and
 * again when the seller (or staff for them) retries. `retry` refuses when there is nothing to
 * retry, so a stale page says so instead of silently doing nothing.
 */
export async function sendOrderCardRefund(
  db: Db,
  stripe: Stripe | null,
  input: { sellerId: string; orderCode: string; retry?: boolean },
): Promise<CardRefundOutcome> {
  const order = await db.order.findFirst({
    where: { code: input.orderCode, sellerId: input.sellerId },
    select: { id: true, cardRefund: { select: { status: true } } },
  });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  if (input.retry && (!order.cardRefund || order.cardRefund.status === "SUCCEEDED")) {
    throw new DomainError("CONFLICT", "Tidak ada pengembalian dana kartu yang perlu diulang");
  }
  if (!order.cardRefund) return { status: "NONE" };
  if (!stripe) {
    if (input.retry) throw new DomainError("CONFLICT", "Pembayaran kartu belum diatur");
    return { status: "NONE" };
  }
  return sendCardRefund(db, stripe, { orderId: order.id });
}
