/** The in-app notification centre: a person's own notifications, newest first. */
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { renderNotification } from "./templates";

export interface InboxItem {
  id: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  read: boolean;
}

export async function unreadNotificationCount(db: Db, userId: string): Promise<number> {
  // The header's bell on every signed-in page: one raw read.
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return Number(rows[0]?.n ?? 0);
}

/** The newest notifications, rendered in the reader's language and grouped by Jakarta day. */
export async function listNotifications(
  db: Db,
  input: { userId: string; locale: Locale; take?: number },
): Promise<{ day: string; items: InboxItem[] }[]> {
  const rows = await db.notification.findMany({
    where: { userId: input.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take ?? 100,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  const days: { day: string; items: InboxItem[] }[] = [];
  for (const row of rows) {
    const day = jakartaDateOf(row.createdAt);
    const { title, body } = renderNotification(
      row.kind,
      (row.params ?? {}) as Record<string, unknown>,
      input.locale,
    );
    const item: InboxItem = {
      id: row.id,
      title,
      body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    };
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** Marks one of the user's notifications read and returns where it leads; null if not theirs. */
export async function openNotification(
  db: Db,
  input: { userId: string; id: string; now?: Date },
): Promise<string | null> {
  const row = await db.notification.findFirst({
    where: { id: input.id, userId: input.userId },
    select: { link: true, readAt: true },
  });
  if (!row) return null;
  if (!row.readAt) {
    await db.notification.updateMany({
      where: { id: input.id, userId: input.userId, readAt: null },
      data: { readAt: input.now ?? new Date() },
    });
  }
  return row.link;
}

export async function markAllNotificationsRead(
  db: Db,
  input: { userId: string; now?: Date },
): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: input.userId, readAt: null },
    data: { readAt: input.now ?? new Date() },
  });
  return count;
}
