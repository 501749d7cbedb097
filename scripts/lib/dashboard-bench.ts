/**
 * What the dashboard and training-impact benchmarks share: their options (`--sellers`, `--orders`,
 * `--postgres`) and a scratch database filled with scripts/lib/dashboard-data.ts. The app's
 * modules are imported only after the database is chosen, since they read DATABASE_URL.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./bench-db";

export async function dashboardBenchDatabase(name: string) {
  const { values } = parseArgs({
    options: {
      sellers: { type: "string" },
      orders: { type: "string" },
      postgres: { type: "boolean" },
    },
  });
  const sellerCount = z.coerce
    .number()
    .int()
    .min(100)
    .max(200_000)
    .parse(values.sellers ?? 10_000);
  const orderCount = z.coerce
    .number()
    .int()
    .min(1000)
    .max(5_000_000)
    .parse(values.orders ?? 500_000);

  const { cleanup } = await benchDatabase(name, !!values.postgres);
  const { migrateDatabase } = await import("./migrate");
  const { writeDashboardData } = await import("./dashboard-data");
  const { db } = await import("../../app/utils/db.server");
  const { importRegions } = await import("../../app/modules/regions/import-regions.server");
  const { databaseProvider } = await import("../../app/utils/sql.server");

  const database = databaseProvider();
  console.log(`Migrating ${database}…`);
  await migrateDatabase({ quiet: true });
  await importRegions(db, "35.10");
  const now = Date.now();
  const t0 = performance.now();
  await writeDashboardData(db, { sellerCount, orderCount, now });
  const writeSeconds = (performance.now() - t0) / 1000;
  console.log(`Data written in ${writeSeconds.toFixed(1)} s.`);
  if (database === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  return { db, database, sellerCount, orderCount, now, writeSeconds, cleanup };
}

/** Milliseconds one call takes. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}
