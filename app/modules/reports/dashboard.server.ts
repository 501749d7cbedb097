import { Prisma } from "~/generated/prisma/client";
import type { LiteracyStratum, SizeClass, TrainingTopic } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { sqlTimestamp } from "~/utils/sql.server";

/**
 * District figures for a region (regency, kecamatan or desa, by Kemendagri code) and a period
 * [from, to). Every figure is an aggregate query; no rows are loaded to be counted in JavaScript.
 */
export interface DashboardScope {
  regionCode: string;
  from: Date;
  to: Date;
}

/** Seller filter for a region: a desa code exactly, a kecamatan or regency by prefix. */
export function sellerRegionWhere(regionCode: string): Prisma.SellerWhereInput {
  return regionCode.split(".").length === 4
    ? { desaCode: regionCode }
    : { desaCode: { startsWith: `${regionCode}.` } };
}

function regionLike(regionCode: string): string {
  return regionCode.split(".").length === 4 ? regionCode : `${regionCode}.%`;
}

/** Orders that count as sales: placed in the period and not cancelled or refunded. */
const SALE_STATUSES = [
  "PENDING_PAYMENT",
  "PAID",
  "COD_PENDING",
  "PACKED",
  "SHIPPED",
  "RECEIVED",
  "COMPLETED",
] as const;

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
    coveragePercent: number;
    byTopic: { topic: TrainingTopic; sellers: number }[];
    averageGain: number | null;
  };
  literacy: {
    assessed: number;
    strata: Record<LiteracyStratum, number>;
    inclusion: {
      bankAccount: number;
      ewallet: number;
      savings: number;
      credit: number;
      kur: number;
      insurance: number;
    };
  };
  legality: { nib: number; pirt: number; halal: number };
  sizeClass: { up: number; down: number };
}

const CLASS_RANK: Record<SizeClass, number> = { MIKRO: 0, KECIL: 1, MENENGAH: 2 };

