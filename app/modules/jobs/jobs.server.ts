import crypto from "node:crypto";
import os from "node:os";
import { expireUnpaidOrders } from "~/modules/orders/orders.server";
import { processAvifOutbox } from "~/modules/images/avif-jobs.server";
import { imageStorage } from "~/utils/images.server";
import { startOutboxWorker } from "~/modules/outbox/worker.server";
import { processSearchOutbox, tailSearchOutbox } from "~/modules/search/indexer.server";
import { ensureSearchReady, getSearchEngine, getSearchTail } from "~/modules/search/search.server";
import { db } from "~/utils/db.server";

const globalForJobs = globalThis as unknown as { __pasarJobs?: { stop: () => Promise<void> } };

/**
 * Starts this process's background work once: builds (or checks) the search index, then drains
 * the outbox into it whenever a catalog write lands, and at least every second; encodes AVIF
 * variants; and expires unpaid orders.
 */
export function startBackgroundJobs(): void {
  if (globalForJobs.__pasarJobs) return;
  const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  let worker: ReturnType<typeof startOutboxWorker> | undefined;
  // AVIF encoding is slow; it has its own worker so search updates never wait behind it.
  const images = startOutboxWorker({
    drain: () => processAvifOutbox(db, imageStorage(), { workerId }),
    intervalMs: 2_000,
  });
  // Unpaid orders past their deadline give their stock back.
  const expiry = startOutboxWorker({ drain: () => expireUnpaidOrders(db), intervalMs: 60_000 });
  const ready = ensureSearchReady(db)
    .then(() => {
      const engine = getSearchEngine();
      const tail = getSearchTail();
      // A shared engine (Meilisearch) takes each event once across instances; the embedded
      // engine lives in this process's memory, so this process follows every event.
      worker = startOutboxWorker({
        drain: () =>
          engine.name === "embedded" && tail
            ? tailSearchOutbox(db, engine, tail)
            : processSearchOutbox(db, engine, { workerId }),
        intervalMs: 1_000,
      });
    })
    .catch((error) => console.error("Search index could not be prepared:", error));
  globalForJobs.__pasarJobs = {
    stop: async () => {
      await ready;
      await Promise.all([worker?.stop(), images.stop(), expiry.stop()]);
    },
  };
}
