import { getEnv } from "~/utils/env.server";
import type { Db } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded.server";
import { rebuildSearchIndex, searchTailStart, type SearchTail } from "./indexer.server";
import { MeiliSearchEngine } from "./meilisearch.server";
import type { SearchEngine, SearchQuery, SearchResult } from "./types";

/** Meilisearch when MEILI_HOST is set, the embedded engine otherwise. */
export function createSearchEngine(): SearchEngine {
  const env = getEnv();
  if (env.MEILI_HOST) {
    return new MeiliSearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY });
  }
  return new EmbeddedSearchEngine();
}

const globalForSearch = globalThis as unknown as {
  __pasarSearch?: {
    engine: SearchEngine;
    ready?: Promise<void>;
    tail?: SearchTail;
    built?: boolean;
  };
};

export function getSearchEngine(): SearchEngine {
  globalForSearch.__pasarSearch ??= { engine: createSearchEngine() };
  return globalForSearch.__pasarSearch.engine;
}

/**
 * Makes the process's engine ready once: the embedded index is built from the database (it
 * lives in memory); Meilisearch gets its settings, and a full index only when it is empty.
 */
export function ensureSearchReady(db: Db): Promise<void> {
  const state = (globalForSearch.__pasarSearch ??= { engine: createSearchEngine() });
  state.ready ??= (async () => {
    const started = performance.now();
    if (state.engine.name === "embedded") {
      // Follow the outbox from before the build, so no write in between is missed.
      state.tail = await searchTailStart(db);
      const count = await rebuildSearchIndex(db, state.engine);
      state.built = true;
      console.log(
        `Indeks pencarian: ${count} produk dalam ${Math.round(performance.now() - started)} ms`,
      );
    } else {
      await state.engine.setup();
      if ((await state.engine.count()) === 0) await rebuildSearchIndex(db, state.engine);
    }
  })().catch((error) => {
    state.ready = undefined;
    throw error;
  });
  return state.ready;
}

/**
 * Where this process's embedded index stands: moves whenever it applies catalog events, so a
 * search result kept from before is known to be stale. Null for Meilisearch (indexed elsewhere,
 * at its own pace) and before the index is built: search results must not be kept then.
 */
export function searchIndexVersion(): number | null {
  const state = globalForSearch.__pasarSearch;
  return state?.engine.name === "embedded" && state.built && state.tail ? state.tail.version : null;
}

/** The embedded index's outbox position (set once ensureSearchReady has built it). */
export function getSearchTail(): SearchTail | undefined {
  return globalForSearch.__pasarSearch?.tail;
}

export async function searchProducts(db: Db, query: SearchQuery): Promise<SearchResult> {
  await ensureSearchReady(db);
  return getSearchEngine().search(query);
}
