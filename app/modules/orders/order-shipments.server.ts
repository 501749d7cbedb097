/**
 * What a parcel's journey means for its order: shipping with a typed waybill or a booked pickup,
 * tracking reports from the courier (a webhook) or the seller, delivery restarting the automatic
 * receipt, and the cash a courier collects on delivery until it reaches the seller.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { notify } from "~/modules/notifications/notify.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import { ON_DELIVERY_METHODS } from "~/modules/payments/providers/traits";
import type { PackableItem } from "~/modules/shipping/checkout-quotes";
import type { ProviderReport, ShippingTrackingStatus } from "~/modules/shipping/provider";
import {
  createShipment,
  findProviderShipment,
  recordTracking,
  restartShipment,
  setShipmentWaybill,
  type TrackingReport,
} from "~/modules/shipping/shipments.server";
import type { Db, DbOrTx } from "~/utils/db.server";
import { desaUpToProvince, placeName } from "~/modules/regions/selects";
import { DomainError } from "~/utils/errors";
import {
  buyerOrderLink,
  deadlinesFor,
  orderDeadlineSettings,
  sellerOrderLink,
} from "./order-notifications.server";
import { auditForSeller, requireSellerOrder, type OrderCore, type Tx } from "./order-status.server";
import { canSettleCourierCod } from "./shipment-actions";

type SellerCommand = { sellerId: string; orderCode: string; actorId: string; actorRole?: Role };

/** An order's unpaid cash-on-delivery payment: what the courier must collect from the buyer. */
export const codPaymentArgs = {
  where: { method: { in: ON_DELIVERY_METHODS }, status: "PENDING" },
  select: { amount: true },
  take: 1,
} satisfies Prisma.Order$paymentsArgs;

/** Rupiah the courier must collect from the buyer (0 when nothing is left to collect). */
export async function codToCollect(tx: DbOrTx, orderId: string): Promise<number> {
  const payment = await tx.payment.findFirst({
    where: { orderId, ...codPaymentArgs.where },
    select: codPaymentArgs.select,
  });
  return payment?.amount ?? 0;
}

/** An order's lines as a parcel is packed from them (labels and pickup bookings read them). */
export const parcelItemsArgs = {
  orderBy: { id: "asc" },
  select: {
    productTitle: true,
    variantName: true,
    unitPrice: true,
    quantity: true,
    variant: {
      select: {
        weightGrams: true,
        lengthCm: true,
        widthCm: true,
        heightCm: true,
        product: { select: { weightGrams: true } },
      },
    },
  },
} satisfies Prisma.Order$itemsArgs;
type ParcelItemRow = Prisma.OrderItemGetPayload<{ select: typeof parcelItemsArgs.select }>;

/** A line's name on a label or a courier's manifest, and what it weighs and measures. */
export function parcelItem(row: ParcelItemRow): {
  name: string;
  quantity: number;
  value: number;
  packable: PackableItem;
} {
  const { variant } = row;
  return {
    name: row.variantName ? `${row.productTitle} (${row.variantName})` : row.productTitle,
    quantity: row.quantity,
    value: row.unitPrice,
    packable: {
      weightGrams: variant.weightGrams ?? variant.product.weightGrams ?? 0,
      lengthCm: variant.lengthCm,
      widthCm: variant.widthCm,
      heightCm: variant.heightCm,
      quantity: row.quantity,
    },
  };
}

/** Who sends a parcel and who receives it, as labels and pickup bookings read them. */
export const parcelPartiesSelect = {
  seller: {
    select: {
      businessName: true,
      whatsapp: true,
      address: true,
      postalCode: true,
      desaCode: true,
      desa: desaUpToProvince,
    },
  },
  group: {
    select: {
      buyerName: true,
      buyerPhone: true,
      address: true,
      postalCode: true,
      desaCode: true,
      desa: desaUpToProvince,
    },
  },
} satisfies Prisma.OrderSelect;
type PartiesRow = Prisma.OrderGetPayload<{ select: typeof parcelPartiesSelect }>;

export interface ParcelParty {
  name: string;
  /** E.164 ("+6281…"); empty once the buyer's personal data was erased. */
  phone: string;
  /** Street, RT/RW, landmark. */
  address: string;
  /** "Ketabang, Genteng, Kota Surabaya, Jawa Timur" */
  place: string;
  desaCode: string;
  postalCode: string | null;
}

/** The sender (the shop) and the receiver (the checkout's address, its note apart). */
export function parcelParties(row: PartiesRow): {
  sender: ParcelParty;
  receiver: ParcelParty;
  note: string | null;
} {
  const { seller, group } = row;
  const { address, note } = addressAndNote(group.address);
  return {
    sender: {
      name: seller.businessName,
      phone: seller.whatsapp,
      address: seller.address ?? "",
      place: placeName(seller.desa),
      desaCode: seller.desaCode,
      postalCode: seller.postalCode,
    },
    receiver: {
      name: group.buyerName,
      phone: group.buyerPhone,
      address,
      place: placeName(group.desa),
      desaCode: group.desaCode ?? "",
      postalCode: group.postalCode,
    },
    note,
  };
}

