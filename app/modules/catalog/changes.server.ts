import pg from "pg";
import { CATALOG_CHANNEL, CATALOG_TOPICS, notifyOutbox } from "~/modules/outbox/outbox.server";
import { startOutboxWorker } from "~/modules/outbox/worker.server";
import { resolveDatabaseTarget } from "~/utils/database-url";
import type { Db } from "~/utils/db.server";
import { databaseProvider } from "~/utils/sql.server";

/**
 * Whether what a visitor sees of the catalog (prices, stock, product status, seller
 * verification) may have changed since a moment ago, as a version number that moves whenever a
 * catalog event commits — in this process or in any other instance. Every catalog write records
 * such an event in its transaction (`search.product`, `search.seller`), so the outbox is the one
 * source of truth. Anything kept because "the catalog has not changed" (the page cache) keys on
 * this version, and keeps nothing while the watch is not live.
 *
 * - SQLite (one writer, ids handed out in commit order): the newest catalog event's id, read
 *   every `intervalMs` and at once after a commit in this process that wrote outbox events.
 * - PostgreSQL (ids handed out at insert, commits in any order): `LISTEN`, fed by the `NOTIFY`
 *   that `enqueueOutbox` sends in the writing transaction; PostgreSQL delivers it at commit to
 *   every instance. A lost connection stops caching until it is back.
 */
export interface CatalogWatch {
  stop(): Promise<void>;
}

interface WatchState {
  version: number;
  live: boolean;
  listeners: Set<() => void>;
  watch?: CatalogWatch;
}

// Shared by every copy of this module in the process (the server build and the HTTP layer).
const globalForChanges = globalThis as unknown as { __pasarCatalogChanges?: WatchState };
const state = (globalForChanges.__pasarCatalogChanges ??= {
  version: 0,
  live: false,
  listeners: new Set(),
});

/** The catalog's version, or null while no watch is live (nothing may be kept then). */
export function catalogVersion(): number | null {
  return state.live ? state.version : null;
}

export function onCatalogChange(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function changed(): void {
  state.version += 1;
  for (const listener of state.listeners) listener();
}

function setLive(live: boolean): void {
  if (state.live !== live) changed();
  state.live = live;
}

/** Starts this process's watch once; later calls return the same watch. */
export function watchCatalogChanges(db: Db, options: { intervalMs?: number } = {}): CatalogWatch {
  state.watch ??=
    databaseProvider() === "postgresql"
      ? listenForChanges()
      : pollForChanges(db, options.intervalMs ?? 250);
  return state.watch;
}

function pollForChanges(db: Db, intervalMs: number): CatalogWatch {
  let newest: number | null | undefined;
  let failures = 0;
  const poll = async () => {
    try {
      const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
        `SELECT "id" FROM "OutboxEvent" WHERE "topic" IN (${CATALOG_TOPICS.map((t) => `'${t}'`).join(", ")}) ORDER BY "id" DESC LIMIT 1`,
      );
      const id = rows[0] ? Number(rows[0].id) : null;
      if (newest !== undefined && id !== newest) {
        changed();
        // Perhaps another process's commit: this process's workers (its search index among
        // them) start now instead of at their next poll.
        notifyOutbox();
      }
      newest = id;
      failures = 0;
      setLive(true);
    } catch (error) {
      failures += 1;
      if (failures === 1) console.error("Catalog watch failed:", error);
      setLive(false);
    }
    return 0;
  };
  // One read at a time, on a timer and at once after a commit in this process.
  const worker = startOutboxWorker({ drain: poll, intervalMs });
  return {
    async stop() {
      await worker.stop();
      setLive(false);
      state.watch = undefined;
    },
  };
}

function listenForChanges(): CatalogWatch {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const connect = async () => {
    const next = new pg.Client({ connectionString: resolveDatabaseTarget().url });
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = null;
      setLive(false);
      if (error && !stopped) console.error(`Catalog watch connection lost (${error.message}).`);
      if (!stopped) retry = setTimeout(() => void connect(), 1_000);
    };
    next.on("error", lost);
    next.on("end", () => lost());
    next.on("notification", () => {
      changed();
      // Another instance's commit: this process's workers (its search index among them) start now
      // instead of at their next poll.
      notifyOutbox();
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CATALOG_CHANNEL}`);
      if (stopped) return void (await next.end());
      // Events may have committed while nothing listened: start from a new version.
      changed();
      setLive(true);
    } catch (error) {
      lost(error as Error);
      await next.end().catch(() => undefined);
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      setLive(false);
      state.watch = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
