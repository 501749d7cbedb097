/**
 * The Midtrans payment of a checkout, from charge to settlement: the charge after the checkout
 * commits (its answer, a QR code or a virtual account number, is kept on the payment for the
 * order page), and the HTTP notification, which is verified, re-checked through the Status API
 * and applied once. See docs/decisions/028-midtrans-core-api.md.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { DomainError } from "~/utils/errors";
import { isUniqueViolation, lockRow } from "~/utils/sql.server";
import { flagLatePayment } from "../late-payment.server";
import type { PaymentSettlement } from "../providers/types";
import { isMidtransChannel } from "./channels";
import {
  chargeMidtrans,
  createMidtransClient,
  midtransStatus,
  MidtransRefused,
  recoverMidtransCharge,
  type MidtransCharge,
  type MidtransClient,
  type MidtransInstruction,
} from "./midtrans.server";
import { parseMidtransNotification } from "./notification.server";

/** What the order page shows the buyer: how to pay, and until when. */
export type StoredInstruction = MidtransInstruction & { expiresAt?: string };

let client: MidtransClient | undefined;

/** The Midtrans client and server key, or null when Midtrans is not configured. */
export function getMidtrans(): { client: MidtransClient; serverKey: string } | null {
  const env = getEnv();
  if (!env.MIDTRANS_SERVER_KEY) return null;
  client ??= createMidtransClient({
    serverKey: env.MIDTRANS_SERVER_KEY,
    isProduction: env.MIDTRANS_PRODUCTION,
    baseUrl: env.MIDTRANS_API_BASE,
  });
  return { client, serverKey: env.MIDTRANS_SERVER_KEY };
}

/**
 * Charges a checkout's Midtrans payment (the payment's id is Midtrans' order_id, so a second
 * charge for it is refused by Midtrans as a duplicate instead of taking money twice). The
 * gateway's expiry is the orders' payment deadline. Returns the instruction stored.
 */
export async function startMidtransPayment(
  db: Db,
  midtrans: MidtransClient,
  input: { paymentId: string; returnUrl: string; now?: Date },
): Promise<StoredInstruction | null> {
  const payment = await db.payment.findUnique({
    where: { id: input.paymentId },
    select: {
      id: true,
      amount: true,
      status: true,
      method: true,
      channel: true,
      instruction: true,
      group: {
        select: {
          buyerName: true,
          buyerPhone: true,
          orders: {
            orderBy: { code: "asc" },
            select: {
              code: true,
              total: true,
              expiresAt: true,
              seller: { select: { businessName: true } },
            },
          },
        },
      },
    },
  });
  if (!payment || payment.method !== "MIDTRANS" || payment.status !== "PENDING") {
    throw new DomainError("CONFLICT", "Pembayaran ini tidak menunggu dibayar");
  }
  if (payment.instruction) return JSON.parse(payment.instruction) as StoredInstruction;
  if (!isMidtransChannel(payment.channel)) throw new Error(`Unknown channel ${payment.channel}`);
  const now = input.now ?? new Date();
  const deadline = Math.min(
    ...payment.group.orders.map((o) => o.expiresAt?.getTime() ?? now.getTime() + 86_400_000),
  );
  try {
    const charge = await chargeMidtrans(midtrans, {
      orderId: payment.id,
      grossAmount: payment.amount,
      channel: payment.channel,
      expiryMinutes: Math.max(1, Math.floor((deadline - now.getTime()) / 60_000)),
      // One line per shop's order: their totals (goods and delivery) add up to the payment.
      items: payment.group.orders.map((o) => ({
        id: o.code,
        name: `${o.code} ${o.seller.businessName}`,
        price: o.total,
        quantity: 1,
      })),
      customer: { firstName: payment.group.buyerName, phone: payment.group.buyerPhone },
      callbackUrl: input.returnUrl,
    });
    return await storeCharge(db, payment.id, charge);
  } catch (error) {
    if (!(error instanceof MidtransRefused && error.duplicateOrder)) throw error;
    // Another request charged it first (two taps), or an earlier charge's answer was lost (a
    // timeout): Midtrans' status tells how to pay it, when it says that for this channel.
    const recovered = await recoverMidtransCharge(midtrans, payment.id, payment.channel);
    return recovered ? storeCharge(db, payment.id, recovered) : null;
  }
}

