import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type Index,
  type Settings,
  type Task,
} from "meilisearch";
import {
  fromMeiliResponse,
  toMeiliSearchParams,
  type MeiliHitDocument,
  type MeiliSearchParams,
} from "~/modules/search/meilisearch-query";
import type {
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from "~/modules/search/types";
import { MEILI_PRODUCTS_INDEX, MEILI_SETTINGS } from "../../../search/meilisearch-settings";

const TASK_TIMEOUT_MS = 30_000;
const TASK_POLL_INTERVAL_MS = 100;
const REQUEST_TIMEOUT_MS = 10_000;
/** Documents per addDocuments request; keeps payloads far below Meilisearch's 100 MB limit. */
const UPSERT_BATCH_SIZE = 1_000;

export interface MeiliSearchEngineOptions {
  host: string;
  apiKey?: string;
  indexName?: string;
}

/** `MEILI_SETTINGS` is `as const`; the client wants mutable arrays. */
function clientSettings(): Settings {
  const settings = MEILI_SETTINGS;
  return {
    ...settings,
    searchableAttributes: [...settings.searchableAttributes],
    filterableAttributes: [...settings.filterableAttributes],
    sortableAttributes: [...settings.sortableAttributes],
    rankingRules: [...settings.rankingRules],
  };
}

/** Waits (up to the client's default wait timeout) for an enqueued task to finish. */
async function settle(pending: EnqueuedTaskPromise, tolerated: string[] = []): Promise<void> {
  assertSucceeded(await pending.waitTask(), tolerated);
}

/**
 * The client resolves failed tasks instead of rejecting, so the status is checked here;
 * `tolerated` lists error codes that count as success.
 */
function assertSucceeded(task: Task, tolerated: string[] = []): void {
  if (task.status === "succeeded") return;
  if (task.error && tolerated.includes(task.error.code)) return;
  throw new Error(
    task.error?.message ?? `Meilisearch task ${task.uid} (${task.type}) ended as ${task.status}`,
  );
}

/** Error message plus its causes: a refused connection hides behind "Request … has failed". */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && parts.length < 4) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(": ") : String(error);
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

export class MeiliSearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly indexName: string;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliHitDocument>;

  constructor({ host, apiKey, indexName = MEILI_PRODUCTS_INDEX }: MeiliSearchEngineOptions) {
    this.indexName = indexName;
    this.client = new Meilisearch({
      host,
      apiKey,
      timeout: REQUEST_TIMEOUT_MS,
      defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_INTERVAL_MS },
    });
    this.index = this.client.index<MeiliHitDocument>(indexName);
  }

  async setup(): Promise<void> {
    await settle(this.client.createIndex(this.indexName, { primaryKey: "id" }), [
      "index_already_exists",
    ]);
    await settle(this.index.updateSettings(clientSettings()));
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const index = this.client.index<SearchDocument>(this.indexName);
    // Enqueue every batch before waiting so Meilisearch can index them together; enqueue one at a
    // time so a document repeated across batches keeps its last version.
    const enqueued: EnqueuedTask[] = [];
    for (let start = 0; start < documents.length; start += UPSERT_BATCH_SIZE) {
      const batch = documents.slice(start, start + UPSERT_BATCH_SIZE);
      enqueued.push(await index.addDocuments(batch, { primaryKey: "id" }));
    }
    for (const task of enqueued) assertSucceeded(await this.client.tasks.waitForTask(task));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // Nothing to delete from an index that was never created.
    await settle(this.index.deleteDocuments(ids), ["index_not_found"]);
  }

  async clear(): Promise<void> {
    await settle(this.index.deleteAllDocuments(), ["index_not_found"]);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { q, params } = toMeiliSearchParams(query);
    const response = await this.index.search<MeiliHitDocument, MeiliSearchParams>(q, params);
    return fromMeiliResponse(response, query);
  }

  async count(): Promise<number> {
    try {
      return (await this.index.getStats()).numberOfDocuments;
    } catch (error) {
      if (isIndexNotFound(error)) return 0;
      throw error;
    }
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      const health = await this.client.health();
      return health.status === "available"
        ? { ok: true }
        : { ok: false, detail: `status ${String(health.status)}` };
    } catch (error) {
      return { ok: false, detail: describeError(error) };
    }
  }
}
