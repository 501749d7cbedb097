import Stripe from "stripe";
import { type Prisma } from "~/generated/prisma/client";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { DomainError } from "~/utils/errors";
import { isUniqueViolation, lockRow } from "~/utils/sql.server";
import { applyStripeRefund, type RefundLike } from "./card-refunds.server";
import { flagLatePayment } from "./late-payment.server";
import type { PaymentSettlement } from "./providers/types";
import { fromStripeAmount, toStripeAmount } from "./stripe-amounts";

/**
 * Stripe Checkout for card payments, card refunds' webhooks, and the client. Everything
 * Stripe-specific, including its unit for IDR, stays in this folder.
 */
export { fromStripeAmount, toStripeAmount };

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** Only for talking to a local stand-in in tests. */
  host?: string;
  port?: number;
  protocol?: "http" | "https";
  /** Milliseconds before a request counts as lost (the SDK's default is 80 s). */
  timeoutMs?: number;
  maxNetworkRetries?: number;
}

/** The SDK's host, port and protocol for STRIPE_API_BASE (a local stand-in); none for Stripe's. */
export function stripeHostOptions(
  base: string | undefined,
): Pick<StripeConfig, "host" | "port" | "protocol"> {
  if (!base) return {};
  const url = new URL(base);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    host: url.hostname,
    port: Number(url.port) || (protocol === "http" ? 80 : 443),
    protocol,
  };
}

export function createStripeClient(config: StripeConfig): Stripe {
  return new Stripe(config.secretKey, {
    maxNetworkRetries: config.maxNetworkRetries ?? 2,
    ...(config.timeoutMs ? { timeout: config.timeoutMs } : {}),
    ...(config.host ? { host: config.host, port: config.port, protocol: config.protocol } : {}),
  });
}

/**
 * Opens a Checkout Session for a group's card payment. The payment's stored idempotency key goes
 * with the request, so a retried checkout never creates a second session at Stripe.
 */
export async function startCardCheckout(
  db: Db,
  stripe: Stripe,
  input: { paymentId: string; successUrl: string; cancelUrl: string },
): Promise<string> {
  const payment = await db.payment.findUnique({
    where: { id: input.paymentId },
    select: {
      id: true,
      amount: true,
      status: true,
      idempotencyKey: true,
      group: {
        select: {
          code: true,
          orders: {
            select: {
              expiresAt: true,
              shippingFee: true,
              seller: { select: { businessName: true } },
              items: {
                select: { productTitle: true, variantName: true, unitPrice: true, quantity: true },
              },
            },
          },
        },
      },
    },
  });
  if (!payment || payment.status !== "PENDING") {
    throw new DomainError("CONFLICT", "Pembayaran ini tidak menunggu pembayaran kartu");
  }
  const lineItems = payment.group.orders.flatMap((order) => [
    ...order.items.map((item) => ({
      quantity: item.quantity,
      price_data: {
        currency: "idr",
        unit_amount: toStripeAmount(item.unitPrice),
        product_data: { name: `${item.productTitle} (${item.variantName})` },
      },
    })),
    ...(order.shippingFee > 0
      ? [
          {
            quantity: 1,
            price_data: {
              currency: "idr",
              unit_amount: toStripeAmount(order.shippingFee),
              product_data: { name: `Ongkir ${order.seller.businessName}` },
            },
          },
        ]
      : []),
  ]);
  // The session ends with the orders' payment deadline (Stripe allows 30 minutes to 24 hours).
  const now = Date.now();
  const deadline = Math.min(
    ...payment.group.orders.map((o) => o.expiresAt?.getTime() ?? now + 86_400_000),
  );
  const expiresAt = Math.floor(
    Math.min(Math.max(deadline, now + 31 * 60_000), now + 86_400_000 - 60_000) / 1000,
  );
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      expires_at: expiresAt,
      client_reference_id: payment.id,
      metadata: { paymentId: payment.id, groupCode: payment.group.code },
      line_items: lineItems,
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    },
    { idempotencyKey: payment.idempotencyKey },
  );
  await db.payment.update({
    where: { id: payment.id },
    data: { providerRef: session.id },
  });
  if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
  return session.url;
}

const CARD_NOT_COMPLETED = "Pembayaran kartu tidak selesai";

export type WebhookOutcome =
  { status: 400; message: string } | { status: 200; duplicate: boolean; applied: boolean };

interface SessionLike {
  id: string;
  payment_status?: string;
  amount_total?: number | null;
  metadata?: Record<string, string> | null;
  client_reference_id?: string | null;
  /** Sessions, charges and refunds name the PaymentIntent. */
  payment_intent?: string | { id: string } | null;
  amount_refunded?: number;
  refunds?: { data?: RefundLike[] } | null;
}

function intentId(object: SessionLike): string | null {
  const intent = object.payment_intent;
  if (typeof intent === "string") return intent;
  return intent?.id ?? null;
}