async function storeCharge(
  db: Db,
  paymentId: string,
  charge: MidtransCharge,
): Promise<StoredInstruction> {
  const stored: StoredInstruction = {
    ...charge.instruction,
    ...(charge.expiresAt ? { expiresAt: charge.expiresAt.toISOString() } : {}),
  };
  await db.payment.updateMany({
    where: { id: paymentId, instruction: null },
    data: { providerRef: charge.transactionId, instruction: JSON.stringify(stored) },
  });
  return stored;
}

export type NotificationOutcome =
  { status: 400 | 401; message: string } | { status: 200; duplicate: boolean; applied: boolean };

/**
 * One HTTP notification. Its signature is checked (401 when wrong), then the transaction's
 * status is asked of the Status API and only that answer is acted on, so a forged or stale
 * notification cannot mark anything paid. The event (transaction and status) is recorded once
 * with its effect; effects are conditional updates, so replays, concurrent deliveries and a
 * "pending" arriving after "settlement" change nothing twice. Money arriving after the orders
 * were cancelled is recorded and flagged for staff, never applied.
 */
export async function handleMidtransNotification(
  db: Db,
  midtrans: MidtransClient,
  input: { rawBody: string; serverKey: string },
  settlement: PaymentSettlement,
): Promise<NotificationOutcome> {
  const parsed = parseMidtransNotification(input.rawBody, input.serverKey);
  if (!parsed.ok) return { status: parsed.status, message: parsed.message };
  const status = await midtransStatus(midtrans, parsed.notification.order_id);
  if (!status) return { status: 200, duplicate: false, applied: false };
  const eventId = `${status.transactionId}:${status.transactionStatus}`;
  try {
    return await db.$transaction(async (tx) => {
      const payment = await tx.payment.findFirst({
        where: { id: status.orderId, provider: "midtrans" },
        select: { id: true, amount: true },
      });
      if (payment) await lockRow(tx, "Payment", payment.id);
      await tx.paymentEvent.create({
        data: {
          provider: "midtrans",
          eventId,
          type: `status.${status.transactionStatus}`,
          paymentId: payment?.id ?? null,
          payload: JSON.parse(input.rawBody) as Prisma.InputJsonValue,
          processedAt: new Date(),
        },
      });
      if (!payment) return { status: 200 as const, duplicate: false, applied: false };
      let applied = false;
      switch (status.outcome) {
        case "paid":
          if (status.grossAmount !== payment.amount) {
            throw new Error(`Midtrans amount ${status.grossAmount} does not match payment`);
          }
          applied = await settlement.settle(tx, {
            paymentId: payment.id,
            providerRef: status.transactionId,
            note: "Pembayaran Midtrans berhasil",
            at: status.settledAt,
          });
          if (!applied) {
            await flagLatePayment(tx, { paymentId: payment.id, provider: "midtrans", eventId });
          }
          break;
        case "failed":
          applied = await settlement.abandon(tx, {
            paymentId: payment.id,
            status: "FAILED",
            reason: "Pembayaran ditolak Midtrans",
          });
          break;
        case "expired":
        case "cancelled":
          applied = await settlement.abandon(tx, {
            paymentId: payment.id,
            status: "CANCELLED",
            reason: "Batas waktu pembayaran Midtrans habis",
          });
          break;
        default:
          break;
      }
      return { status: 200 as const, duplicate: false, applied };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: 200, duplicate: true, applied: false };
    throw error;
  }
}
