/**
 * Sends notifications from the outbox: WhatsApp and email, after the commit that wrote
 * them, with retries and backoff. A provider outage never reaches the change that caused the
 * notification; it only delays the message. Each delivery is claimed by one worker (outbox
 * claims), sent, and marked SENT once; a refused request (4xx) is marked FAILED with the
 * provider's reason and parked as a dead letter for /admin/antrian.
 */
import { Prisma } from "~/generated/prisma/client";
import type { NotificationChannel } from "~/generated/prisma/enums";
import {
  claimOutbox,
  completeOutbox,
  failOutbox,
  MAX_ATTEMPTS,
  notifyOutbox,
  type ClaimedEvent,
  type OutboxTopic,
} from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { isLocale } from "~/utils/i18n";
import { sqlValue } from "~/utils/sql.server";
import { channelSenders, channelSettings, DeliveryError, type Sender } from "./channels.server";
import { NOTIFY_TOPIC, SEND_TOPICS, writeNotifyEvents } from "./notify.server";
import { isNotificationKind } from "./templates";

/** Spaces calls evenly at `perSecond`: callers wait their turn (a queue, never a drop). */
export class RateGate {
  private next = 0;
  constructor(private readonly perSecond: number) {}
  async wait(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.next);
    this.next = slot + 1_000 / this.perSecond;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}

const globalForGates = globalThis as unknown as { __pasarWhatsappGate?: RateGate };

function whatsappGate(perSecond: number): RateGate {
  globalForGates.__pasarWhatsappGate ??= new RateGate(perSecond);
  return globalForGates.__pasarWhatsappGate;
}

type Outcome =
  | { kind: "sent"; providerRef: string | null }
  | { kind: "skipped" }
  | { kind: "failed"; error: Error; permanent: boolean };

/**
 * One round of the notification worker: writes the notifications of new notify events (with
 * their deliveries), and sends the deliveries it claimed, up to `limit` events in all. Returns how many events it claimed (0 when there was nothing to do).
 */
