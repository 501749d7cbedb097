/**
 * Sends notification deliveries from the outbox: WhatsApp and email, after the commit that wrote
 * them, with retries and backoff. A provider outage never reaches the change that caused the
 * notification; it only delays the message. Each delivery is claimed by one worker (outbox
 * claims), sent, and marked SENT once; a refused request (4xx) is marked FAILED with the
 * provider's reason and parked as a dead letter for /admin/antrian.
 */
import type { NotificationChannel } from "~/generated/prisma/enums";
import {
  claimOutbox,
  completeOutbox,
  failOutbox,
  MAX_ATTEMPTS,
  type ClaimedEvent,
  type OutboxTopic,
} from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { isLocale } from "~/utils/i18n";
import { channelSenders, channelSettings, DeliveryError, type Sender } from "./channels.server";
import { NOTIFY_TOPICS } from "./notify.server";
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
  | { kind: "skipped"; reason: string }
  | { kind: "failed"; error: Error; permanent: boolean };

/** Claims and sends up to `limit` deliveries; returns how many were claimed. */
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
  if (channels.length === 0) return 0;
  const events = await claimOutbox(db, {
    topics: channels.map((c) => NOTIFY_TOPICS[c] as OutboxTopic),
    limit: input.limit ?? 50,
    workerId: input.workerId,
  });
  if (events.length === 0) return 0;
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
        return [event, { kind: "skipped", reason: "Penerima berhenti berlangganan kanal ini" }];
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
      if (!sender) return [event, { kind: "skipped", reason: "Kanal tidak aktif" }];
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
  const now = new Date();
  for (const [event, outcome] of outcomes) {
    if (!outcome) {
      done.push(event.id);
    } else if (outcome.kind === "sent") {
      await db.notificationDelivery.updateMany({
        where: { id: event.aggregateId, status: "PENDING" },
        data: { status: "SENT", sentAt: now, providerRef: outcome.providerRef, lastError: null },
      });
      done.push(event.id);
    } else if (outcome.kind === "skipped") {
      await db.notificationDelivery.updateMany({
        where: { id: event.aggregateId, status: "PENDING" },
        data: { status: "SKIPPED", lastError: outcome.reason },
      });
      done.push(event.id);
    } else {
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
  }
  await completeOutbox(db, done);
  return events.length;
}
