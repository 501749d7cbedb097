/**
 * `npm run db:backup [-- --out FOLDER]`: a consistent copy of the database, taken while the app
 * keeps serving, and of the local image folder, into BACKUP_DIR/<UTC time>/ (or FOLDER).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { backupFolderName, createBackup, describeCounts } from "../app/modules/ops/backup.server";
import { resolveDatabaseTarget } from "../app/utils/database-url";
import { getEnv, type Env } from "../app/utils/env.server";
import { DomainError } from "../app/utils/errors";

const USAGE = "Pemakaian: npm run db:backup [-- --out FOLDER]";

let out: string | undefined;
try {
  out = parseArgs({ options: { out: { type: "string" } } }).values.out;
} catch (error) {
  console.error(`Argumen tidak valid: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
let env: Env;
try {
  env = getEnv();
} catch {
  process.exit(1);
}

const started = Date.now();
const now = new Date();
const dir = path.resolve(out ?? path.join(env.BACKUP_DIR, backupFolderName(now)));
try {
  const manifest = await createBackup({
    target: resolveDatabaseTarget(env.DATABASE_URL),
    imageDir: env.IMAGE_STORAGE === "local" ? env.IMAGE_DIR : null,
    documentDir: env.IMAGE_STORAGE === "local" ? env.DOCUMENT_DIR : null,
    dir,
    pgBin: env.PG_BIN,
    now,
    log: (message) => console.log(message),
  });
  if (!manifest.images) {
    console.log(
      "Gambar dan dokumen disimpan di S3 (IMAGE_STORAGE=s3) dan tidak ikut; cadangkan bucket-nya.",
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1).replace(".", ",");
  console.log(`Cadangan selesai dalam ${seconds} s: ${dir}`);
  console.log(`  ${describeCounts(manifest.counts)}; migrasi ${manifest.migration ?? "—"}`);
  console.log(
    "Salin folder ini ke mesin lain; cadangan di disk yang sama ikut hilang bila disk rusak.",
  );
} catch (error) {
  if (error instanceof DomainError) {
    console.error(`Pencadangan gagal: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
