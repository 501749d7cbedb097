/**
 * A person's right to have their data erased (UU 27/2022), weighed against the records others
 * must keep: a shop's orders, the ledger and cashbook (bookkeeping is kept for ten years under
 * the tax law, UU KUP) and the audit log. The account and what only it needs are erased; the
 * person's name, phone and address are taken out of the records that stay. The field-by-field
 * list and the reasons are in docs/decisions/014-personal-data.md.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import {
  authorizePrivacyRequest,
  ERASED_PHONE_PREFIX,
  erasureBlockers,
  type PrivacyActor,
} from "./personal-data.server";
import {
  BUYER_PARAM_KINDS,
  ERASED_BUYER_TEXT,
  ERASED_NAME,
  orderIdOfNotificationKey,
  redactProviderPayload,
  scrubNotificationParams,
} from "./redact";

type Tx = Prisma.TransactionClient;

/**
 * Login throttle rows keyed by this phone (rate-limiter-flexible keys are `<prefix>:<key>`, and
 * ours are the phone alone or `<phone>|<client>`), whatever the counter.
 */
const throttleRowsOf = (phone: string): Prisma.RateLimiterFlexibleWhereInput => ({
  OR: [{ key: { endsWith: `:${phone}` } }, { key: { contains: `:${phone}|` } }],
});

// Keeps each `OR` of `contains` conditions to a size both databases plan well.
const CHUNK = 100;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export interface ErasureResult {
  erasedAt: string;
  /** Records kept for the shops, without the person in them. */
  kept: { checkouts: number; orders: number; reviews: number };
  removed: { sessions: number; notifications: number };
}

/** Refuses, with the reason, an erasure that would take away something others still need. */
async function assertErasable(
  tx: Tx,
  user: { id: string; roles: { role: Role }[]; ownedSellers: { businessName: string }[] },
): Promise<void> {
  const [blocker] = await erasureBlockers(tx, user);
  if (!blocker) return;
  switch (blocker.kind) {
    case "staff":
      throw new DomainError(
        "CONFLICT",
        `Akun ini memegang peran petugas (${blocker.roles.join(", ")}). Minta admin mencabut peran itu lebih dulu, lalu ulangi penghapusan.`,
        { blocker: "roles", roles: blocker.roles },
      );
    case "seller":
      throw new DomainError(
        "CONFLICT",
        `Akun ini pemilik UMKM ${blocker.names.join(", ")}. Catatan usaha (pembukuan, pelatihan, legalitas) disimpan program: hubungi staf dinas kabupaten untuk menutup atau mengalihkan toko lebih dulu.`,
        { blocker: "seller" },
      );
    case "orders":
      throw new DomainError(
        "CONFLICT",
        `Masih ada pesanan yang belum selesai (${blocker.codes.join(", ")}). Penjual masih memerlukan nama, nomor HP dan alamat untuk mengantar atau menagih; akun bisa dihapus setelah semua pesanan selesai atau dibatalkan.`,
        { blocker: "orders", orders: blocker.codes },
      );
  }
}

/**
 * Takes the buyer out of what the platform copied from their orders for others: the name in a
 * shop's "new order" news and the reason of an order the buyer cancelled, both in the in-app
 * notifications of the shop's owner and operators and in the notify events of the outbox that
 * wrote them. Every key of an order's notifications contains the order's id.
 */
async function scrubCopiesForOthers(
  tx: Tx,
  input: { userId: string; orderIds: string[]; buyerCancelled: Set<string> },
): Promise<void> {
  for (const ids of chunks(input.orderIds)) {
    const notifications = await tx.notification.findMany({
      where: {
        userId: { not: input.userId },
        kind: { in: [...BUYER_PARAM_KINDS] },
        OR: ids.map((id) => ({ dedupeKey: { contains: id } })),
      },
      select: { id: true, kind: true, dedupeKey: true, params: true },
    });
    for (const n of notifications) {
      const orderId = orderIdOfNotificationKey(n.dedupeKey);
      const params = scrubNotificationParams(
        n.kind,
        n.params,
        orderId !== null && input.buyerCancelled.has(orderId),
      );
      if (params) {
        await tx.notification.update({
          where: { id: n.id },
          data: { params: params as Prisma.InputJsonValue },
        });
      }
    }
    const events = await tx.outboxEvent.findMany({
      where: { topic: "notify", OR: ids.map((id) => ({ aggregateId: { contains: id } })) },
      select: { id: true, payload: true },
    });
    for (const event of events) {
      const payload = event.payload as { items?: unknown } | null;
      if (!payload || !Array.isArray(payload.items)) continue;
      let changed = false;
      const items = (payload.items as { kind?: unknown; key?: unknown; params?: unknown }[]).map(
        (item) => {
          const orderId = typeof item.key === "string" ? orderIdOfNotificationKey(item.key) : null;
          const params = scrubNotificationParams(
            String(item.kind),
            item.params,
            orderId !== null && input.buyerCancelled.has(orderId),
          );
          if (!params) return item;
          changed = true;
          return { ...item, params };
        },
      );
      if (changed) {
        await tx.outboxEvent.update({
          where: { id: event.id },
          data: { payload: { ...payload, items } as Prisma.InputJsonValue },
        });
      }
    }
  }
}

