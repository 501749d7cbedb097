/**
 * What each order status change tells whom, and the deadlines each status starts. Called by
 * `changeStatus`, inside its transaction, so every move — by a person or by the system — notifies
 * the same way. A new order is not a status change: checkout tells the shops with
 * `shopNotifications`.
 */
import { Prisma } from "~/generated/prisma/client";
import type { OrderStatus } from "~/generated/prisma/enums";
import { notify, type NotificationInput } from "~/modules/notifications/notify.server";
import type { NotificationKind, NotificationParams } from "~/modules/notifications/templates";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { sqlDate } from "~/utils/sql.server";

type Tx = Prisma.TransactionClient | Db;

const HOUR_MS = 3_600_000;

export interface OrderDeadlineSettings {
  packMs: number;
  receiveMs: number;
  /** From the courier's delivery report to the automatic receipt. */
  receiveAfterDeliveryMs: number;
  lowStock: number;
}

export function orderDeadlineSettings(): OrderDeadlineSettings {
  const env = getEnv();
  return {
    packMs: env.ORDER_PACK_HOURS * HOUR_MS,
    receiveMs: env.ORDER_AUTO_RECEIVE_DAYS * 24 * HOUR_MS,
    receiveAfterDeliveryMs: env.ORDER_RECEIVE_AFTER_DELIVERY_DAYS * 24 * HOUR_MS,
    lowStock: env.LOW_STOCK_THRESHOLD,
  };
}

/** The deadline columns a move into `to` sets or clears (and the reminder before it). */
export function deadlinesFor(
  to: OrderStatus,
  at: Date,
  settings: OrderDeadlineSettings,
): { packBy: Date | null; receiveBy?: Date | null; remindedAt: null } {
  switch (to) {
    case "PAID":
    case "COD_PENDING":
      return { packBy: new Date(at.getTime() + settings.packMs), remindedAt: null };
    case "SHIPPED":
      return {
        packBy: null,
        receiveBy: new Date(at.getTime() + settings.receiveMs),
        remindedAt: null,
      };
    default:
      return { packBy: null, receiveBy: null, remindedAt: null };
  }
}

export const sellerOrderLink = (sellerId: string, code: string) =>
  `/kelola/${sellerId}/pesanan/${code}`;
export const sellerProductLink = (sellerId: string, productId: string) =>
  `/kelola/${sellerId}/produk/${productId}`;
export const buyerOrderLink = (groupCode: string) => `/pesanan/${groupCode}`;

const orderNoticeSelect = {
  id: true,
  code: true,
  sellerId: true,
  total: true,
  trackingNumber: true,
  cancelReason: true,
  packBy: true,
  seller: { select: { businessName: true } },
  group: { select: { code: true, buyerId: true } },
} satisfies Prisma.OrderSelect;

type OrderNotice = Prisma.OrderGetPayload<{ select: typeof orderNoticeSelect }>;

/** Notifies the buyer and the shop of an order's move into `to`. */
export async function notifyOrderStatus(
  tx: Tx,
  input: {
    orderId: string;
    to: OrderStatus;
    actorId: string | null;
    note?: string | null;
    at: Date;
  },
): Promise<void> {
  // Received is followed at once by completed; the first statuses come with checkout's own news.
  if (input.to === "RECEIVED" || input.to === "PENDING_PAYMENT" || input.to === "COD_PENDING") {
    return;
  }
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: orderNoticeSelect,
  });
  await notify(tx, statusNotices(order, input), input.at);
}

