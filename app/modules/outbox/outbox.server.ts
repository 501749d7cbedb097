import crypto from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Db } from "~/utils/db.server";
import { databaseProvider, insertRows } from "~/utils/sql.server";

/** Topics written to the outbox. */
export type OutboxTopic =
  | "search.product"
  | "search.seller"
  | "image.avif"
  | "notify"
  | "notify.whatsapp"
  | "notify.email"
  | "payment.cardRefund"
  | "shipment.cancelPickup";

/** Topics whose events say the public catalog changed (what buyers see of products and shops). */
export const CATALOG_TOPICS = ["search.product", "search.seller"] as const satisfies OutboxTopic[];

/** The PostgreSQL channel told, at commit, that a catalog event was written (see catalog/changes). */
export const CATALOG_CHANNEL = "pasar_catalog";

type Tx = Prisma.TransactionClient | Db;

export const MAX_ATTEMPTS = 8;
const STALE_LOCK_MS = 5 * 60_000;
const RECLAIM_EVERY_MS = 30_000;
const lastReclaim = { at: 0 };

export interface OutboxEventInput {
  topic: OutboxTopic;
  aggregateId: string;
  payload?: Prisma.InputJsonValue;
}

/**
 * Records work in the same transaction as the change that causes it, in one multi-row insert
 * (checkout writes its search and notification events here: Prisma's `createMany` with JSON
 * payloads cost it a sixth of its throughput).
 */
export async function enqueueOutbox(tx: Tx, events: OutboxEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const now = new Date();
  await tx.$executeRaw(
    insertRows(
      "OutboxEvent",
      events.map((e) => ({
        topic: e.topic,
        aggregateId: e.aggregateId,
        payload: JSON.stringify(e.payload ?? {}),
        status: "PENDING",
        availableAt: now,
        createdAt: now,
      })),
    ),
  );
  // Delivered when the transaction commits, to every instance listening.
  const catalog: readonly string[] = CATALOG_TOPICS;
  if (databaseProvider() === "postgresql" && events.some((e) => catalog.includes(e.topic))) {
    await tx.$executeRawUnsafe(`NOTIFY ${CATALOG_CHANNEL}`);
  }
}

export interface ClaimedEvent {
  id: number;
  topic: string;
  aggregateId: string;
  attempts: number;
}

/**
 * Claims up to `limit` due events for one worker; rows locked by a worker that died are
 * reclaimed first. On PostgreSQL the claim is one `FOR UPDATE SKIP LOCKED` statement, so
 * instances never wait on each other; on SQLite (one writer at a time) it is a conditional update
 * from PENDING. Either way two workers never take the same row.
 */
export async function claimOutbox(
  db: Db,
  input: { topics: OutboxTopic[]; limit: number; workerId: string; now?: Date },
): Promise<ClaimedEvent[]> {
  const now = input.now ?? new Date();
  // Taking back a dead worker's rows is a write; done on every claim it would queue behind (and
  // hold up) every checkout on SQLite's single writer, so it runs at most every RECLAIM_EVERY_MS.
  if (now.getTime() - lastReclaim.at >= RECLAIM_EVERY_MS) {
    lastReclaim.at = now.getTime();
    await db.outboxEvent.updateMany({
      where: { status: "PROCESSING", lockedAt: { lt: new Date(now.getTime() - STALE_LOCK_MS) } },
      data: { status: "PENDING", lockedAt: null, lockedBy: null },
    });
  }
  const claimToken = `${input.workerId}:${crypto.randomBytes(6).toString("hex")}`;
  if (databaseProvider() === "postgresql") {
    const rows = await db.$queryRaw<ClaimedEvent[]>`
      UPDATE "OutboxEvent"
      SET "status" = 'PROCESSING', "lockedAt" = ${now}, "lockedBy" = ${claimToken}
      WHERE "id" IN (
        SELECT "id" FROM "OutboxEvent"
        WHERE "status" = 'PENDING'
          AND "topic" IN (${Prisma.join(input.topics)})
          AND "availableAt" <= ${now}
        ORDER BY "id"
        LIMIT ${input.limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "topic", "aggregateId", "attempts"`;
    return rows
      .map((r) => ({ ...r, id: Number(r.id), attempts: Number(r.attempts) }))
      .sort((a, b) => a.id - b.id);
  }
  const due = await db.outboxEvent.findMany({
    where: { status: "PENDING", topic: { in: input.topics }, availableAt: { lte: now } },
    orderBy: { id: "asc" },
    take: input.limit,
    select: { id: true },
  });
  if (due.length === 0) return [];
  return claimByConditionalUpdate(db, due, claimToken, now);
}
async function claimByConditionalUpdate(
  db: Db,
  due: { id: number }[],
  claimToken: string,
  now: Date,
): Promise<ClaimedEvent[]> {
  await db.outboxEvent.updateMany({
    where: { id: { in: due.map((d) => d.id) }, status: "PENDING" },
    data: { status: "PROCESSING", lockedAt: now, lockedBy: claimToken },
  });
  return db.outboxEvent.findMany({
    where: { lockedBy: claimToken, status: "PROCESSING" },
    orderBy: { id: "asc" },
    select: { id: true, topic: true, aggregateId: true, attempts: true },
  });
}

