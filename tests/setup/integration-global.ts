/**
 * Builds one migrated SQLite database with the regions of Banyuwangi and of Kota Surabaya (a city
 * outside the regency, for addresses; all Indonesia would add ~2.5 s to every run). Every test file
 * gets its own copy (see integration-db.ts), so files run in parallel and need no cleanup.
 */
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

export default async function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` };
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env,
    encoding: "utf8",
  });
  if (migrate.status !== 0)
    throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const regions = spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/import-regions.ts", "35.10,35.78"],
    { env, encoding: "utf8" },
  );
  if (regions.status !== 0)
    throw new Error(`region import failed:\n${regions.stdout}\n${regions.stderr}`);
}