/**
 * Erases an account, in one transaction: either all of it happens or nothing does.
 *
 * Refused (CONFLICT) while the account holds a staff role, owns a shop, or has orders that are
 * not completed, cancelled or refunded. Afterwards the account cannot sign in, its phone number
 * and email are free for a new account, and the shops keep their orders, amounts and ledger
 * with the buyer shown as "Pengguna dihapus". The audit entry records that it happened, by
 * whom, and staff's reason — never the erased name, phone or address.
 */
export async function eraseAccount(
  db: Db,
  input: { userId: string; actor: PrivacyActor; reason?: string | null; now?: Date },
): Promise<ErasureResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: {
        id: true,
        name: true,
        phone: true,
        email: true,
        roles: { select: { role: true } },
        ownedSellers: { select: { businessName: true } },
      },
    });
    if (!user) throw new DomainError("NOT_FOUND", "Akun tidak ditemukan");
    if (user.phone.startsWith(ERASED_PHONE_PREFIX)) {
      throw new DomainError("CONFLICT", "Akun ini sudah dihapus");
    }
    const request = await authorizePrivacyRequest(tx, {
      subject: user,
      actor: input.actor,
      reason: input.reason,
    });
    await assertErasable(tx, user);

    const groups = await tx.orderGroup.findMany({
      where: { buyerId: user.id },
      select: { id: true, orders: { select: { id: true } } },
    });
    const orderIds = groups.flatMap((g) => g.orders.map((o) => o.id));
    const cancelledByBuyer = await tx.orderStatusChange.findMany({
      where: {
        actorId: user.id,
        toStatus: { in: ["CANCELLED", "REFUNDED"] },
        order: { group: { buyerId: user.id } },
      },
      select: { orderId: true },
    });
    const buyerCancelled = new Set(cancelledByBuyer.map((c) => c.orderId));

    // The shops' records stay; the buyer's name, phone and delivery address leave them.
    await tx.orderGroup.updateMany({
      where: { buyerId: user.id },
      data: { buyerName: ERASED_NAME, buyerPhone: "", address: "", desaCode: null },
    });
    // Text the buyer typed: cancellation reasons on the timeline and the order, review texts.
    await tx.orderStatusChange.updateMany({
      where: { actorId: user.id, note: { not: null } },
      data: { note: ERASED_BUYER_TEXT },
    });
    if (buyerCancelled.size > 0) {
      await tx.order.updateMany({
        where: { id: { in: [...buyerCancelled] }, cancelReason: { not: null } },
        data: { cancelReason: ERASED_BUYER_TEXT },
      });
    }
    const reviews = await tx.review.updateMany({
      where: { buyerId: user.id },
      data: { body: "" },
    });
    await scrubCopiesForOthers(tx, { userId: user.id, orderIds, buyerCancelled });
    const events = await tx.paymentEvent.findMany({
      where: { payment: { group: { buyerId: user.id } } },
      select: { id: true, payload: true },
    });
    for (const event of events) {
      await tx.paymentEvent.update({
        where: { id: event.id },
        data: { payload: redactProviderPayload(event.payload) as Prisma.InputJsonValue },
      });
    }

    // The owner's NIK is the person's, not the shop's record: it goes with them. (Owning a shop
    // refuses erasure today; this holds once a closed shop stays linked to its former owner.)
    await tx.seller.updateMany({
      where: { ownerId: user.id, ownerNikCipher: { not: null } },
      data: { ownerNikCipher: null },
    });
    // What only the account needed goes entirely (deliveries, which hold the phone or email
    // they went to, go with their notifications).
    const notifications = await tx.notification.deleteMany({ where: { userId: user.id } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.cart.deleteMany({ where: { userId: user.id } });
    await tx.userRole.deleteMany({ where: { userId: user.id } });
    await tx.rateLimiterFlexible.deleteMany({ where: throttleRowsOf(user.phone) });
    // The row stays, anonymised: orders, reviews, timelines and audit entries point at it.
    await tx.user.update({
      where: { id: user.id },
      data: {
        name: ERASED_NAME,
        phone: `${ERASED_PHONE_PREFIX}${user.id}`,
        email: null,
        passwordHash: null,
        disabledAt: now,
        notifyWhatsapp: false,
        notifyEmail: false,
      },
    });

    const result: ErasureResult = {
      erasedAt: now.toISOString(),
      kept: { checkouts: groups.length, orders: orderIds.length, reviews: reviews.count },
      removed: { sessions: sessions.count, notifications: notifications.count },
    };
    await recordAudit(tx, {
      actorId: input.actor.userId,
      actorRole: request.actorRole,
      action: "privacy.erase",
      entityType: "User",
      entityId: user.id,
      data: {
        onBehalf: request.onBehalf,
        ...(request.reason ? { reason: request.reason } : {}),
        kept: result.kept,
        removed: result.removed,
      },
      // The person's own address is personal data too; staff's is the record of who acted.
      ip: request.onBehalf ? (input.actor.ip ?? null) : null,
    });
    return result;
  });
}
