/**
 * Deadlines that move orders without anyone watching, and the reminders before them. Run by
 * every instance (server/jobs) about once a minute; safe to run anywhere at once: each order
 * moves through `changeStatus`'s conditional update (a lost race is skipped), and a reminder's
 * dedupe key lets it be written once however often the job runs. Every function takes `now`, so
 * tests move the clock instead of waiting.
 */
import { recordAudit } from "~/modules/audit/audit.server";
import { recordSizeClass } from "~/modules/growth/cashbook.server";
import { notify, type NotificationInput } from "~/modules/notifications/notify.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { jakartaDateOf, jakartaDayStart } from "~/utils/jakarta-calendar";
import {
  buyerOrderLink,
  orderDeadlineSettings,
  sellerOrderLink,
} from "./order-notifications.server";
import { cancel, cancelWithCardGroup, receiveOrder } from "./order-commands.server";
import { orderCore, type OrderCore } from "./order-status.server";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How long before each deadline its reminder goes out. */
export const REMINDER_LEAD_MS = {
  payment: 3 * HOUR_MS,
  pack: 12 * HOUR_MS,
  receive: DAY_MS,
} as const;
/** The staff digest goes out once a Jakarta day, from this hour on. */
const DIGEST_HOUR = 7;

/** What one pass did: orders moved, and notifications asked for. */
export interface DeadlineRun {
  expired: number;
  cancelled: number;
  received: number;
  reminders: number;
  training: number;
  digest: number;
}

/** Skips an order another instance (or a person) moved first. */
async function onceEach(orders: OrderCore[], move: (order: OrderCore) => Promise<void>) {
  let moved = 0;
  for (const order of orders) {
    try {
      await move(order);
      moved++;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
    }
  }
  return moved;
}

/**
 * Cancels unpaid orders past their deadline and returns their stock. Orders whose buyer sent a
 * transfer receipt wait for the seller instead.
 */
export async function expireUnpaidOrders(
  db: Db,
  input: { now?: Date; limit?: number } = {},
): Promise<number> {
  const now = input.now ?? new Date();
  const due = await db.order.findMany({
    where: {
      status: "PENDING_PAYMENT",
      expiresAt: { lte: now },
      payments: { none: { status: { in: ["AWAITING_CONFIRMATION", "SUCCEEDED"] } } },
    },
    orderBy: { expiresAt: "asc" },
    take: input.limit ?? 100,
    select: orderCore,
  });
  const expired = await onceEach(due, (order) =>
    db.$transaction((tx) =>
      cancelWithCardGroup(tx, order, {
        actorId: null,
        by: "system",
        reason: "Tidak dibayar sampai batas waktu",
        expiring: true,
      }),
    ),
  );
  if (expired > 0) notifyOutbox();
  return expired;
}

/** COD and paid orders the seller did not pack in time are cancelled (paid ones refunded). */
export async function cancelUnpackedOrders(
  db: Db,
  input: { now?: Date; limit?: number } = {},
): Promise<number> {
  const now = input.now ?? new Date();
  const hours = orderDeadlineSettings().packMs / HOUR_MS;
  const due = await db.order.findMany({
    where: { status: { in: ["COD_PENDING", "PAID"] }, packBy: { lte: now } },
    orderBy: { packBy: "asc" },
    take: input.limit ?? 100,
    select: orderCore,
  });
  const reason = `Dibatalkan otomatis: belum dikemas penjual dalam ${hours} jam`;
  const moved = await onceEach(due, (order) =>
    db.$transaction(async (tx) => {
      await cancel(tx, order, { actorId: null, by: "system", reason, at: now });
      await recordAudit(tx, {
        actorId: null,
        action: "order.autoCancel",
        entityType: "Order",
        entityId: order.id,
        sellerId: order.sellerId,
        data: { code: order.code, actor: "system", reason },
      });
    }),
  );
  if (moved > 0) notifyOutbox();
  return moved;
}

/**
 * A shipped order whose pickup was cancelled is not on its way: its receipt clock waits until it
 * goes out again (a new booking or a typed waybill starts the clock over).
 */