export async function processNotificationOutbox(
  db: Db,
  input: {
    workerId: string;
    limit?: number;
    senders?: Partial<Record<NotificationChannel, Sender>>;
  },
): Promise<number> {
  const senders = input.senders ?? channelSenders();
  const channels = Object.keys(senders) as NotificationChannel[];
  const claimed = await claimOutbox(db, {
    topics: [NOTIFY_TOPIC, ...channels.map((c) => SEND_TOPICS[c] as OutboxTopic)],
    limit: input.limit ?? 200,
    workerId: input.workerId,
  });
  if (claimed.length === 0) return 0;
  const notifyEvents = claimed.filter((e) => e.topic === NOTIFY_TOPIC);
  if (notifyEvents.length > 0) {
    await writeNotifyEvents(db, notifyEvents, channels);
    // Their deliveries are new outbox events: sent in the next round, which comes at once.
    notifyOutbox();
  }
  const events = claimed.filter((e) => e.topic !== NOTIFY_TOPIC);
  if (events.length === 0) return claimed.length;
  const deliveries = await db.notificationDelivery.findMany({
    where: { id: { in: events.map((e) => e.aggregateId) } },
    select: {
      id: true,
      channel: true,
      status: true,
      address: true,
      notification: {
        select: {
          kind: true,
          params: true,
          link: true,
          user: {
            select: { locale: true, notifyWhatsapp: true, notifyEmail: true, disabledAt: true },
          },
        },
      },
    },
  });
  const byId = new Map(deliveries.map((d) => [d.id, d]));
  // A dead letter an admin sends again (/admin/antrian) comes back with its attempts at zero; its
  // failed delivery is tried again. A failed delivery's own event never restarts at zero.
  const retried = events
    .filter((e) => e.attempts === 0 && byId.get(e.aggregateId)?.status === "FAILED")
    .map((e) => e.aggregateId);
  if (retried.length > 0) {
    await db.notificationDelivery.updateMany({
      where: { id: { in: retried }, status: "FAILED" },
      data: { status: "PENDING" },
    });
    for (const id of retried) byId.get(id)!.status = "PENDING";
  }
  const whatsapp = channelSettings().whatsapp;
  const gate = whatsapp ? whatsappGate(whatsapp.messagesPerSecond) : null;

  const outcomes = await Promise.all(
    events.map(async (event): Promise<[ClaimedEvent, Outcome | null]> => {
      const delivery = byId.get(event.aggregateId);
      // Already handled (a replayed event) or gone with its account: nothing to send.
      if (!delivery || delivery.status !== "PENDING") return [event, null];
      const { notification } = delivery;
      const user = notification.user;
      const optedIn = delivery.channel === "WHATSAPP" ? user.notifyWhatsapp : user.notifyEmail;
      if (!optedIn || user.disabledAt) {
        return [event, { kind: "skipped" }];
      }
      if (!isNotificationKind(notification.kind)) {
        return [
          event,
          {
            kind: "failed",
            error: new Error(`Unknown kind ${notification.kind}`),
            permanent: true,
          },
        ];
      }
      const sender = senders[delivery.channel];
      if (!sender) return [event, { kind: "skipped" }];
      try {
        if (delivery.channel === "WHATSAPP") await gate?.wait();
        const { providerRef } = await sender.send({
          kind: notification.kind,
          params: (notification.params ?? {}) as Record<string, unknown>,
          link: notification.link,
          locale: isLocale(user.locale) ? user.locale : "id",
          address: delivery.address,
        });
        return [event, { kind: "sent", providerRef }];
      } catch (error) {
        const permanent = error instanceof DeliveryError ? error.permanent : false;
        return [event, { kind: "failed", error: error as Error, permanent }];
      }
    }),
  );

  const done: number[] = [];
  const sent: { id: string; providerRef: string | null }[] = [];
  const skipped: string[] = [];
  const failed: [ClaimedEvent, Extract<Outcome, { kind: "failed" }>][] = [];
  for (const [event, outcome] of outcomes) {
    if (!outcome) done.push(event.id);
    else if (outcome.kind === "sent") {
      sent.push({ id: event.aggregateId, providerRef: outcome.providerRef });
      done.push(event.id);
    } else if (outcome.kind === "skipped") {
      skipped.push(event.aggregateId);
      done.push(event.id);
    } else failed.push([event, outcome]);
  }
  // One short write transaction for the whole batch: SQLite has one writer, and checkouts wait
  // behind every commit.
  const now = new Date();
  await db.$transaction(async (tx) => {
    if (sent.length > 0) await tx.$executeRaw(markSent(sent, now));
    if (skipped.length > 0) {
      await tx.notificationDelivery.updateMany({
        where: { id: { in: skipped }, status: "PENDING" },
        data: {
          status: "SKIPPED",
          lastError: "Penerima berhenti berlangganan atau kanal tidak aktif",
        },
      });
    }
    await completeOutbox(tx, done);
  });
  for (const [event, outcome] of failed) {
    const final = outcome.permanent || event.attempts + 1 >= MAX_ATTEMPTS;
    await db.notificationDelivery.updateMany({
      where: { id: event.aggregateId, status: "PENDING" },
      data: {
        lastError: outcome.error.message.slice(0, 2_000),
        ...(final ? { status: "FAILED" as const } : {}),
      },
    });
    await failOutbox(db, [event], outcome.error, { permanent: outcome.permanent });
  }
  return claimed.length;
}

/** Marks a batch of deliveries sent, each with its provider reference, in one statement. */
function markSent(rows: { id: string; providerRef: string | null }[], at: Date): Prisma.Sql {
  const refs = Prisma.join(
    rows.map((r) => Prisma.sql`WHEN ${r.id} THEN ${r.providerRef}`),
    " ",
  );
  return Prisma.sql`
    UPDATE "NotificationDelivery"
    SET "status" = 'SENT', "sentAt" = ${sqlValue(at, "timestamp")}, "lastError" = NULL,
      "providerRef" = CASE "id" ${refs} ELSE "providerRef" END
    WHERE "id" IN (${Prisma.join(rows.map((r) => r.id))}) AND "status" = 'PENDING'`;
}
