import crypto from "node:crypto";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { ProductStatus } from "~/generated/prisma/enums";
import { auditOnBehalf, type SellerActor } from "~/modules/audit/audit.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError, isDomainError } from "~/utils/errors";
import { slugify } from "~/utils/slug";
import { blankToUndefined, checkboxField } from "~/utils/forms";
import { storedImageSelect } from "~/modules/images/image-url";
import type { ImageStorage } from "~/modules/images/storage.server";
import { acceptPhotos, attachPhotos } from "~/modules/images/upload.server";

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
        select: {
          publishedAt: true,
          status: true,
          weightGrams: true,
          variants: { where: { isActive: true }, select: { weightGrams: true } },
          _count: { select: { images: true } },
        },
      });
      if (!product) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
      assertPublishable(input.status, product._count.images, product.status === "ACTIVE");
      if (product.status !== "ACTIVE") {
        assertShippable(input.status, product.weightGrams, product.variants);
      }
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

const sideCm = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Ukuran harus bilangan bulat (cm)" })
    .int({ error: "Ukuran harus bilangan bulat (cm)" })
    .min(1, { error: "Ukuran minimal 1 cm" })
    .max(300, { error: "Ukuran maksimal 300 cm" })
    .optional(),
);

const VariantRowSchema = z
  .object({
    id: z.preprocess(blankToUndefined, z.string().optional()),
    name: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "Nama varian wajib diisi" })
        .trim()
        .min(1)
        .max(60, { error: "Nama varian maksimal 60 huruf" }),
    ),
    price: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Harga wajib diisi (angka rupiah)" })
        .int({ error: "Harga harus bilangan bulat rupiah" })
        .min(100, { error: "Harga minimal Rp100" })
        .max(1_000_000_000, { error: "Harga maksimal Rp1.000.000.000" }),
    ),
    stock: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Stok wajib diisi (angka)" })
        .int({ error: "Stok harus bilangan bulat" })
        .min(0, { error: "Stok tidak boleh negatif" })
        .max(1_000_000, { error: "Stok maksimal 1.000.000" }),
    ),
    // Blank: the variant ships at the product's weight.
    weightGrams: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Berat harus bilangan bulat (gram)" })
        .int({ error: "Berat harus bilangan bulat (gram)" })
        .min(1, { error: "Berat varian minimal 1 gram" })
        .max(100_000, { error: "Berat maksimal 100 kg" })
        .optional(),
    ),
    // Parcel size, for the courier's volumetric weight: all three or none.
    lengthCm: sideCm,
    widthCm: sideCm,
    heightCm: sideCm,
  })
  .superRefine((row, ctx) => {
    const given = [row.lengthCm, row.widthCm, row.heightCm].filter((v) => v !== undefined);
    if (given.length > 0 && given.length < 3) {
      ctx.addIssue({
        code: "custom",
        path: [
          row.lengthCm === undefined
            ? "lengthCm"
            : row.widthCm === undefined
              ? "widthCm"
              : "heightCm",
        ],
        message: "Isi panjang, lebar dan tinggi sekaligus, atau kosongkan ketiganya",
      });
    }
  });

/** How many variants one product may have: enough for sizes × flavours, few enough to manage. */
export const MAX_VARIANTS = 50;

const isBlankRow = (row: unknown) =>
  typeof row === "object" &&
  row !== null &&
  ["name", "price", "stock", "weightGrams", "lengthCm", "widthCm", "heightCm"].every(
    (k) => blankToUndefined((row as Record<string, unknown>)[k]) === undefined,
  );

