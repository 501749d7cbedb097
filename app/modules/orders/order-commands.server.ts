/**
 * The commands that move an order along: the seller confirms payment, packs, ships, cancels or
 * refunds; the buyer cancels or confirms receipt. Each runs in one transaction through
 * `changeStatus`.
 */
import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { recordSizeClass } from "~/modules/growth/cashbook.server";
import { recordOrderInLedger, reverseOrderInLedger } from "~/modules/ledger/ledger.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import { recordGatewayRefund } from "~/modules/payments/providers/registry.server";
import { ON_DELIVERY_METHODS, SELLER_CONFIRMED_METHODS } from "~/modules/payments/providers/traits";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { ManualShipmentSchema } from "~/modules/shipping/shipments.server";
import { blankToUndefined } from "~/utils/forms";
import { orderActions, type OrderParty } from "./order-actions";
import { openManualShipment, reopenWithWaybill } from "./order-shipments.server";
import {
  auditForSeller,
  changeStatus,
  concurrentChange,
  orderCore,
  requireBuyerOrder,
  requireSellerOrder,
  type OrderCore,
  type Tx,
} from "./order-status.server";
import { enqueuePickupCancel } from "./pickup-cancellation.server";

/** Puts an order's quantities back on the shelf and refreshes the search index. */
async function restock(tx: Tx, orderId: string): Promise<void> {
  // In variant order, like checkout, so concurrent transactions lock rows in the same order.
  const items = await tx.orderItem.findMany({
    where: { orderId },
    orderBy: { variantId: "asc" },
    select: { variantId: true, productId: true, quantity: true },
  });
  for (const item of items) {
    await tx.productVariant.update({
      where: { id: item.variantId },
      data: { stock: { increment: item.quantity } },
    });
  }
  await enqueueOutbox(
    tx,
    [...new Set(items.map((i) => i.productId))].map((id) => ({
      topic: "search.product" as const,
      aggregateId: id,
    })),
  );
}

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** The seller confirms that a transfer or QRIS payment reached their account. */
export async function confirmPayment(db: Db, input: SellerCommand): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    const now = new Date();
    const { count } = await tx.payment.updateMany({
      where: {
        orderId: order.id,
        payee: "seller",
        method: { in: SELLER_CONFIRMED_METHODS },
        status: { in: ["PENDING", "AWAITING_CONFIRMATION"] },
      },
      data: { status: "SUCCEEDED", confirmedById: input.actorId, confirmedAt: now },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "Tidak ada pembayaran yang menunggu");
    await changeStatus(tx, {
      order,
      to: "PAID",
      actorId: input.actorId,
      note: "Pembayaran dikonfirmasi penjual",
      data: { paidAt: now, expiresAt: null },
      at: now,
    });
    await auditForSeller(tx, input, "order.confirmPayment", order);
  });
  notifyOutbox();
}

export async function packOrder(db: Db, input: SellerCommand): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    await changeStatus(tx, { order, to: "PACKED", actorId: input.actorId });
    await auditForSeller(tx, input, "order.pack", order);
  });
  notifyOutbox();
}

/** What the ship form sends: for a courier order, the courier and its waybill. */
export const ShipSchema = z.object({
  courier: z.preprocess(blankToUndefined, ManualShipmentSchema.shape.courier.optional()),
  trackingNumber: z.preprocess(
    blankToUndefined,
    ManualShipmentSchema.shape.trackingNumber.optional(),
  ),
});

/**
 * Ships a packed order. A courier order needs its waybill (and the courier's name), and opens
 * the shipment whose timeline the buyer follows; pickups and local delivery need neither. A
 * shipped order whose courier cancelled the pickup is shipped again the same way.
 */
export async function shipOrder(
  db: Db,
  input: SellerCommand & { courier?: string; trackingNumber?: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    if (order.shippingMethod === "COURIER" && !input.trackingNumber) {
      throw new DomainError("INVALID", "Isi nomor resi kurir");
    }
    const at = new Date();
    if (order.status === "SHIPPED" && order.shippingMethod === "COURIER" && input.trackingNumber) {
      // The courier cancelled the pickup: the parcel goes out again with another waybill.
      const reship = { courier: input.courier ?? "Kurir", waybill: input.trackingNumber, at };
      await reopenWithWaybill(tx, order, reship);
      await auditForSeller(tx, input, "order.reship", order);
      return;
    }
    await changeStatus(tx, {
      order,
      to: "SHIPPED",
      actorId: input.actorId,
      note: input.trackingNumber ? `Resi: ${input.trackingNumber}` : null,
      data: { trackingNumber: input.trackingNumber ?? null },
      at,
    });
    if (order.shippingMethod === "COURIER" && input.trackingNumber) {
      await openManualShipment(tx, order, {
        courier: input.courier ?? "Kurir",
        waybill: input.trackingNumber,
        at,
      });
    }
    await auditForSeller(tx, input, "order.ship", order);
  });
  notifyOutbox();
}

