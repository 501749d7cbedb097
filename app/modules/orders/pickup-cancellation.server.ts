/**
 * Calling a booked courier pickup off before the courier has the parcel: the seller's choice on
 * the order page, and the outbox's work after a refund (or after an order moved on while its
 * pickup was being booked). Decision: docs/decisions/035.
 */
import {
  claimOutbox,
  completeOutbox,
  enqueueOutbox,
  failOutbox,
  notifyOutbox,
} from "~/modules/outbox/outbox.server";
import {
  ShippingCancelTooLate,
  ShippingRefused,
  type ShippingCancelReason,
  type ShippingProvider,
} from "~/modules/shipping/provider";
import { recordTracking } from "~/modules/shipping/shipments.server";
import { CANCELLABLE_PICKUP_STATUSES } from "~/modules/shipping/shipment-traits";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import {
  auditForSeller,
  findSellerOrder,
  requireSellerOrder,
  type Tx,
} from "./order-status.server";
import { canCancelPickup } from "./shipment-actions";
import type { Role } from "~/generated/prisma/enums";

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** The outbox's tries at calling a pickup off: about five hours, up to 30 minutes apart. */
const CANCEL_RETRIES = { maxAttempts: 20, maxBackoffMs: 30 * 60_000 };

const isCancellable = (status: string) =>
  (CANCELLABLE_PICKUP_STATUSES as readonly string[]).includes(status);

/**
 * Asks the provider to call a pickup off. A refusal is read against the provider's order: an
 * order already cancelled (an earlier answer was lost) counts as done, one the courier has by
 * now is "too late". Anything else (unreachable, another refusal) is thrown for a retry.
 */
async function cancelAtProvider(
  provider: ShippingProvider,
  input: { providerOrderId: string; reason: ShippingCancelReason; note?: string },
): Promise<"cancelled" | "too_late"> {
  if (!provider.cancel) throw new Error(`${provider.name} cannot call pickups off`);
  try {
    await provider.cancel(input);
    return "cancelled";
  } catch (error) {
    if (!(error instanceof ShippingRefused)) throw error;
    const now = provider.order
      ? await provider.order(input.providerOrderId).catch(() => null)
      : null;
    if (now?.status === "CANCELLED") return "cancelled";
    if (error instanceof ShippingCancelTooLate) return "too_late";
    if (now && !isCancellable(now.status)) return "too_late";
    throw error;
  }
}

/**
 * Takes a booked pickup's provider order id and waybill off the shipment while it is being called
 * off, so the provider's own "cancelled" report, however early it comes, finds nothing: the shop
 * is not told the courier cancelled what was cancelled on purpose. Two callers at once: one wins.
 * Returns what was taken, to put back if the provider does not cancel.
 */
async function takeForCancelling(
  db: Db,
  shipment: { id: string; providerOrderId: string },
): Promise<{ waybill: string | null } | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.shipment.findUnique({
      where: { id: shipment.id },
      select: { waybill: true, status: true, providerOrderId: true },
    });
    if (row?.providerOrderId !== shipment.providerOrderId || !isCancellable(row.status)) {
      return null;
    }
    const { count } = await tx.shipment.updateMany({
      where: { id: shipment.id, providerOrderId: shipment.providerOrderId },
      data: { providerOrderId: null, waybill: null },
    });
    return count === 1 ? { waybill: row.waybill } : null;
  });
}

/** The provider did not cancel: the pickup is still on, and so are its id and waybill. */
async function putBack(
  db: Db,
  shipment: { id: string; providerOrderId: string },
  taken: { waybill: string | null },
): Promise<void> {
  await db.shipment.updateMany({
    where: { id: shipment.id, providerOrderId: null },
    data: { providerOrderId: shipment.providerOrderId, waybill: taken.waybill },
  });
}

/** The pickup is off: on the timeline, and the order no longer shows that waybill. */
async function recordPickupCancelled(
  tx: Tx,
  shipment: { id: string; orderId: string },
  note: string,
): Promise<void> {
  await recordTracking(tx, shipment.id, {
    status: "CANCELLED",
    at: new Date(),
    note,
    source: "manual",
  });
  await tx.order.update({ where: { id: shipment.orderId }, data: { trackingNumber: null } });
}

/** A booked pickup with its provider order id, by order or by shipment. */
async function bookedPickup(db: Db, where: { orderId: string } | { id: string }) {
  const shipment = await db.shipment.findUnique({
    where,
    select: { id: true, orderId: true, provider: true, providerOrderId: true, status: true },
  });
  if (!shipment?.providerOrderId) return null;
  return { ...shipment, providerOrderId: shipment.providerOrderId };
}

