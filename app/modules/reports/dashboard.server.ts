import { Prisma } from "~/generated/prisma/client";
import type { LiteracyStratum, SizeClass, TrainingTopic } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { INCLUSION_KEYS } from "~/modules/literacy/instrument";
import { jakartaMonthOf, jakartaMonthRange, monthsBetween } from "~/utils/jakarta-calendar";
import { sqlTimestamp } from "~/utils/sql.server";
import { percent, type LiteracySnapshot } from "./figures";
import { MAX_PERIOD_MONTHS } from "./period";
import { refreshSalesSummary } from "./sales-summary.server";
import { regionServiceLevel } from "~/modules/orders/service-level.server";
import { EXPIRY_REMINDER_DAYS } from "~/modules/sellers/legality";

/**
 * District figures for a region (regency, kecamatan or desa, by Kemendagri code) and a period
 * [from, to). Every figure is an aggregate query; no rows are loaded to be counted in JavaScript.
 */
export interface DashboardScope {
  regionCode: string;
  from: Date;
  to: Date;
  /**
   * Sales figures include every order committed before this moment (default: the call). A page
   * that shows several figures passes one moment to all, so they share one summary refresh.
   */
  asOf?: number;
}

/** Seller filter for a region: a desa code exactly, a kecamatan or regency by prefix. */
export function sellerRegionWhere(regionCode: string): Prisma.SellerWhereInput {
  return regionCode.split(".").length === 4
    ? { desaCode: regionCode }
    : { desaCode: { startsWith: `${regionCode}.` } };
}

export function regionLike(regionCode: string): string {
  return regionCode.split(".").length === 4 ? regionCode : `${regionCode}.%`;
}

export interface DashboardOverview {
  sellers: {
    registered: number;
    verified: number;
    active: number;
    zeroOrders: number;
    backlog: number;
  };
  sales: { gmv: number; orders: number; averageOrderValue: number };
  monthly: { month: string; gmv: number; orders: number }[];
  topCategories: { name: string; gmv: number }[];
  topDesa: { code: string; name: string; gmv: number }[];
  training: {
    trainedSellers: number;
    /** Of the registered sellers. */
    coveragePercent: number;
    byTopic: { topic: TrainingTopic; sellers: number }[];
    averageGain: number | null;
  };
  /** Literacy as it stood when the period began and when it ended, to show the change. */
  literacy: { start: LiteracySnapshot; end: LiteracySnapshot; assessedInPeriod: number };
  /**
   * Sellers with a verified, unexpired NIB, P-IRT or halal certificate, and as % of the
   * registered; verified documents that expired, or expire within 30 days, as of now.
   */
  legality: {
    nib: number;
    pirt: number;
    halal: number;
    percent: { nib: number; pirt: number; halal: number };
    expired: number;
    expiring: number;
  };
  sizeClass: { up: number; down: number };
}

const CLASS_RANK: Record<SizeClass, number> = { MIKRO: 0, KECIL: 1, MENENGAH: 2 };

const num = (v: unknown) => Number(v ?? 0);

/** The months a period covers; dashboard periods are whole calendar months (see period.ts). */
function periodMonths(scope: DashboardScope): { first: string; last: string } {
  const first = jakartaMonthOf(scope.from);
  const last = jakartaMonthOf(new Date(scope.to.getTime() - 1));
  if (
    jakartaMonthRange(first).start.getTime() !== scope.from.getTime() ||
    jakartaMonthRange(last).end.getTime() !== scope.to.getTime()
  ) {
    throw new Error("A dashboard period must start and end on a month boundary (Asia/Jakarta)");
  }
  return { first, last };
}

/** The region's sellers, for `IN`: the summary's primary key then serves each seller's months. */
function regionSellerIds(like: string): Prisma.Sql {
  return Prisma.sql`SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like}`;
}