/** The checkout keeps the buyer's note after the address ("…\nCatatan: …"); a label splits them. */
function addressAndNote(address: string): { address: string; note: string | null } {
  const [street = "", ...note] = address.split("\nCatatan: ");
  return { address: street, note: note.join(" ") || null };
}

/**
 * Opens the shipment of a courier order the seller hands over themselves, with the waybill they
 * typed. Cash on delivery goes from that courier to the seller (a receivable until it arrives).
 */
export async function openManualShipment(
  tx: Tx,
  order: Pick<OrderCore, "id">,
  input: { courier: string; waybill: string; at: Date },
): Promise<void> {
  await createShipment(tx, { orderId: order.id, ...(await manualShipment(tx, order, input)) });
}

async function manualShipment(
  tx: Tx,
  order: Pick<OrderCore, "id">,
  input: { courier: string; waybill: string; at: Date },
) {
  return {
    provider: "manual",
    courier: input.courier,
    waybill: input.waybill,
    status: "PICKED_UP" as const,
    codAmount: await codToCollect(tx, order.id),
    codCollector: "SELLER" as const,
    at: input.at,
    note: `Diserahkan ke ${input.courier}, resi ${input.waybill}`,
    source: "manual",
  };
}

/**
 * A shipped order whose courier cancelled the pickup goes out again with a waybill the seller
 * types: the shipment starts over on the same timeline. Refused while the shipment still runs.
 */
export async function reopenWithWaybill(
  tx: Tx,
  order: Pick<OrderCore, "id">,
  input: { courier: string; waybill: string; at: Date },
): Promise<void> {
  const shipment = await tx.shipment.findUnique({
    where: { orderId: order.id },
    select: { id: true },
  });
  const restarted =
    shipment && (await restartShipment(tx, shipment.id, await manualShipment(tx, order, input)));
  if (!restarted) throw new DomainError("CONFLICT", "Pengiriman pesanan ini masih berjalan");
  // Going out again: the buyer's receipt clock starts over with it.
  await tx.order.update({
    where: { id: order.id },
    data: {
      trackingNumber: input.waybill,
      ...deadlinesFor("SHIPPED", input.at, orderDeadlineSettings()),
    },
  });
}

/**
 * What a first "delivered" report does to its order: the automatic receipt now counts from the
 * delivery (ORDER_RECEIVE_AFTER_DELIVERY_DAYS), and the buyer is asked to confirm.
 */
async function orderDelivered(tx: Tx, orderId: string, at: Date): Promise<void> {
  const receiveBy = new Date(at.getTime() + orderDeadlineSettings().receiveAfterDeliveryMs);
  const { count } = await tx.order.updateMany({
    where: { id: orderId, status: "SHIPPED" },
    data: { receiveBy, remindedAt: null },
  });
  if (count !== 1) return;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      code: true,
      seller: { select: { businessName: true } },
      group: { select: { code: true, buyerId: true } },
    },
  });
  if (!order.group.buyerId) return;
  await notify(
    tx,
    [
      {
        kind: "buyer.orderDelivered",
        to: { users: [order.group.buyerId] },
        params: {
          code: order.code,
          shop: order.seller.businessName,
          receiveBy: receiveBy.toISOString(),
        },
        link: buyerOrderLink(order.group.code),
        key: `buyer.orderDelivered:${orderId}`,
        actorId: null,
      },
    ],
    at,
  );
}

/** Tells the shop its parcel came back, or that the courier cancelled it (each time it does). */
async function tellShop(
  tx: Tx,
  orderId: string,
  kind: "seller.shipmentReturned" | "seller.shipmentCancelled",
  at: Date,
): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { code: true, sellerId: true, shipment: { select: { courier: true } } },
  });
  await notify(
    tx,
    [
      {
        kind,
        to: { shop: order.sellerId },
        params: { code: order.code, courier: order.shipment?.courier.toUpperCase() ?? "Kurir" },
        link: sellerOrderLink(order.sellerId, order.code),
        key:
          kind === "seller.shipmentReturned"
            ? `${kind}:${orderId}`
            : `${kind}:${orderId}:${at.toISOString()}`,
        actorId: null,
      },
    ],
    at,
  );
}

/** A report on the timeline, and what it means for the order. */
export async function applyReport(
  tx: Tx,
  shipment: { id: string; orderId: string },
  report: TrackingReport,
): Promise<boolean> {
  const outcome = await recordTracking(tx, shipment.id, report);
  if (outcome.firstDelivery) await orderDelivered(tx, shipment.orderId, report.at);
  if (outcome.firstReturn) {
    await tellShop(tx, shipment.orderId, "seller.shipmentReturned", report.at);
  }
  if (outcome.cancelled) {
    await tellShop(tx, shipment.orderId, "seller.shipmentCancelled", report.at);
  }
  return outcome.recorded;
}

