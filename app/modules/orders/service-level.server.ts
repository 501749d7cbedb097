/**
 * How well shops serve their buyers, over the last 90 days: how long they take to pack an order
 * that is ready (paid, or cash on delivery), how many they pack within ORDER_PACK_HOURS, and how
 * many they cancel themselves. Aggregate SQL over the order timeline, for one shop or a region.
 *
 * An order counts once its outcome is known: packed, cancelled by the seller (or by the system
 * for not being packed), or still waiting past its deadline. Orders the buyer cancelled before
 * packing, and orders still within their deadline, are not counted.
 */
import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { databaseProvider, sqlTimestamp } from "~/utils/sql.server";
import { orderDeadlineSettings } from "./order-notifications.server";

export const SERVICE_WINDOW_DAYS = 90;
/** Below this share packed on time, or above this share cancelled by the seller, a shop needs help. */
export const NEEDS_HELP = { onTime: 0.8, sellerCancelled: 0.1, minOrders: 3 } as const;

export interface ServiceLevel {
  /** Orders with a known outcome in the window. */
  measured: number;
  /** Median hours from ready to packed, over packed orders; null when none was packed. */
  medianPackHours: number | null;
  /** Shares of `measured` (0–1); null when nothing was measured. */
  onTimeRate: number | null;
  sellerCancelRate: number | null;
}

function hoursBetween(from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600.0)`
    : Prisma.sql`((julianday(${to}) - julianday(${from})) * 24.0)`;
}

/** One row per order that became ready in the window: when it was ready, packed, cancelled. */
function orderOutcomes(sellerIds: Prisma.Sql, since: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT o."id", o."sellerId", o."status",
      MIN(r."createdAt") AS "readyAt",
      MIN(p."createdAt") AS "packedAt",
      MAX(CASE WHEN c."id" IS NULL THEN 0 ELSE 1 END) AS "sellerCancelled"
    FROM "Order" o
    JOIN "OrderGroup" g ON g."id" = o."groupId"
    JOIN "OrderStatusChange" r ON r."orderId" = o."id" AND r."toStatus" IN ('COD_PENDING', 'PAID')
    LEFT JOIN "OrderStatusChange" p ON p."orderId" = o."id" AND p."toStatus" = 'PACKED'
    LEFT JOIN "OrderStatusChange" c ON c."orderId" = o."id"
      AND c."toStatus" IN ('CANCELLED', 'REFUNDED')
      AND c."fromStatus" IN ('COD_PENDING', 'PAID', 'PACKED')
      AND (c."actorId" IS NULL OR g."buyerId" IS NULL OR c."actorId" <> g."buyerId")
    WHERE o."sellerId" IN (${sellerIds}) AND r."createdAt" >= ${sqlTimestamp(since)}
    GROUP BY o."id", o."sellerId", o."status"`;
}

function measuredOrders(sellerIds: Prisma.Sql, now: Date, packHours: number): Prisma.Sql {
  const since = new Date(now.getTime() - SERVICE_WINDOW_DAYS * 86_400_000);
  const overdue = sqlTimestamp(new Date(now.getTime() - packHours * 3_600_000));
  return Prisma.sql`
    SELECT x."sellerId", x."sellerCancelled",
      CASE WHEN x."packedAt" IS NULL THEN NULL
        ELSE ${hoursBetween(Prisma.sql`x."readyAt"`, Prisma.sql`x."packedAt"`)} END AS "packHours"
    FROM (${orderOutcomes(sellerIds, since)}) x
    WHERE x."packedAt" IS NOT NULL OR x."sellerCancelled" = 1
      OR (x."status" IN ('COD_PENDING', 'PAID') AND x."readyAt" < ${overdue})`;
}

