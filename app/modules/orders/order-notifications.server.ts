/**
 * What each order status change tells whom, and the deadlines each status starts. Called by
 * `changeStatus`, inside its transaction, so every move — by a person or by the system — notifies
 * the same way.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { OrderStatus } from "~/generated/prisma/enums";
import { notify, type NotificationInput } from "~/modules/notifications/notify.server";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

type Tx = Prisma.TransactionClient | Db;

const HOUR_MS = 3_600_000;

export interface OrderDeadlineSettings {
  packMs: number;
  receiveMs: number;
  lowStock: number;
}

export function orderDeadlineSettings(): OrderDeadlineSettings {
  const env = getEnv();
  return {
    packMs: env.ORDER_PACK_HOURS * HOUR_MS,
    receiveMs: env.ORDER_AUTO_RECEIVE_DAYS * 24 * HOUR_MS,
    lowStock: env.LOW_STOCK_THRESHOLD,
  };
}

/** The deadline columns a move into `to` sets or clears (and the reminder before it). */
export function deadlinesFor(
  to: OrderStatus,
  at: Date,
  settings: OrderDeadlineSettings,
): Prisma.OrderUpdateManyMutationInput {
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
export const buyerOrderLink = (groupCode: string) => `/pesanan/${groupCode}`;

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
  if (input.to === "RECEIVED" || input.to === "PENDING_PAYMENT" || input.to === "COD_PENDING") {
    return;
  }
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: {
      id: true,
      code: true,
      sellerId: true,
      total: true,
      trackingNumber: true,
      cancelReason: true,
      packBy: true,
      seller: { select: { businessName: true } },
      group: { select: { code: true, buyerId: true } },
    },
  });
  const shop = order.seller.businessName;
  const base = { actorId: input.actorId };
  const toBuyer = {
    ...base,
    to: { users: [order.group.buyerId] },
    link: buyerOrderLink(order.group.code),
  };
  const toShop = {
    ...base,
    to: { shop: order.sellerId },
    link: sellerOrderLink(order.sellerId, order.code),
  };
  const key = (kind: string) => `${kind}:${order.id}`;
  const reason = order.cancelReason ?? input.note ?? "—";
  const items: NotificationInput[] = [];
  switch (input.to) {
    case "PAID":
      items.push(
        {
          ...toBuyer,
          kind: "buyer.orderPaid",
          key: key("buyer.orderPaid"),
          params: { code: order.code, shop },
        },
        {
          ...toShop,
          kind: "seller.orderPaid",
          key: key("seller.orderPaid"),
          params: {
            code: order.code,
            total: order.total,
            packBy: order.packBy?.toISOString() ?? "",
          },
        },
      );
      break;
    case "PACKED":
      items.push({
        ...toBuyer,
        kind: "buyer.orderPacked",
        key: key("buyer.orderPacked"),
        params: { code: order.code, shop },
      });
      break;
    case "SHIPPED":
      items.push({
        ...toBuyer,
        kind: "buyer.orderShipped",
        key: key("buyer.orderShipped"),
        params: {
          code: order.code,
          shop,
          tracking: order.trackingNumber ? `Resi: ${order.trackingNumber}` : "",
        },
      });
      break;
    case "COMPLETED":
      items.push(
        {
          ...toBuyer,
          kind: "buyer.orderCompleted",
          key: key("buyer.orderCompleted"),
          params: { code: order.code, shop },
        },
        {
          ...toShop,
          kind: "seller.orderCompleted",
          key: key("seller.orderCompleted"),
          params: { code: order.code, total: order.total },
        },
      );
      break;
    case "CANCELLED":
      items.push(
        {
          ...toBuyer,
          kind: "buyer.orderCancelled",
          key: key("buyer.orderCancelled"),
          params: { code: order.code, shop, reason },
        },
        {
          ...toShop,
          kind: "seller.orderCancelled",
          key: key("seller.orderCancelled"),
          params: { code: order.code, reason },
        },
      );
      break;
    case "REFUNDED":
      items.push(
        {
          ...toBuyer,
          kind: "buyer.orderRefunded",
          key: key("buyer.orderRefunded"),
          params: { code: order.code, shop, total: order.total, reason },
        },
        {
          ...toShop,
          kind: "seller.orderCancelled",
          key: key("seller.orderRefunded"),
          params: { code: order.code, reason },
        },
      );
      break;
  }
  await notify(tx, items, input.at);
}