/** Stripe's charge.refunded: its running total of refunds, and the refunds when included. */
async function applyChargeRefunded(
  tx: Prisma.TransactionClient,
  paymentId: string,
  charge: SessionLike,
): Promise<boolean> {
  let applied = false;
  if (typeof charge.amount_refunded === "number") {
    // The total only grows, so an older event arriving late cannot lower it.
    const refunded = fromStripeAmount(charge.amount_refunded);
    const { count } = await tx.payment.updateMany({
      where: { id: paymentId, refundedAmount: { lt: refunded } },
      data: { refundedAmount: refunded },
    });
    applied = count === 1;
  }
  // Since API version 2022-11-15 a charge lists its refunds only when the endpoint expands them.
  for (const refund of charge.refunds?.data ?? []) {
    applied = (await applyStripeRefund(tx, paymentId, refund)) || applied;
  }
  return applied;
}

/**
 * Handles one webhook delivery: verifies the signature over the raw body with Stripe's own
 * helper (stale or wrong signatures are rejected), records the event id once, and applies it.
 * The record and the effect share a transaction, and every effect is a conditional update, so
 * repeated, concurrent or reordered deliveries change state exactly once.
 */
export async function handleStripeWebhook(
  db: Db,
  stripe: Stripe,
  input: { rawBody: string; signature: string | null; webhookSecret: string },
  settlement: PaymentSettlement,
): Promise<WebhookOutcome> {
  if (!input.signature) return { status: 400, message: "Missing Stripe-Signature header" };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(input.rawBody, input.signature, input.webhookSecret);
  } catch {
    return { status: 400, message: "Invalid or stale signature" };
  }
  const object = event.data.object as unknown as SessionLike;
  const paymentId = object.metadata?.paymentId ?? object.client_reference_id ?? null;
  // A refund made in Stripe's dashboard carries no metadata of ours: its PaymentIntent says whose.
  const intent = event.type.startsWith("checkout.session.") ? null : intentId(object);

  try {
    const result = await db.$transaction(async (tx) => {
      const payment =
        paymentId || intent
          ? await tx.payment.findFirst({
              where: paymentId
                ? { id: paymentId, provider: "stripe" }
                : { providerPaymentRef: intent, provider: "stripe" },
              select: { id: true, amount: true },
            })
          : null;
      // Events for one payment queue here. Without the lock, recording an event (whose key
      // references the payment) and then setting the payment's unique provider reference
      // deadlocks against another event doing the same.
      if (payment) await lockRow(tx, "Payment", payment.id);
      await tx.paymentEvent.create({
        data: {
          provider: "stripe",
          eventId: event.id,
          type: event.type,
          paymentId: payment?.id ?? null,
          payload: JSON.parse(input.rawBody) as Prisma.InputJsonValue,
          processedAt: new Date(),
        },
      });
      if (!payment) return { status: 200 as const, duplicate: false, applied: false };
      let applied = false;
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          if (object.payment_status === "paid") {
            if (
              typeof object.amount_total === "number" &&
              fromStripeAmount(object.amount_total) !== payment.amount
            ) {
              throw new Error(`Stripe amount ${object.amount_total} does not match payment`);
            }
            applied = await settlement.settle(tx, {
              paymentId: payment.id,
              providerRef: object.id,
              providerPaymentRef: intentId(object),
              note: "Pembayaran kartu berhasil",
            });
            if (!applied) {
              await flagLatePayment(tx, {
                paymentId: payment.id,
                provider: "stripe",
                eventId: event.id,
              });
            }
          }
          break;
        case "checkout.session.async_payment_failed":
          applied = await settlement.abandon(tx, {
            paymentId: payment.id,
            status: "FAILED",
            reason: CARD_NOT_COMPLETED,
          });
          break;
        case "checkout.session.expired":
          applied = await settlement.abandon(tx, {
            paymentId: payment.id,
            status: "CANCELLED",
            reason: CARD_NOT_COMPLETED,
          });
          break;
        case "charge.refunded":
          applied = await applyChargeRefunded(tx, payment.id, object);
          break;
        case "refund.created":
        case "refund.updated":
        case "refund.failed":
          applied = await applyStripeRefund(tx, payment.id, object as unknown as RefundLike);
          break;
        default:
          break;
      }
      return { status: 200 as const, duplicate: false, applied };
    });
    // The orders' notifications were written with the change; send them now.
    if (result.applied) notifyOutbox();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { status: 200, duplicate: true, applied: false };
    }
    throw error;
  }
}

let stripeClient: Stripe | undefined;

/** The Stripe client and webhook secret, or null when card payments are not configured. */
export function getStripe(): { stripe: Stripe; webhookSecret: string } | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  stripeClient ??= createStripeClient({
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    ...stripeHostOptions(env.STRIPE_API_BASE),
  });
  return { stripe: stripeClient, webhookSecret: env.STRIPE_WEBHOOK_SECRET };
}
