/**
 * `npm start` (after building, when a source changed): validate the environment, migrate, seed demo data on the first
 * run only, then serve. Safe to run again and again.
 *
 * Scale mode (PostgreSQL) is an operated deployment: migrations are applied on purpose with
 * `npm run db:migrate` (once, not by every instance), so the app refuses to start while any are
 * pending, and demo data is seeded only when SEED_DEMO=1.
 */
import { startServer } from "../server/index";
import { isSeeded, seedDatabase } from "../prisma/seed/seed";
import { createImageStorage, storageConfig } from "../app/modules/images/storage.server";
import { db } from "../app/utils/db.server";
import { getEnv } from "../app/utils/env.server";
import { printDemoLogins } from "./lib/demo-logins";
import { DatabaseInUseError, migrateDatabase } from "./lib/migrate";
import { pendingMigrations } from "./lib/migration-status";
import { resolveDatabaseTarget } from "../app/utils/database-url";
import { localNikKey } from "../app/utils/nik-key.server";

process.env.NODE_ENV = "production";
const started = Date.now();
fillLocalDefaults();
let env;
try {
  env = getEnv();
} catch {
  process.exit(1);
}
const postgres = resolveDatabaseTarget(env.DATABASE_URL).provider === "postgresql";
if (postgres) {
  const status = pendingMigrations();
  if (status.pending) {
    console.error(
      "Database migrations are pending. Apply them once with `npm run db:migrate` (same DATABASE_URL), then start the app.\n" +
        status.report.trim(),
    );
    process.exit(1);
  }
} else {
  try {
    await migrateDatabase();
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
if ((!postgres || process.env.SEED_DEMO === "1") && !(await isSeeded(db))) {
  console.log("Mengisi data demo (sekali saja)…");
  const summary = await seedDatabase(db, createImageStorage(storageConfig(env)), {
    log: (m) => console.log(`  ${m}`),
  });
  console.log(`  ${summary.sellers} UMKM, ${summary.products} produk.`);
}
if (!postgres || process.env.SEED_DEMO === "1") printDemoLogins();
await startServer({ production: true });
console.log(`Siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s.`);

/**
 * The README's first command runs the production build on a fresh clone with nothing set. On the
 * embedded database (one machine) it fills what production otherwise requires, and says so:
 * links printed on statements point at this machine, and owners' NIKs are encrypted with a key
 * generated once and kept in ./data/ (beside the database, like the session secret). An
 * operated PostgreSQL deployment gets no defaults: the environment check names what is missing.
 */
function fillLocalDefaults() {
  let embedded = false;
  try {
    embedded = resolveDatabaseTarget(process.env.DATABASE_URL).provider === "sqlite";
  } catch {
    return; // the environment check reports it
  }
  if (!embedded) return;
  if (!process.env.PUBLIC_URL) {
    const host =
      !process.env.HOST || process.env.HOST === "0.0.0.0" ? "localhost" : process.env.HOST;
    process.env.PUBLIC_URL = `http://${host}:${process.env.PORT || 3000}`;
    console.log(
      `PUBLIC_URL is not set: statements and share links will print ${process.env.PUBLIC_URL}. Set PUBLIC_URL to the site's public address before handing documents out.`,
    );
  }
  if (!process.env.NIK_ENCRYPTION_KEY) {
    process.env.NIK_ENCRYPTION_KEY = localNikKey();
    console.log(
      "NIK_ENCRYPTION_KEY is not set: owners' NIKs are encrypted with the key kept in data/.nik-encryption-key. Back it up with the database, or set NIK_ENCRYPTION_KEY.",
    );
  }
}