async function median(db: Db, measured: Prisma.Sql): Promise<number | null> {
  const [{ n } = { n: 0 }] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (${measured}) m WHERE m."packHours" IS NOT NULL`;
  const count = Number(n);
  if (count === 0) return null;
  const middle = await db.$queryRaw<{ h: number }[]>`
    SELECT m."packHours" AS "h" FROM (${measured}) m WHERE m."packHours" IS NOT NULL
    ORDER BY m."packHours" LIMIT ${2 - (count % 2)} OFFSET ${Math.floor((count - 1) / 2)}`;
  const values = middle.map((r) => Number(r.h));
  return values.reduce((a, b) => a + b, 0) / values.length;
}

interface Counts {
  sellerId: string;
  measured: number;
  onTime: number;
  cancelled: number;
}

/** Per shop: measured orders, packed on time, cancelled by the seller. */
function countsBySeller(measured: Prisma.Sql, packHours: number): Prisma.Sql {
  return Prisma.sql`
    SELECT m."sellerId", COUNT(*) AS "measured",
      SUM(CASE WHEN m."packHours" IS NOT NULL AND m."packHours" <= ${packHours} THEN 1 ELSE 0 END) AS "onTime",
      SUM(m."sellerCancelled") AS "cancelled"
    FROM (${measured}) m
    GROUP BY m."sellerId"`;
}

function toCounts(row: Record<string, unknown>): Counts {
  return {
    sellerId: String(row.sellerId),
    measured: Number(row.measured ?? 0),
    onTime: Number(row.onTime ?? 0),
    cancelled: Number(row.cancelled ?? 0),
  };
}

function rates(
  c: Counts | undefined,
): Pick<ServiceLevel, "measured" | "onTimeRate" | "sellerCancelRate"> {
  const measured = c?.measured ?? 0;
  return {
    measured,
    onTimeRate: measured > 0 ? c!.onTime / measured : null,
    sellerCancelRate: measured > 0 ? c!.cancelled / measured : null,
  };
}

/** The service level of one shop. */
export async function sellerServiceLevel(
  db: Db,
  input: { sellerId: string; now?: Date },
): Promise<ServiceLevel> {
  const packHours = orderDeadlineSettings().packMs / 3_600_000;
  const measured = measuredOrders(
    Prisma.sql`${input.sellerId}`,
    input.now ?? new Date(),
    packHours,
  );
  const [rows, medianPackHours] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(countsBySeller(measured, packHours)),
    median(db, measured),
  ]);
  return { ...rates(rows[0] ? toCounts(rows[0]) : undefined), medianPackHours };
}

/**
 * The service level of every shop in a region together, and the shops that need help: packed
 * on time below 80 % or cancelled by the seller above 10 %, with at least 3 measured orders.
 */
export async function regionServiceLevel(
  db: Db,
  input: { sellerIds: Prisma.Sql; now?: Date },
): Promise<{
  overall: ServiceLevel;
  needsHelp: ({ sellerId: string; businessName: string } & ServiceLevel)[];
}> {
  const packHours = orderDeadlineSettings().packMs / 3_600_000;
  const measured = measuredOrders(input.sellerIds, input.now ?? new Date(), packHours);
  const [rows, medianPackHours] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(countsBySeller(measured, packHours)),
    median(db, measured),
  ]);
  const perSeller = rows.map(toCounts);
  // The region's counts are the sum of its shops'.
  const total = perSeller.reduce(
    (sum, c) => ({
      ...sum,
      measured: sum.measured + c.measured,
      onTime: sum.onTime + c.onTime,
      cancelled: sum.cancelled + c.cancelled,
    }),
    { sellerId: "", measured: 0, onTime: 0, cancelled: 0 },
  );
  const flagged = perSeller.filter(
    (c) =>
      c.measured >= NEEDS_HELP.minOrders &&
      (c.onTime / c.measured < NEEDS_HELP.onTime ||
        c.cancelled / c.measured > NEEDS_HELP.sellerCancelled),
  );
  const names = flagged.length
    ? await db.seller.findMany({
        where: { id: { in: flagged.map((c) => c.sellerId) } },
        select: { id: true, businessName: true },
      })
    : [];
  const nameOf = new Map(names.map((s) => [s.id, s.businessName]));
  return {
    overall: { ...rates(total), medianPackHours },
    needsHelp: flagged
      .map((c) => ({
        sellerId: c.sellerId,
        businessName: nameOf.get(c.sellerId) ?? "",
        ...rates(c),
        medianPackHours: null,
      }))
      .sort((a, b) => (a.onTimeRate ?? 0) - (b.onTimeRate ?? 0))
      .slice(0, 50),
  };
}
