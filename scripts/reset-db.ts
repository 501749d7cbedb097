/** Deletes the embedded SQLite database and local images, then migrates and seeds again. */
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
console.log(`Removed ${target.filePath} and ${env.IMAGE_DIR}`);
await import("./seed");
