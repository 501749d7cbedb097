import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./app/utils/database-url.ts";
import { createPgMigrationAdapter } from "./app/utils/pg-adapter.ts";

// Prisma ignores .env when a config file exists; the URL comes from the process environment.
// One schema source (prisma/schema.prisma); the PostgreSQL copy and its migrations are generated.
const target = resolveDatabaseTarget();
const dir = target.provider === "postgresql" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    if (target.provider === "postgresql") return createPgMigrationAdapter(target.url);
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