export const CancelSchema = z.object({
  reason: z
    .string({ error: "Tulis alasan pembatalan" })
    .trim()
    .min(5, { error: "Tulis alasan pembatalan (minimal 5 huruf)" })
    .max(200, { error: "Alasan maksimal 200 huruf" }),
});

/**
 * Cancels before shipping. An unpaid order is cancelled; a paid one is refunded (the seller
 * returns the money; a card payment's share is recorded for refunding to the card, which
 * `sendCardRefund` asks Stripe for after commit). Stock goes back either way.
 * `by` is the party asking, which decides whether the order may still be cancelled.
 */
export async function cancel(
  tx: Tx,
  order: OrderCore,
  input: {
    actorId: string | null;
    by: OrderParty;
    reason: string;
    expiring?: boolean;
    at?: Date;
  },
): Promise<void> {
  if (!orderActions(order, input.by).includes("cancel")) {
    throw new DomainError(
      "CONFLICT",
      input.by === "buyer"
        ? "Pesanan sudah diproses penjual — hubungi penjual"
        : "Pesanan yang sudah dikirim tidak bisa dibatalkan",
    );
  }
  if (input.expiring) {
    // Expiry only takes payments nobody has acted on: a receipt that arrived a moment ago wins.
    const { count } = await tx.payment.updateMany({
      where: { orderId: order.id, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    const own = await tx.payment.count({ where: { orderId: order.id } });
    if (own > 0 && count === 0) throw concurrentChange();
  }
  const refund = order.paidAt !== null;
  await changeStatus(tx, {
    order,
    to: refund ? "REFUNDED" : "CANCELLED",
    actorId: input.actorId,
    note: input.reason,
    data: { cancelReason: input.reason, expiresAt: null },
    at: input.at,
  });
  await tx.payment.updateMany({
    where: { orderId: order.id, status: { in: ["PENDING", "AWAITING_CONFIRMATION", "SUCCEEDED"] } },
    data: { status: refund ? "REFUNDED" : "CANCELLED" },
  });
  // The checkout's card payment covers several orders: this order's share goes back to the card.
  if (refund) await recordGatewayRefund(tx, order);
  await restock(tx, order.id);
}

/**
 * Cancels an order; when it is waiting for a card payment that covers its whole checkout, that
 * payment and the checkout's other unpaid orders are cancelled with it, so the buyer can never
 * pay a card session for goods that are no longer ordered.
 */
export async function cancelWithCardGroup(
  tx: Tx,
  order: OrderCore,
  input: { actorId: string | null; by: OrderParty; reason: string; expiring?: boolean },
): Promise<void> {
  const card =
    order.status === "PENDING_PAYMENT"
      ? await tx.payment.findFirst({
          where: {
            orderId: null,
            status: "PENDING",
            group: { orders: { some: { id: order.id } } },
          },
          select: { id: true, groupId: true },
        })
      : null;
  await cancel(tx, order, input);
  if (!card) return;
  await tx.payment.updateMany({
    where: { id: card.id, status: "PENDING" },
    data: { status: "CANCELLED" },
  });
  const others = await tx.order.findMany({
    where: { groupId: card.groupId, status: "PENDING_PAYMENT", id: { not: order.id } },
    orderBy: { code: "asc" },
    select: orderCore,
  });
  // The rest of the checkout goes with its card payment, whoever asked for this order.
  for (const other of others) {
    await cancel(tx, other, { actorId: input.actorId, by: "system", reason: input.reason });
  }
}

export async function cancelOrderBySeller(
  db: Db,
  input: SellerCommand & { reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    await cancelWithCardGroup(tx, order, {
      actorId: input.actorId,
      by: "seller",
      reason: input.reason,
    });
    await auditForSeller(tx, input, "order.cancel", order, { reason: input.reason });
  });
  notifyOutbox();
}

/** A buyer may cancel an order until it is paid or packed. */
export async function cancelOrderByBuyer(
  db: Db,
  input: { buyerId: string; orderCode: string; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireBuyerOrder(tx, input.buyerId, input.orderCode);
    await cancelWithCardGroup(tx, order, {
      actorId: input.buyerId,
      by: "buyer",
      reason: input.reason,
    });
  });
  notifyOutbox();
}

/**
 * Receives a shipped order and completes it: the timeline, cash on delivery marked paid, and the
 * sale in the seller's ledger. The buyer's confirmation and the automatic receipt share it.
 */
export async function receiveOrder(
  tx: Tx,
  order: OrderCore,
  input: { actorId: string | null; feePercent: number; at: Date; note?: string },
): Promise<void> {
  const at = input.at;
  await changeStatus(tx, { order, to: "RECEIVED", actorId: input.actorId, note: input.note, at });
  await changeStatus(tx, {
    order: { id: order.id, status: "RECEIVED" },
    to: "COMPLETED",
    actorId: input.actorId,
    data: { completedAt: at },
    at,
  });
  // Cash on delivery was handed over with the parcel.
  await tx.payment.updateMany({
    where: { orderId: order.id, method: { in: ON_DELIVERY_METHODS }, status: "PENDING" },
    data: { status: "SUCCEEDED", confirmedAt: at },
  });
  const payment = await tx.payment.findFirst({
    where: {
      status: "SUCCEEDED",
      OR: [{ orderId: order.id }, { orderId: null, group: { orders: { some: { id: order.id } } } }],
    },
    select: { payee: true, uniqueCode: true },
  });
  const shipment = await tx.shipment.findUnique({
    where: { orderId: order.id },
    select: { provider: true, price: true, codCollector: true },
  });
  // Cash a courier collected for the platform's aggregator account reaches the seller by payout.
  const collectedByPlatform = shipment?.codCollector === "PLATFORM";
  await recordOrderInLedger(tx, {
    order,
    paidToSeller: payment?.payee !== "platform" && !collectedByPlatform,
    transferCode: payment?.uniqueCode ?? 0,
    courierCharge: shipment && shipment.provider !== "manual" ? (shipment.price ?? 0) : 0,
    feePercent: input.feePercent,
  });
}

/**
 * The buyer confirms receipt: the order is received, then completed, and the sale reaches the
 * seller's ledger (and, through completed orders, their cashbook and size class).
 */
export async function confirmReceipt(
  db: Db,
  input: { buyerId: string; orderCode: string; feePercent: number },
): Promise<void> {
  const sellerId = await db.$transaction(async (tx) => {
    const order = await requireBuyerOrder(tx, input.buyerId, input.orderCode);
    await receiveOrder(tx, order, {
      actorId: input.buyerId,
      feePercent: input.feePercent,
      at: new Date(),
    });
    return order.sellerId;
  });
  notifyOutbox();
  await recordSizeClass(db, { sellerId });
}

/**
 * Refunds a shipped or completed order (e.g. goods returned): the ledger is reversed, a card
 * payment's share is recorded for refunding to the card (sent by `sendCardRefund` after commit),
 * and a courier pickup not collected yet is called off (by `processPickupCancelOutbox`).
 */
export async function refundCompletedOrder(
  db: Db,
  input: SellerCommand & { reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    const payment = await tx.payment.findFirst({
      where: { orderId: order.id },
      select: { method: true, payee: true },
    });
    if (!orderActions({ ...order, payment }, "seller").includes("refund")) {
      throw new DomainError(
        "CONFLICT",
        payment?.method === "COD" && order.status === "SHIPPED"
          ? "Pesanan bayar di tempat ini belum dibayar — tidak ada dana untuk dikembalikan"
          : "Pesanan ini belum dikirim — batalkan saja",
      );
    }
    await changeStatus(tx, {
      order,
      to: "REFUNDED",
      actorId: input.actorId,
      note: input.reason,
      data: { cancelReason: input.reason },
    });
    await tx.payment.updateMany({
      where: { orderId: order.id, status: "SUCCEEDED" },
      data: { status: "REFUNDED" },
    });
    await reverseOrderInLedger(tx, { order });
    await recordGatewayRefund(tx, order);
    // A pickup booked but not yet collected is called off after commit (the parcel stays).
    await enqueuePickupCancel(tx, order.id);
    await auditForSeller(tx, input, "order.refund", order, { reason: input.reason });
  });
  notifyOutbox();
  await recordSizeClass(db, { sellerId: input.sellerId });
}
