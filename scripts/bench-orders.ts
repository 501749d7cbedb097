/**
 * Order placement benchmark: concurrent clients place COD orders for two sellers through the
 * same module the checkout page uses (`placeOrder`), on a fresh migrated database. Prints
 * orders/second and latency percentiles, then one line of JSON.
 *
 *   npm run bench:orders -- --clients 20 --orders 3000
 *   npm run bench:orders -- --postgres        (a throwaway PostgreSQL cluster, default settings)
 *
 * Without --postgres, DATABASE_URL selects the database (default: a throwaway SQLite file).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  createBenchBuyers,
  createBenchShops,
  percentile,
  runCheckouts,
} from "./lib/bench-checkouts";
import { benchDatabase } from "./lib/bench-db";

const { values } = parseArgs({
  options: {
    clients: { type: "string" },
    orders: { type: "string" },
    postgres: { type: "boolean" },
  },
});
const clients = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .parse(values.clients ?? 20);
const total = z.coerce
  .number()
  .int()
  .min(100)
  .max(100_000)
  .parse(values.orders ?? 3000);

const { dir, cleanup } = await benchDatabase("orders", !!values.postgres);
if (values.postgres) process.env.DATABASE_POOL_SIZE ??= String(clients);
process.env.IMAGE_DIR ??= path.join(dir, "images");
process.env.DOCUMENT_DIR ??= path.join(dir, "documents");

const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");

console.log(`Migrating ${(process.env.DATABASE_URL ?? "").replace(/\/\/[^@]*@/, "//…@")}…`);
await migrateDatabase({ quiet: true });

console.log("Creating 2 sellers, 20 products and 200 buyers…");
const shops = await createBenchShops(db);
const buyerIds = await createBenchBuyers(db, 200);

console.log(`Placing ${total} checkouts (2 sellers each) with ${clients} concurrent clients…`);
const { latencies, failures, seconds } = await runCheckouts(db, {
  shops,
  buyerIds,
  clients,
  total,
});

const pct = (p: number) => percentile(latencies, p);
const orders = await db.order.count();
console.log(
  `${latencies.length} checkouts (${orders} seller orders) in ${seconds.toFixed(1)} s; ` +
    `p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, failures ${failures}`,
);
await db.$disconnect();
await cleanup();
console.log(
  JSON.stringify({
    database: (process.env.DATABASE_URL ?? "").startsWith("file:") ? "sqlite" : "postgresql",
    clients,
    checkouts_per_s: Math.round(latencies.length / seconds),
    orders_per_s: Math.round(orders / seconds),
    p50_ms: Number(pct(0.5).toFixed(1)),
    p95_ms: Number(pct(0.95).toFixed(1)),
    failures,
  }),
);
