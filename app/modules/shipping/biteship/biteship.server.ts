/**
 * Biteship, the courier aggregator, behind our ShippingProvider: the Rates API
 * (`POST /v1/rates/couriers`), the Order API (`POST /v1/orders`, a pickup order, with courier COD)
 * with `GET /v1/orders/{id}` to read it back and `POST /v1/orders/{id}/cancel` to call it off, and
 * the public Tracking API (`GET /v1/trackings/{waybill_id}/couriers/{courier_code}`).
 * Biteship publishes no official Node SDK, so this speaks HTTP with `fetch` and
 * `AbortSignal.timeout`. Every answer is parsed with zod, money goes in and out as whole rupiah,
 * and failures become two errors like Midtrans's: a definite refusal (a 4xx: nothing was made)
 * or an unreachable Biteship (5xx, 429, network, timeout, an unreadable answer).
 * Decision: docs/decisions/033.
 */
import { z } from "zod";
import { biteshipId } from "~/utils/i18n-biteship-id";
import {
  ShippingAlreadyBooked,
  ShippingCancelTooLate,
  ShippingRefused,
  ShippingRequestIncomplete,
  type ShippingBooking,
  type ShippingBookingInput,
  type ShippingContact,
  type ShippingOrderState,
  type ShippingProvider,
  type ShippingQuote,
  type ShippingQuoteInput,
  type ShippingTracking,
  type ShippingTrackingEvent,
  type ShippingTrackingStatus,
} from "../provider";
import {
  biteshipEtdDays,
  biteshipLabel,
  biteshipStatus,
  biteshipCourierCode,
  decodeBiteshipService,
  encodeBiteshipService,
} from "./status";

export const BITESHIP_UNREACHABLE = biteshipId["biteship.error.unreachable"];
export const BITESHIP_REFUSED = biteshipId["biteship.error.refused"];
const BITESHIP_UNEXPECTED_ANSWER = biteshipId["biteship.error.unexpectedAnswer"];
export const BITESHIP_MISSING_POSTAL_CODE = biteshipId["biteship.error.missingPostalCode"];
const BITESHIP_UNKNOWN_SERVICE = biteshipId["biteship.error.unknownService"];
const BITESHIP_INVALID_BOOKING = biteshipId["biteship.error.invalidBooking"];
const BITESHIP_ALREADY_BOOKED = biteshipId["biteship.error.alreadyBooked"];

/** Biteship's code for a reference_id it has already booked under (its Order API error list). */
export const BITESHIP_REFERENCE_USED = 40002060;
/** Biteship's code for "cannot cancel order because order already {status}". */
export const BITESHIP_CANNOT_CANCEL = 40002053;

const BITESHIP_BASE_URL = "https://api.biteship.com";
const BITESHIP_DEFAULT_COURIERS = ["jne", "jnt", "sicepat", "anteraja", "pos", "idexpress"];
const DEFAULT_TIMEOUT_MS = 10_000;

/** Biteship said no (HTTP 4xx other than 429): nothing was made, the same request fails again. */
export class BiteshipRefused extends ShippingRefused {
  readonly statusCode: number;
  /** Biteship's own `error` text (English), for logs. */
  readonly apiMessage: string;
  /** Biteship's numeric error code (e.g. 40002009: courier has no COD), when it sent one. */
  readonly code: number | null;
  /** The order an error names in its `details` (a reference already used names its order). */
  readonly orderId: string | null;

  constructor(
    statusCode: number,
    apiMessage: string,
    code: number | null = null,
    orderId: string | null = null,
  ) {
    super(BITESHIP_REFUSED);
    this.name = "BiteshipRefused";
    this.statusCode = statusCode;
    this.apiMessage = apiMessage;
    this.code = code;
    this.orderId = orderId;
  }
}

/** No usable answer: a 5xx, a 429, a network failure, a timeout, or a body we cannot read. */
export class BiteshipUnreachable extends Error {
  readonly reason: "server" | "network" | "timeout" | "unreadable";
  readonly statusCode: number | null;

  constructor(reason: BiteshipUnreachable["reason"], statusCode: number | null = null) {
    super(reason === "unreadable" ? BITESHIP_UNEXPECTED_ANSWER : BITESHIP_UNREACHABLE);
    this.name = "BiteshipUnreachable";
    this.reason = reason;
    this.statusCode = statusCode;
  }
}

/**
 * Biteship cannot price or book this shipment as asked, before anything is sent: a postal code
 * is missing (Biteship prices by postal code; we never answer Rp0 or an empty list instead),
 * the service code is not one of ours, or a booking lacks a required field.
 */
export class ShippingQuoteUnavailable extends ShippingRequestIncomplete {
  readonly reason: "missing_postal_code" | "unknown_service" | "invalid_booking";

