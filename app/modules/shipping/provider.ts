import type { Parcel } from "./tariff";

/**
 * One interface for everything that prices, books and tracks parcels, like the search and
 * payment adapters: the embedded tariff table (quote only) and a courier aggregator (Biteship
 * style: rates, orders with pickup, tracking). Money is integer rupiah; a provider converts at
 * its own edge.
 */

export interface ShippingQuoteInput {
  /**
   * The shop's kecamatan and desa (Kemendagri codes). A courier aggregator prices by postal code
   * and refuses to quote without both ends' (ShippingQuoteUnavailable), never Rp0.
   */
  origin: { kecamatanCode: string; desaCode: string; postalCode?: string };
  destination: { desaCode: string; postalCode?: string };
  /** Physical parcels as packed: one per box, each weighed and measured on its own. */
  parcels: Parcel[];
}

export interface ShippingQuote {
  /** The provider's service code, e.g. "REGULAR", "NEXT_DAY", "jne:reg". */
  service: string;
  /** What the buyer reads, e.g. "Reguler", "JNE REG". */
  label: string;
  /** Rupiah */
  price: number;
  etdMinDays: number;
  etdMaxDays: number;
  /** Who carries it: "tarif" for the embedded table, else the courier's code ("jne", "jnt" …). */
  courier: string;
  /**
   * Set when the live provider failed and this price comes from the embedded tariff table instead
   * (shippingProviderFor): an estimate the buyer is told about, and not a service that can be
   * booked with the aggregator.
   */
  estimated?: true;
}

export interface ShippingContact {
  name: string;
  phone: string;
  address: string;
  desaCode: string;
  postalCode?: string;
}

/** A pickup order with the courier, as an aggregator's order endpoint takes it. */
export interface ShippingBookingInput {
  /**
   * Names this booking at the provider, once: a retry of the same booking sends the same
   * reference (so a booking whose answer was lost is found, not made twice), a new booking a new
   * one.
   */
  reference: string;
  courier: string;
  service: string;
  shipper: ShippingContact;
  receiver: ShippingContact;
  parcels: Parcel[];
  items: { name: string; quantity: number; value: number; weightGrams: number }[];
  /** Rupiah the courier collects from the buyer (COD); 0 or absent = prepaid. */
  codAmount?: number;
  /** When the courier should come; absent = as soon as possible. */
  pickupAt?: Date;
  note?: string;
}

export interface ShippingBooking {
  /** The provider's order id. */
  providerOrderId: string;
  /** The waybill (resi) once the courier assigned one; some couriers assign it at pickup. */
  waybill: string | null;
  courier: string;
  service: string;
  /** Rupiah, as the provider charged it. */
  price: number;
  status: ShippingTrackingStatus;
  /**
   * What happened to it so far, oldest first, when the booking was found again (an earlier
   * attempt made it and its answer was lost): the courier may have moved on since.
   */
  history?: ShippingTrackingEvent[];
}

/** A booked courier order as the provider holds it now: the booking, and its history so far. */
export interface ShippingOrderState extends ShippingBooking {
  /** Oldest first. */
  history: ShippingTrackingEvent[];
}

/** Why a pickup is called off: to book another courier, or for another reason (in `note`). */
export type ShippingCancelReason = "change_courier" | "others";

export type ShippingTrackingStatus =
  | "CONFIRMED"
  | "ALLOCATED"
  | "PICKING_UP"
  | "PICKED_UP"
  | "IN_TRANSIT"
  | "OUT_FOR_DELIVERY"
  | "DELIVERED"
  | "RETURNED"
  | "CANCELLED"
  | "ON_HOLD";

export interface ShippingTrackingEvent {
  status: ShippingTrackingStatus;
  at: Date;
  note: string;
}

export interface ShippingTracking {
  waybill: string;
  courier: string;
  status: ShippingTrackingStatus;
  /** Oldest first. */
  history: ShippingTrackingEvent[];
}

/** A courier report as a provider's webhook carries it, already verified and parsed. */
export type ProviderReport =
  | {
      kind: "status";
      provider: string;
      providerOrderId: string | null;
      waybill: string | null;
      status: ShippingTrackingStatus;
      at: Date;
      note: string;
      eventId?: string;
    }
  | {
      kind: "waybill";
      provider: string;
      providerOrderId: string;
      waybill: string;
    }
  | {
      /** What the provider now charges, after the courier weighed the parcel. */
      kind: "price";
      provider: string;
      providerOrderId: string;
      price: number;
    };

/** The provider said no: nothing was made, and the same request fails again. */
export class ShippingRefused extends Error {}

/**
 * The provider already holds a booking under this reference but would not say which: the pickup
 * may well come, so booking again is refused rather than risking a second courier.
 */
export class ShippingAlreadyBooked extends ShippingRefused {}

/** Too late to call a pickup off: the courier has the parcel (or the journey is over). */
export class ShippingCancelTooLate extends ShippingRefused {}

/** The request cannot be sent as it is (a postal code missing…); the message says what to fix. */
export class ShippingRequestIncomplete extends Error {}

export interface ShippingProvider {
  /** Which provider this is, for logs and the order's snapshot ("tarif", "biteship" …). */
  readonly name: string;
  /** Every service the provider offers for this shipment, cheapest first. */
  quote(input: ShippingQuoteInput): Promise<ShippingQuote[]>;
  /** Whether `book` can take an order quoted with this service code (one of its own quotes). */
  bookable?(service: string): boolean;
  /** Creates a courier order with a pickup; absent when the provider cannot book. */
  book?(input: ShippingBookingInput): Promise<ShippingBooking>;
  /** The tracking history of a waybill; absent when the provider cannot track. */
  track?(input: { waybill: string; courier: string }): Promise<ShippingTracking>;
  /** A booked order as the provider holds it now (its waybill may have come since). */
  order?(providerOrderId: string): Promise<ShippingOrderState>;
  /** Calls a booked pickup off; ShippingCancelTooLate once the courier has the parcel. */
  cancel?(input: {
    providerOrderId: string;
    reason: ShippingCancelReason;
    note?: string;
  }): Promise<void>;
}
