/**
 * Outbox drain benchmark: two workers, each with its own database connection (as two app
 * instances), claim and complete events until none are left. Measures the queue machinery
 * (claims, completion), not the work an event triggers. Ends with one line of JSON.
 *
 *   npm run bench:jobs -- --events 20000 [--postgres]
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";

const { values } = parseArgs({
  options: { events: { type: "string" }, postgres: { type: "boolean" } },
});
const total = z.coerce
  .number()
  .int()
  .min(100)
  .max(1_000_000)
  .parse(values.events ?? 20_000);
const { cleanup } = await benchDatabase("jobs", !!values.postgres);

const { migrateDatabase } = await import("./lib/migrate");
const { createClient, db } = await import("../app/utils/db.server");
const { claimOutbox, completeOutbox } = await import("../app/modules/outbox/outbox.server");
await migrateDatabase({ quiet: true });

console.log(`Enqueueing ${total} events…`);
for (let i = 0; i < total; i += 1000) {
  await db.outboxEvent.createMany({
    data: Array.from({ length: Math.min(1000, total - i) }, (_, j) => ({
      topic: "image.avif",
      aggregateId: `bench-${i + j}`,
      payload: {},
    })),
  });
}

console.log("Draining with two workers…");
const clients = [db, createClient()];
const perWorker = [0, 0];
const seen = new Set<number>();
let duplicates = 0;
const started = performance.now();
await Promise.all(
  clients.map(async (client, w) => {
    for (;;) {
      const events = await claimOutbox(client, {
        topics: ["image.avif"],
        limit: 100,
        workerId: `bench-${w}`,
      });
      if (events.length === 0) break;
      for (const e of events) {
        if (seen.has(e.id)) duplicates++;
        seen.add(e.id);
      }
      perWorker[w]! += events.length;
      await completeOutbox(
        client,
        events.map((e) => e.id),
      );
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${seen.size} events in ${seconds.toFixed(2)} s (worker 1: ${perWorker[0]}, worker 2: ${perWorker[1]}), duplicates ${duplicates}`,
);
await Promise.all(clients.map((c) => c.$disconnect()));
await cleanup();
console.log(
  JSON.stringify({
    database: values.postgres ? "postgresql" : "sqlite",
    workers: 2,
    events: seen.size,
    events_per_s: Math.round(seen.size / seconds),
    per_worker: perWorker,
    duplicates,
  }),
);
