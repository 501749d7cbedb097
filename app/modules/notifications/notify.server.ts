/**
 * Writing notifications: called inside the transaction of the change that causes them, so a
 * notification exists exactly when its cause committed. Each (cause, recipient) is written once —
 * the dedupe key is unique, so a replayed event or a second instance adds nothing — and each
 * outside channel the recipient opted into gets one delivery row and one outbox event, which the
 * delivery worker sends after the commit.
 */
import crypto from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import type { NotificationChannel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { isLocale, type Locale } from "~/utils/i18n";
import { insertRows } from "~/utils/sql.server";
import { channelSettings, enabledChannels } from "./channels.server";
import type { NotificationKind, NotificationParams } from "./templates";

type Tx = Prisma.TransactionClient | Db;

export const NOTIFY_TOPICS = { WHATSAPP: "notify.whatsapp", EMAIL: "notify.email" } as const;

/** A person to notify, with what decides their channels. */
export interface Recipient {
  id: string;
  locale: Locale;
  phone: string;
  email: string | null;
  notifyWhatsapp: boolean;
  notifyEmail: boolean;
}

export interface NotificationInput<K extends NotificationKind = NotificationKind> {
  kind: K;
  recipients: Recipient[];
  params: NotificationParams<K>;
  link: string;
  /** The cause, e.g. `order.new:<orderId>`; the recipient's id is appended. */
  key: string;
  /** Whoever caused it is not told about their own action. */
  actorId?: string | null;
  /** Only these channels beyond in-app (the account page's test send names one). */
  channels?: NotificationChannel[];
}

const recipientColumns = Prisma.sql`u."id", u."locale", u."phone", u."email", u."notifyWhatsapp", u."notifyEmail"`;

function toRecipient(row: Record<string, unknown>): Recipient {
  const flag = (v: unknown) => v === true || Number(v) === 1;
  return {
    id: String(row.id),
    locale: isLocale(row.locale) ? row.locale : "id",
    phone: String(row.phone),
    email: row.email === null || row.email === undefined ? null : String(row.email),
    notifyWhatsapp: flag(row.notifyWhatsapp),
    notifyEmail: flag(row.notifyEmail),
  };
}

/**
 * Who hears about a shop: its owner and the operators (pendamping) of its desa. Disabled
 * accounts are left out. One query for any number of shops.
 */
export async function sellerRecipients(
  tx: Tx,
  sellerIds: string[],
): Promise<Map<string, Recipient[]>> {
  const result = new Map<string, Recipient[]>(sellerIds.map((id) => [id, []]));
  if (sellerIds.length === 0) return result;
  const ids = Prisma.join(sellerIds);
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT s."id" AS "sellerId", ${recipientColumns}
    FROM "Seller" s JOIN "User" u ON u."id" = s."ownerId"
    WHERE s."id" IN (${ids}) AND u."disabledAt" IS NULL
    UNION
    SELECT s."id" AS "sellerId", ${recipientColumns}
    FROM "Seller" s
    JOIN "UserRole" r ON r."role" = 'OPERATOR' AND r."regionCode" = s."desaCode"
    JOIN "User" u ON u."id" = r."userId"
    WHERE s."id" IN (${ids}) AND u."disabledAt" IS NULL`;
  for (const row of rows) result.get(String(row.sellerId))?.push(toRecipient(row));
  return result;
}

/** Users by id (disabled accounts are left out). */
export async function userRecipients(tx: Tx, userIds: (string | null)[]): Promise<Recipient[]> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT ${recipientColumns} FROM "User" u
    WHERE u."id" IN (${Prisma.join(ids)}) AND u."disabledAt" IS NULL`;
  return rows.map(toRecipient);
}

/** Everyone holding a role (staff for the daily digest). */
export async function roleRecipients(tx: Tx, role: "STAFF" | "ADMIN"): Promise<Recipient[]> {
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT ${recipientColumns} FROM "User" u
    JOIN "UserRole" r ON r."userId" = u."id"
    WHERE r."role" = ${role} AND u."disabledAt" IS NULL`;
  return rows.map(toRecipient);
}

function channelAddress(channel: NotificationChannel, r: Recipient): string | null {
  if (channel === "WHATSAPP") return r.notifyWhatsapp ? r.phone : null;
  return r.notifyEmail && r.email ? r.email : null;
}

/**
 * Writes notifications and their deliveries in the caller's transaction. Returns how many
 * notifications were new. Call `notifyOutbox()` after the commit so the worker sends at once.
 */
export async function notify(
  tx: Tx,
  inputs: NotificationInput[],
  now: Date = new Date(),
): Promise<number> {
  const configured = enabledChannels(channelSettings());
  const rows: {
    id: string;
    userId: string;
    kind: string;
    params: string;
    link: string;
    dedupeKey: string;
    createdAt: Date;
  }[] = [];
  const byId = new Map<string, { recipient: Recipient; channels: NotificationChannel[] }>();
  for (const input of inputs) {
    const seen = new Set<string>();
    const channels = configured.filter((c) => !input.channels || input.channels.includes(c));
    for (const recipient of input.recipients) {
      if (recipient.id === input.actorId || seen.has(recipient.id)) continue;
      seen.add(recipient.id);
      const id = crypto.randomUUID();
      rows.push({
        id,
        userId: recipient.id,
        kind: input.kind,
        params: JSON.stringify(input.params),
        link: input.link,
        dedupeKey: `${input.key}:${recipient.id}`,
        createdAt: now,
      });
      byId.set(id, { recipient, channels });
    }
  }
  if (rows.length === 0) return 0;
  const inserted = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`${insertRows("Notification", rows)} ON CONFLICT ("dedupeKey") DO NOTHING RETURNING "id"`,
  );
  const deliveries: {
    id: string;
    notificationId: string;
    channel: NotificationChannel;
    status: "PENDING";
    address: string;
    createdAt: Date;
  }[] = [];
  for (const { id } of inserted) {
    const target = byId.get(String(id));
    if (!target) continue;
    for (const channel of target.channels) {
      const address = channelAddress(channel, target.recipient);
      if (!address) continue;
      deliveries.push({
        id: crypto.randomUUID(),
        notificationId: String(id),
        channel,
        status: "PENDING",
        address,
        createdAt: now,
      });
    }
  }
  if (deliveries.length > 0) {
    await tx.$executeRaw(insertRows("NotificationDelivery", deliveries));
    await tx.$executeRaw(
      insertRows(
        "OutboxEvent",
        deliveries.map((d) => ({
          topic: NOTIFY_TOPICS[d.channel],
          aggregateId: d.id,
          payload: "{}",
          status: "PENDING",
          // Real time, not the caller's clock: a deadline job run with a moved clock still
          // hands its messages to the worker now.
          availableAt: new Date(),
          createdAt: new Date(),
        })),
      ),
    );
  }
  return inserted.length;
}
