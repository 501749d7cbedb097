import type { Prisma } from "~/generated/prisma/client";
import { storedImageSelect, toStoredImage, type StoredImage } from "~/modules/images/image-url";
import {
  currentLegalityTypes,
  publicLegalityBadges,
  type LegalityBadge,
} from "~/modules/sellers/legality";
import type { Db } from "~/utils/db.server";
import type { ProductSort } from "./sort";

export const PAGE_SIZE = 24;

/** A product is public when it is active and its seller is verified. */
export const publicProductWhere = {
  status: "ACTIVE",
  seller: { verificationStatus: "VERIFIED" },
} satisfies Prisma.ProductWhereInput;

const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  price: true,
  isHalal: true,
  seller: {
    select: {
      slug: true,
      businessName: true,
      desa: { select: { name: true, kind: true } },
      legalities: {
        where: { type: "HALAL", status: "VERIFIED" },
        select: { type: true, status: true, expiresAt: true },
      },
    },
  },
  images: {
    orderBy: { sortOrder: "asc" },
    take: 1,
    select: storedImageSelect,
  },
  variants: { where: { isActive: true }, select: { stock: true } },
} satisfies Prisma.ProductSelect;

type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  price: number;
  /** The Halal badge: the product is covered by the shop's verified, unexpired certificate. */
  halal: boolean;
  inStock: boolean;
  sellerName: string;
  sellerSlug: string;
  desaName: string;
  image: StoredImage | null;
}

function toProductCard(row: ProductCardRow): ProductCard {
  const first = row.images[0];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    price: row.price,
    halal: row.isHalal && currentLegalityTypes(row.seller.legalities).has("HALAL"),
    inStock: row.variants.some((v) => v.stock > 0),
    sellerName: row.seller.businessName,
    sellerSlug: row.seller.slug,
    desaName: row.seller.desa.name,
    image: first ? toStoredImage(first) : null,
  };
}

function orderByFor(sort: ProductSort): Prisma.ProductOrderByWithRelationInput[] {
  switch (sort) {
    case "price_asc":
      return [{ price: "asc" }, { id: "asc" }];
    case "price_desc":
      return [{ price: "desc" }, { id: "asc" }];
    case "newest":
      return [{ publishedAt: "desc" }, { id: "asc" }];
  }
}

export interface ProductPage {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
}

/** Public products, filtered by category, seller or village, one page at a time. */
export async function listPublicProducts(
  db: Db,
  input: {
    categoryId?: string;
    sellerId?: string;
    desaCode?: string;
    sort?: ProductSort;
    page?: number;
    pageSize?: number;
  },
): Promise<ProductPage> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const where: Prisma.ProductWhereInput = {
    ...publicProductWhere,
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.sellerId ? { sellerId: input.sellerId } : {}),
    ...(input.desaCode
      ? { seller: { verificationStatus: "VERIFIED", desaCode: input.desaCode } }
      : {}),
  };
  const total = await db.product.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  const rows = await db.product.findMany({
    where,
    orderBy: orderByFor(input.sort ?? "newest"),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: productCardSelect,
  });
  return { items: rows.map(toProductCard), total, page, pageCount };
}

export async function listProductCardsByIds(db: Db, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.product.findMany({
    where: { ...publicProductWhere, id: { in: ids } },
    select: productCardSelect,
  });
  const byId = new Map(rows.map((r) => [r.id, toProductCard(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface CategorySummary {
  id: string;
  slug: string;
  nameId: string;
  nameEn: string;
  productCount: number;
}

/** Top-level categories with their public product counts. */
export async function listCategories(db: Db): Promise<CategorySummary[]> {
  const [categories, counts] = await Promise.all([
    db.category.findMany({
      orderBy: [{ sortOrder: "asc" }, { nameId: "asc" }],
      select: { id: true, slug: true, nameId: true, nameEn: true },
    }),
    db.product.groupBy({ by: ["categoryId"], where: publicProductWhere, _count: { _all: true } }),
  ]);
  const countBy = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return categories.map((c) => ({ ...c, productCount: countBy.get(c.id) ?? 0 }));
}

export async function getCategoryBySlug(db: Db, slug: string) {
  return db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameId: true, nameEn: true },
  });
}

export interface ProductDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  price: number;
  isHalal: boolean;
  weightGrams: number;
  ratingCount: number;
  ratingAverage: number | null;
  category: { slug: string; nameId: string; nameEn: string };
  images: StoredImage[];
  /** `weightGrams` is the variant's own shipping weight, or the product's when it has none. */
  variants: { id: string; name: string; price: number; stock: number; weightGrams: number }[];
  seller: {
    id: string;
    slug: string;
    businessName: string;
    ownerName: string;
    whatsapp: string;
    badges: LegalityBadge[];
    desa: { name: string; slug: string; kind: "DESA" | "KELURAHAN" };
    kecamatan: { name: string; slug: string };
  };
}

/** A public product with everything its page shows, or null when it is not public. */
export async function getPublicProduct(db: Db, slug: string): Promise<ProductDetail | null> {
  const row = await db.product.findFirst({
    where: { ...publicProductWhere, slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      price: true,
      isHalal: true,
      weightGrams: true,
      ratingCount: true,
      ratingSum: true,
      category: { select: { slug: true, nameId: true, nameEn: true } },
      images: {
        orderBy: { sortOrder: "asc" },
        select: storedImageSelect,
      },
      variants: {
        where: { isActive: true },
        orderBy: [{ sortOrder: "asc" }, { price: "asc" }],
        select: { id: true, name: true, price: true, stock: true, weightGrams: true },
      },
      seller: {
        select: {
          id: true,
          slug: true,
          businessName: true,
          ownerName: true,
          whatsapp: true,
          legalities: { select: { type: true, status: true, expiresAt: true } },
          desa: {
            select: {
              name: true,
              slug: true,
              kind: true,
              parent: { select: { name: true, slug: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { desa } = row.seller;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    price: row.price,
    isHalal: row.isHalal,
    weightGrams: row.weightGrams,
    ratingCount: row.ratingCount,
    ratingAverage: row.ratingCount > 0 ? row.ratingSum / row.ratingCount : null,
    category: row.category,
    images: row.images.map(toStoredImage),
    variants: row.variants.map((v) => ({ ...v, weightGrams: v.weightGrams ?? row.weightGrams })),
    seller: {
      id: row.seller.id,
      slug: row.seller.slug,
      businessName: row.seller.businessName,
      ownerName: row.seller.ownerName,
      whatsapp: row.seller.whatsapp,
      badges: publicLegalityBadges(row.seller.legalities, row.isHalal),
      desa: {
        name: desa.name,
        slug: desa.slug,
        kind: desa.kind === "KELURAHAN" ? "KELURAHAN" : "DESA",
      },
      kecamatan: { name: desa.parent?.name ?? "", slug: desa.parent?.slug ?? "" },
    },
  };
}