export async function completeOutbox(db: Tx, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxEvent.updateMany({
    where: { id: { in: ids } },
    // lockedBy stays as the record of which worker processed the event.
    data: { status: "DONE", processedAt: new Date(), lockedAt: null },
  });
}

/**
 * Puts events back with exponential backoff (up to a minute apart), or marks them DEAD after
 * MAX_ATTEMPTS — at once when the failure is `permanent` (a provider refused the request:
 * retrying cannot help). Work that must outlast a provider's outage asks for more attempts
 * further apart.
 */
export async function failOutbox(
  db: Db,
  events: ClaimedEvent[],
  error: unknown,
  options: { permanent?: boolean; maxAttempts?: number; maxBackoffMs?: number } = {},
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  for (const event of events) {
    const attempts = event.attempts + 1;
    const dead = options.permanent || attempts >= (options.maxAttempts ?? MAX_ATTEMPTS);
    await db.outboxEvent.update({
      where: { id: event.id },
      data: {
        attempts,
        status: dead ? "DEAD" : "PENDING",
        lastError: message.slice(0, 2_000),
        availableAt: new Date(Date.now() + Math.min(maxBackoffMs, 500 * 2 ** attempts)),
        lockedAt: null,
        lockedBy: null,
      },
    });
  }
}

export async function outboxBacklog(db: Db): Promise<{ pending: number; dead: number }> {
  const [pending, dead] = await Promise.all([
    db.outboxEvent.count({ where: { status: { in: ["PENDING", "PROCESSING"] } } }),
    db.outboxEvent.count({ where: { status: "DEAD" } }),
  ]);
  return { pending, dead };
}

// In-process wake-up: a worker in this process reacts at once instead of at its next poll.
// Kept on globalThis so every copy of this module in the process (scripts, server build) shares it.
const globalForOutbox = globalThis as unknown as { __pasarOutboxListeners?: Set<() => void> };
const listeners = (globalForOutbox.__pasarOutboxListeners ??= new Set<() => void>());

export function onOutboxNotify(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the transaction that enqueued events has committed. */
export function notifyOutbox(): void {
  for (const listener of listeners) listener();
}

export interface OutboxOverview {
  counts: { topic: string; status: string; count: number }[];
  dead: {
    id: number;
    topic: string;
    aggregateId: string;
    attempts: number;
    lastError: string | null;
    createdAt: string;
  }[];
}

/** Backlog per topic and status, and the events that gave up (dead letters), newest first. */
export async function outboxOverview(db: Db): Promise<OutboxOverview> {
  const [groups, dead] = await Promise.all([
    db.outboxEvent.groupBy({
      by: ["topic", "status"],
      where: { status: { in: ["PENDING", "PROCESSING", "DEAD"] } },
      _count: { _all: true },
    }),
    db.outboxEvent.findMany({
      where: { status: "DEAD" },
      orderBy: { id: "desc" },
      take: 100,
      select: {
        id: true,
        topic: true,
        aggregateId: true,
        attempts: true,
        lastError: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    counts: groups.map((g) => ({ topic: g.topic, status: g.status, count: g._count._all })),
    dead: dead.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
  };
}

/** Gives dead events a fresh set of attempts. Returns how many were requeued. */
export async function retryDeadOutbox(
  db: Db,
  input: { ids?: number[]; actorId: string },
): Promise<number> {
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.outboxEvent.updateMany({
      where: { status: "DEAD", ...(input.ids ? { id: { in: input.ids } } : {}) },
      data: {
        status: "PENDING",
        attempts: 0,
        availableAt: new Date(),
        lockedAt: null,
        lockedBy: null,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: "ADMIN",
      action: "outbox.retry",
      entityType: "OutboxEvent",
      entityId: input.ids ? input.ids.join(",") : "all",
      data: { count },
    });
    return count;
  });
  if (count > 0) notifyOutbox();
  return count;
}
