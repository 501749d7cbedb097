import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";

/**
 * Money arrived at a gateway for a payment that was already cancelled (its orders expired or
 * were cancelled): nothing is marked paid, and staff get an audit entry to give it back.
 */
export async function flagLatePayment(
  tx: Prisma.TransactionClient,
  input: { paymentId: string; provider: string; eventId: string },
): Promise<void> {
  const current = await tx.payment.findUniqueOrThrow({
    where: { id: input.paymentId },
    select: { status: true },
  });
  if (current.status !== "CANCELLED" && current.status !== "FAILED") return;
  console.error(
    `${input.provider} payment ${input.paymentId} was paid after it was cancelled; refund it.`,
  );
  await recordAudit(tx, {
    actorId: null,
    action: "payment.paidAfterCancel",
    entityType: "Payment",
    entityId: input.paymentId,
    data: { eventId: input.eventId, provider: input.provider },
  });
}
