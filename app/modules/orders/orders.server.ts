import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type {
  OrderStatus,
  PaymentMethod,
  PaymentStatus,
  Role,
  ShippingMethod,
} from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { recordSizeClass } from "~/modules/growth/cashbook.server";
import { recordOrderInLedger, reverseOrderInLedger } from "~/modules/ledger/ledger.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { SELLER_INBOX_TABS, type SellerInboxTab } from "./inbox";
import { assertTransition } from "./transitions";
import {
  deadlinesFor,
  notifyOrderStatus,
  orderDeadlineSettings,
  sellerOrderLink,
  sellerProductLink,
} from "./order-notifications.server";
import { notify } from "~/modules/notifications/notify.server";

type Tx = Prisma.TransactionClient;

export const orderCore = {
  id: true,
  code: true,
  sellerId: true,
  status: true,
  subtotal: true,
  total: true,
  shippingMethod: true,
  paidAt: true,
} satisfies Prisma.OrderSelect;
export type OrderCore = Prisma.OrderGetPayload<{ select: typeof orderCore }>;

const concurrentChange = () =>
  new DomainError("CONFLICT", "Pesanan baru saja berubah — muat ulang halaman lalu coba lagi");

/**
 * The one way an order's status changes: checked against the transition table, applied only if
 * the status is still the one read (so two clicks or two instances cannot both apply it),
 * recorded on the timeline, with the deadlines the new status starts (pack, auto-receive) and
 * the notifications it sends, all in the caller's transaction. A null actor is the system.
 */
async function changeStatus(
  tx: Tx,
  input: {
    order: Pick<OrderCore, "id" | "status">;
    to: OrderStatus;
    actorId: string | null;
    note?: string | null;
    data?: Prisma.OrderUpdateManyMutationInput;
    at?: Date;
  },
): Promise<void> {
  assertTransition(input.order.status, input.to);
  const at = input.at ?? new Date();
  const { count } = await tx.order.updateMany({
    where: { id: input.order.id, status: input.order.status },
    data: {
      status: input.to,
      ...deadlinesFor(input.to, at, orderDeadlineSettings()),
      ...input.data,
    },
  });
  if (count !== 1) throw concurrentChange();
  await tx.orderStatusChange.create({
    data: {
      orderId: input.order.id,
      fromStatus: input.order.status,
      toStatus: input.to,
      actorId: input.actorId,
      note: input.note ?? null,
      createdAt: at,
    },
  });
  await notifyOrderStatus(tx, {
    orderId: input.order.id,
    to: input.to,
    actorId: input.actorId,
    note: input.note,
    at,
  });
}

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

async function requireSellerOrder(tx: Tx, sellerId: string, code: string): Promise<OrderCore> {
  const order = await tx.order.findFirst({ where: { code, sellerId }, select: orderCore });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  return order;
}

async function requireBuyerOrder(tx: Tx, buyerId: string, code: string): Promise<OrderCore> {
  const order = await tx.order.findFirst({
    where: { code, group: { buyerId } },
    select: orderCore,
  });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  return order;
}

/** Someone acting for the seller (operator, admin) leaves an audit trail; the owner does not. */
async function auditForSeller(
  tx: Tx,
  input: { actorId: string; actorRole?: Role; sellerId: string },
  action: string,
  order: { id: string; code: string },
  data: Record<string, string> = {},
): Promise<void> {
  if (!input.actorRole || input.actorRole === "SELLER") return;
  await recordAudit(tx, {
    actorId: input.actorId,
    actorRole: input.actorRole,
    action,
    entityType: "Order",
    entityId: order.id,
    sellerId: input.sellerId,
    data: { code: order.code, ...data },
  });
}

