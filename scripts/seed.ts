/**
 * Seeds demo data once. `npm run db:seed -- --scale 100000` builds a large catalog for benchmarks.
 * Refuses to seed twice; use `npm run db:reset` for a clean database.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { isSeeded, seedDatabase } from "../prisma/seed/seed";
import { createImageStorage, storageConfig } from "../app/modules/images/storage.server";
import { db } from "../app/utils/db.server";
import { getEnv } from "../app/utils/env.server";
import { migrateDatabase } from "./lib/migrate";
import { printDemoLogins } from "./lib/demo-logins";

const { values } = parseArgs({
  options: { scale: { type: "string" }, seed: { type: "string" } },
});
const ArgsSchema = z.object({
  scale: z.coerce.number().int().min(100, "--scale must be at least 100").max(1_000_000).optional(),
  seed: z.coerce.number().int().optional(),
});
const args = ArgsSchema.safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  process.exit(2);
}

const env = getEnv();
await migrateDatabase();
if (await isSeeded(db)) {
  console.log("Database already holds demo data; nothing to do (npm run db:reset starts over).");
} else {
  const started = Date.now();
  const summary = await seedDatabase(db, createImageStorage(storageConfig(env)), {
    products: args.data.scale,
    seed: args.data.seed,
    log: (m) => console.log(`  ${m}`),
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(`Seed selesai dalam ${seconds.toFixed(1)} s.`);
  printDemoLogins();
  console.log(JSON.stringify({ seed_s: Number(seconds.toFixed(1)), ...summary }));
}
await db.$disconnect();
