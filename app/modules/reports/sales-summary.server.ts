import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { databaseProvider, sqlTimestamp } from "~/utils/sql.server";
import { addMonths, jakartaMonthOf, jakartaMonthRange } from "~/utils/jakarta-calendar";

/**
 * Sales per seller and month (and per seller, month and category) for the dashboard, so that a
 * year of a regency's orders is read from a few thousand summary rows instead of every order.
 *
 * The summary follows the orders: each refresh recomputes the (seller, month) pairs whose orders
 * changed since the last one, found through `Order.updatedAt`. The first refresh builds it all.
 * Dashboard reads refresh first, so figures are never stale; a background job refreshes every
 * minute so that a read rarely has anything left to do.
 */
const STATE_KEY = "salesSummary";
/**
 * How far before the last refresh to look again. An order is stamped when its transaction runs
 * and becomes visible when it commits; transactions are cut off after 20 s, so a minute covers
 * every order that committed after a refresh had already read.
 */
const LOOK_BACK_MS = 60_000;
/** Serialises refreshes across processes on PostgreSQL (SQLite has a single writer already). */
const PG_LOCK_ID = 351_000_001;

const StateSchema = z.object({ since: z.iso.datetime() });

let running: { startedAt: number; done: Promise<number> } | undefined;
let queued: Promise<number> | undefined;

/**
 * Brings the summary up to date with every order committed before `asOf` (default: now).
 * Callers share a running refresh that began at or after their `asOf`; otherwise they wait for
 * the next one, which they all share. Returns the number of (seller, month) groups recomputed
 * (every month counts once on a full build).
 */
export function refreshSalesSummary(db: Db, asOf: number = Date.now()): Promise<number> {
  if (!running) {
    const startedAt = Date.now();
    const done = refresh(db, startedAt).finally(() => {
      running = undefined;
    });
    running = { startedAt, done };
    return done;
  }
  if (running.startedAt >= asOf) return running.done;
  queued ??= running.done
    .catch(() => 0)
    .then(() => {
      queued = undefined;
      return refreshSalesSummary(db);
    });
  return queued;
}

async function refresh(db: Db, startedAt: number): Promise<number> {
  return db.$transaction(
    async (tx) => {
      if (databaseProvider() === "postgresql") {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PG_LOCK_ID})`;
      }
      const state = await tx.setting.findUnique({ where: { key: STATE_KEY } });
      const parsed = StateSchema.safeParse(state?.value);
      // Month → the sellers to recompute in it (null: all of them).
      const work = new Map<string, Set<string> | null>();
      if (!parsed.success) {
        const [range] = await tx.$queryRaw<{ first: unknown; last: unknown }[]>`
          SELECT MIN("createdAt") AS "first", MAX("createdAt") AS "last" FROM "Order"`;
        if (range?.first && range.last) {
          const last = jakartaMonthOf(new Date(range.last as string));
          for (
            let m = jakartaMonthOf(new Date(range.first as string));
            m <= last;
            m = addMonths(m, 1)
          )
            work.set(m, null);
        }
        await tx.$executeRaw`DELETE FROM "SellerMonthSales"`;
        await tx.$executeRaw`DELETE FROM "SellerMonthCategorySales"`;
      } else {
        const changed = await tx.$queryRaw<{ sellerId: string; createdAt: unknown }[]>`
          SELECT DISTINCT o."sellerId", o."createdAt" FROM "Order" o
          WHERE o."updatedAt" >= ${sqlTimestamp(new Date(parsed.data.since))}`;
        if (changed.length === 0) return 0;
        for (const row of changed) {
          const month = jakartaMonthOf(new Date(row.createdAt as string));
          const sellers = work.get(month) ?? new Set<string>();
          sellers.add(row.sellerId);
          work.set(month, sellers);
        }
      }
      let groups = 0;
      for (const [month, sellers] of work) {
        if (sellers === null) {
          await recompute(tx, month, null);
          groups++;
          continue;
        }
        const ids = [...sellers];
        for (let i = 0; i < ids.length; i += 500) await recompute(tx, month, ids.slice(i, i + 500));
        groups += ids.length;
      }
      const since = new Date(startedAt - LOOK_BACK_MS).toISOString();
      await tx.setting.upsert({
        where: { key: STATE_KEY },
        create: { key: STATE_KEY, value: { since } },
        update: { value: { since } },
      });
      return groups;
    },
    // A first build reads every order once; give it longer than an ordinary transaction.
    { timeout: 600_000 },
  );
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function recompute(tx: Tx, month: string, sellerIds: string[] | null): Promise<void> {
  const range = jakartaMonthRange(month);
  const start = sqlTimestamp(range.start);
  const end = sqlTimestamp(range.end);
  const only = (column: string) =>
    sellerIds === null
      ? Prisma.empty
      : Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(sellerIds)})`;
  await tx.$executeRaw`
    DELETE FROM "SellerMonthSales" WHERE "month" = ${month} ${only('"sellerId"')}`;
  await tx.$executeRaw`
    DELETE FROM "SellerMonthCategorySales" WHERE "month" = ${month} ${only('"sellerId"')}`;
  await tx.$executeRaw`
    INSERT INTO "SellerMonthSales" ("sellerId", "month", "orders", "gmv")
    SELECT o."sellerId", CAST(${month} AS TEXT), COUNT(*), SUM(o."total")
    FROM "Order" o
    WHERE o."createdAt" >= ${start} AND o."createdAt" < ${end}
      AND o."status" NOT IN ('CANCELLED', 'REFUNDED') ${only('o."sellerId"')}
    GROUP BY o."sellerId"`;
  await tx.$executeRaw`
    INSERT INTO "SellerMonthCategorySales" ("sellerId", "month", "categoryId", "gmv")
    SELECT o."sellerId", CAST(${month} AS TEXT), p."categoryId", SUM(oi."lineTotal")
    FROM "Order" o
    JOIN "OrderItem" oi ON oi."orderId" = o."id"
    JOIN "Product" p ON p."id" = oi."productId"
    WHERE o."createdAt" >= ${start} AND o."createdAt" < ${end}
      AND o."status" NOT IN ('CANCELLED', 'REFUNDED') ${only('o."sellerId"')}
    GROUP BY o."sellerId", p."categoryId"`;
}
