import type { BusinessSector } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { publicLegalityBadges, type LegalityBadge } from "./legality";

export interface ShopProfile {
  id: string;
  slug: string;
  businessName: string;
  ownerName: string;
  description: string;
  sector: BusinessSector;
  whatsapp: string;
  createdAt: Date;
  badges: LegalityBadge[];
  desa: { name: string; slug: string; kind: "DESA" | "KELURAHAN" };
  kecamatan: { name: string; slug: string };
}

/** A verified seller's public profile, or null. */
export async function getPublicShop(db: Db, slug: string): Promise<ShopProfile | null> {
  const row = await db.seller.findFirst({
    where: { slug, verificationStatus: "VERIFIED" },
    select: {
      id: true,
      slug: true,
      businessName: true,
      ownerName: true,
      description: true,
      sector: true,
      whatsapp: true,
      createdAt: true,
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
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    businessName: row.businessName,
    ownerName: row.ownerName,
    description: row.description,
    sector: row.sector,
    whatsapp: row.whatsapp,
    createdAt: row.createdAt,
    badges: publicLegalityBadges(row.legalities),
    desa: {
      name: row.desa.name,
      slug: row.desa.slug,
      kind: row.desa.kind === "KELURAHAN" ? "KELURAHAN" : "DESA",
    },
    kecamatan: { name: row.desa.parent?.name ?? "", slug: row.desa.parent?.slug ?? "" },
  };
}

export interface SellerSummary {
  slug: string;
  businessName: string;
  sector: BusinessSector;
  desaName: string;
  productCount: number;
  badges: LegalityBadge[];
}

/** Verified sellers in a set of villages, with their public product counts. */
export async function listPublicSellersIn(db: Db, desaCodes: string[]): Promise<SellerSummary[]> {
  const rows = await db.seller.findMany({
    where: { verificationStatus: "VERIFIED", desaCode: { in: desaCodes } },
    orderBy: { businessName: "asc" },
    select: {
      slug: true,
      businessName: true,
      sector: true,
      desa: { select: { name: true } },
      legalities: { select: { type: true, status: true, expiresAt: true } },
      _count: { select: { products: { where: { status: "ACTIVE" } } } },
    },
  });
  return rows.map((r) => ({
    slug: r.slug,
    businessName: r.businessName,
    sector: r.sector,
    desaName: r.desa.name,
    productCount: r._count.products,
    badges: publicLegalityBadges(r.legalities),
  }));
}

/** What every permission check on a seller needs (owner and desa), with the page's header. */
export async function getSellerAccess(db: Db, sellerId: string) {
  return db.seller.findUnique({
    where: { id: sellerId },
    select: {
      id: true,
      ownerId: true,
      desaCode: true,
      businessName: true,
      verificationStatus: true,
      slug: true,
    },
  });
}

/** The shops a person owns, for their account page. */
export async function listOwnedSellers(db: Db, ownerId: string) {
  return db.seller.findMany({
    where: { ownerId },
    select: { id: true, businessName: true, verificationStatus: true },
  });
}

/** The sellers of some desa, for their operator's desk. */
export async function listSellersInDesa(db: Db, desaCodes: string[]) {
  return db.seller.findMany({
    where: { desaCode: { in: desaCodes } },
    orderBy: { businessName: "asc" },
    select: {
      id: true,
      businessName: true,
      ownerName: true,
      verificationStatus: true,
      _count: { select: { products: true } },
    },
  });
}
