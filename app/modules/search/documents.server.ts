import type { Prisma } from "~/generated/prisma/client";
import { publicProductWhere } from "~/modules/catalog/catalog.server";
import { currentLegalityTypes } from "~/modules/sellers/legality";
import { storedImageSelect, toStoredImage } from "~/modules/images/image-url";
import type { Db } from "~/utils/db.server";
import type { SearchDocument } from "./types";

const documentSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  price: true,
  isHalal: true,
  publishedAt: true,
  createdAt: true,
  ratingCount: true,
  category: { select: { slug: true, nameId: true } },
  seller: {
    select: {
      id: true,
      slug: true,
      businessName: true,
      legalities: {
        where: { status: "VERIFIED" },
        select: { type: true, status: true, expiresAt: true },
      },
      desa: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } },
    },
  },
  variants: { where: { isActive: true }, select: { stock: true } },
  images: {
    orderBy: { sortOrder: "asc" },
    take: 1,
    select: storedImageSelect,
  },
  _count: { select: { orderItems: true } },
} satisfies Prisma.ProductSelect;

type DocumentRow = Prisma.ProductGetPayload<{ select: typeof documentSelect }>;

function toDocument(row: DocumentRow): SearchDocument {
  // Verified and unexpired only; an expiry reindexes the shop (legality-documents.server.ts).
  const certified = currentLegalityTypes(row.seller.legalities);
  const image = row.images[0] ? toStoredImage(row.images[0]) : null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    price: row.price,
    sellerId: row.seller.id,
    sellerName: row.seller.businessName,
    sellerSlug: row.seller.slug,
    categorySlug: row.category.slug,
    categoryName: row.category.nameId,
    desaCode: row.seller.desa.code,
    desaName: row.seller.desa.name,
    kecamatanCode: row.seller.desa.parent?.code ?? "",
    kecamatanName: row.seller.desa.parent?.name ?? "",
    halal: row.isHalal && certified.has("HALAL"),
    nib: certified.has("NIB"),
    pirt: certified.has("PIRT"),
    inStock: row.variants.some((v) => v.stock > 0),
    publishedAt: (row.publishedAt ?? row.createdAt).getTime(),
    popularity: row.ratingCount + row._count.orderItems,
    image: image
      ? {
          storageKey: image.storageKey,
          width: image.width,
          height: image.height,
          widths: image.widths,
          formats: image.formats,
          placeholder: image.placeholder,
        }
      : null,
  };
}

/** Index documents for these products; products that are not public are left out. */
export async function loadSearchDocuments(db: Db, productIds: string[]): Promise<SearchDocument[]> {
  if (productIds.length === 0) return [];
  const rows = await db.product.findMany({
    where: { ...publicProductWhere, id: { in: productIds } },
    select: documentSelect,
  });
  return rows.map(toDocument);
}

/** Every public product, in id order, a page at a time (for full rebuilds). */
export async function* allSearchDocuments(
  db: Db,
  batchSize = 2_000,
): AsyncGenerator<SearchDocument[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.product.findMany({
      where: { ...publicProductWhere, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: documentSelect,
    });
    if (rows.length === 0) return;
    yield rows.map(toDocument);
    cursor = rows[rows.length - 1]!.id;
  }
}
