import { notify } from "~/modules/notifications/notify.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DOCUMENT_SHORT_NAMES, EXPIRY_REMINDER_DAYS } from "./legality";

const DAY_MS = 86_400_000;

/**
 * Reminds shops of documents that expire within 30 days, and handles those that expired: the
 * shop is told and its products are reindexed, so the badge and the search facet drop. Each
 * expiry is handled once (a new scan with new dates starts over).
 */
export async function handleLegalityExpiry(
  db: Db,
  input: { now?: Date } = {},
): Promise<{ reminded: number; expired: number }> {
  const now = input.now ?? new Date();
  const soon = new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS);
  const [expiring, expired] = await Promise.all([
    db.sellerLegality.findMany({
      where: { status: "VERIFIED", remindedFor: null, expiresAt: { gt: now, lte: soon } },
      select: { id: true, sellerId: true, type: true, expiresAt: true },
      take: 500,
    }),
    db.sellerLegality.findMany({
      where: { status: "VERIFIED", expiredFor: null, expiresAt: { lte: now } },
      select: { id: true, sellerId: true, type: true, expiresAt: true },
      take: 500,
    }),
  ]);
  if (expiring.length === 0 && expired.length === 0) return { reminded: 0, expired: 0 };
  await db.$transaction(async (tx) => {
    for (const doc of expiring) {
      await tx.sellerLegality.updateMany({
        where: { id: doc.id, expiresAt: doc.expiresAt, remindedFor: null },
        data: { remindedFor: doc.expiresAt },
      });
    }
    for (const doc of expired) {
      await tx.sellerLegality.updateMany({
        where: { id: doc.id, expiresAt: doc.expiresAt, expiredFor: null },
        data: { expiredFor: doc.expiresAt },
      });
    }
    const notice = (
      doc: (typeof expired)[number],
      kind: "seller.legalityExpiring" | "seller.legalityExpired",
    ) => ({
      kind,
      to: { shop: doc.sellerId },
      params: {
        document: DOCUMENT_SHORT_NAMES[doc.type],
        lastDay: new Date(doc.expiresAt!.getTime() - 1).toISOString(),
      },
      link: `/kelola/${doc.sellerId}/legalitas`,
      key: `${kind}:${doc.id}:${doc.expiresAt!.toISOString()}`,
    });
    await notify(
      tx,
      [
        ...expiring.map((doc) => notice(doc, "seller.legalityExpiring")),
        ...expired.map((doc) => notice(doc, "seller.legalityExpired")),
      ],
      now,
    );
    const sellers = [...new Set(expired.map((d) => d.sellerId))];
    if (sellers.length > 0) {
      await enqueueOutbox(
        tx,
        sellers.map((id) => ({ topic: "search.seller", aggregateId: id })),
      );
    }
  });
  notifyOutbox();
  return { reminded: expiring.length, expired: expired.length };
}
