import { describe, expect, it } from "vitest";
import {
  claimOutbox,
  completeOutbox,
  failOutbox,
  MAX_ATTEMPTS,
  outboxOverview,
  retryDeadOutbox,
} from "~/modules/outbox/outbox.server";
import { createClient, db } from "~/utils/db.server";
import { databaseProvider } from "~/utils/sql.server";
import { createUser } from "../factories";

describe("outbox claims with several workers", () => {
  it("gives every event to exactly one of two concurrent workers", async () => {
    const total = 600;
    await db.outboxEvent.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        topic: "image.avif",
        aggregateId: `img-${i}`,
        payload: {},
      })),
    });
    // Two workers with their own connections, as two app instances would have.
    const clients = [db, createClient()];
    const seen = new Map<number, string[]>();
    await Promise.all(
      clients.map(async (client, w) => {
        const workerId = `worker-${w}`;
        for (;;) {
          const events = await claimOutbox(client, {
            topics: ["image.avif"],
            limit: 25,
            workerId,
          });
          if (events.length === 0) break;
          for (const e of events) seen.set(e.id, [...(seen.get(e.id) ?? []), workerId]);
          await new Promise((r) => setTimeout(r, 1));
          await completeOutbox(
            client,
            events.map((e) => e.id),
          );
        }
      }),
    );
    await clients[1]!.$disconnect();
    expect(seen.size).toBe(total);
    expect([...seen.values()].filter((workers) => workers.length > 1)).toEqual([]);
    // PostgreSQL workers claim side by side (SKIP LOCKED); SQLite has one writer at a time, so
    // there one worker may take everything.
    if (databaseProvider() === "postgresql") {
      expect(new Set([...seen.values()].map((w) => w[0])).size).toBe(2);
    }
    expect(await db.outboxEvent.count({ where: { topic: "image.avif", status: "DONE" } })).toBe(
      total,
    );
  });
});

describe("a worker that died", () => {
  it("has its claimed events taken back once their lock is 5 minutes old", async () => {
    const event = await db.outboxEvent.create({
      data: {
        topic: "image.avif",
        aggregateId: "img-stale",
        payload: {},
        status: "PROCESSING",
        lockedAt: new Date(Date.now() - 4 * 60_000),
        lockedBy: "dead-worker",
      },
    });
    // Four and a half minutes: still the dead worker's.
    const soon = new Date(Date.now() + 30_000);
    expect(
      (await claimOutbox(db, { topics: ["image.avif"], limit: 100, workerId: "w", now: soon }))
        .map((e) => e.id)
        .includes(event.id),
    ).toBe(false);
    const later = new Date(Date.now() + 2 * 60_000);
    const claimed = await claimOutbox(db, {
      topics: ["image.avif"],
      limit: 100,
      workerId: "w",
      now: later,
    });
    expect(claimed.map((e) => e.id)).toContain(event.id);
  });
});

describe("dead letters", () => {
  it("parks an event after repeated failures, shows it to admins, and retries it on request", async () => {
    await db.outboxEvent.create({
      data: { topic: "search.seller", aggregateId: "rusak", payload: {} },
    });
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await db.outboxEvent.updateMany({
        where: { aggregateId: "rusak", status: "PENDING" },
        data: { availableAt: new Date(0) },
      });
      const claimed = await claimOutbox(db, {
        topics: ["search.seller"],
        limit: 10,
        workerId: "w",
      });
      expect(claimed).toHaveLength(1);
      await failOutbox(db, claimed, new Error("Meilisearch tidak bisa dihubungi"));
    }
    const overview = await outboxOverview(db);
    expect(overview.dead).toEqual([
      expect.objectContaining({
        aggregateId: "rusak",
        attempts: MAX_ATTEMPTS,
        lastError: "Meilisearch tidak bisa dihubungi",
      }),
    ]);
    expect(overview.counts).toContainEqual({ topic: "search.seller", status: "DEAD", count: 1 });
    const admin = await createUser(db);
    expect(await retryDeadOutbox(db, { ids: [overview.dead[0]!.id], actorId: admin.id })).toBe(1);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: "rusak" } });
    expect([event.status, event.attempts]).toEqual(["PENDING", 0]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "outbox.retry" } });
    expect([audit.actorId, audit.entityId, audit.data]).toEqual([
      admin.id,
      String(event.id),
      { count: 1 },
    ]);
  });
});
