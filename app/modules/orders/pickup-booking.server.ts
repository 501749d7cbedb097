/**
 * A courier pickup booked through the shipping provider that quoted the order's service: the
 * pickup order it gets (both addresses, the goods, the cash to collect), and the booking itself,
 * claimed first so it happens once. Decision: docs/decisions/034.
 */
import { nationalIndonesianPhone } from "~/modules/auth/phone";
import { packParcel } from "~/modules/shipping/checkout-quotes";
import {
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
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import {
  codPaymentArgs,
  parcelItem,
  parcelItemsArgs,
  parcelParties,
  parcelPartiesSelect,
  type ParcelParty,
} from "./order-shipments.server";
import { auditForSeller, changeStatus, requireSellerOrder } from "./order-status.server";
import { awaitsReshipping, canBookPickup } from "./shipment-actions";
import type { Role } from "~/generated/prisma/enums";

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** Why a booking failed, for the seller: what to fix, or to try again, or to type a waybill. */
function bookingFailure(error: unknown): string {
  if (error instanceof ShippingRequestIncomplete) return error.message;
  if (error instanceof ShippingRefused) {
    return "Kurir menolak pesanan jemput ini — periksa alamat dan kode pos, atau isi resi sendiri";
  }
  return "Jemput kurir belum bisa dipesan — coba lagi sebentar, atau isi resi sendiri";
}

/** The pickup order a provider gets for a packed order: both addresses, the goods, the COD. */
async function bookingFor(db: Db, orderId: string): Promise<ShippingBookingInput> {
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
    reference: order.code,
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
  const order = await db.order.findFirst({
    where: { code: input.orderCode, sellerId: input.sellerId },
    select: {
      id: true,
      status: true,
      shippingMethod: true,
      shippingService: true,
      shipment: { select: { id: true, status: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  // A shipped order whose courier cancelled the pickup may be booked again.
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
  const booking = await bookingFor(db, order.id);
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
      },
    });
    const current = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    if (again) {
      await tx.order.update({ where: { id: order.id }, data: { trackingNumber: booked.waybill } });
      await auditForSeller(tx, input, "order.rebookPickup", current);
      return;
    }
    await changeStatus(tx, {
      order: current,
      to: "SHIPPED",
      actorId: input.actorId,
      note: booked.waybill ? `Resi: ${booked.waybill}` : "Jemput kurir dipesan",
      data: { trackingNumber: booked.waybill },
      at,
    });
    await auditForSeller(tx, input, "order.bookPickup", current);
  });
  notifyOutbox();
}
