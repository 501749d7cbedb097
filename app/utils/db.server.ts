import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { PrismaClient as PrismaPgClient } from "~/generated/prisma-pg/client";
import { resolveDatabaseTarget } from "./database-url";
import { createPgAdapter } from "./pg-adapter";
import { timeQueries } from "./timing.server";

export type Db = PrismaClient;
/** The client, or the transaction a caller already holds. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/** Runs `fn` in the caller's transaction, or in a new one when given the client itself. */
export function inTransaction<T>(
  db: DbOrTx,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return "$transaction" in db ? db.$transaction(fn) : fn(db);
}

/**
 * better-sqlite3 behind Prisma, with the connection tuned for a web app: write-ahead logging (readers
 * never wait for the writer) and `synchronous = NORMAL`, which in WAL mode stays durable across
 * application crashes and skips an fsync per commit. Checkout throughput depends on it.
 */
export function tunedSqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;",
      );
      return adapter;
    },
  };
}

/** With SERVER_TIMING=1, each request's SQL is counted and timed at the driver. */
function timedWhenAsked(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  if (process.env.SERVER_TIMING !== "1") return factory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => timeQueries(await factory.connect(), ["queryRaw", "executeRaw"]),
  };
}

/**
 * Under a burst (a flash sale, a webhook retry storm) transactions queue for a pooled connection
 * or for SQLite's single writer; they should wait their turn rather than fail after Prisma's
 * default two seconds.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/** A new client with its own connection(s); the app uses the shared `db` below. */
export function createClient(): PrismaClient {
  const target = resolveDatabaseTarget();
  if (target.provider === "postgresql") {
    // The PostgreSQL client is generated from the same schema text (prisma/postgres), so its
    // API is the SQLite client's; one type serves both.
    const poolSize = Math.max(1, Number(process.env.DATABASE_POOL_SIZE ?? 10) || 10);
    return new PrismaPgClient({
      adapter: timedWhenAsked(createPgAdapter(target.url, poolSize)),
      transactionOptions: TRANSACTION_OPTIONS,
    }) as unknown as PrismaClient;
  }
  return new PrismaClient({
    adapter: timedWhenAsked(tunedSqliteAdapter(target.url)),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

// One client per process; survives dev-server module reloads.
const globalForDb = globalThis as unknown as { __pasarDb?: PrismaClient };

export const db: PrismaClient = globalForDb.__pasarDb ?? (globalForDb.__pasarDb = createClient());