const TRAVELLING = { NOT: { shipment: { is: { status: "CANCELLED" } } } } as const;

/** Shipped orders the buyer did not confirm in time are received and completed. */
export async function receiveOverdueOrders(
  db: Db,
  input: { now?: Date; feePercent: number; limit?: number },
): Promise<number> {
  const now = input.now ?? new Date();
  const days = orderDeadlineSettings().receiveMs / DAY_MS;
  const due = await db.order.findMany({
    where: { status: "SHIPPED", receiveBy: { lte: now }, ...TRAVELLING },
    orderBy: { receiveBy: "asc" },
    take: input.limit ?? 100,
    select: orderCore,
  });
  const note = `Diterima otomatis: pembeli tidak mengonfirmasi dalam ${days} hari`;
  const sellers = new Set<string>();
  const moved = await onceEach(due, async (order) => {
    await db.$transaction(async (tx) => {
      await receiveOrder(tx, order, { actorId: null, feePercent: input.feePercent, at: now, note });
      await recordAudit(tx, {
        actorId: null,
        action: "order.autoReceive",
        entityType: "Order",
        entityId: order.id,
        sellerId: order.sellerId,
        data: { code: order.code, actor: "system" },
      });
    });
    sellers.add(order.sellerId);
  });
  if (moved > 0) notifyOutbox();
  for (const sellerId of sellers) await recordSizeClass(db, { sellerId });
  return moved;
}

/**
 * Reminders before each deadline: the buyer 3 hours before an unpaid order expires and a day
 * before a shipped order counts as received; the shop 12 hours before its pack deadline.
 */
export async function sendDeadlineReminders(
  db: Db,
  input: { now?: Date; limit?: number } = {},
): Promise<number> {
  const now = input.now ?? new Date();
  const take = input.limit ?? 500;
  const within = (lead: number) => ({ gt: now, lte: new Date(now.getTime() + lead) });
  const select = {
    id: true,
    code: true,
    sellerId: true,
    total: true,
    expiresAt: true,
    packBy: true,
    receiveBy: true,
    seller: { select: { businessName: true } },
    group: { select: { code: true, buyerId: true } },
  } as const;
  const [unpaid, unpacked, unconfirmed] = await Promise.all([
    db.order.findMany({
      where: {
        status: "PENDING_PAYMENT",
        remindedAt: null,
        expiresAt: within(REMINDER_LEAD_MS.payment),
        // A buyer who sent a receipt has paid as far as they know.
        payments: { none: { status: "AWAITING_CONFIRMATION" } },
      },
      take,
      select,
    }),
    db.order.findMany({
      where: {
        status: { in: ["COD_PENDING", "PAID"] },
        remindedAt: null,
        packBy: within(REMINDER_LEAD_MS.pack),
      },
      take,
      select,
    }),
    db.order.findMany({
      where: {
        status: "SHIPPED",
        remindedAt: null,
        receiveBy: within(REMINDER_LEAD_MS.receive),
        ...TRAVELLING,
      },
      take,
      select,
    }),
  ]);
  if (unpaid.length + unpacked.length + unconfirmed.length === 0) return 0;
  const written = await db.$transaction(async (tx) => {
    const buyerOf = (o: (typeof unpaid)[number]) => ({ users: [o.group.buyerId] });
    const items: NotificationInput[] = [
      ...unpaid.map((o): NotificationInput => ({
        kind: "buyer.paymentDue",
        to: buyerOf(o),
        params: { code: o.code, total: o.total, deadline: o.expiresAt!.toISOString() },
        link: buyerOrderLink(o.group.code),
        key: `buyer.paymentDue:${o.id}`,
      })),
      ...unpacked.map((o): NotificationInput => ({
        kind: "seller.packSoon",
        to: { shop: o.sellerId },
        params: { code: o.code, packBy: o.packBy!.toISOString() },
        link: sellerOrderLink(o.sellerId, o.code),
        key: `seller.packSoon:${o.id}`,
      })),
      ...unconfirmed.map((o): NotificationInput => ({
        kind: "buyer.receiveSoon",
        to: buyerOf(o),
        params: {
          code: o.code,
          shop: o.seller.businessName,
          receiveBy: o.receiveBy!.toISOString(),
        },
        link: buyerOrderLink(o.group.code),
        key: `buyer.receiveSoon:${o.id}`,
      })),
    ];
    // Each reminder once: the mark is cleared when the order moves on to its next deadline. Only
    // orders still in the status read are marked; one that moved meanwhile is left alone.
    for (const [orders, status] of [
      [unpaid, ["PENDING_PAYMENT"]],
      [unpacked, ["COD_PENDING", "PAID"]],
      [unconfirmed, ["SHIPPED"]],
    ] as const) {
      if (orders.length === 0) continue;
      await tx.order.updateMany({
        where: {
          id: { in: orders.map((o) => o.id) },
          status: { in: [...status] },
          remindedAt: null,
        },
        data: { remindedAt: now },
      });
    }
    return notify(tx, items, now);
  });
  if (written > 0) notifyOutbox();
  return written;
}

