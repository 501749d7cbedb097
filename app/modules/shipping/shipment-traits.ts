import type { ShipmentStatus } from "~/generated/prisma/enums";

/** A parcel in one of these has arrived, come back, or will not travel: its journey is over. */
export const FINAL_SHIPMENT_STATUSES = [
  "DELIVERED",
  "RETURNED",
  "CANCELLED",
] as const satisfies readonly ShipmentStatus[];

/** A booked pickup may still be called off in these: the courier does not have the parcel yet. */
export const CANCELLABLE_PICKUP_STATUSES = [
  "CONFIRMED",
  "ALLOCATED",
  "PICKING_UP",
] as const satisfies readonly ShipmentStatus[];

/** What a seller may report by hand for a parcel they track themselves, in journey order. */
export const MANUAL_TRACKING_STATUSES = [
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "RETURNED",
] as const satisfies readonly ShipmentStatus[];

/** Couriers a seller picks from when typing a waybill; any other name may be typed. */
export const MANUAL_COURIERS = [
  "JNE",
  "J&T",
  "SiCepat",
  "AnterAja",
  "POS Indonesia",
  "TIKI",
  "Ninja Xpress",
  "Lion Parcel",
  "ID Express",
  "Wahana",
] as const;

/** Field limits of the ship and tracking forms, shared by their schemas and inputs. */
export const SHIPMENT_LIMITS = { waybillMin: 4, waybillMax: 60, courierMax: 40, noteMax: 200 };
