/** A transfer or QRIS receipt the buyer attaches for the seller to check. */
import { notify } from "~/modules/notifications/notify.server";
import { RECEIPT_METHODS } from "~/modules/payments/providers/traits";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { sellerOrderLink } from "./order-notifications.server";
import { requireBuyerOrder } from "./order-status.server";

/** Whether the buyer may attach a receipt to this order now (checked before storing a photo). */
export async function awaitsPaymentProof(
  db: Db,
  input: { buyerId: string; orderCode: string },
): Promise<boolean> {
  const count = await db.payment.count({
    where: {
      order: {
        code: input.orderCode,
        status: "PENDING_PAYMENT",
        group: { buyerId: input.buyerId },
      },
      method: { in: RECEIPT_METHODS },
      status: { in: ["PENDING", "AWAITING_CONFIRMATION"] },
    },
  });
  return count === 1;
}

/** The buyer attaches a transfer receipt; the payment then waits for the seller to check it. */
export async function attachPaymentProof(
  db: Db,
  input: { buyerId: string; orderCode: string; proofImageKey: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireBuyerOrder(tx, input.buyerId, input.orderCode);
    if (order.status !== "PENDING_PAYMENT") {
      throw new DomainError("CONFLICT", "Pesanan ini tidak menunggu pembayaran");
    }
    const { count } = await tx.payment.updateMany({
      where: {
        orderId: order.id,
        method: { in: RECEIPT_METHODS },
        status: { in: ["PENDING", "AWAITING_CONFIRMATION"] },
      },
      data: { status: "AWAITING_CONFIRMATION", proofImageKey: input.proofImageKey },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "Pesanan ini tidak menunggu pembayaran");
    await notify(tx, [
      {
        kind: "seller.paymentProof",
        to: { shop: order.sellerId },
        params: { code: order.code, total: order.total },
        link: sellerOrderLink(order.sellerId, order.code),
        // A second receipt for the same order tells the shop again.
        key: `seller.paymentProof:${order.id}:${input.proofImageKey}`,
        actorId: input.buyerId,
      },
    ]);
  });
  notifyOutbox();
}
