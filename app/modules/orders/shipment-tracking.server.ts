/**
 * Reading where a parcel is from the provider, for a parcel whose reports stopped (a lost webhook,
 * a waybill the seller typed) and when the seller asks: the courier's tracking by waybill, or,
 * for a booked pickup still without one, the provider's order (which brings the waybill the
 * courier gave at pickup). Every step lands on the timeline once, as a webhook's would.
 */
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { ShippingProvider, ShippingTrackingEvent } from "~/modules/shipping/provider";
import { FINAL_SHIPMENT_STATUSES } from "~/modules/shipping/shipment-traits";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { applyReport, syncWaybill } from "./order-shipments.server";
import { findSellerOrder } from "./order-status.server";

type SellerCommand = { sellerId: string; orderCode: string };

/** A parcel on its way whose last report is this old has its tracking read again. */
const TRACK_AFTER_MS = 6 * 3_600_000;

/** Whether the provider can say where this parcel is: by its waybill, or by its booking. */
function readable(
  provider: ShippingProvider,
  shipment: { waybill: string | null; providerOrderId: string | null },
): boolean {
  return (
    (!!shipment.waybill && !!provider.track) || (!!shipment.providerOrderId && !!provider.order)
  );
}

/**
 * Reads a parcel's history from the provider and puts every step on its timeline (once each: a
 * step already there is a replay). A booked pickup without a waybill is read as the provider's
 * order, and takes the waybill it has by now. Returns the number of new steps.
 */
async function refreshTracking(
  db: Db,
  provider: ShippingProvider,
  shipmentId: string,
  now: Date = new Date(),
): Promise<number> {
  const shipment = await db.shipment.findUnique({
    where: { id: shipmentId },
    select: { id: true, orderId: true, courier: true, waybill: true, providerOrderId: true },
  });
  if (!shipment || !readable(provider, shipment)) return 0;
  await db.shipment.update({ where: { id: shipment.id }, data: { trackedAt: now } });
  let history: ShippingTrackingEvent[];
  let waybill: string | null = null;
  if (shipment.waybill && provider.track) {
    ({ history } = await provider.track({ waybill: shipment.waybill, courier: shipment.courier }));
  } else {
    ({ history, waybill } = await provider.order!(shipment.providerOrderId!));
  }
  const added = await db.$transaction(async (tx) => {
    // Read from a booking or waybill the shipment no longer has (called off, booked again
    // meanwhile): none of it is this parcel's news.
    const same = await tx.shipment.count({
      where: {
        id: shipment.id,
        providerOrderId: shipment.providerOrderId,
        waybill: shipment.waybill,
      },
    });
    if (same === 0) return 0;
    if (waybill) await syncWaybill(tx, shipment, waybill);
    let recorded = 0;
    for (const step of history) {
      const report = {
        status: step.status,
        at: step.at,
        note: step.note,
        source: "track" as const,
      };
      if (await applyReport(tx, shipment, report)) recorded++;
    }
    return recorded;
  });
  notifyOutbox();
  return added;
}

/** The seller asks the courier where a parcel is now (the page's "Cek status dari kurir"). */
export async function refreshSellerTracking(
  db: Db,
  provider: ShippingProvider,
  input: SellerCommand,
): Promise<number> {
  const order = await findSellerOrder(db, input, {
    status: true,
    shipment: { select: { id: true, waybill: true, providerOrderId: true } },
  });
  if (!order.shipment || order.status !== "SHIPPED" || !readable(provider, order.shipment)) {
    throw new DomainError("CONFLICT", "Kiriman ini belum bisa dilacak dari kurir");
  }
  try {
    return await refreshTracking(db, provider, order.shipment.id);
  } catch (error) {
    console.error(`Tracking ${input.orderCode} failed:`, error);
    throw new DomainError("CONFLICT", "Status dari kurir belum bisa dibaca — coba lagi sebentar");
  }
}

/**
 * Reads the tracking of parcels whose reports stopped (a lost webhook, or a waybill the seller
 * typed): shipped, not delivered, returned or cancelled, nothing heard for TRACK_AFTER_MS and not
 * read since. Each is claimed first, so instances side by side read each parcel once; a failure
 * waits for the next round. Returns the number of new steps.
 */
export async function pollStaleShipments(
  db: Db,
  provider: ShippingProvider,
  options: { now?: Date; take?: number } = {},
): Promise<number> {
  const ways = [
    ...(provider.track ? [{ waybill: { not: null } }] : []),
    ...(provider.order ? [{ waybill: null, providerOrderId: { not: null } }] : []),
  ];
  if (ways.length === 0) return 0;
  const now = options.now ?? new Date();
  const stale = new Date(now.getTime() - TRACK_AFTER_MS);
  const notReadSince = { OR: [{ trackedAt: null }, { trackedAt: { lt: stale } }] };
  const due = await db.shipment.findMany({
    where: {
      status: { notIn: [...FINAL_SHIPMENT_STATUSES] },
      statusAt: { lt: stale },
      order: { status: "SHIPPED" },
      AND: [notReadSince, { OR: ways }],
    },
    orderBy: { statusAt: "asc" },
    take: options.take ?? 20,
    select: { id: true },
  });
  let added = 0;
  for (const { id } of due) {
    const { count } = await db.shipment.updateMany({
      where: { id, ...notReadSince },
      data: { trackedAt: now },
    });
    if (count !== 1) continue;
    try {
      added += await refreshTracking(db, provider, id, now);
    } catch (error) {
      console.error(`Tracking shipment ${id} failed:`, error);
    }
  }
  return added;
}
