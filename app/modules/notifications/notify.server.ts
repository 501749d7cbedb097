/**
 * Notifying someone is an outbox event written in the transaction of the change that causes it:
 * it exists exactly when its cause committed, and it costs that transaction one row (checkout
 * adds it to the row it already writes for the search index). The notification worker then
 * writes the in-app notifications — one per (cause, recipient): the dedupe key is unique, so a
 * replayed event or a second instance adds nothing — and, for whoever opted in, one WhatsApp or
 * email delivery each (delivery.server.ts).
 */
import crypto from "node:crypto";
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import type { NotificationChannel } from "~/generated/prisma/enums";
import {
  completeOutbox,
  enqueueOutbox,
  failOutbox,
  type ClaimedEvent,
  type OutboxEventInput,
} from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { databaseProvider, insertRows, sqlValue } from "~/utils/sql.server";
import { isNotificationKind, type NotificationKind, type NotificationParams } from "./templates";

type Tx = Prisma.TransactionClient | Db;

export const NOTIFY_TOPIC = "notify" as const;
export const SEND_TOPICS = { WHATSAPP: "notify.whatsapp", EMAIL: "notify.email" } as const;

/** Who hears of it: given users, a shop (its owner and its desa's operators), or a role. */
export type Audience =
  { users: (string | null | undefined)[] } | { shop: string } | { role: "STAFF" | "ADMIN" };

export interface NotificationInput<K extends NotificationKind = NotificationKind> {
  kind: K;
  to: Audience;
  params: NotificationParams<K>;
  link: string;
  /** The cause, e.g. `seller.orderNew:<orderId>`; the recipient's id is appended. */
  key: string;
  /** Whoever caused it is not told about their own action. */
  actorId?: string | null;
}

/** The outbox payload, checked again when the worker reads it back. */
export const NotifyPayloadSchema = z.object({
  at: z.iso.datetime(),
  /** Only these outside channels (the account page's test send names one); null = all. */
  channels: z.array(z.enum(["WHATSAPP", "EMAIL"])).nullable(),
  items: z
    .array(
      z.object({
        kind: z.string().refine(isNotificationKind, { error: "unknown notification kind" }),
        to: z.union([
          z.object({ users: z.array(z.string().nullable().optional()) }),
          z.object({ shop: z.string().min(1) }),
          z.object({ role: z.enum(["STAFF", "ADMIN"]) }),
        ]),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        link: z.string().startsWith("/"),
        key: z.string().min(1).max(300),
        actorId: z.string().nullable().optional(),
      }),
    )
    .min(1),
});
export type NotifyPayload = z.infer<typeof NotifyPayloadSchema>;

/** Items per outbox event: the worker writes an event with one SQL statement of this many parts. */
const ITEMS_PER_EVENT = 100;

/** The outbox events that notify `inputs`, for a caller that writes its events in one insert. */
export function notificationEvents(
  inputs: NotificationInput[],
  now: Date = new Date(),
  options: { channels?: NotificationChannel[] } = {},
): OutboxEventInput[] {
  const events: OutboxEventInput[] = [];
  for (let i = 0; i < inputs.length; i += ITEMS_PER_EVENT) {
    const chunk = inputs.slice(i, i + ITEMS_PER_EVENT);
    const payload: NotifyPayload = {
      at: now.toISOString(),
      channels: options.channels ?? null,
      items: chunk.map((c) => ({ ...c, params: c.params as Record<string, string | number> })),
    };
    // Plain JSON (strings, numbers, null): the cast only tells Prisma's JSON type so.
    events.push({
      topic: NOTIFY_TOPIC,
      aggregateId: chunk[0]!.key,
      payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue,
    });
  }
  return events;
}

/**
 * Notifies, in the caller's transaction; returns how many notifications were asked for. Call
 * `notifyOutbox()` after the commit so the worker writes and sends at once.
 */
export async function notify(
  tx: Tx,
  inputs: NotificationInput[],
  now: Date = new Date(),
  options: { channels?: NotificationChannel[] } = {},
): Promise<number> {
  const events = notificationEvents(inputs, now, options);
  if (events.length > 0) await enqueueOutbox(tx, events);
  return inputs.length;
}

// ───────────────────────── Written by the worker ─────────────────────────

