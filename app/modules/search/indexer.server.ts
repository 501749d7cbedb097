import {
  CATALOG_TOPICS,
  claimOutbox,
  completeOutbox,
  failOutbox,
  type OutboxTopic,
} from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { allSearchDocuments, loadSearchDocuments } from "./documents.server";
import type { SearchEngine } from "./types";

/** The search index follows every catalog event. */
export const SEARCH_TOPICS: OutboxTopic[] = [...CATALOG_TOPICS];

/**
 * Applies pending search events: re-reads each affected product from the database and upserts
 * it if public, removes it otherwise. Re-reading makes processing idempotent and order-free.
 */
export async function processSearchOutbox(
  db: Db,
  engine: SearchEngine,
  input: { workerId: string; limit?: number },
): Promise<number> {
  const events = await claimOutbox(db, {
    topics: SEARCH_TOPICS,
    limit: input.limit ?? 200,
    workerId: input.workerId,
  });
  if (events.length === 0) return 0;
  try {
    await applyToIndex(db, engine, events);
    if (process.env.LOG_OUTBOX === "1") {
      console.log(`outbox ${input.workerId} processed ${events.map((e) => e.id).join(",")}`);
    }
    await completeOutbox(
      db,
      events.map((e) => e.id),
    );
  } catch (error) {
    await failOutbox(db, events, error);
    throw error;
  }
  return events.length;
}

async function applyToIndex(
  db: Db,
  engine: SearchEngine,
  events: { topic: string; aggregateId: string }[],
) {
  const productIds = new Set(
    events.filter((e) => e.topic === "search.product").map((e) => e.aggregateId),
  );
  const sellerIds = events.filter((e) => e.topic === "search.seller").map((e) => e.aggregateId);
  if (sellerIds.length > 0) {
    const products = await db.product.findMany({
      where: { sellerId: { in: sellerIds } },
      select: { id: true },
    });
    for (const p of products) productIds.add(p.id);
  }
  const ids = [...productIds];
  const documents = await loadSearchDocuments(db, ids);
  const visible = new Set(documents.map((d) => d.id));
  await engine.upsert(documents);
  await engine.remove(ids.filter((id) => !visible.has(id)));
}

/** Where a process's in-memory index stands in the outbox. */
export interface SearchTail {
  cursor: number;
  /** Ids applied within the look-back window. */
  applied: Set<number>;
  /** Moves each time events are applied: what was read from the index before may be stale. */
  version: number;
}

/**
 * On PostgreSQL, ids are handed out when a transaction inserts, not when it commits, so an event
 * with a lower id can appear after a higher one. The tail therefore looks back this many ids and
 * applies whatever it has not applied yet.
 */
export const TAIL_LOOK_BACK = 1_000;

/** The outbox position to follow from, read before the in-memory index is built. */
export async function searchTailStart(db: Db): Promise<SearchTail> {
  const last = await db.outboxEvent.aggregate({ _max: { id: true } });
  return { cursor: last._max.id ?? 0, applied: new Set(), version: 0 };
}

/**
 * For the embedded engine, whose index lives in each process's memory: every instance applies
 * every search event after its cursor (events are broadcast, not claimed), then marks them done
 * for the backlog figure. Applying an event twice is harmless (it re-reads the product).
 */
export async function tailSearchOutbox(
  db: Db,
  engine: SearchEngine,
  tail: SearchTail,
  input: { limit?: number } = {},
): Promise<number> {
  const candidates = await db.outboxEvent.findMany({
    where: {
      id: { gt: tail.cursor - TAIL_LOOK_BACK, notIn: [...tail.applied] },
      topic: { in: SEARCH_TOPICS },
    },
    orderBy: { id: "asc" },
    take: input.limit ?? 200,
    select: { id: true, topic: true, aggregateId: true },
  });
  // The first pass after start-up re-applies up to TAIL_LOOK_BACK recent events; harmless.
  const events = candidates;
  if (events.length === 0) return 0;
  await applyToIndex(db, engine, events);
  tail.version += 1;
  for (const e of events) tail.applied.add(e.id);
  tail.cursor = Math.max(tail.cursor, events[events.length - 1]!.id);
  for (const id of tail.applied) if (id <= tail.cursor - TAIL_LOOK_BACK) tail.applied.delete(id);
  await db.outboxEvent.updateMany({
    where: { id: { in: events.map((e) => e.id) }, status: "PENDING" },
    data: { status: "DONE", processedAt: new Date() },
  });
  return events.length;
}

/** Rebuilds the whole index from the database, reporting progress. */
export async function rebuildSearchIndex(
  db: Db,
  engine: SearchEngine,
  onProgress?: (indexed: number) => void,
): Promise<number> {
  await engine.setup();
  await engine.clear();
  let indexed = 0;
  for await (const batch of allSearchDocuments(db)) {
    await engine.upsert(batch);
    indexed += batch.length;
    onProgress?.(indexed);
  }
  return indexed;
}
