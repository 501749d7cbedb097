import type { OrderStatus, ShipmentStatus, ShippingMethod } from "~/generated/prisma/enums";
import {
  CANCELLABLE_PICKUP_STATUSES,
  FINAL_SHIPMENT_STATUSES,
} from "~/modules/shipping/shipment-traits";

/**
 * What the shop may do with an order's parcel, in one place for the order page and the
 * commands: book a pickup, call it off, ship again after a cancelled pickup, ask the courier for
 * news, print a label, close the courier's COD. Decision: docs/decisions/034.
 */

/** Orders that may still be labelled: before they leave, and while they travel. */
export const LABEL_STATUSES: readonly OrderStatus[] = ["PAID", "COD_PENDING", "PACKED", "SHIPPED"];

/** Deliveries that travel to the buyer; pickups are handed over without a label. */
export const LABELLED_METHODS: readonly ShippingMethod[] = ["COURIER", "LOCAL_DELIVERY"];

export interface ParcelOrder {
  status: OrderStatus;
  shippingMethod: ShippingMethod;
  shippingService: string | null;
  shipment: {
    provider: string;
    status: ShipmentStatus;
    waybill: string | null;
    deliveredAt: Date | string | null;
    codAmount: number;
    codCollector: "SELLER" | "PLATFORM" | null;
    codSettledAt: Date | string | null;
  } | null;
}

/** What the shipping provider can do here (the tariff table: none of it). */
export interface ProviderAbilities {
  bookable?(service: string): boolean;
  book?: unknown;
  track?: unknown;
  order?: unknown;
  cancel?: unknown;
}

type ShipmentState = { status: OrderStatus; shipment: { status: ShipmentStatus } | null };

/** A pickup booked through the provider that the courier has not collected yet may be called off. */
export function canCancelPickup(
  provider: ProviderAbilities,
  order: { status: OrderStatus; shipment: { provider: string; status: ShipmentStatus } | null },
): boolean {
  const { shipment } = order;
  return (
    order.status === "SHIPPED" &&
    provider.cancel !== undefined &&
    shipment !== null &&
    shipment.provider !== "manual" &&
    (CANCELLABLE_PICKUP_STATUSES as readonly string[]).includes(shipment.status)
  );
}

/** Shipped, but the courier cancelled the pickup: the parcel may go out again. */
export function awaitsReshipping(order: ShipmentState): boolean {
  return order.status === "SHIPPED" && order.shipment?.status === "CANCELLED";
}

/** Whether `provider` can book a pickup for this order now (its service was quoted there). */
export function canBookPickup(
  provider: ProviderAbilities,
  order: ShipmentState & Pick<ParcelOrder, "shippingMethod" | "shippingService">,
): boolean {
  return (
    (order.status === "PACKED" || awaitsReshipping(order)) &&
    order.shippingMethod === "COURIER" &&
    order.shippingService !== null &&
    provider.book !== undefined &&
    provider.bookable?.(order.shippingService) === true
  );
}

export function parcelActions(provider: ProviderAbilities, order: ParcelOrder) {
  const { shipment } = order;
  return {
    book: canBookPickup(provider, order),
    cancelPickup: canCancelPickup(provider, order),
    reship: awaitsReshipping(order),
    /** Where a parcel still on its way is can be read: by its waybill, or by its booking. */
    track:
      order.status === "SHIPPED" &&
      !!shipment &&
      ((provider.track !== undefined && !!shipment.waybill) ||
        (provider.order !== undefined && shipment.provider !== "manual")) &&
      !(FINAL_SHIPMENT_STATUSES as readonly string[]).includes(shipment.status),
    /** The seller reports where a parcel they handed over themselves is. */
    reportTracking: order.status === "SHIPPED" && shipment?.provider === "manual",
    label: LABEL_STATUSES.includes(order.status) && LABELLED_METHODS.includes(order.shippingMethod),
    settleCod: canSettleCourierCod(order),
  };
}

/**
 * The seller may say their own courier handed over the cash it collected: a delivered (or
 * completed) parcel that did not come back, with COD not settled yet.
 */
export function canSettleCourierCod(order: {
  status: OrderStatus;
  shipment: Pick<
    NonNullable<ParcelOrder["shipment"]>,
    "status" | "deliveredAt" | "codAmount" | "codCollector" | "codSettledAt"
  > | null;
}): boolean {
  const { shipment } = order;
  return (
    shipment?.codCollector === "SELLER" &&
    shipment.codAmount > 0 &&
    !shipment.codSettledAt &&
    shipment.status !== "RETURNED" &&
    shipment.status !== "CANCELLED" &&
    (!!shipment.deliveredAt || order.status === "COMPLETED")
  );
}

/**
 * What the parcel card shows: the waybill (or that it follows at pickup) unless a cancelled
 * pickup never got one, and who collects the cash while the parcel may still be paid for on
 * delivery (not once it came back or the pickup was called off).
 */
export function parcelShows(shipment: {
  status: ShipmentStatus;
  waybill: string | null;
  codAmount: number;
}): { waybill: boolean; collecting: boolean } {
  const over = shipment.status === "CANCELLED" || shipment.status === "RETURNED";
  return {
    waybill: !!shipment.waybill || shipment.status !== "CANCELLED",
    collecting: shipment.codAmount > 0 && !over,
  };
}
