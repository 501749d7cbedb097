import type { Db } from "~/utils/db.server";
import { listProductCardsByIds, publicProductWhere, type ProductCard } from "./catalog.server";
import { calendarDay, pickFeatured } from "./featured";

const RECENT_DAYS = 30;

/** Today's featured products: one per seller, rotating daily, favouring sellers with few orders. */
export async function listFeaturedProducts(
  db: Db,
  input: { now: Date; timeZone: string; count?: number },
): Promise<ProductCard[]> {
  const since = new Date(input.now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const [productCounts, orderCounts] = await Promise.all([
    db.product.groupBy({ by: ["sellerId"], where: publicProductWhere, _count: { _all: true } }),
    db.order.groupBy({
      by: ["sellerId"],
      where: { createdAt: { gte: since }, status: { notIn: ["CANCELLED", "PENDING_PAYMENT"] } },
      _count: { _all: true },
    }),
  ]);
  const ordersBySeller = new Map(orderCounts.map((o) => [o.sellerId, o._count._all]));
  const picks = pickFeatured({
    day: calendarDay(input.now, input.timeZone),
    count: input.count ?? 12,
    candidates: productCounts.map((p) => ({
      sellerId: p.sellerId,
      productCount: p._count._all,
      recentOrders: ordersBySeller.get(p.sellerId) ?? 0,
    })),
  });
  if (picks.length === 0) return [];
  const products = await db.product.findMany({
    where: { ...publicProductWhere, sellerId: { in: picks.map((p) => p.sellerId) } },
    orderBy: { id: "asc" },
    select: { id: true, sellerId: true },
  });
  const bySeller = new Map<string, string[]>();
  for (const p of products) {
    const list = bySeller.get(p.sellerId) ?? [];
    list.push(p.id);
    bySeller.set(p.sellerId, list);
  }
  const ids = picks.flatMap((pick) => bySeller.get(pick.sellerId)?.[pick.productIndex] ?? []);
  return listProductCardsByIds(db, ids);
}