/** Calendar months (Asia/Jakarta) from `from` up to `to`, as YYYY-MM with their bounds. */
export function monthsOf(from: Date, to: Date): { month: string; start: Date; end: Date }[] {
  const months: { month: string; start: Date; end: Date }[] = [];
  const jakarta = (d: Date) => new Date(d.getTime() + 7 * 3_600_000);
  let year = jakarta(from).getUTCFullYear();
  let month = jakarta(from).getUTCMonth();
  for (let i = 0; i < 36; i++) {
    const start = new Date(Date.UTC(year, month, 1) - 7 * 3_600_000);
    const end = new Date(Date.UTC(year, month + 1, 1) - 7 * 3_600_000);
    if (start >= to) break;
    months.push({
      month: `${year}-${String(month + 1).padStart(2, "0")}`,
      start: start < from ? from : start,
      end: end > to ? to : end,
    });
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  return months;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

export async function dashboardOverview(db: Db, scope: DashboardScope): Promise<DashboardOverview> {
  const sellerWhere = sellerRegionWhere(scope.regionCode);
  const period = { gte: scope.from, lt: scope.to };
  const saleWhere: Prisma.OrderWhereInput = {
    seller: sellerWhere,
    createdAt: period,
    status: { in: [...SALE_STATUSES] },
  };
  const like = regionLike(scope.regionCode);
  const from = sqlTimestamp(scope.from);
  const to = sqlTimestamp(scope.to);

  const [
    registered,
    verified,
    backlog,
    sales,
    activeVerified,
    active,
    monthly,
    topCategories,
    topDesa,
    trained,
    byTopic,
    gain,
    latestAssessments,
    legality,
    classChanges,
  ] = await Promise.all([
    db.seller.count({ where: { ...sellerWhere, createdAt: { lt: scope.to } } }),
    db.seller.count({ where: { ...sellerWhere, verificationStatus: "VERIFIED" } }),
    db.seller.count({ where: { ...sellerWhere, verificationStatus: "PENDING" } }),
    db.order.aggregate({ where: saleWhere, _sum: { total: true }, _count: { _all: true } }),
    db.seller.count({
      where: { ...sellerWhere, verificationStatus: "VERIFIED", orders: { some: saleWhere } },
    }),
    db.seller.count({ where: { ...sellerWhere, orders: { some: saleWhere } } }),
    Promise.all(
      monthsOf(scope.from, scope.to).map(async ({ month, start, end }) => {
        const m = await db.order.aggregate({
          where: { ...saleWhere, createdAt: { gte: start, lt: end } },
          _sum: { total: true },
          _count: { _all: true },
        });
        return { month, gmv: m._sum.total ?? 0, orders: m._count._all };
      }),
    ),
    db.$queryRaw<{ name: string; gmv: unknown }[]>`
      SELECT c."nameId" AS "name", SUM(oi."lineTotal") AS "gmv"
      FROM "OrderItem" oi
      JOIN "Order" o ON o."id" = oi."orderId"
      JOIN "Seller" s ON s."id" = o."sellerId"
      JOIN "Product" p ON p."id" = oi."productId"
      JOIN "Category" c ON c."id" = p."categoryId"
      WHERE s."desaCode" LIKE ${like} AND o."createdAt" >= ${from} AND o."createdAt" < ${to}
        AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
      GROUP BY c."nameId"
      ORDER BY 2 DESC, 1
      LIMIT 5`,
    db.$queryRaw<{ code: string; name: string; gmv: unknown }[]>`
      SELECT r."code", r."name", SUM(o."total") AS "gmv"
      FROM "Order" o
      JOIN "Seller" s ON s."id" = o."sellerId"
      JOIN "Region" r ON r."code" = s."desaCode"
      WHERE s."desaCode" LIKE ${like} AND o."createdAt" >= ${from} AND o."createdAt" < ${to}
        AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
      GROUP BY r."code", r."name"
      ORDER BY 3 DESC, 1
      LIMIT 5`,
    db.seller.count({
      where: {
        ...sellerWhere,
        attendances: { some: { status: "ATTENDED", session: { startsAt: period } } },
      },
    }),
    db.$queryRaw<{ topic: TrainingTopic; sellers: unknown }[]>`
      SELECT tp."topic" AS "topic", COUNT(DISTINCT ta."sellerId") AS "sellers"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      JOIN "TrainingProgramme" tp ON tp."id" = ts."programmeId"
      JOIN "Seller" s ON s."id" = ta."sellerId"
      WHERE ta."status" = 'ATTENDED' AND s."desaCode" LIKE ${like}
        AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}
      GROUP BY tp."topic"
      ORDER BY 2 DESC, 1`,
    db.$queryRaw<{ gain: unknown }[]>`
      SELECT AVG(ta."postScore" - ta."preScore") AS "gain"
      FROM "TrainingAttendance" ta
      JOIN "TrainingSession" ts ON ts."id" = ta."sessionId"
      JOIN "Seller" s ON s."id" = ta."sellerId"
      WHERE ta."status" = 'ATTENDED' AND ta."preScore" IS NOT NULL AND ta."postScore" IS NOT NULL
        AND s."desaCode" LIKE ${like} AND ts."startsAt" >= ${from} AND ts."startsAt" < ${to}`,
    // Each seller's latest assessment in the period.
    db.$queryRaw<Record<string, unknown>[]>`
      SELECT la."stratum", la."hasBankAccount", la."usesEwallet", la."hasSavings", la."hasCredit",
             la."hasKur", la."hasInsurance"
      FROM "LiteracyAssessment" la
      JOIN "Seller" s ON s."id" = la."sellerId"
      WHERE s."desaCode" LIKE ${like} AND la."assessedAt" >= ${from} AND la."assessedAt" < ${to}
        AND NOT EXISTS (
          SELECT 1 FROM "LiteracyAssessment" later
          WHERE later."sellerId" = la."sellerId" AND later."assessedAt" < ${to}
            AND (later."assessedAt" > la."assessedAt"
                 OR (later."assessedAt" = la."assessedAt" AND later."id" > la."id")))`,
    db.sellerLegality.groupBy({
      by: ["type"],
      where: { status: "VERIFIED", seller: sellerWhere },
      _count: { _all: true },
    }),
    db.sizeClassChange.findMany({
      where: { seller: sellerWhere, changedAt: period, fromClass: { not: null } },
      select: { fromClass: true, toClass: true },
    }),
  ]);

  const strata: Record<LiteracyStratum, number> = {
    WELL_LITERATE: 0,
    SUFFICIENT_LITERATE: 0,
    LESS_LITERATE: 0,
    NOT_LITERATE: 0,
  };
  const inclusion = { bankAccount: 0, ewallet: 0, savings: 0, credit: 0, kur: 0, insurance: 0 };
  const yes = (v: unknown) => v === true || Number(v) === 1;
  for (const row of latestAssessments) {
    strata[row.stratum as LiteracyStratum]++;
    if (yes(row.hasBankAccount)) inclusion.bankAccount++;
    if (yes(row.usesEwallet)) inclusion.ewallet++;
    if (yes(row.hasSavings)) inclusion.savings++;
    if (yes(row.hasCredit)) inclusion.credit++;
    if (yes(row.hasKur)) inclusion.kur++;
    if (yes(row.hasInsurance)) inclusion.insurance++;
  }
  const legal = (type: "NIB" | "PIRT" | "HALAL") =>
    legality.find((l) => l.type === type)?._count._all ?? 0;
  const gmv = sales._sum.total ?? 0;
  const gainValue = gain[0]?.gain;
  return {
    sellers: {
      registered,
      verified,
      active,
      zeroOrders: verified - activeVerified,
      backlog,
    },
    sales: {
      gmv,
      orders: sales._count._all,
      averageOrderValue: sales._count._all === 0 ? 0 : Math.round(gmv / sales._count._all),
    },
    monthly,
    topCategories: topCategories.map((c) => ({ name: c.name, gmv: Number(c.gmv) })),
    topDesa: topDesa.map((d) => ({ code: d.code, name: d.name, gmv: Number(d.gmv) })),
    training: {
      trainedSellers: trained,
      coveragePercent: percent(trained, verified),
      byTopic: byTopic.map((t) => ({ topic: t.topic, sellers: Number(t.sellers) })),
      averageGain:
        gainValue === null || gainValue === undefined
          ? null
          : Math.round(Number(gainValue) * 10) / 10,
    },
    literacy: { assessed: latestAssessments.length, strata, inclusion },
    legality: { nib: legal("NIB"), pirt: legal("PIRT"), halal: legal("HALAL") },
    sizeClass: {
      up: classChanges.filter((c) => CLASS_RANK[c.toClass] > CLASS_RANK[c.fromClass!]).length,
      down: classChanges.filter((c) => CLASS_RANK[c.toClass] < CLASS_RANK[c.fromClass!]).length,
    },
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
  const key = Prisma.raw(`substr(s."desaCode", 1, ${depth})`);
  const [sellers, orders, trained, legal] = await Promise.all([
    db.$queryRaw<{ code: string; registered: unknown; verified: unknown }[]>`
      SELECT ${key} AS "code", COUNT(*) AS "registered",
             SUM(CASE WHEN s."verificationStatus" = 'VERIFIED' THEN 1 ELSE 0 END) AS "verified"
      FROM "Seller" s
      WHERE s."desaCode" LIKE ${like} AND s."createdAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ code: string; active: unknown; orders: unknown; gmv: unknown }[]>`
      SELECT ${key} AS "code", COUNT(DISTINCT o."sellerId") AS "active", COUNT(*) AS "orders",
             SUM(o."total") AS "gmv"
      FROM "Order" o JOIN "Seller" s ON s."id" = o."sellerId"
      WHERE s."desaCode" LIKE ${like} AND o."createdAt" >= ${from} AND o."createdAt" < ${to}
        AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
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
