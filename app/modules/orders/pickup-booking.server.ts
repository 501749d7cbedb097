/**
 * A courier pickup booked through the shipping provider that quoted the order's service: the
 * pickup order it gets (both addresses, the goods, the cash to collect), the booking itself,
 * claimed first so it happens once, and calling it off (the seller's choice, or a refund).
 * Decision: docs/decisions/034.
 */
import { nationalIndonesianPhone } from "~/modules/auth/phone";
import { packParcel } from "~/modules/shipping/checkout-quotes";
import {
  ShippingAlreadyBooked,
  ShippingRefused,
  ShippingRequestIncomplete,
  type ShippingBookingInput,
  type ShippingProvider,
} from "~/modules/shipping/provider";
import {
  createShipment,
  recordTracking,
  restartShipment,
} from "~/modules/shipping/shipments.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import {
  claimOutbox,
  completeOutbox,
  enqueueOutbox,
  failOutbox,
  notifyOutbox,
} from "~/modules/outbox/outbox.server";
import {
  codPaymentArgs,
  parcelItem,
  parcelItemsArgs,
  parcelParties,
  parcelPartiesSelect,
  type ParcelParty,
} from "./order-shipments.server";
import {
  auditForSeller,
  changeStatus,
  findSellerOrder,
  requireSellerOrder,
  type Tx,
} from "./order-status.server";
import { CANCELLABLE_PICKUP_STATUSES } from "~/modules/shipping/shipment-traits";
import { awaitsReshipping, canBookPickup, canCancelPickup } from "./shipment-actions";
import type { Role } from "~/generated/prisma/enums";

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** Why a booking failed, for the seller: what to fix, or to try again, or to type a waybill. */
function bookingFailure(error: unknown): string {
  if (error instanceof ShippingRequestIncomplete) return error.message;
  if (error instanceof ShippingAlreadyBooked) return error.message;
  if (error instanceof ShippingRefused) {
    return "Kurir menolak pesanan jemput ini — periksa alamat dan kode pos, atau isi resi sendiri";
  }
  return "Jemput kurir belum bisa dipesan — coba lagi sebentar, atau isi resi sendiri";
}

/**
 * What a booking is called at the provider: the order code and the booking's number. A retry of
 * the same booking (its answer lost) sends the same name, so the provider finds the pickup it
 * already made; a booking after a cancelled one gets the next number.
 */
export function bookingReference(orderCode: string, earlierBookings: number): string {
  return `${orderCode}-${earlierBookings + 1}`;
}

/** The pickup order a provider gets for a packed order: both addresses, the goods, the COD. */
async function bookingFor(
  db: Db,
  orderId: string,
  earlierBookings: number,
): Promise<ShippingBookingInput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      code: true,
      shippingService: true,
      ...parcelPartiesSelect,
      items: parcelItemsArgs,
      payments: codPaymentArgs,
    },
  });
  const { sender, receiver } = parcelParties(order);
  const items = order.items.map(parcelItem);
  // Couriers read the place in the address; the postal code alone names a wide area.
  const contact = (party: ParcelParty) => ({
    name: party.name,
    phone: nationalIndonesianPhone(party.phone),
    address: [party.address, party.place].filter(Boolean).join(", "),
    desaCode: party.desaCode,
    postalCode: party.postalCode ?? undefined,
  });
  return {
    reference: bookingReference(order.code, earlierBookings),
    courier: "",
    service: order.shippingService ?? "",
    shipper: contact(sender),
    receiver: contact(receiver),
    parcels: [packParcel(items.map((i) => i.packable))],
    items: items.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      value: i.value,
      weightGrams: Math.max(1, i.packable.weightGrams),
    })),
    codAmount: order.payments[0]?.amount ?? 0,
  };
}

/**
 * Books a courier pickup for a packed order through the provider that quoted it, and ships the
 * order. The shipment row is claimed before the provider is asked, so a second click (or a second
 * operator) is refused instead of booking twice; a failed booking releases the claim. Cash on
 * delivery is collected for the platform's aggregator account (it reaches the seller by payout).
 */
