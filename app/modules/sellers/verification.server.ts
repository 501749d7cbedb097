import type { Role, VerificationOutcome, VerificationStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notify.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { desaWithKecamatan } from "~/modules/regions/selects";

const STATUS_FOR: Record<VerificationOutcome, "VERIFIED" | "REJECTED" | "SUSPENDED"> = {
  APPROVED: "VERIFIED",
  REINSTATED: "VERIFIED",
  REJECTED: "REJECTED",
  SUSPENDED: "SUSPENDED",
};

/**
 * The decisions each status allows: an application is approved or rejected (a rejected one may be
 * approved once fixed), a verified shop may be suspended, a suspended one reinstated. Approving
 * needs no reason, so it can never lift a suspension.
 */
const OUTCOMES_FROM: Record<VerificationStatus, readonly VerificationOutcome[]> = {
  PENDING: ["APPROVED", "REJECTED"],
  REJECTED: ["APPROVED"],
  VERIFIED: ["SUSPENDED"],
  SUSPENDED: ["REINSTATED"],
};

/** What staff may decide about a seller in this status (the review page offers these). */
export function verificationOutcomesFor(
  status: VerificationStatus,
): readonly VerificationOutcome[] {
  return OUTCOMES_FROM[status];
}

// Kept in the notification's parameters, in the seller's usual language of business.
const OUTCOME_TEXT: Record<VerificationOutcome, string> = {
  APPROVED: "disetujui / approved",
  REINSTATED: "diaktifkan lagi / reinstated",
  REJECTED: "ditolak / rejected",
  SUSPENDED: "ditangguhkan / suspended",
};

/**
 * Records a verification decision (who, when, why), sets the seller's status, audits it and
 * tells the search index, all in one transaction: unverified sellers' products leave search.
 */
export async function decideSellerVerification(
  db: Db,
  input: {
    sellerId: string;
    outcome: VerificationOutcome;
    reason: string;
    decidedById: string;
    decidedByRole: Role;
  },
): Promise<void> {
  const reason = input.reason.trim();
  if (input.outcome !== "APPROVED" && reason.length < 5) {
    throw new DomainError("INVALID", "Alasan wajib diisi (minimal 5 huruf)", { field: "reason" });
  }
  const status = STATUS_FOR[input.outcome];
  await db.$transaction(async (tx) => {
    const seller = await tx.seller.findUnique({
      where: { id: input.sellerId },
      select: { verificationStatus: true, businessName: true },
    });
    if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
    if (!OUTCOMES_FROM[seller.verificationStatus].includes(input.outcome)) {
      throw new DomainError("CONFLICT", "Keputusan ini tidak berlaku untuk status UMKM saat ini");
    }
    // Conditional on the status just read: two decisions at once apply one.
    const { count } = await tx.seller.updateMany({
      where: { id: input.sellerId, verificationStatus: seller.verificationStatus },
      data: { verificationStatus: status, verifiedAt: status === "VERIFIED" ? new Date() : null },
    });
    if (count !== 1) {
      throw new DomainError("CONFLICT", "Keputusan ini tidak berlaku untuk status UMKM saat ini");
    }
    const decision = await tx.verificationDecision.create({
      select: { id: true },
      data: {
        sellerId: input.sellerId,
        decidedById: input.decidedById,
        outcome: input.outcome,
        reason,
      },
    });
    await recordAudit(tx, {
      actorId: input.decidedById,
      actorRole: input.decidedByRole,
      action: "seller.verification",
      entityType: "Seller",
      entityId: input.sellerId,
      sellerId: input.sellerId,
      data: { from: seller.verificationStatus, to: status, outcome: input.outcome, reason },
    });
    await enqueueOutbox(tx, [{ topic: "search.seller", aggregateId: input.sellerId }]);
    await notify(tx, [
      {
        kind: "seller.verification",
        to: { shop: input.sellerId },
        params: {
          shop: seller.businessName,
          outcome: OUTCOME_TEXT[input.outcome],
          note: reason || "—",
        },
        link: `/kelola/${input.sellerId}`,
        key: `seller.verification:${decision.id}`,
        actorId: input.decidedById,
      },
    ]);
  });
  notifyOutbox();
}

/** A seller as staff review them: profile and earlier decisions (documents apart); or null. */
export async function getSellerForReview(db: Db, sellerId: string) {
  return db.seller.findUnique({
    where: { id: sellerId },
    select: {
      id: true,
      businessName: true,
      ownerName: true,
      whatsapp: true,
      sector: true,
      description: true,
      verificationStatus: true,
      desa: desaWithKecamatan,
      verificationDecisions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          outcome: true,
          reason: true,
          createdAt: true,
          decidedBy: { select: { name: true } },
        },
      },
      _count: { select: { products: true } },
    },
  });
}
