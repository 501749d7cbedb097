import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { resolveDatabaseTarget } from "./database-url";

export type Db = PrismaClient;

function createClient(): PrismaClient {
  const target = resolveDatabaseTarget();
  if (target.provider !== "sqlite") {
    throw new Error("Only SQLite (file:) DATABASE_URL is supported in this build");
  }
  const adapter = new PrismaBetterSQLite3({ url: target.url });
  return new PrismaClient({ adapter });
}

// One client per process; survives dev-server module reloads.
const globalForDb = globalThis as unknown as { __pasarDb?: PrismaClient };

export const db: PrismaClient = globalForDb.__pasarDb ?? (globalForDb.__pasarDb = createClient());