type SellerActor = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** The seller confirms that a transfer or QRIS payment reached their account. */
export async function confirmPayment(db: Db, input: SellerActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    const now = new Date();
    const { count } = await tx.payment.updateMany({
      where: {
        orderId: order.id,
        payee: "seller",
        method: { in: ["BANK_TRANSFER", "QRIS"] },
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

export async function packOrder(db: Db, input: SellerActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    await changeStatus(tx, { order, to: "PACKED", actorId: input.actorId });
    await auditForSeller(tx, input, "order.pack", order);
  });
  notifyOutbox();
}

export const ShipSchema = z.object({
  trackingNumber: z.preprocess(
    (v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v),
    z
      .string()
      .trim()
      .max(60, { error: "Nomor resi maksimal 60 huruf" })
      .regex(/^[A-Za-z0-9 -]+$/, { error: "Nomor resi hanya huruf, angka dan tanda -" })
      .optional(),
  ),
});

export async function shipOrder(
  db: Db,
  input: SellerActor & { trackingNumber?: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    if (order.shippingMethod === "COURIER" && !input.trackingNumber) {
      throw new DomainError("INVALID", "Isi nomor resi kurir");
    }
    await changeStatus(tx, {
      order,
      to: "SHIPPED",
      actorId: input.actorId,
      note: input.trackingNumber ? `Resi: ${input.trackingNumber}` : null,
      data: { trackingNumber: input.trackingNumber ?? null },
    });
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
 * returns the money; card payments are refunded by the platform). Stock goes back either way.
 */
export async function cancel(
  tx: Tx,
  order: OrderCore,
  input: { actorId: string | null; reason: string; expiring?: boolean; at?: Date },
): Promise<void> {
  if (!["PENDING_PAYMENT", "COD_PENDING", "PAID", "PACKED"].includes(order.status)) {
    throw new DomainError("CONFLICT", "Pesanan yang sudah dikirim tidak bisa dibatalkan");
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
  input: { actorId: string | null; reason: string; expiring?: boolean },
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
  for (const other of others) {
    await cancel(tx, other, { actorId: input.actorId, reason: input.reason });
  }
}

export async function cancelOrderBySeller(
  db: Db,
  input: SellerActor & { reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    await cancelWithCardGroup(tx, order, input);
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
    if (order.status !== "PENDING_PAYMENT" && order.status !== "COD_PENDING") {
      throw new DomainError("CONFLICT", "Pesanan sudah diproses penjual — hubungi penjual");
    }
    await cancelWithCardGroup(tx, order, { actorId: input.buyerId, reason: input.reason });
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
    where: { orderId: order.id, method: "COD", status: "PENDING" },
    data: { status: "SUCCEEDED", confirmedAt: at },
  });
  const payment = await tx.payment.findFirst({
    where: {
      status: "SUCCEEDED",
      OR: [{ orderId: order.id }, { orderId: null, group: { orders: { some: { id: order.id } } } }],
    },
    select: { payee: true },
  });
  await recordOrderInLedger(tx, {
    order,
    paidToSeller: payment?.payee !== "platform",
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

/** Refunds a completed order (e.g. goods returned): the ledger is reversed. */
export async function refundCompletedOrder(
  db: Db,
  input: SellerActor & { reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    if (order.status !== "COMPLETED" && order.status !== "RECEIVED" && order.status !== "SHIPPED") {
      throw new DomainError("CONFLICT", "Pesanan ini belum dikirim — batalkan saja");
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
    await auditForSeller(tx, input, "order.refund", order, { reason: input.reason });
  });
  notifyOutbox();
  await recordSizeClass(db, { sellerId: input.sellerId });
}

/** Whether the buyer may attach a receipt to this order now (checked before storing a photo). */
export async function awaitsPaymentProof(
  db: Db,
  input: { buyerId: string; orderCode: string },
): Promise<boolean> {
  const count = await db.payment.count({
    where: {
      order: {
        code: input.orderCode,
        status: "PENDING_PAYMENT",
        group: { buyerId: input.buyerId },
      },
      method: { in: ["BANK_TRANSFER", "QRIS"] },
      status: { in: ["PENDING", "AWAITING_CONFIRMATION"] },
    },
  });
  return count === 1;
}

/** The buyer attaches a transfer receipt; the payment then waits for the seller to check it. */
export async function attachPaymentProof(
  db: Db,
  input: { buyerId: string; orderCode: string; proofImageKey: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireBuyerOrder(tx, input.buyerId, input.orderCode);
    if (order.status !== "PENDING_PAYMENT") {
      throw new DomainError("CONFLICT", "Pesanan ini tidak menunggu pembayaran");
    }
    const { count } = await tx.payment.updateMany({
      where: {
        orderId: order.id,
        method: { in: ["BANK_TRANSFER", "QRIS"] },
        status: { in: ["PENDING", "AWAITING_CONFIRMATION"] },
      },
      data: { status: "AWAITING_CONFIRMATION", proofImageKey: input.proofImageKey },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "Pesanan ini tidak menunggu pembayaran");
    await notify(tx, [
      {
        kind: "seller.paymentProof",
        to: { shop: order.sellerId },
        params: { code: order.code, total: order.total },
        link: sellerOrderLink(order.sellerId, order.code),
        // A second receipt for the same order tells the shop again.
        key: `seller.paymentProof:${order.id}:${input.proofImageKey}`,
        actorId: input.buyerId,
      },
    ]);
  });
  notifyOutbox();
}

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
  input: { paymentId: string; providerRef: string | null; at?: Date },
): Promise<boolean> {
  const at = input.at ?? new Date();
  const orders = await moveCardPayment(tx, {
    paymentId: input.paymentId,
    from: ["PENDING", "AWAITING_CONFIRMATION"],
    data: { status: "SUCCEEDED", confirmedAt: at, providerRef: input.providerRef ?? undefined },
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
    await cancel(tx, order, { actorId: null, reason: "Pembayaran kartu tidak selesai" });
  }
  return true;
}

// ───────────────────────────── Reading ─────────────────────────────

export interface TimelineEntry {
  status: OrderStatus;
  at: string;
  note: string | null;
}

export interface OrderSummary {
  code: string;
  status: OrderStatus;
  total: number;
  createdAt: string;
  buyerName: string;
  paymentMethod: PaymentMethod;
  shippingMethod: ShippingMethod;
  itemCount: number;
  awaitingConfirmation: boolean;
}

export async function listSellerOrders(
  db: Db,
  input: { sellerId: string; tab: SellerInboxTab; take?: number },
): Promise<{ orders: OrderSummary[]; counts: Record<SellerInboxTab, number> }> {
  const [rows, grouped] = await Promise.all([
    db.order.findMany({
      where: { sellerId: input.sellerId, status: { in: [...SELLER_INBOX_TABS[input.tab]] } },
      orderBy: { createdAt: "desc" },
      take: input.take ?? 50,
      select: {
        code: true,
        status: true,
        total: true,
        createdAt: true,
        shippingMethod: true,
        group: { select: { buyerName: true, paymentMethod: true } },
        _count: { select: { items: true } },
        payments: { where: { status: "AWAITING_CONFIRMATION" }, select: { id: true } },
      },
    }),
    db.order.groupBy({
      by: ["status"],
      where: { sellerId: input.sellerId },
      _count: { _all: true },
    }),
  ]);
  const counts = Object.fromEntries(
    (Object.keys(SELLER_INBOX_TABS) as SellerInboxTab[]).map((tab) => [
      tab,
      grouped
        .filter((g) => (SELLER_INBOX_TABS[tab] as readonly OrderStatus[]).includes(g.status))
        .reduce((n, g) => n + g._count._all, 0),
    ]),
  ) as Record<SellerInboxTab, number>;
  return {
    counts,
    orders: rows.map((r) => ({
      code: r.code,
      status: r.status,
      total: r.total,
      createdAt: r.createdAt.toISOString(),
      buyerName: r.group.buyerName,
      paymentMethod: r.group.paymentMethod,
      shippingMethod: r.shippingMethod,
      itemCount: r._count.items,
      awaitingConfirmation: r.payments.length > 0,
    })),
  };
}

const orderDetailSelect = {
  id: true,
  code: true,
  status: true,
  subtotal: true,
  shippingFee: true,
  shippingMethod: true,
  total: true,
  trackingNumber: true,
  cancelReason: true,
  expiresAt: true,
  createdAt: true,
  seller: {
    select: {
      id: true,
      slug: true,
      businessName: true,
      whatsapp: true,
      bankName: true,
      bankAccountNumber: true,
      bankAccountName: true,
      desa: { select: { name: true } },
    },
  },
  items: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      productTitle: true,
      variantName: true,
      unitPrice: true,
      quantity: true,
      lineTotal: true,
      product: { select: { slug: true } },
      review: { select: { rating: true, body: true } },
    },
  },
  statusChanges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { toStatus: true, createdAt: true, note: true },
  },
  payments: {
    orderBy: { createdAt: "asc" },
    select: {
      method: true,
      status: true,
      amount: true,
      qrisPayload: true,
      proofImageKey: true,
      payee: true,
    },
  },
} satisfies Prisma.OrderSelect;

type OrderDetailRow = Prisma.OrderGetPayload<{ select: typeof orderDetailSelect }>;

function toOrderDetail(row: OrderDetailRow) {
  return {
    code: row.code,
    status: row.status,
    subtotal: row.subtotal,
    shippingFee: row.shippingFee,
    shippingMethod: row.shippingMethod,
    total: row.total,
    trackingNumber: row.trackingNumber,
    cancelReason: row.cancelReason,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    seller: {
      id: row.seller.id,
      slug: row.seller.slug,
      businessName: row.seller.businessName,
      whatsapp: row.seller.whatsapp,
      desaName: row.seller.desa.name,
      bank: row.seller.bankAccountNumber
        ? {
            name: row.seller.bankName ?? "",
            number: row.seller.bankAccountNumber,
            holder: row.seller.bankAccountName ?? "",
          }
        : null,
    },
    items: row.items.map((i) => ({
      id: i.id,
      productTitle: i.productTitle,
      productSlug: i.product.slug,
      variantName: i.variantName,
      unitPrice: i.unitPrice,
      quantity: i.quantity,
      lineTotal: i.lineTotal,
      review: i.review,
    })),
    timeline: row.statusChanges.map((c): TimelineEntry => ({
      status: c.toStatus,
      at: c.createdAt.toISOString(),
      note: c.note,
    })),
    payment: row.payments[0] ?? null,
  };
}
export type OrderDetail = ReturnType<typeof toOrderDetail>;

export async function getSellerOrder(db: Db, input: { sellerId: string; orderCode: string }) {
  const row = await db.order.findFirst({
    where: { code: input.orderCode, sellerId: input.sellerId },
    select: {
      ...orderDetailSelect,
      group: {
        select: {
          buyerName: true,
          buyerPhone: true,
          address: true,
          paymentMethod: true,
          desa: { select: { name: true, parent: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toOrderDetail(row),
    paymentMethod: row.group.paymentMethod,
    buyer: {
      name: row.group.buyerName,
      phone: row.group.buyerPhone,
      address: row.group.address,
      desa: row.group.desa
        ? `${row.group.desa.name}, ${row.group.desa.parent?.name ?? ""}`.replace(/, $/, "")
        : null,
    },
  };
}

export async function getBuyerOrderGroup(db: Db, input: { buyerId: string; code: string }) {
  const group = await db.orderGroup.findFirst({
    where: { code: input.code, buyerId: input.buyerId },
    select: {
      code: true,
      total: true,
      paymentMethod: true,
      buyerName: true,
      buyerPhone: true,
      address: true,
      createdAt: true,
      desa: { select: { name: true } },
      orders: { orderBy: { code: "asc" }, select: orderDetailSelect },
      payments: {
        where: { orderId: null },
        select: { status: true, amount: true, method: true },
      },
    },
  });
  if (!group) return null;
  return {
    code: group.code,
    total: group.total,
    paymentMethod: group.paymentMethod,
    buyerName: group.buyerName,
    buyerPhone: group.buyerPhone,
    address: group.address,
    desaName: group.desa?.name ?? null,
    createdAt: group.createdAt.toISOString(),
    orders: group.orders.map(toOrderDetail),
    cardPayment: group.payments[0] ?? null,
  };
}

export async function listBuyerOrderGroups(db: Db, input: { buyerId: string; take?: number }) {
  const groups = await db.orderGroup.findMany({
    where: { buyerId: input.buyerId },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 50,
    select: {
      code: true,
      total: true,
      paymentMethod: true,
      createdAt: true,
      orders: {
        orderBy: { code: "asc" },
        select: { code: true, status: true, seller: { select: { businessName: true } } },
      },
    },
  });
  return groups.map((g) => ({
    code: g.code,
    total: g.total,
    paymentMethod: g.paymentMethod,
    createdAt: g.createdAt.toISOString(),
    orders: g.orders.map((o) => ({
      code: o.code,
      status: o.status,
      sellerName: o.seller.businessName,
    })),
  }));
}

// ───────────────────────────── Reviews ─────────────────────────────

export const ReviewSchema = z.object({
  orderItemId: z.string().min(1).max(40),
  rating: z.coerce
    .number({ error: "Pilih bintang 1 sampai 5" })
    .int({ error: "Pilih bintang 1 sampai 5" })
    .min(1, { error: "Pilih bintang 1 sampai 5" })
    .max(5, { error: "Pilih bintang 1 sampai 5" }),
  body: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().max(1000, { error: "Ulasan maksimal 1000 huruf" }),
  ),
});

/** One review per ordered item, by its buyer, once the order is completed. */
export async function reviewOrderItem(
  db: Db,
  input: { buyerId: string; orderItemId: string; rating: number; body: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.orderItem.findFirst({
      where: { id: input.orderItemId, order: { group: { buyerId: input.buyerId } } },
      select: { id: true, productId: true, order: { select: { status: true } } },
    });
    if (!item) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
    if (item.order.status !== "COMPLETED") {
      throw new DomainError("CONFLICT", "Ulasan bisa ditulis setelah pesanan selesai");
    }
    const existing = await tx.review.findUnique({
      where: { orderItemId: item.id },
      select: { id: true },
    });
    if (existing) throw new DomainError("CONFLICT", "Produk ini sudah Anda ulas");
    await tx.review.create({
      data: {
        orderItemId: item.id,
        productId: item.productId,
        buyerId: input.buyerId,
        rating: input.rating,
        body: input.body,
      },
    });
    const product = await tx.product.update({
      where: { id: item.productId },
      data: { ratingCount: { increment: 1 }, ratingSum: { increment: input.rating } },
      select: { title: true, sellerId: true },
    });
    await notify(tx, [
      {
        kind: "seller.reviewReceived",
        to: { shop: product.sellerId },
        params: { product: product.title, rating: String(input.rating) },
        link: sellerProductLink(product.sellerId, item.productId),
        key: `seller.reviewReceived:${item.id}`,
        actorId: input.buyerId,
      },
    ]);
    await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: item.productId }]);
  });
  notifyOutbox();
}

/** The newest reviews of a product, with the reviewer's first name only. */
export async function listProductReviews(db: Db, input: { productId: string; take?: number }) {
  const rows = await db.review.findMany({
    where: { productId: input.productId },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 5,
    select: {
      id: true,
      rating: true,
      body: true,
      createdAt: true,
      buyer: { select: { name: true } },
      orderItem: { select: { variantName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    rating: r.rating,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    reviewer: r.buyer.name.split(/\s+/)[0] ?? "",
    variantName: r.orderItem.variantName,
  }));
}