/**
 * The seller calls a booked pickup off before the courier collects the parcel (wrong courier,
 * parcel not ready): the provider cancels it first, then the order waits to be booked again or
 * shipped with a typed waybill, like a pickup the courier cancelled.
 */
export async function cancelCourierPickup(
  db: Db,
  provider: ShippingProvider,
  input: SellerCommand,
): Promise<void> {
  const order = await findSellerOrder(db, input, {
    id: true,
    status: true,
    shipment: { select: { provider: true, status: true } },
  });
  const shipment = await bookedPickup(db, { orderId: order.id });
  const taken =
    shipment && canCancelPickup(provider, order) ? await takeForCancelling(db, shipment) : null;
  if (!shipment || !taken) {
    throw new DomainError("CONFLICT", "Jemput kurir ini tidak bisa dibatalkan lagi");
  }
  let outcome: "cancelled" | "too_late";
  try {
    outcome = await cancelAtProvider(provider, {
      providerOrderId: shipment.providerOrderId,
      reason: "change_courier",
    });
  } catch (error) {
    console.error(`Cancelling the pickup of ${input.orderCode} failed:`, error);
    await putBack(db, shipment, taken);
    throw new DomainError("CONFLICT", "Pembatalan belum sampai ke kurir — coba lagi sebentar");
  }
  if (outcome === "too_late") {
    await putBack(db, shipment, taken);
    throw new DomainError(
      "CONFLICT",
      "Kurir sudah membawa paket ini — jemputnya tidak bisa dibatalkan lagi",
    );
  }
  await db.$transaction(async (tx) => {
    await recordPickupCancelled(tx, shipment, "Jemput kurir dibatalkan penjual");
    const current = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    await auditForSeller(tx, input, "order.cancelPickup", current);
  });
  notifyOutbox();
}

/**
 * A refunded order's booked pickup is called off after the refund commits, through the outbox
 * (`shipment.cancelPickup`), so an unreachable provider is asked again later. Written in the
 * refund's transaction; nothing is written for a parcel the courier already has.
 */
export async function enqueuePickupCancel(tx: Tx, orderId: string): Promise<void> {
  const shipment = await tx.shipment.findUnique({
    where: { orderId },
    select: { id: true, provider: true, providerOrderId: true, status: true },
  });
  if (
    !shipment?.providerOrderId ||
    shipment.provider === "manual" ||
    !isCancellable(shipment.status)
  ) {
    return;
  }
  await enqueueOutbox(tx, [{ topic: "shipment.cancelPickup", aggregateId: shipment.id }]);
}

/**
 * The background sender of `shipment.cancelPickup`: asks the provider to call each pickup off
 * whose order no longer wants it. An unreachable provider is asked again for about five hours; a
 * parcel the courier already has ends the event as DEAD (its reports go on showing where it is,
 * and the outbox page shows staff a refunded order's goods on their way).
 */
export async function processPickupCancelOutbox(
  db: Db,
  provider: ShippingProvider,
  input: { workerId: string; limit?: number },
): Promise<number> {
  const claimed = await claimOutbox(db, {
    topics: ["shipment.cancelPickup"],
    limit: input.limit ?? 10,
    workerId: input.workerId,
  });
  for (const event of claimed) {
    const shipment = await bookedPickup(db, { id: event.aggregateId });
    const taken = shipment ? await takeForCancelling(db, shipment) : null;
    if (!shipment || !taken) {
      // Its ids are away while someone else calls it off: ask again after them, in case they fail.
      const busy = await db.shipment.count({
        where: {
          id: event.aggregateId,
          provider: { not: "manual" },
          providerOrderId: null,
          status: { in: [...CANCELLABLE_PICKUP_STATUSES] },
        },
      });
      if (busy > 0) {
        await failOutbox(db, [event], new Error("The pickup is being called off"), CANCEL_RETRIES);
      } else {
        // Already called off, or the courier has moved on: nothing to ask.
        await completeOutbox(db, [event.id]);
      }
      continue;
    }
    try {
      const outcome = await cancelAtProvider(provider, {
        providerOrderId: shipment.providerOrderId,
        reason: "others",
        note: "Pesanan sudah dibatalkan",
      });
      if (outcome === "too_late") {
        await putBack(db, shipment, taken);
        await failOutbox(db, [event], new Error("The courier already has the parcel"), {
          permanent: true,
        });
        continue;
      }
      await db.$transaction((tx) =>
        recordPickupCancelled(tx, shipment, "Jemput kurir dibatalkan: pesanan dibatalkan"),
      );
      await completeOutbox(db, [event.id]);
    } catch (error) {
      console.error(`Cancelling pickup ${event.aggregateId} failed:`, error);
      await putBack(db, shipment, taken);
      await failOutbox(db, [event], error, CANCEL_RETRIES);
    }
  }
  return claimed.length;
}
