/**
 * Times the seed on a scratch SQLite database: the default catalog and a large one.
 * `npm run bench:seed -- --products 100000`. Ends with one line of JSON.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({ options: { products: { type: "string" } } });
const products = z.coerce
  .number()
  .int()
  .min(100)
  .max(1_000_000)
  .parse(values.products ?? 100_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-bench-seed-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.IMAGE_DIR = path.join(dir, "images");
process.env.DOCUMENT_DIR = path.join(dir, "documents");

const { migrateDatabase } = await import("./lib/migrate");
const { seedDatabase } = await import("../prisma/seed/seed");
const { LocalDiskStorage } = await import("../app/modules/images/storage.server");
const { db } = await import("../app/utils/db.server");

try {
  await migrateDatabase({ quiet: true });
  console.log(`Seeding about ${products.toLocaleString("en")} products into ${dir} …`);
  const started = performance.now();
  const summary = await seedDatabase(db, new LocalDiskStorage(process.env.IMAGE_DIR), {
    products,
    log: (m) => console.log(`  ${m}`),
  });
  const seconds = (performance.now() - started) / 1000;
  const dbBytes = fs.statSync(path.join(dir, "bench.db")).size;
  console.log(`Done in ${seconds.toFixed(1)} s.`);
  console.log(
    JSON.stringify({
      products: summary.products,
      sellers: summary.sellers,
      variants: summary.variants,
      seed_s: Number(seconds.toFixed(1)),
      db_mb: Number((dbBytes / 1e6).toFixed(1)),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}