/** Everything the product editor sends; empty variant rows are ignored. */
export const ProductEditorSchema = ProductDetailsSchema.extend({
  categoryId: z.string({ error: "Pilih kategori" }).min(1, { error: "Pilih kategori" }),
  status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"], { error: "Pilih status" }),
  isHalal: checkboxField,
  weightGrams: z.preprocess(blankToUndefined, ProductDetailsSchema.shape.weightGrams.default(0)),
  // Conform turns empty fields into undefined: an empty description is a valid one.
  description: ProductDetailsSchema.shape.description.optional().transform((v) => v ?? ""),
  variants: z.preprocess(
    (rows) => (Array.isArray(rows) ? rows.filter((r) => !isBlankRow(r)) : []),
    z
      .array(VariantRowSchema)
      .min(1, { error: "Isi minimal satu varian dengan harga dan stok" })
      .max(MAX_VARIANTS, { error: `Maksimal ${MAX_VARIANTS} varian` }),
  ),
});
export type ProductEditor = z.infer<typeof ProductEditorSchema>;

async function uniqueProductSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title) || "produk";
  if (!(await tx.product.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${crypto.randomBytes(3).toString("hex")}`;
}

type Actor = SellerActor;

/**
 * A product is shown to buyers only with a photo: one without stays a draft until it has one.
 * Checked when a product becomes active, so an already active product stays editable.
 */
function assertPublishable(status: ProductStatus, photos: number, wasActive = false): void {
  if (status === "ACTIVE" && !wasActive && photos === 0) {
    throw new DomainError(
      "INVALID",
      "Produk tanpa foto belum bisa tayang. Tambahkan foto dulu, atau simpan sebagai draf.",
      { field: "status" },
    );
  }
}

/**
 * A product on sale must be weighable by a courier: every active variant needs a positive
 * weight, its own or the product's. Checked at listing time, so checkout never meets a
 * product it cannot quote shipping for.
 */
function assertShippable(
  status: ProductStatus,
  productWeight: number,
  variants: { weightGrams?: number | null }[],
): void {
  if (status !== "ACTIVE") return;
  if (variants.every((v) => (v.weightGrams ?? productWeight) > 0)) return;
  throw new DomainError(
    "INVALID",
    "Produk yang tayang butuh berat kirim: isi berat produk (gram), atau berat setiap varian.",
    { field: "weightGrams" },
  );
}

/** The shipping columns of a variant row. */
function parcelOf(v: ProductEditor["variants"][number]) {
  return {
    weightGrams: v.weightGrams ?? null,
    lengthCm: v.lengthCm ?? null,
    widthCm: v.widthCm ?? null,
    heightCm: v.heightCm ?? null,
  };
}

/**
 * Creates a product with its variants and, when given, its first photos (checked and stored
 * before the transaction: one bad file refuses the whole product).
 */
export async function createProduct(
  db: Db,
  input: {
    sellerId: string;
    actor: Actor;
    data: ProductEditor;
    photos?: { files: Buffer[]; storage: ImageStorage };
  },
): Promise<{ productId: string }> {
  const { data } = input;
  assertPublishable(data.status, input.photos?.files.length ?? 0);
  assertShippable(data.status, data.weightGrams, data.variants);
  const photos = input.photos
    ? await acceptPhotos(input.photos.files, input.photos.storage).catch((error: unknown) => {
        // The editor shows a refused photo next to its file field.
        if (!isDomainError(error)) throw error;
        throw new DomainError(error.code, error.message, { ...error.details, field: "photos" });
      })
    : [];
  const productId = await afterCommit(
    db.$transaction(async (tx) => {
      const category = await tx.category.findUnique({
        where: { id: data.categoryId },
        select: { id: true },
      });
      if (!category)
        throw new DomainError("INVALID", "Kategori tidak dikenal", { field: "categoryId" });
      const product = await tx.product.create({
        data: {
          sellerId: input.sellerId,
          slug: await uniqueProductSlug(tx, data.title),
          title: data.title,
          description: data.description,
          categoryId: data.categoryId,
          isHalal: data.isHalal,
          weightGrams: data.weightGrams,
          status: data.status,
          publishedAt: data.status === "ACTIVE" ? new Date() : null,
          price: Math.min(...data.variants.map((v) => v.price)),
          variants: {
            create: data.variants.map((v, i) => ({
              sku: `PK-${crypto.randomBytes(4).toString("hex").toUpperCase()}-${i + 1}`,
              name: v.name,
              options: {},
              price: v.price,
              stock: v.stock,
              ...parcelOf(v),
              sortOrder: i,
            })),
          },
        },
      });
      if (photos.length > 0)
        await attachPhotos(tx, { productId: product.id, alt: data.title, photos });
      await auditOnBehalf(tx, input.actor, {
        action: "product.create",
        entityType: "Product",
        entityId: product.id,
        sellerId: input.sellerId,
        data: { title: data.title },
      });
      await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: product.id }]);
      return product.id;
    }),
  );
  return { productId };
}

/** Saves the editor: details, status and variants (removed variants are deactivated, not deleted). */
export async function updateProduct(
  db: Db,
  input: { productId: string; sellerId: string; actor: Actor; data: ProductEditor },
): Promise<void> {
  const { data } = input;
  await afterCommit(
    db.$transaction(async (tx) => {
      const product = await tx.product.findFirst({
        where: { id: input.productId, sellerId: input.sellerId },
        select: {
          publishedAt: true,
          status: true,
          variants: { select: { id: true } },
          _count: { select: { images: true } },
        },
      });
      if (!product) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
      assertPublishable(data.status, product._count.images, product.status === "ACTIVE");
      assertShippable(data.status, data.weightGrams, data.variants);
      const category = await tx.category.findUnique({
        where: { id: data.categoryId },
        select: { id: true },
      });
      if (!category)
        throw new DomainError("INVALID", "Kategori tidak dikenal", { field: "categoryId" });
      const owned = new Set(product.variants.map((v) => v.id));
      const kept = new Set<string>();
      for (const [i, v] of data.variants.entries()) {
        if (v.id && owned.has(v.id)) {
          kept.add(v.id);
          await tx.productVariant.update({
            where: { id: v.id },
            data: {
              name: v.name,
              price: v.price,
              stock: v.stock,
              ...parcelOf(v),
              sortOrder: i,
              isActive: true,
            },
          });
        } else {
          await tx.productVariant.create({
            data: {
              productId: input.productId,
              sku: `PK-${crypto.randomBytes(4).toString("hex").toUpperCase()}-${i + 1}`,
              name: v.name,
              options: {},
              price: v.price,
              stock: v.stock,
              ...parcelOf(v),
              sortOrder: i,
            },
          });
        }
      }
      await tx.productVariant.updateMany({
        where: { productId: input.productId, id: { in: [...owned].filter((id) => !kept.has(id)) } },
        data: { isActive: false },
      });
      await tx.product.update({
        where: { id: input.productId },
        data: {
          title: data.title,
          description: data.description,
          categoryId: data.categoryId,
          isHalal: data.isHalal,
          weightGrams: data.weightGrams,
          status: data.status,
          price: Math.min(...data.variants.map((v) => v.price)),
          ...(data.status === "ACTIVE" && !product.publishedAt ? { publishedAt: new Date() } : {}),
        },
      });
      await auditOnBehalf(tx, input.actor, {
        action: "product.update",
        entityType: "Product",
        entityId: input.productId,
        sellerId: input.sellerId,
        data: {
          title: data.title,
          status: data.status,
        },
      });
      await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: input.productId }]);
    }),
  );
}

/** Category choices for the product editor, in catalog order. */
export async function listCategoryOptions(db: Db) {
  return db.category.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, nameId: true, nameEn: true },
  });
}

/** A product of the seller with what its editor shows (active variants, photos), or null. */
export async function getProductForEditor(db: Db, input: { productId: string; sellerId: string }) {
  return db.product.findFirst({
    where: { id: input.productId, sellerId: input.sellerId },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      categoryId: true,
      isHalal: true,
      weightGrams: true,
      status: true,
      variants: {
        where: { isActive: true },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          name: true,
          price: true,
          stock: true,
          weightGrams: true,
          lengthCm: true,
          widthCm: true,
          heightCm: true,
        },
      },
      images: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, ...storedImageSelect },
      },
    },
  });
}