/** Per seller who sold in the period: orders and GMV, from the monthly summary. */
function salesBySeller(like: string, months: { first: string; last: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT m."sellerId", SUM(m."orders") AS "orders", SUM(m."gmv") AS "gmv"
    FROM "SellerMonthSales" m
    WHERE m."sellerId" IN (${regionSellerIds(like)})
      AND m."month" >= ${months.first} AND m."month" <= ${months.last}
    GROUP BY m."sellerId"`;
}

async function literacySnapshot(db: Db, like: string, at: Date): Promise<LiteracySnapshot> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT l."stratum" AS "stratum", COUNT(*) AS "sellers",
           ${Prisma.join(
             INCLUSION_KEYS.map((k) =>
               Prisma.raw(`SUM(CASE WHEN l."${k}" THEN 1 ELSE 0 END) AS "${k}"`),
             ),
             ", ",
           )}
    FROM (
      SELECT la.*, ROW_NUMBER() OVER (
               PARTITION BY la."sellerId" ORDER BY la."assessedAt" DESC, la."id" DESC) AS "rank"
      FROM "LiteracyAssessment" la
      WHERE la."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND la."assessedAt" < ${sqlTimestamp(at)}
    ) l
    WHERE l."rank" = 1
    GROUP BY l."stratum"`;
  const snapshot: LiteracySnapshot = {
    assessed: 0,
    strata: { WELL_LITERATE: 0, SUFFICIENT_LITERATE: 0, LESS_LITERATE: 0, NOT_LITERATE: 0 },
    inclusion: {
      hasBankAccount: 0,
      usesEwallet: 0,
      hasSavings: 0,
      hasCredit: 0,
      hasKur: 0,
      hasInsurance: 0,
    },
  };
  for (const row of rows) {
    snapshot.assessed += num(row.sellers);
    snapshot.strata[row.stratum as LiteracyStratum] = num(row.sellers);
    for (const k of INCLUSION_KEYS) snapshot.inclusion[k] += num(row[k]);
  }
  return snapshot;
}

export async function dashboardOverview(db: Db, scope: DashboardScope): Promise<DashboardOverview> {
  const sellerWhere = sellerRegionWhere(scope.regionCode);
  const now = new Date();
  const soon = new Date(now.getTime() + EXPIRY_REMINDER_DAYS * 86_400_000);
  const like = regionLike(scope.regionCode);
  const from = sqlTimestamp(scope.from);
  const to = sqlTimestamp(scope.to);
  const months = periodMonths(scope);
  await refreshSalesSummary(db, scope.asOf);

  const [
    sellerCounts,
    sales,
    monthly,
    topCategories,
    topDesa,
    trained,
    byTopic,
    gain,
    literacyStart,
    literacyEnd,
    assessedInPeriod,
    legality,
    expiredDocuments,
    expiringDocuments,
    classChanges,
  ] = await Promise.all([
    db.$queryRaw<{ registered: unknown; verified: unknown; backlog: unknown }[]>`
      SELECT SUM(CASE WHEN s."createdAt" < ${to} THEN 1 ELSE 0 END) AS "registered",
             SUM(CASE WHEN s."verificationStatus" = 'VERIFIED' THEN 1 ELSE 0 END) AS "verified",
             SUM(CASE WHEN s."verificationStatus" = 'PENDING' THEN 1 ELSE 0 END) AS "backlog"
      FROM "Seller" s WHERE s."desaCode" LIKE ${like}`,
    db.$queryRaw<{ active: unknown; activeVerified: unknown; orders: unknown; gmv: unknown }[]>`
      SELECT COUNT(*) AS "active",
             SUM(CASE WHEN s."verificationStatus" = 'VERIFIED' THEN 1 ELSE 0 END) AS "activeVerified",
             SUM(b."orders") AS "orders", SUM(b."gmv") AS "gmv"
      FROM (${salesBySeller(like, months)}) b
      JOIN "Seller" s ON s."id" = b."sellerId"`,
    db.$queryRaw<{ month: string; orders: unknown; gmv: unknown }[]>`
      SELECT m."month" AS "month", SUM(m."orders") AS "orders", SUM(m."gmv") AS "gmv"
      FROM "SellerMonthSales" m
      WHERE m."sellerId" IN (${regionSellerIds(like)})
        AND m."month" >= ${months.first} AND m."month" <= ${months.last}
      GROUP BY m."month"`,
    db.$queryRaw<{ name: string; gmv: unknown }[]>`
      SELECT c."nameId" AS "name", SUM(m."gmv") AS "gmv"
      FROM "SellerMonthCategorySales" m
      JOIN "Category" c ON c."id" = m."categoryId"
      WHERE m."sellerId" IN (${regionSellerIds(like)})
        AND m."month" >= ${months.first} AND m."month" <= ${months.last}
      GROUP BY c."nameId"
      ORDER BY 2 DESC, 1
      LIMIT 5`,
    db.$queryRaw<{ code: string; name: string; gmv: unknown }[]>`
      SELECT r."code", r."name", SUM(b."gmv") AS "gmv"
      FROM (${salesBySeller(like, months)}) b
      JOIN "Seller" s ON s."id" = b."sellerId"
      JOIN "Region" r ON r."code" = s."desaCode"
      GROUP BY r."code", r."name"
      ORDER BY 3 DESC, 1
      LIMIT 5`,
    db.$queryRaw<{ sellers: unknown }[]>`
      SELECT COUNT(DISTINCT ta."sellerId") AS "sellers"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      WHERE ta."status" = 'ATTENDED'
        AND ta."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}`,
    db.$queryRaw<{ topic: TrainingTopic; sellers: unknown }[]>`
      SELECT tp."topic" AS "topic", COUNT(DISTINCT ta."sellerId") AS "sellers"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      JOIN "TrainingProgramme" tp ON tp."id" = ts."programmeId"
      WHERE ta."status" = 'ATTENDED'
        AND ta."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}
      GROUP BY tp."topic"
      ORDER BY 2 DESC, 1`,
    db.$queryRaw<{ gain: unknown }[]>`
      SELECT AVG(ta."postScore" - ta."preScore") AS "gain"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      WHERE ta."status" = 'ATTENDED' AND ta."preScore" IS NOT NULL AND ta."postScore" IS NOT NULL
        AND ta."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}`,
    literacySnapshot(db, like, scope.from),
    literacySnapshot(db, like, scope.to),
    db.$queryRaw<{ sellers: unknown }[]>`
      SELECT COUNT(DISTINCT la."sellerId") AS "sellers"
      FROM "LiteracyAssessment" la
      WHERE la."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND la."assessedAt" >= ${from} AND la."assessedAt" < ${to}`,
    db.sellerLegality.groupBy({
      by: ["type"],
      where: {
        status: "VERIFIED",
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        seller: sellerWhere,
      },
      _count: { _all: true },
    }),
    db.sellerLegality.count({
      where: { status: "VERIFIED", expiresAt: { lte: now }, seller: sellerWhere },
    }),
    db.sellerLegality.count({
      where: { status: "VERIFIED", expiresAt: { gt: now, lte: soon }, seller: sellerWhere },
    }),
    db.$queryRaw<{ fromClass: SizeClass; toClass: SizeClass; moves: unknown }[]>`
      SELECT c."fromClass" AS "fromClass", c."toClass" AS "toClass", COUNT(*) AS "moves"
      FROM "SizeClassChange" c
      WHERE c."fromClass" IS NOT NULL
        AND c."sellerId" IN (SELECT s."id" FROM "Seller" s WHERE s."desaCode" LIKE ${like})
        AND c."changedAt" >= ${from} AND c."changedAt" < ${to}
      GROUP BY c."fromClass", c."toClass"`,
  ]);

  const registered = num(sellerCounts[0]?.registered);
  const verified = num(sellerCounts[0]?.verified);
  const legal = (type: "NIB" | "PIRT" | "HALAL") =>
    legality.find((l) => l.type === type)?._count._all ?? 0;
  const gmv = num(sales[0]?.gmv);
  const orders = num(sales[0]?.orders);
  const perMonth = new Map(monthly.map((m) => [m.month, m]));
  const gainValue = gain[0]?.gain;
  const trainedSellers = num(trained[0]?.sellers);
  const moves = (direction: 1 | -1) =>
    classChanges
      .filter((c) => Math.sign(CLASS_RANK[c.toClass] - CLASS_RANK[c.fromClass]) === direction)
      .reduce((sum, c) => sum + num(c.moves), 0);
  return {
    sellers: {
      registered,
      verified,
      active: num(sales[0]?.active),
      zeroOrders: verified - num(sales[0]?.activeVerified),
      backlog: num(sellerCounts[0]?.backlog),
    },
    sales: {
      gmv,
      orders,
      averageOrderValue: orders === 0 ? 0 : Math.round(gmv / orders),
    },
    monthly: monthsBetween(months.first, months.last, MAX_PERIOD_MONTHS).map((month) => ({
      month,
      gmv: num(perMonth.get(month)?.gmv),
      orders: num(perMonth.get(month)?.orders),
    })),
    topCategories: topCategories.map((c) => ({ name: c.name, gmv: num(c.gmv) })),
    topDesa: topDesa.map((d) => ({ code: d.code, name: d.name, gmv: num(d.gmv) })),
    training: {
      trainedSellers,
      coveragePercent: percent(trainedSellers, registered),
      byTopic: byTopic.map((t) => ({ topic: t.topic, sellers: num(t.sellers) })),
      averageGain:
        gainValue === null || gainValue === undefined
          ? null
          : Math.round(Number(gainValue) * 10) / 10,
    },
    literacy: {
      start: literacyStart,
      end: literacyEnd,
      assessedInPeriod: num(assessedInPeriod[0]?.sellers),
    },
    legality: {
      nib: legal("NIB"),
      pirt: legal("PIRT"),
      halal: legal("HALAL"),
      percent: {
        nib: percent(legal("NIB"), registered),
        pirt: percent(legal("PIRT"), registered),
        halal: percent(legal("HALAL"), registered),
      },
      expired: expiredDocuments,
      expiring: expiringDocuments,
    },
    sizeClass: { up: moves(1), down: moves(-1) },
  };
}

export interface RegionRow {
  code: string;
  name: string;
  registered: number;
  verified: number;
  active: number;
  orders: number;
  gmv: number;
  trained: number;
  nib: number;
  halal: number;
}

/**
 * One row per child region (kecamatan of a regency, desa of a kecamatan) with the same measures,
 * each from one grouped query.
 */
export async function regionTable(db: Db, scope: DashboardScope): Promise<RegionRow[]> {
  const children = await db.region.findMany({
    where: { parentCode: scope.regionCode },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  if (children.length === 0) return [];
  const depth = scope.regionCode.split(".").length === 2 ? 8 : 13; // "35.10.15" or "35.10.15.2004"
  const like = `${scope.regionCode}.%`;
  const from = sqlTimestamp(scope.from);
  const to = sqlTimestamp(scope.to);
  const months = periodMonths(scope);
  await refreshSalesSummary(db, scope.asOf);
  const key = Prisma.raw(`substr(s."desaCode", 1, ${depth})`);
  const [sellers, orders, trained, legal] = await Promise.all([
    db.$queryRaw<{ code: string; registered: unknown; verified: unknown }[]>`
      SELECT ${key} AS "code", COUNT(*) AS "registered",
             SUM(CASE WHEN s."verificationStatus" = 'VERIFIED' THEN 1 ELSE 0 END) AS "verified"
      FROM "Seller" s
      WHERE s."desaCode" LIKE ${like} AND s."createdAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ code: string; active: unknown; orders: unknown; gmv: unknown }[]>`
      SELECT ${key} AS "code", COUNT(*) AS "active", SUM(b."orders") AS "orders",
             SUM(b."gmv") AS "gmv"
      FROM (${salesBySeller(like, months)}) b
      JOIN "Seller" s ON s."id" = b."sellerId"
      GROUP BY 1`,
    db.$queryRaw<{ code: string; trained: unknown }[]>`
      SELECT ${key} AS "code", COUNT(DISTINCT ta."sellerId") AS "trained"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      JOIN "Seller" s ON s."id" = ta."sellerId"
      WHERE ta."status" = 'ATTENDED' AND s."desaCode" LIKE ${like}
        AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ code: string; nib: unknown; halal: unknown }[]>`
      SELECT ${key} AS "code",
             SUM(CASE WHEN l."type" = 'NIB' THEN 1 ELSE 0 END) AS "nib",
             SUM(CASE WHEN l."type" = 'HALAL' THEN 1 ELSE 0 END) AS "halal"
      FROM "SellerLegality" l JOIN "Seller" s ON s."id" = l."sellerId"
      WHERE l."status" = 'VERIFIED' AND s."desaCode" LIKE ${like}
        AND (l."expiresAt" IS NULL OR l."expiresAt" > ${sqlTimestamp(new Date())})
      GROUP BY 1`,
  ]);
  const by = <T extends { code: string }>(rows: T[]) => new Map(rows.map((r) => [r.code, r]));
  const s = by(sellers);
  const o = by(orders);
  const t = by(trained);
  const l = by(legal);
  return children.map((child) => ({
    code: child.code,
    name: child.name,
    registered: Number(s.get(child.code)?.registered ?? 0),
    verified: Number(s.get(child.code)?.verified ?? 0),
    active: Number(o.get(child.code)?.active ?? 0),
    orders: Number(o.get(child.code)?.orders ?? 0),
    gmv: Number(o.get(child.code)?.gmv ?? 0),
    trained: Number(t.get(child.code)?.trained ?? 0),
    nib: Number(l.get(child.code)?.nib ?? 0),
    halal: Number(l.get(child.code)?.halal ?? 0),
  }));
}

/**
 * Seller service over the last 90 days (not the dashboard period: it is about how shops work
 * now) for the region, with the shops that need help.
 */
export async function dashboardServiceLevel(db: Db, input: { regionCode: string; now?: Date }) {
  return regionServiceLevel(db, {
    sellerIds: regionSellerIds(regionLike(input.regionCode)),
    now: input.now,
  });
}