/** Sellers registered for a session that starts tomorrow (Jakarta calendar) are reminded. */
export async function sendTrainingReminders(db: Db, input: { now?: Date } = {}): Promise<number> {
  const now = input.now ?? new Date();
  const tomorrow = jakartaDayStart(jakartaDateOf(new Date(now.getTime() + DAY_MS)));
  const sessions = await db.trainingSession.findMany({
    where: { startsAt: { gte: tomorrow, lt: new Date(tomorrow.getTime() + DAY_MS) } },
    select: {
      id: true,
      startsAt: true,
      venue: true,
      programme: { select: { title: true } },
      attendances: { where: { status: "REGISTERED" }, select: { sellerId: true } },
    },
  });
  const sellerIds = [...new Set(sessions.flatMap((s) => s.attendances.map((a) => a.sellerId)))];
  if (sellerIds.length === 0) return 0;
  const written = await db.$transaction(async (tx) =>
    notify(
      tx,
      sessions.flatMap((session) =>
        session.attendances.map((a): NotificationInput => ({
          kind: "seller.trainingTomorrow",
          to: { shop: a.sellerId },
          params: {
            title: session.programme.title,
            startsAt: session.startsAt.toISOString(),
            venue: session.venue,
          },
          link: `/kelola/${a.sellerId}/pelatihan`,
          key: `seller.trainingTomorrow:${session.id}:${a.sellerId}`,
        })),
      ),
      now,
    ),
  );
  if (written > 0) notifyOutbox();
  return written;
}

/** Once a Jakarta day (from 07:00), staff hear how many UMKM wait for verification. */
export async function sendVerificationDigest(db: Db, input: { now?: Date } = {}): Promise<number> {
  const now = input.now ?? new Date();
  const day = jakartaDateOf(now);
  if (now.getTime() < jakartaDayStart(day).getTime() + DIGEST_HOUR * HOUR_MS) return 0;
  const waiting = await db.seller.count({ where: { verificationStatus: "PENDING" } });
  if (waiting === 0) return 0;
  const written = await db.$transaction(async (tx) =>
    notify(
      tx,
      [
        {
          kind: "staff.verificationDigest",
          to: { role: "STAFF" },
          params: { count: String(waiting) },
          link: "/staf/verifikasi",
          key: `staff.verificationDigest:${day}`,
        },
      ],
      now,
    ),
  );
  if (written > 0) notifyOutbox();
  return written;
}

/** One pass of every deadline and reminder. */
export async function runOrderDeadlines(
  db: Db,
  input: { now?: Date; feePercent: number },
): Promise<DeadlineRun> {
  let expired = 0;
  for (let batch = await expireUnpaidOrders(db, input); batch > 0;) {
    expired += batch;
    batch = await expireUnpaidOrders(db, input);
  }
  const cancelled = await cancelUnpackedOrders(db, input);
  const received = await receiveOverdueOrders(db, input);
  const reminders = await sendDeadlineReminders(db, input);
  const training = await sendTrainingReminders(db, input);
  const digest = await sendVerificationDigest(db, input);
  return { expired, cancelled, received, reminders, training, digest };
}
