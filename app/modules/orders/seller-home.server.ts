/** What a shop's home page (`/kelola/<id>`) says needs doing, and how the shop is doing. */
import { debtTotals, type DebtTotals } from "~/modules/growth/debts.server";
import type { Db } from "~/utils/db.server";
import { REMINDER_LEAD_MS } from "./deadlines.server";
import { orderDeadlineSettings } from "./order-notifications.server";
import { sellerServiceLevel, type ServiceLevel } from "./service-level.server";

export interface SellerHome {
  todo: {
    newOrders: number;
    toShip: number;
    receiptsToCheck: number;
    nearPackDeadline: number;
    outOfStock: number;
  };
  sales30: { orders: number; amount: number };
  nextTraining: { title: string; startsAt: string; venue: string } | null;
  service: ServiceLevel;
  /** Open receivables and payables of the debt book. */
  debts: DebtTotals;
  packHours: number;
  products: {
    id: string;
    title: string;
    status: "DRAFT" | "ACTIVE" | "ARCHIVED";
    price: number;
    stock: number;
  }[];
}

export async function getSellerHome(
  db: Db,
  input: { sellerId: string; now?: Date },
): Promise<SellerHome> {
  const now = input.now ?? new Date();
  const { sellerId } = input;
  const [
    newOrders,
    toShip,
    receiptsToCheck,
    nearPackDeadline,
    outOfStock,
    sales,
    next,
    service,
    debts,
    products,
  ] = await Promise.all([
    db.order.count({ where: { sellerId, status: { in: ["COD_PENDING", "PAID"] } } }),
    db.order.count({ where: { sellerId, status: "PACKED" } }),
    db.payment.count({
      where: { status: "AWAITING_CONFIRMATION", order: { sellerId, status: "PENDING_PAYMENT" } },
    }),
    db.order.count({
      where: {
        sellerId,
        status: { in: ["COD_PENDING", "PAID"] },
        packBy: { lte: new Date(now.getTime() + REMINDER_LEAD_MS.pack) },
      },
    }),
    db.productVariant.count({
      where: { isActive: true, stock: 0, product: { sellerId, status: "ACTIVE" } },
    }),
    db.order.aggregate({
      where: {
        sellerId,
        createdAt: { gte: new Date(now.getTime() - 30 * 86_400_000), lte: now },
        status: { notIn: ["CANCELLED", "REFUNDED", "PENDING_PAYMENT"] },
      },
      _count: { _all: true },
      _sum: { subtotal: true },
    }),
    db.trainingAttendance.findFirst({
      where: { sellerId, status: "REGISTERED", session: { startsAt: { gte: now } } },
      orderBy: { session: { startsAt: "asc" } },
      select: {
        session: {
          select: { startsAt: true, venue: true, programme: { select: { title: true } } },
        },
      },
    }),
    sellerServiceLevel(db, { sellerId, now }),
    debtTotals(db, { sellerId, now }),
    db.product.findMany({
      where: { sellerId },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      select: {
        id: true,
        title: true,
        status: true,
        price: true,
        variants: { where: { isActive: true }, select: { stock: true } },
      },
    }),
  ]);
  return {
    todo: { newOrders, toShip, receiptsToCheck, nearPackDeadline, outOfStock },
    sales30: { orders: sales._count._all, amount: sales._sum.subtotal ?? 0 },
    nextTraining: next
      ? {
          title: next.session.programme.title,
          startsAt: next.session.startsAt.toISOString(),
          venue: next.session.venue,
        }
      : null,
    service,
    debts,
    packHours: orderDeadlineSettings().packMs / 3_600_000,
    products: products.map(({ variants, ...p }) => ({
      ...p,
      stock: variants.reduce((n, v) => n + v.stock, 0),
    })),
  };
}