/** The same for many orders making one move together (payments confirmed from a statement). */
export async function notifyOrdersStatus(
  tx: Tx,
  input: { orderIds: string[]; to: OrderStatus; actorId: string | null; at: Date },
): Promise<void> {
  if (input.orderIds.length === 0) return;
  // One joined read for all of them (a statement may confirm thousands at once).
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT o."id", o."code", o."sellerId", o."total", o."trackingNumber", o."cancelReason",
           o."packBy", s."businessName", g."code" AS "groupCode", g."buyerId"
    FROM "Order" o
    JOIN "Seller" s ON s."id" = o."sellerId"
    JOIN "OrderGroup" g ON g."id" = o."groupId"
    WHERE o."id" IN (${Prisma.join(input.orderIds)})`;
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const orders: OrderNotice[] = rows.map((r) => ({
    id: String(r.id),
    code: String(r.code),
    sellerId: String(r.sellerId),
    total: Number(r.total),
    trackingNumber: text(r.trackingNumber),
    cancelReason: text(r.cancelReason),
    packBy: sqlDate(r.packBy),
    seller: { businessName: String(r.businessName) },
    group: { code: String(r.groupCode), buyerId: String(r.buyerId) },
  }));
  await notify(
    tx,
    orders.flatMap((order) => statusNotices(order, input)),
    input.at,
  );
}

function statusNotices(
  order: OrderNotice,
  input: { to: OrderStatus; actorId: string | null; note?: string | null },
): NotificationInput[] {
  const shop = order.seller.businessName;
  const code = order.code;
  const reason = order.cancelReason ?? input.note ?? "—";
  // Each kind once per order: an order passes each status at most once, and reaches only one of
  // CANCELLED and REFUNDED.
  const to = (audience: "buyer" | "shop") =>
    audience === "buyer"
      ? { to: { users: [order.group.buyerId] }, link: buyerOrderLink(order.group.code) }
      : { to: { shop: order.sellerId }, link: sellerOrderLink(order.sellerId, code) };
  const item = <K extends NotificationKind>(
    audience: "buyer" | "shop",
    kind: K,
    params: NotificationParams<K>,
  ): NotificationInput => ({
    ...to(audience),
    kind,
    params,
    key: `${kind}:${order.id}`,
    actorId: input.actorId,
  });
  const items: NotificationInput[] = {
    PAID: [
      item("buyer", "buyer.orderPaid", { code, shop }),
      item("shop", "seller.orderPaid", {
        code,
        total: order.total,
        packBy: order.packBy?.toISOString() ?? "",
      }),
    ],
    PACKED: [item("buyer", "buyer.orderPacked", { code, shop })],
    SHIPPED: [
      item("buyer", "buyer.orderShipped", {
        code,
        shop,
        tracking: order.trackingNumber ? `Resi: ${order.trackingNumber}` : "",
      }),
    ],
    COMPLETED: [
      item("buyer", "buyer.orderCompleted", { code, shop }),
      item("shop", "seller.orderCompleted", { code, total: order.total }),
    ],
    CANCELLED: [
      item("buyer", "buyer.orderCancelled", { code, shop, reason }),
      item("shop", "seller.orderCancelled", { code, reason }),
    ],
    REFUNDED: [
      item("buyer", "buyer.orderRefunded", { code, shop, total: order.total, reason }),
      item("shop", "seller.orderCancelled", { code, reason }),
    ],
    RECEIVED: [],
    PENDING_PAYMENT: [],
    COD_PENDING: [],
  }[input.to];
  return items;
}

/**
 * What each shop hears of a checkout: its new order, and variants the checkout emptied or brought
 * down to the low-stock threshold.
 */
export function shopNotifications(input: {
  drafts: {
    seller: { id: string; businessName: string };
    items: {
      variantId: string;
      productId: string;
      productTitle: string;
      variantName: string;
      quantity: number;
    }[];
  }[];
  orders: { id: string; code: string; total: number }[];
  buyerName: string;
  buyerId: string;
  announce: boolean;
  stockAfter: Map<string, number>;
  lowStock: number;
}): NotificationInput[] {
  const items: NotificationInput[] = [];
  for (const [index, draft] of input.drafts.entries()) {
    const order = input.orders[index]!;
    const shop = { shop: draft.seller.id };
    if (input.announce) {
      items.push({
        kind: "seller.orderNew",
        to: shop,
        params: {
          code: order.code,
          buyer: input.buyerName,
          total: order.total,
          shop: draft.seller.businessName,
        },
        link: sellerOrderLink(draft.seller.id, order.code),
        key: `seller.orderNew:${order.id}`,
        actorId: input.buyerId,
      });
    }
    for (const item of draft.items) {
      const after = input.stockAfter.get(item.variantId);
      if (after === undefined) continue;
      const before = after + item.quantity;
      const params = { product: item.productTitle, variant: item.variantName };
      const link = sellerProductLink(draft.seller.id, item.productId);
      if (after === 0) {
        items.push({
          kind: "seller.stockOut",
          to: shop,
          params,
          link,
          key: `seller.stockOut:${item.variantId}:${order.id}`,
        });
      } else if (after <= input.lowStock && before > input.lowStock) {
        items.push({
          kind: "seller.stockLow",
          to: shop,
          params: { ...params, stock: String(after) },
          link,
          key: `seller.stockLow:${item.variantId}:${order.id}`,
        });
      }
    }
  }
  return items;
}
