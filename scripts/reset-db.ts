/**
 * Deletes the embedded SQLite database, local images and local documents, then migrates and seeds
 * again.
 */
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "../app/utils/database-url";
import { getEnv } from "../app/utils/env.server";

const env = getEnv();
const target = resolveDatabaseTarget();
if (target.provider !== "sqlite") {
  console.error("db:reset only resets the embedded SQLite database.");
  process.exit(2);
}
for (const suffix of ["", "-wal", "-shm", "-journal"])
  fs.rmSync(target.filePath + suffix, { force: true });
fs.rmSync(path.resolve(env.IMAGE_DIR), { recursive: true, force: true });
fs.rmSync(path.resolve(env.DOCUMENT_DIR), { recursive: true, force: true });
console.log(`Removed ${target.filePath}, ${env.IMAGE_DIR} and ${env.DOCUMENT_DIR}`);
await import("./seed");
