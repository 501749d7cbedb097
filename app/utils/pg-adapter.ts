import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

// pg type ids of `char` (18) and `name` (19), which the adapter cannot map to Prisma's column
// types (prisma/prisma#27403: `migrate deploy` reads catalog tables with such columns).
const CATALOG_TYPE_IDS = new Set([18, 19]);
const TEXT_TYPE_ID = 25;

function readCatalogTypesAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
  }
  return result;
}

/** Prisma's PostgreSQL driver adapter over a pg pool, with the catalog-type workaround. */
export function createPgAdapter(url: string, poolSize = 10): PrismaPg {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (error) => {
    console.error(`PostgreSQL connection lost (${error.message}); it is replaced on next use.`);
  });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      // pool.query() passes a callback; direct use returns a promise.
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) =>
          (last as (e: unknown, r: unknown) => void)(error, readCatalogTypesAsText(result));
      }
      const result = query(...args);
      return result instanceof Promise ? result.then(readCatalogTypesAsText) : result;
    };
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/**
 * The adapter the Prisma CLI uses for migrations. Its shadow database (for `migrate dev` and
 * `migrate diff --from-migrations`) is a fresh database on the same server, dropped afterwards.
 */
export function createPgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = createPgAdapter(url, 2);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const name = `pk_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const adapter = await createPgAdapter(shadowUrl.toString(), 2).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    },
  };
}
