/**
 * `npm start`: validate the environment, build if needed, migrate, seed demo data on the first
 * run only, then serve. Safe to run again and again.
 */
import { startServer } from "../server/index";
import { isSeeded, seedDatabase } from "../prisma/seed/seed";
import { LocalDiskStorage } from "../app/modules/images/storage.server";
import { db } from "../app/utils/db.server";
import { getEnv } from "../app/utils/env.server";
import { ensureBuild } from "./lib/build";
import { printDemoLogins } from "./lib/demo-logins";
import { migrateDatabase } from "./lib/migrate";

process.env.NODE_ENV = "production";
const started = Date.now();
let env;
try {
  env = getEnv();
} catch {
  process.exit(1);
}
ensureBuild();
await migrateDatabase();
if (!(await isSeeded(db))) {
  console.log("Mengisi data demo (sekali saja)…");
  const summary = await seedDatabase(db, new LocalDiskStorage(env.IMAGE_DIR), {
    log: (m) => console.log(`  ${m}`),
  });
  console.log(`  ${summary.sellers} UMKM, ${summary.products} produk.`);
}
printDemoLogins();
await startServer({ production: true });
console.log(`Siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s.`);