/** The user ids of an audience, as a subquery of one column "userId" (active accounts only). */
function audienceSql(to: Audience): Prisma.Sql {
  if ("shop" in to) {
    return Prisma.sql`
      SELECT u."id" AS "userId" FROM "Seller" s JOIN "User" u ON u."id" = s."ownerId"
      WHERE s."id" = ${to.shop} AND u."disabledAt" IS NULL
      UNION
      SELECT u."id" AS "userId" FROM "Seller" s
      JOIN "UserRole" r ON r."role" = 'OPERATOR' AND r."regionCode" = s."desaCode"
      JOIN "User" u ON u."id" = r."userId"
      WHERE s."id" = ${to.shop} AND u."disabledAt" IS NULL`;
  }
  if ("role" in to) {
    return Prisma.sql`
      SELECT u."id" AS "userId" FROM "User" u JOIN "UserRole" r ON r."userId" = u."id"
      WHERE r."role" = ${to.role} AND u."disabledAt" IS NULL`;
  }
  const ids = [...new Set(to.users.filter((id): id is string => !!id))];
  if (ids.length === 0) return Prisma.sql`SELECT u."id" AS "userId" FROM "User" u WHERE 1 = 0`;
  return Prisma.sql`
    SELECT u."id" AS "userId" FROM "User" u
    WHERE u."id" IN (${Prisma.join(ids)}) AND u."disabledAt" IS NULL`;
}

/**
 * Writes the in-app notifications of one notify event (recipients found in SQL, one row per
 * cause and recipient) and returns the rows that are new.
 */
async function writeNotifications(
  tx: Prisma.TransactionClient,
  payload: NotifyPayload,
): Promise<{ id: string; userId: string }[]> {
  const newId =
    databaseProvider() === "postgresql"
      ? Prisma.sql`gen_random_uuid()::text`
      : Prisma.sql`lower(hex(randomblob(16)))`;
  const createdAt = sqlValue(new Date(payload.at), "timestamp");
  const selects = payload.items.map(
    (item) => Prisma.sql`
      SELECT ${newId} AS "id", a."userId", ${sqlValue(item.kind, "text")} AS "kind",
        ${sqlValue(item.params, "json")} AS "params", ${sqlValue(item.link, "text")} AS "link",
        ${sqlValue(`${item.key}:`, "text")} || a."userId" AS "dedupeKey", ${createdAt} AS "createdAt"
      FROM (${audienceSql(item.to)}) a
      WHERE a."userId" <> ${item.actorId ?? ""}`,
  );
  // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT.
  const rows = await tx.$queryRaw<{ id: string; userId: string }[]>`
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "link", "dedupeKey", "createdAt")
    SELECT * FROM (${Prisma.join(selects, " UNION ALL ")}) n WHERE true
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id", "userId"`;
  return rows.map((r) => ({ id: String(r.id), userId: String(r.userId) }));
}

/**
 * Turns claimed notify events into in-app notifications and, for each channel a recipient opted
 * into, one delivery with its outbox event — all in one transaction. Notifications are unique
 * per cause and recipient, and deliveries per notification and channel, so an event handled
 * twice adds nothing. An event whose payload cannot be read is a dead letter.
 */
export async function writeNotifyEvents(
  db: Db,
  events: ClaimedEvent[],
  configured: NotificationChannel[],
): Promise<void> {
  const stored = await db.outboxEvent.findMany({
    where: { id: { in: events.map((e) => e.id) } },
    select: { id: true, payload: true },
  });
  const payloads = new Map<number, NotifyPayload>();
  for (const event of stored) {
    const parsed = NotifyPayloadSchema.safeParse(event.payload);
    if (parsed.success) payloads.set(event.id, parsed.data);
  }
  const unreadable = events.filter((e) => !payloads.has(e.id));
  if (unreadable.length > 0) {
    await failOutbox(db, unreadable, new Error("Unreadable notification payload"), {
      permanent: true,
    });
  }
  if (payloads.size === 0) return;
  const now = new Date();
  await db.$transaction(async (tx) => {
    const written: { id: string; userId: string; channels: NotificationChannel[] }[] = [];
    for (const payload of payloads.values()) {
      const channels = configured.filter((c) => !payload.channels || payload.channels.includes(c));
      for (const row of await writeNotifications(tx, payload)) written.push({ ...row, channels });
    }
    const reachable = written.filter((w) => w.channels.length > 0);
    if (reachable.length > 0) {
      const users = await tx.user.findMany({
        where: { id: { in: [...new Set(reachable.map((w) => w.userId))] } },
        select: { id: true, phone: true, email: true, notifyWhatsapp: true, notifyEmail: true },
      });
      const byId = new Map(users.map((u) => [u.id, u]));
      const deliveries = reachable.flatMap((w) =>
        w.channels.flatMap((channel) => {
          const u = byId.get(w.userId);
          const address =
            channel === "WHATSAPP" ? u?.notifyWhatsapp && u.phone : u?.notifyEmail && u.email;
          return address
            ? [
                {
                  id: crypto.randomUUID(),
                  notificationId: w.id,
                  channel,
                  status: "PENDING" as const,
                  address,
                  createdAt: now,
                },
              ]
            : [];
        }),
      );
      if (deliveries.length > 0) {
        await tx.$executeRaw(insertRows("NotificationDelivery", deliveries));
        await enqueueOutbox(
          tx,
          deliveries.map((d) => ({ topic: SEND_TOPICS[d.channel], aggregateId: d.id })),
        );
      }
    }
    await completeOutbox(tx, [...payloads.keys()]);
  });
}
