/** Buyers' reviews of the items of their completed orders. */
import { z } from "zod";
import { notify } from "~/modules/notifications/notify.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { orderActions } from "./order-actions";
import { sellerProductLink } from "./order-notifications.server";

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
    if (!orderActions(item.order, "buyer").includes("review")) {
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