export async function bookCourierPickup(
  db: Db,
  provider: ShippingProvider,
  input: SellerCommand,
): Promise<void> {
  const order = await findSellerOrder(db, input, {
    id: true,
    status: true,
    shippingMethod: true,
    shippingService: true,
    shipment: { select: { id: true, status: true, bookings: true } },
  });
  // A shipped order whose pickup was cancelled may be booked again.
  const again = awaitsReshipping(order);
  if (order.status !== "PACKED" && !again) {
    throw new DomainError("CONFLICT", "Kemas pesanan dulu sebelum memesan jemput kurir");
  }
  if (!canBookPickup(provider, order)) {
    throw new DomainError(
      "CONFLICT",
      "Layanan kurir pesanan ini tidak bisa dipesan otomatis — isi resi sendiri",
    );
  }
  const booking = await bookingFor(db, order.id, order.shipment?.bookings ?? 0);
  const at = new Date();
  const claimed = {
    provider: provider.name,
    courier: order.shippingService!.split("_")[0]!.toLowerCase(),
    service: order.shippingService,
    status: "CONFIRMED" as const,
    codAmount: booking.codAmount ?? 0,
    codCollector: "PLATFORM" as const,
    at,
    note: "Jemput kurir dipesan",
    source: "manual",
  };
  const claim = await db.$transaction(async (tx) => {
    if (!again) return createShipment(tx, { orderId: order.id, ...claimed });
    if (!(await restartShipment(tx, order.shipment!.id, claimed))) {
      throw new DomainError("CONFLICT", "Pengiriman pesanan ini masih berjalan");
    }
    return { id: order.shipment!.id };
  });
  let booked;
  try {
    booked = await provider.book!(booking);
  } catch (error) {
    // The claim is released: a new shipment row goes, a restarted one is cancelled again.
    if (again) {
      // Back to cancelled, on the timeline too: the restart's "booked" step never happened.
      await db.$transaction((tx) =>
        recordTracking(tx, claim.id, {
          status: "CANCELLED",
          at: new Date(),
          note: "Jemput kurir gagal dipesan",
          source: "manual",
        }),
      );
    } else {
      await db.shipment.delete({ where: { id: claim.id } });
    }
    console.error(`Pickup booking for ${input.orderCode} failed:`, error);
    throw new DomainError("CONFLICT", bookingFailure(error));
  }
  await db.$transaction(async (tx) => {
    await tx.shipment.update({
      where: { id: claim.id },
      data: {
        providerOrderId: booked.providerOrderId,
        courier: booked.courier,
        service: booked.service,
        waybill: booked.waybill,
        price: booked.price,
        bookings: { increment: 1 },
      },
    });
    const current = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    if (again) {
      await tx.order.update({ where: { id: order.id }, data: { trackingNumber: booked.waybill } });
      await auditForSeller(tx, input, "order.rebookPickup", current);
    } else {
      await changeStatus(tx, {
        order: current,
        to: "SHIPPED",
        actorId: input.actorId,
        note: booked.waybill ? `Resi: ${booked.waybill}` : "Jemput kurir dipesan",
        data: { trackingNumber: booked.waybill },
        at,
      });
      await auditForSeller(tx, input, "order.bookPickup", current);
    }
    // A booking found again (its first answer lost) that the courier has since cancelled: the
    // page offers the next booking or a typed waybill straight away.
    if (booked.status === "CANCELLED") {
      await recordTracking(tx, claim.id, {
        status: "CANCELLED",
        at: new Date(),
        note: "Kurir membatalkan jemput ini",
        source: "manual",
      });
    }
  });
  notifyOutbox();
}

/** A booked pickup the courier has not collected yet, with what calling it off needs. */
async function cancellablePickup(db: Db, where: { orderId: string } | { id: string }) {
  const shipment = await db.shipment.findUnique({
    where,
    select: { id: true, orderId: true, provider: true, providerOrderId: true, status: true },
  });
  if (!shipment?.providerOrderId) return null;
  return { ...shipment, providerOrderId: shipment.providerOrderId };
}

/**
 * Puts a pickup the provider has called off on the timeline. Its order id and waybill are let go
 * (that waybill will not travel), so the provider's own "cancelled" report, arriving later, finds
 * nothing: the shop is not told the courier cancelled what was cancelled on purpose.
 */
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
  await tx.shipment.update({
    where: { id: shipment.id },
    data: { providerOrderId: null, waybill: null },
  });
  await tx.order.update({ where: { id: shipment.orderId }, data: { trackingNumber: null } });
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
  const shipment = await cancellablePickup(db, { orderId: order.id });
  if (!shipment || !canCancelPickup(provider, order)) {
    throw new DomainError("CONFLICT", "Jemput kurir ini tidak bisa dibatalkan lagi");
  }
  try {
    await provider.cancel!({ providerOrderId: shipment.providerOrderId, reason: "change_courier" });
  } catch (error) {
    console.error(`Cancelling the pickup of ${input.orderCode} failed:`, error);
    throw new DomainError(
      "CONFLICT",
      error instanceof ShippingRefused
        ? "Kurir sudah membawa paket ini — jemputnya tidak bisa dibatalkan lagi"
        : "Pembatalan belum sampai ke kurir — coba lagi sebentar",
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
    !(CANCELLABLE_PICKUP_STATUSES as readonly string[]).includes(shipment.status)
  ) {
    return;
  }
  await enqueueOutbox(tx, [{ topic: "shipment.cancelPickup", aggregateId: shipment.id }]);
}

/**
 * The background sender of `shipment.cancelPickup`: asks the provider to call each refunded
 * order's pickup off. An unreachable provider is retried with backoff; a refusal (the courier has
 * the parcel by now) stops, and the parcel's own reports go on showing where it is.
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
    try {
      const shipment = await cancellablePickup(db, { id: event.aggregateId });
      const still =
        shipment !== null &&
        (CANCELLABLE_PICKUP_STATUSES as readonly string[]).includes(shipment.status);
      if (still && provider.cancel) {
        await provider.cancel({
          providerOrderId: shipment.providerOrderId,
          reason: "others",
          note: "Pesanan dibatalkan dan dananya dikembalikan",
        });
        await db.$transaction((tx) =>
          recordPickupCancelled(tx, shipment, "Jemput kurir dibatalkan: dana pesanan dikembalikan"),
        );
      }
      await completeOutbox(db, [event.id]);
    } catch (error) {
      console.error(`Cancelling pickup ${event.aggregateId} failed:`, error);
      await failOutbox(db, [event], error, { permanent: error instanceof ShippingRefused });
    }
  }
  return claimed.length;
}