  constructor(reason: ShippingQuoteUnavailable["reason"]) {
    super(
      reason === "missing_postal_code"
        ? BITESHIP_MISSING_POSTAL_CODE
        : reason === "unknown_service"
          ? BITESHIP_UNKNOWN_SERVICE
          : BITESHIP_INVALID_BOOKING,
    );
    this.name = "ShippingQuoteUnavailable";
    this.reason = reason;
  }
}

export interface BiteshipConfig {
  /** `biteship_live.…` or `biteship_test.…`, sent as the raw Authorization header. */
  apiKey: string;
  /** Default https://api.biteship.com; a local stand-in in tests. */
  baseUrl?: string;
  /** Courier codes asked for rates ("jne", "sicepat" …). */
  couriers?: readonly string[];
  /** Milliseconds before a request counts as lost (default 10 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const POSTAL_CODE = /^\d{5}$/;

// ---------------------------------------------------------------------------------------------
// Answers

const ErrorBodySchema = z.object({
  success: z.literal(false).optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  code: z.number().int().optional(),
  details: z.object({ order_id: z.string().min(1).optional() }).nullish(),
});

const PricingSchema = z.object({
  courier_name: z.string(),
  courier_code: z.string().min(1),
  courier_service_name: z.string(),
  courier_service_code: z.string().min(1),
  shipment_duration_range: z.string(),
  shipment_duration_unit: z.string(),
  price: z.number().int().positive(),
});

const RatesSchema = z.object({
  success: z.literal(true),
  pricing: z.array(z.unknown()),
});

const OrderSchema = z.object({
  success: z.literal(true),
  id: z.string().min(1),
  courier: z.object({
    tracking_id: z.string().nullish(),
    waybill_id: z.string().nullish(),
    company: z.string().min(1),
    type: z.string().min(1),
  }),
  price: z.number().int().nonnegative(),
  status: z.string().min(1),
});

/**
 * `GET /v1/orders/{id}`. Biteship calls every field nullable; an order is only of use to us with
 * its courier pair and price, and its history may be missing.
 */
const OrderStateSchema = OrderSchema.extend({
  courier: OrderSchema.shape.courier.extend({
    history: z
      .array(z.object({ note: z.string().nullish(), updated_at: z.string(), status: z.string() }))
      .nullish(),
  }),
});

/** `POST /v1/orders/{id}/cancel` answers the order with its new status. */
const CancelledSchema = z.object({ success: z.literal(true), status: z.string().min(1) });

const TrackingSchema = z.object({
  success: z.literal(true),
  waybill_id: z.string().min(1),
  courier: z.object({ company: z.string().min(1) }),
  history: z.array(
    z.object({
      note: z.string(),
      updated_at: z.string().min(1),
      status: z.string(),
    }),
  ),
  status: z.string().min(1),
});

// ---------------------------------------------------------------------------------------------
// Requests

/** The Rates API body for a quote; throws ShippingQuoteUnavailable without both postal codes. */
function buildBiteshipRatesRequest(
  input: ShippingQuoteInput,
  couriers: readonly string[],
): Record<string, unknown> {
  const origin = input.origin.postalCode?.trim() ?? "";
  const destination = input.destination.postalCode?.trim() ?? "";
  if (!POSTAL_CODE.test(origin) || !POSTAL_CODE.test(destination)) {
    throw new ShippingQuoteUnavailable("missing_postal_code");
  }
  return {
    origin_postal_code: Number(origin),
    destination_postal_code: Number(destination),
    couriers: couriers.join(","),
    items: input.parcels.map((parcel, i) => ({
      name: `Paket ${i + 1}`,
      // The checkout prices shipping before goods are insured; Biteship wants a number here.
      value: 0,
      quantity: 1,
      weight: Math.max(1, Math.ceil(parcel.weightGrams)),
      ...dimensions(parcel),
    })),
  };
}

function dimensions(parcel: {
  lengthCm?: number | null;
  widthCm?: number | null;
  heightCm?: number | null;
}): Record<string, number> {
  const { lengthCm: l, widthCm: w, heightCm: h } = parcel;
  if (!l || !w || !h || l <= 0 || w <= 0 || h <= 0) return {};
  return { length: Math.ceil(l), width: Math.ceil(w), height: Math.ceil(h) };
}

/** "YYYY-MM-DD" and "HH:mm" in Western Indonesian Time, as the Order API schedules pickups. */
function wibDateTime(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function contactValid(c: ShippingContact): boolean {
  return (
    c.name.trim() !== "" &&
    c.phone.trim() !== "" &&
    c.address.trim() !== "" &&
    POSTAL_CODE.test(c.postalCode?.trim() ?? "")
  );
}

/** The Order API body for a pickup order; throws ShippingQuoteUnavailable when it cannot be sent. */
function buildBiteshipOrderRequest(input: ShippingBookingInput): Record<string, unknown> {
  const service = decodeBiteshipService(input.service);
  if (!service) throw new ShippingQuoteUnavailable("unknown_service");
  if (!input.shipper.postalCode?.trim() || !input.receiver.postalCode?.trim()) {
    throw new ShippingQuoteUnavailable("missing_postal_code");
  }
  const itemsValid =
    input.items.length > 0 &&
    input.items.every(
      (item) =>
        item.name.trim() !== "" &&
        Number.isSafeInteger(item.quantity) &&
        item.quantity > 0 &&
        Number.isSafeInteger(item.value) &&
        item.value >= 0 &&
        Number.isSafeInteger(item.weightGrams) &&
        item.weightGrams > 0,
    );
  const cod = input.codAmount ?? 0;
  if (
    !contactValid(input.shipper) ||
    !contactValid(input.receiver) ||
    !itemsValid ||
    !Number.isSafeInteger(cod) ||
    cod < 0
  ) {
    throw new ShippingQuoteUnavailable("invalid_booking");
  }
  const parcel = input.parcels.length === 1 ? dimensions(input.parcels[0]!) : {};
  const body: Record<string, unknown> = {
    shipper_contact_name: input.shipper.name,
    shipper_contact_phone: input.shipper.phone,
    origin_contact_name: input.shipper.name,
    origin_contact_phone: input.shipper.phone,
    origin_address: input.shipper.address,
    origin_postal_code: Number(input.shipper.postalCode),
    destination_contact_name: input.receiver.name,
    destination_contact_phone: input.receiver.phone,
    destination_address: input.receiver.address,
    destination_postal_code: Number(input.receiver.postalCode),
    courier_company: service.courier,
    courier_type: service.service,
    reference_id: input.reference,
    items: input.items.map((item, i) => ({
      name: item.name.slice(0, 100),
      value: item.value,
      quantity: item.quantity,
      weight: item.weightGrams,
      ...(i === 0 && input.items.length === 1 ? parcel : {}),
    })),
  };
  if (input.note) body.order_note = input.note.slice(0, 200);
  if (input.pickupAt) {
    const { date, time } = wibDateTime(input.pickupAt);
    Object.assign(body, { delivery_type: "scheduled", delivery_date: date, delivery_time: time });
  } else {
    body.delivery_type = "now";
  }
  if (cod > 0) {
    // The courier collects this from the buyer; Biteship pays it out 7 days after delivery.
    Object.assign(body, {
      destination_cash_on_delivery: cod,
      destination_cash_on_delivery_type: "7_days",
    });
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// The provider

/** A Biteship order as our booking; `service` stands in when its courier pair is not ours. */
function toBooking(order: z.infer<typeof OrderSchema>, service: string | null): ShippingBooking {
  const encoded = encodeBiteshipService(order.courier.company, order.courier.type);
  return {
    providerOrderId: order.id,
    waybill: order.courier.waybill_id || null,
    courier: order.courier.company.toLowerCase(),
    service: encoded ?? service ?? `${order.courier.company}_${order.courier.type}`.toUpperCase(),
    price: order.price,
    status: biteshipStatus(order.status) ?? "CONFIRMED",
  };
}

/** Rates for one shipment as our quotes, cheapest first; services the form cannot name are left. */
function toBiteshipQuotes(pricing: readonly unknown[]): ShippingQuote[] {
  const quotes: ShippingQuote[] = [];
  for (const raw of pricing) {
    const parsed = PricingSchema.safeParse(raw);
    if (!parsed.success) continue;
    const p = parsed.data;
    const service = encodeBiteshipService(p.courier_code, p.courier_service_code);
    const etd = biteshipEtdDays(p.shipment_duration_range, p.shipment_duration_unit);
    if (!service || !etd) continue;
    quotes.push({
      service,
      label: biteshipLabel(p.courier_name, p.courier_service_name),
      price: p.price,
      ...etd,
      courier: p.courier_code.toLowerCase(),
    });
  }
  return quotes.sort((a, b) => a.price - b.price);
}

export function createBiteshipProvider(config: BiteshipConfig): ShippingProvider {
  const base = (config.baseUrl ?? BITESHIP_BASE_URL).replace(/\/+$/, "");
  const couriers = config.couriers?.length ? config.couriers : BITESHIP_DEFAULT_COURIERS;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = config.fetch ?? fetch;

  async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          // Biteship takes the key itself, without "Bearer".
          Authorization: config.apiKey,
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      throw new BiteshipUnreachable(
        name === "TimeoutError" || name === "AbortError" ? "timeout" : "network",
      );
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "TimeoutError" || name === "AbortError") {
        throw new BiteshipUnreachable("timeout");
      }
      answer = undefined;
    }
    const status = response.status;
    const failed = ErrorBodySchema.safeParse(answer);
    const refusedInBody = status < 400 && failed.success && failed.data.success === false;
    if ((status >= 400 && status < 500 && status !== 429) || refusedInBody) {
      const data = failed.success ? failed.data : {};
      throw new BiteshipRefused(
        refusedInBody ? 400 : status,
        data.error ?? data.message ?? `HTTP ${status}`,
        data.code ?? null,
        data.details?.order_id ?? null,
      );
    }
    if (status >= 400) throw new BiteshipUnreachable("server", status);
    if (answer === undefined) throw new BiteshipUnreachable("unreadable");
    return answer;
  }

  function parse<T>(schema: z.ZodType<T>, answer: unknown): T {
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw new BiteshipUnreachable("unreadable");
    return parsed.data;
  }

  async function readOrder(providerOrderId: string): Promise<ShippingOrderState> {
    const path = `/v1/orders/${encodeURIComponent(providerOrderId)}`;
    const order = parse(OrderStateSchema, await call("GET", path));
    const history = trackingHistory(
      (order.courier.history ?? []).map((step) => ({ ...step, note: step.note ?? "" })),
    );
    return { ...toBooking(order, null), history };
  }

  return {
    name: "biteship",

    bookable(service) {
      const decoded = decodeBiteshipService(service);
      return decoded !== null && couriers.includes(decoded.courier);
    },

    async quote(input) {
      const request = buildBiteshipRatesRequest(input, couriers);
      const answer = parse(RatesSchema, await call("POST", "/v1/rates/couriers", request));
      return toBiteshipQuotes(answer.pricing);
    },

    async book(input): Promise<ShippingBooking> {
      const request = buildBiteshipOrderRequest(input);
      let answer: unknown;
      try {
        answer = await call("POST", "/v1/orders", request);
      } catch (error) {
        // The reference is already booked: an earlier attempt whose answer was lost made it.
        // That booking is this one; never a second courier for the same parcel.
        if (!(error instanceof BiteshipRefused) || error.code !== BITESHIP_REFERENCE_USED) {
          throw error;
        }
        if (!error.orderId) throw new ShippingAlreadyBooked(BITESHIP_ALREADY_BOOKED);
        return readOrder(error.orderId);
      }
      return toBooking(parse(OrderSchema, answer), input.service);
    },

    order: readOrder,

    async cancel(input) {
      const body =
        input.reason === "others" && input.note
          ? { cancellation_reason_code: "others", cancellation_reason: input.note.slice(0, 200) }
          : { cancellation_reason_code: input.reason };
      const path = `/v1/orders/${encodeURIComponent(input.providerOrderId)}/cancel`;
      try {
        parse(CancelledSchema, await call("POST", path, body));
      } catch (error) {
        if (error instanceof BiteshipRefused && error.code === BITESHIP_CANNOT_CANCEL) {
          throw new ShippingCancelTooLate(error.apiMessage);
        }
        throw error;
      }
    },

    async track(input): Promise<ShippingTracking> {
      // A booked shipment names Biteship's code; a typed waybill, the courier's name ("J&T").
      const plain = input.courier.trim().toLowerCase();
      const courier = biteshipCourierCode(plain) ?? (/^[a-z0-9]+$/.test(plain) ? plain : "");
      if (courier === "" || input.waybill.trim() === "") {
        throw new ShippingQuoteUnavailable("unknown_service");
      }
      const path = `/v1/trackings/${encodeURIComponent(input.waybill.trim())}/couriers/${courier}`;
      const tracking = parse(TrackingSchema, await call("GET", path));
      const history = trackingHistory(tracking.history);
      const status = biteshipStatus(tracking.status) ?? history.at(-1)?.status ?? "CONFIRMED";
      return {
        waybill: tracking.waybill_id,
        courier: tracking.courier.company.toLowerCase(),
        status,
        history,
      };
    },
  };
}

/**
 * The tracking history, oldest first. A step with a status word Biteship does not document keeps
 * the status before it (its note still says what happened); a step with an unreadable time is
 * left out rather than placed wrongly.
 */
function trackingHistory(
  steps: readonly { note: string; updated_at: string; status: string }[],
): ShippingTrackingEvent[] {
  const dated = steps
    .map((step) => ({ step, at: new Date(step.updated_at) }))
    .filter(({ at }) => !Number.isNaN(at.getTime()))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  let last: ShippingTrackingStatus = "CONFIRMED";
  return dated.map(({ step, at }) => {
    last = biteshipStatus(step.status) ?? last;
    return { status: last, at, note: step.note };
  });
}
