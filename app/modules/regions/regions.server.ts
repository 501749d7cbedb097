import type { Db } from "~/utils/db.server";
import { BANYUWANGI_CODE } from "./region-code";

export interface KecamatanSummary {
  code: string;
  name: string;
  slug: string;
  desaCount: number;
  sellerCount: number;
}

/** Kecamatan of a regency with village and verified-seller counts. */
export async function listKecamatan(
  db: Db,
  regencyCode: string = BANYUWANGI_CODE,
): Promise<KecamatanSummary[]> {
  const kecamatan = await db.region.findMany({
    where: { parentCode: regencyCode, level: "KECAMATAN" },
    orderBy: { name: "asc" },
    select: { code: true, name: true, slug: true, _count: { select: { children: true } } },
  });
  const sellers = await db.seller.groupBy({
    by: ["desaCode"],
    where: { verificationStatus: "VERIFIED", desaCode: { startsWith: `${regencyCode}.` } },
    _count: { _all: true },
  });
  const byKecamatan = new Map<string, number>();
  for (const s of sellers) {
    const kec = s.desaCode.split(".").slice(0, 3).join(".");
    byKecamatan.set(kec, (byKecamatan.get(kec) ?? 0) + s._count._all);
  }
  return kecamatan.map((k) => ({
    code: k.code,
    name: k.name,
    slug: k.slug,
    desaCount: k._count.children,
    sellerCount: byKecamatan.get(k.code) ?? 0,
  }));
}

export interface DesaSummary {
  code: string;
  name: string;
  slug: string;
  kind: "DESA" | "KELURAHAN";
  sellerCount: number;
}

export async function getKecamatanBySlug(
  db: Db,
  slug: string,
  regencyCode: string = BANYUWANGI_CODE,
) {
  const kecamatan = await db.region.findFirst({
    where: { parentCode: regencyCode, level: "KECAMATAN", slug },
    select: { code: true, name: true, slug: true },
  });
  if (!kecamatan) return null;
  const [desa, sellerCounts] = await Promise.all([
    db.region.findMany({
      where: { parentCode: kecamatan.code },
      orderBy: { name: "asc" },
      select: { code: true, name: true, slug: true, kind: true },
    }),
    db.seller.groupBy({
      by: ["desaCode"],
      where: { verificationStatus: "VERIFIED", desaCode: { startsWith: `${kecamatan.code}.` } },
      _count: { _all: true },
    }),
  ]);
  const countBy = new Map(sellerCounts.map((s) => [s.desaCode, s._count._all]));
  const desaList: DesaSummary[] = desa.map((d) => ({
    code: d.code,
    name: d.name,
    slug: d.slug,
    kind: d.kind === "KELURAHAN" ? "KELURAHAN" : "DESA",
    sellerCount: countBy.get(d.code) ?? 0,
  }));
  return { ...kecamatan, desa: desaList };
}

export async function getDesaBySlugs(
  db: Db,
  input: { kecamatanSlug: string; desaSlug: string; regencyCode?: string },
) {
  const desa = await db.region.findFirst({
    where: {
      slug: input.desaSlug,
      level: "DESA_KELURAHAN",
      parent: { slug: input.kecamatanSlug, parentCode: input.regencyCode ?? BANYUWANGI_CODE },
    },
    select: {
      code: true,
      name: true,
      slug: true,
      kind: true,
      parent: { select: { code: true, name: true, slug: true } },
    },
  });
  if (!desa || !desa.parent) return null;
  return {
    code: desa.code,
    name: desa.name,
    slug: desa.slug,
    kind: desa.kind === "KELURAHAN" ? ("KELURAHAN" as const) : ("DESA" as const),
    kecamatan: desa.parent,
  };
}

/** Headline numbers for the home page. */
export async function getRegencyStats(db: Db, regencyCode: string = BANYUWANGI_CODE) {
  const [sellers, villages] = await Promise.all([
    db.seller.count({
      where: { verificationStatus: "VERIFIED", desaCode: { startsWith: `${regencyCode}.` } },
    }),
    db.region.count({
      where: { level: "DESA_KELURAHAN", code: { startsWith: `${regencyCode}.` } },
    }),
  ]);
  return { sellers, villages };
}

/** Every desa of a regency grouped by kecamatan, for a kecamatan → desa picker. */
export async function listDesaOptions(db: Db, regencyCode: string = BANYUWANGI_CODE) {
  const kecamatan = await db.region.findMany({
    where: { parentCode: regencyCode, level: "KECAMATAN" },
    orderBy: { name: "asc" },
    select: {
      code: true,
      name: true,
      children: { orderBy: { name: "asc" }, select: { code: true, name: true, kind: true } },
    },
  });
  return kecamatan.map((k) => ({ code: k.code, name: k.name, desa: k.children }));
}

/** Names of regions by code (unknown codes are left out). */
export async function regionNames(db: Db, codes: string[]) {
  return db.region.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true },
  });
}

/** A desa with its kecamatan's name, for a form label; null when the code is unknown. */
export async function getDesaWithKecamatan(db: Db, code: string) {
  return db.region.findUnique({
    where: { code },
    select: { code: true, name: true, parent: { select: { name: true } } },
  });
}

/** A region with its parents' names, for a dashboard's title and trail; null when unknown. */
export async function getDashboardRegion(db: Db, code: string) {
  return db.region.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      level: true,
      kind: true,
      parent: {
        select: { code: true, name: true, parent: { select: { code: true, name: true } } },
      },
    },
  });
}
