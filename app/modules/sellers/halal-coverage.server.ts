/**
 * Which products a shop's halal certificate covers. The Halal badge needs both: the product
 * covered, and the certificate verified and unexpired (legality.ts).
 */
import { z } from "zod";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";

/** The halal certificate's coverage: which of the seller's products it covers. */
export async function listHalalCoverage(db: Db, sellerId: string) {
  return db.product.findMany({
    where: { sellerId, status: { not: "ARCHIVED" } },
    orderBy: { title: "asc" },
    select: { id: true, title: true, isHalal: true },
  });
}

export const HalalCoverageSchema = z.object({
  productIds: z
    .array(z.string().min(1).max(40))
    .max(2_000)
    .optional()
    .transform((v) => v ?? []),
});

/**
 * The seller ticks the products their halal certificate covers. A ticked product shows the
 * Halal badge only while the certificate is verified and unexpired.
 */
export async function setHalalCoverage(
  db: Db,
  input: { actor: { id: string; role: Role }; sellerId: string; productIds: string[] },
): Promise<{ changed: number }> {
  const covered = new Set(input.productIds);
  const changed = await db.$transaction(async (tx) => {
    const products = await tx.product.findMany({
      where: { sellerId: input.sellerId, status: { not: "ARCHIVED" } },
      select: { id: true, isHalal: true },
    });
    const flips = products.filter((p) => p.isHalal !== covered.has(p.id));
    const on = flips.filter((p) => !p.isHalal).map((p) => p.id);
    const off = flips.filter((p) => p.isHalal).map((p) => p.id);
    if (on.length > 0) {
      await tx.product.updateMany({
        where: { id: { in: on }, sellerId: input.sellerId },
        data: { isHalal: true },
      });
    }
    if (off.length > 0) {
      await tx.product.updateMany({
        where: { id: { in: off }, sellerId: input.sellerId },
        data: { isHalal: false },
      });
    }
    if (flips.length > 0) {
      await enqueueOutbox(
        tx,
        flips.map((p) => ({ topic: "search.product", aggregateId: p.id })),
      );
      await recordAudit(tx, {
        actorId: input.actor.id,
        actorRole: input.actor.role,
        action: "legality.halal.coverage",
        entityType: "Seller",
        entityId: input.sellerId,
        sellerId: input.sellerId,
        data: { covered: on, uncovered: off },
      });
    }
    return flips.length;
  });
  if (changed > 0) notifyOutbox();
  return { changed };
}
