/**
 * A courier pickup booked through the shipping provider that quoted the order's service: the
 * pickup order it gets (both addresses, the goods, the cash to collect) and the booking itself,
 * claimed first so it happens once, and named so a retry finds a booking whose answer was lost.
 * Calling a pickup off is in pickup-cancellation.server.ts. Decisions: docs/decisions/034, 035.
 */
import type { Role } from "~/generated/prisma/enums";
import { nationalIndonesianPhone } from "~/modules/auth/phone";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import { packParcel } from "~/modules/shipping/checkout-quotes";
import {
  ShippingAlreadyBooked,
  ShippingRefused,
  ShippingRequestIncomplete,
  type ShippingBooking,
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
import { deadlinesFor, orderDeadlineSettings } from "./order-notifications.server";
import {
  applyReport,
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
} from "./order-status.server";
import { awaitsReshipping, canBookPickup } from "./shipment-actions";

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** Why a booking failed, for the seller: what to fix, or to try again, or to type a waybill. */
function bookingFailure(error: unknown): string {
  if (error instanceof ShippingRequestIncomplete) return error.message;
  if (error instanceof ShippingAlreadyBooked) return error.message;
  if (error instanceof ShippingRefused) {
    return "Kurir menolak pesanan jemput ini — periksa alamat dan kode pos, atau isi resi sendiri";
  }
  return BOOKING_UNANSWERED;
}

/**
 * The provider did not answer: the booking may have been made. Asking again is safe (the same
 * booking is found, never made twice); typing a waybill instead could leave a courier coming.
 */
const BOOKING_UNANSWERED = "Kurir belum menjawab — pesan jemput lagi sebentar lagi";

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
  // The claim is released: a new shipment row goes, a restarted one is cancelled again (on the
  // timeline too: the restart's "booked" step never happened).
  const releaseClaim = () =>
    again
      ? db.$transaction((tx) =>
          recordTracking(tx, claim.id, {
            status: "CANCELLED",
            at: new Date(),
            note: "Jemput kurir gagal dipesan",
            source: "manual",
          }),
        )
      : db.shipment.delete({ where: { id: claim.id } });
  let booked: ShippingBooking;
  try {
    booked = await provider.book!(booking);
  } catch (error) {
    await releaseClaim();
    console.error(`Pickup booking for ${input.orderCode} failed:`, error);
    throw new DomainError("CONFLICT", bookingFailure(error));
  }
  // The booking is recorded, unless the order moved on while the provider answered (cancelled or
  // refunded): then the pickup is called off again through the outbox.
  const shipment = { id: claim.id, orderId: order.id };
  let wanted: boolean;
  try {
    wanted = await db.$transaction(async (tx) => {
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
      if (current.status !== (again ? "SHIPPED" : "PACKED")) {
        await enqueueOutbox(tx, [{ topic: "shipment.cancelPickup", aggregateId: claim.id }]);
        return false;
      }
      if (again) {
        // Going out again: the buyer's receipt clock starts over with it.
        await tx.order.update({
          where: { id: order.id },
          data: {
            trackingNumber: booked.waybill,
            ...deadlinesFor("SHIPPED", at, orderDeadlineSettings()),
          },
        });
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
      // A booking found again (its first answer lost): what the courier did since, the
      // cancellation included (the shop is told, and may book again).
      for (const step of booked.history ?? []) {
        await applyReport(tx, shipment, { ...step, source: "track" });
      }
      return true;
    });
  } catch (error) {
    // Nothing of it was written: the provider is asked to call it off at once, rather than a
    // courier coming for a parcel nobody follows.
    console.error(
      `Recording pickup ${booked.providerOrderId} for ${input.orderCode} failed:`,
      error,
    );
    await provider
      .cancel?.({ providerOrderId: booked.providerOrderId, reason: "others" })
      .catch((cancelError: unknown) => console.error("…and calling it off failed:", cancelError));
    await releaseClaim();
    if (error instanceof DomainError) throw error;
    throw new DomainError("CONFLICT", BOOKING_UNANSWERED);
  }
  notifyOutbox();
  if (!wanted) {
    throw new DomainError(
      "CONFLICT",
      "Pesanan ini sudah dibatalkan — jemput kurirnya ikut dibatalkan",
    );
  }
}