/** The courier's waybill, on the shipment and on the order the buyer reads; false if unchanged. */
export async function syncWaybill(
  tx: Tx,
  shipment: { id: string; orderId: string },
  waybill: string,
): Promise<boolean> {
  const changed = await setShipmentWaybill(tx, shipment.id, waybill);
  if (changed) {
    await tx.order.update({ where: { id: shipment.orderId }, data: { trackingNumber: waybill } });
  }
  return changed;
}

/**
 * Applies a provider's webhook report. Replays are recorded once and older reports never move a
 * shipment back, so the provider may retry and reorder freely. Returns what happened, for the
 * webhook's reply and logs; an unknown shipment is not an error (another installation's order).
 */
export async function applyProviderReport(
  db: Db,
  report: ProviderReport,
): Promise<"applied" | "replay" | "unknown"> {
  const shipment = await findProviderShipment(db, report);
  if (!shipment) return "unknown";
  const result = await db.$transaction(async (tx) => {
    if (report.kind === "price") {
      const { count } = await tx.shipment.updateMany({
        where: { id: shipment.id, OR: [{ price: null }, { price: { not: report.price } }] },
        data: { price: report.price },
      });
      return count === 1 ? "applied" : "replay";
    }
    if (report.kind === "waybill") {
      return (await syncWaybill(tx, shipment, report.waybill)) ? "applied" : "replay";
    }
    if (report.waybill) await syncWaybill(tx, shipment, report.waybill);
    const recorded = await applyReport(tx, shipment, {
      status: report.status,
      at: report.at,
      note: report.note,
      source: "webhook",
      key: report.eventId,
    });
    return recorded ? "applied" : "replay";
  });
  notifyOutbox();
  return result;
}

/**
 * The seller (or operator) reports where a parcel is, for a courier without a provider's
 * tracking: the same timeline, and "delivered" restarts the automatic receipt the same way.
 */
export async function recordSellerTracking(
  db: Db,
  input: SellerCommand & { status: ShippingTrackingStatus; note: string; at?: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    const shipment = await tx.shipment.findUnique({
      where: { orderId: order.id },
      select: { id: true, provider: true },
    });
    if (!shipment || order.status !== "SHIPPED") {
      throw new DomainError(
        "CONFLICT",
        "Status kiriman hanya bisa diisi untuk pesanan yang dikirim kurir",
      );
    }
    if (shipment.provider !== "manual") {
      throw new DomainError("CONFLICT", "Kiriman ini dilacak otomatis dari kurir");
    }
    await applyReport(
      tx,
      { id: shipment.id, orderId: order.id },
      {
        status: input.status,
        at: input.at ?? new Date(),
        note: input.note,
        source: "manual",
      },
    );
    await auditForSeller(tx, input, "order.tracking", order, { status: input.status });
  });
  notifyOutbox();
}

/**
 * The seller says the courier handed over the cash it collected on delivery: the receivable is
 * closed. Only for the seller's own courier account; the platform's arrives through payouts.
 */
export async function settleCourierCod(db: Db, input: SellerCommand): Promise<void> {
  await db.$transaction(async (tx) => {
    const order = await requireSellerOrder(tx, input.sellerId, input.orderCode);
    const shipment = await tx.shipment.findUnique({
      where: { orderId: order.id },
      select: {
        id: true,
        status: true,
        deliveredAt: true,
        codAmount: true,
        codCollector: true,
        codSettledAt: true,
      },
    });
    const waiting = shipment && canSettleCourierCod({ status: order.status, shipment });
    // Settled once, even when two people press the button together.
    const { count } = waiting
      ? await tx.shipment.updateMany({
          where: { id: shipment.id, codSettledAt: null },
          data: { codSettledAt: new Date() },
        })
      : { count: 0 };
    if (count !== 1) throw new DomainError("CONFLICT", "Tidak ada dana COD kurir yang menunggu");
    await auditForSeller(tx, input, "order.codSettled", order);
  });
}

export interface CourierCodReceivable {
  orderCode: string;
  courier: string;
  waybill: string | null;
  amount: number;
  deliveredAt: string | null;
}

/**
 * Cash couriers collected (or are collecting) for the shop's own courier account and have not
 * handed over yet: parcels out for delivery or delivered, not returned, not settled.
 */
export async function listCourierCodReceivables(
  db: Db,
  sellerId: string,
): Promise<{ total: number; items: CourierCodReceivable[] }> {
  const rows = await db.shipment.findMany({
    where: {
      codCollector: "SELLER",
      codSettledAt: null,
      codAmount: { gt: 0 },
      status: { notIn: ["RETURNED", "CANCELLED"] },
      order: { sellerId, status: { in: ["SHIPPED", "RECEIVED", "COMPLETED"] } },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      courier: true,
      waybill: true,
      codAmount: true,
      deliveredAt: true,
      order: { select: { code: true } },
    },
  });
  const items = rows.map((r) => ({
    orderCode: r.order.code,
    courier: r.courier,
    waybill: r.waybill,
    amount: r.codAmount,
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
  }));
  return { total: items.reduce((sum, i) => sum + i.amount, 0), items };
}
