import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./app/utils/database-url.ts";

// Prisma ignores .env when a config file exists; the URL comes from the process environment.
const target = resolveDatabaseTarget();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    if (target.provider !== "sqlite") {
      throw new Error("PostgreSQL migrations are not configured yet; use a file: DATABASE_URL");
    }
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
