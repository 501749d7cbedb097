import { z } from "zod";
import type { ProductStatus } from "~/generated/prisma/enums";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

/**
 * Catalog writes. Each runs in one transaction with an outbox event, so the search index follows
 * every change; ownership is part of every query (`where: { id, sellerId }`).
 */

export const ProductDetailsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, { error: "Nama produk minimal 3 huruf" })
    .max(120, { error: "Nama produk maksimal 120 huruf" }),
  description: z.string().trim().max(5_000, { error: "Deskripsi maksimal 5.000 huruf" }),
  isHalal: z.boolean(),
  weightGrams: z
    .number()
    .int({ error: "Berat harus bilangan bulat (gram)" })
    .min(0, { error: "Berat tidak boleh negatif" })
    .max(100_000, { error: "Berat maksimal 100 kg" }),
});
export type ProductDetails = z.infer<typeof ProductDetailsSchema>;

async function afterCommit<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  notifyOutbox();
  return result;
}

export async function updateProductDetails(
  db: Db,
  input: { productId: string; sellerId: string; details: Partial<ProductDetails> },
): Promise<void> {
  const details = ProductDetailsSchema.partial().parse(input.details);
  await afterCommit(
    db.$transaction(async (tx) => {
      const { count } = await tx.product.updateMany({
        where: { id: input.productId, sellerId: input.sellerId },
        data: details,
      });
      if (count !== 1) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
      await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: input.productId }]);
    }),
  );
}

export async function setProductStatus(
  db: Db,
  input: { productId: string; sellerId: string; status: ProductStatus },
): Promise<void> {
  await afterCommit(
    db.$transaction(async (tx) => {
      const product = await tx.product.findFirst({
        where: { id: input.productId, sellerId: input.sellerId },
        select: { publishedAt: true },
      });
      if (!product) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
      await tx.product.update({
        where: { id: input.productId },
        data: {
          status: input.status,
          ...(input.status === "ACTIVE" && !product.publishedAt ? { publishedAt: new Date() } : {}),
        },
      });
      await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: input.productId }]);
    }),
  );
}

export async function setVariantStock(
  db: Db,
  input: { variantId: string; sellerId: string; stock: number },
): Promise<void> {
  const stock = z.number().int().min(0, { error: "Stok tidak boleh negatif" }).parse(input.stock);
  await afterCommit(
    db.$transaction(async (tx) => {
      const variant = await tx.productVariant.findFirst({
        where: { id: input.variantId, product: { sellerId: input.sellerId } },
        select: { productId: true },
      });
      if (!variant) throw new DomainError("NOT_FOUND", "Varian tidak ditemukan");
      await tx.productVariant.update({ where: { id: input.variantId }, data: { stock } });
      await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: variant.productId }]);
    }),
  );
}
