/**
 * Biteship's webhooks (`order.status`, `order.waybill_id`, `order.price`), read into plain events.
 * Biteship signs nothing: the webhook form in its dashboard lets us add a header with a value of
 * our choosing to every call. We name it BITESHIP_WEBHOOK_HEADER and put BITESHIP_WEBHOOK_SECRET
 * in it; verifyBiteshipWebhook compares it in constant time. When a webhook URL is saved, Biteship
 * first calls it with an empty JSON body to check it answers 200: that installation ping carries
 * no event and must be accepted (isBiteshipInstallationPing) before the header is checked.
 * Payloads carry no event id, so eventId is a digest of what an event says: a replay of the same
 * event has the same id, and the receiver records each id once. Decision: docs/decisions/033.
 */
import crypto from "node:crypto";
import { z } from "zod";
import type { ProviderReport, ShippingTrackingStatus } from "../provider";
import { biteshipStatus } from "./status";

/** The header Biteship's dashboard is told to send, holding BITESHIP_WEBHOOK_SECRET. */
export const BITESHIP_WEBHOOK_HEADER = "x-pasar-kampung-biteship-secret";
/** Webhook bodies are a few hundred bytes; anything far larger is not Biteship's. */
export const BITESHIP_WEBHOOK_MAX_BYTES = 64 * 1024;

export type BiteshipWebhookEvent =
  | {
      kind: "status";
      eventId: string;
      providerOrderId: string;
      waybill: string | null;
      courier: string | null;
      status: ShippingTrackingStatus;
      /** Biteship's word, for the timeline ("dropping_off"). */
      rawStatus: string;
      at: Date;
    }
  | {
      kind: "waybill";
      eventId: string;
      providerOrderId: string;
      waybill: string;
      status: ShippingTrackingStatus | null;
      at: Date;
    }
  | {
      kind: "price";
      eventId: string;
      providerOrderId: string;
      /** Rupiah: what Biteship now charges for the shipment, after the courier weighed it. */
      price: number;
      shipmentFee: number | null;
      codFee: number | null;
      status: ShippingTrackingStatus | null;
      at: Date;
    }
  | {
      kind: "ignored";
      reason: "installation" | "unknown_event" | "unknown_status";
      event: string | null;
    };

/** A body that is not a Biteship webhook: bad JSON, too large, or a known event's fields wrong. */
export class BiteshipWebhookInvalid extends Error {
  constructor(reason: string) {
    super(`Biteship webhook refused: ${reason}`);
    this.name = "BiteshipWebhookInvalid";
  }
}

type HeaderSource = Headers | Readonly<Record<string, string | string[] | undefined>>;

function headerOf(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? (value.length === 1 ? value[0]! : null) : (value ?? null);
  }
  return null;
}

/**
 * Whether the request carries our secret in BITESHIP_WEBHOOK_HEADER. Compared as digests in
 * constant time, so neither the length nor a prefix of the secret shows in the timing; an empty
 * secret never verifies.
 */
export function verifyBiteshipWebhook(headers: HeaderSource, secret: string): boolean {
  const sent = headerOf(headers, BITESHIP_WEBHOOK_HEADER);
  if (!secret || sent === null) return false;
  const digest = (value: string) => crypto.createHash("sha256").update(value, "utf8").digest();
  return crypto.timingSafeEqual(digest(sent.trim()), digest(secret));
}

/** The ping Biteship sends when the webhook URL is saved: an empty body, or an empty object. */
export function isBiteshipInstallationPing(rawBody: string): boolean {
  const body = rawBody.trim();
  return body === "" || body === "{}" || body === "null";
}

const Id = z.string().trim().min(1).max(100);
const Rupiah = z.number().int().nonnegative().max(1_000_000_000);
const Optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const StatusSchema = z.object({
  order_id: Id,
  status: z.string().min(1).max(50),
  courier_waybill_id: Optional(z.string().max(100)),
  courier_tracking_id: Optional(z.string().max(100)),
  courier_company: Optional(z.string().max(50)),
  courier_type: Optional(z.string().max(50)),
  order_price: Optional(Rupiah),
  updated_at: Optional(z.string().max(50)),
});

const WaybillSchema = z.object({
  order_id: Id,
  courier_waybill_id: Id,
  courier_tracking_id: Optional(z.string().max(100)),
  status: Optional(z.string().max(50)),
  updated_at: Optional(z.string().max(50)),
});

const PriceSchema = z.object({
  order_id: Id,
  price: Rupiah,
  // Biteship's own spelling.
  shippment_fee: Optional(Rupiah),
  cash_on_delivery_fee: Optional(Rupiah),
  proof_of_delivery_fee: Optional(Rupiah),
  courier_waybill_id: Optional(z.string().max(100)),
  status: Optional(z.string().max(50)),
  updated_at: Optional(z.string().max(50)),
});

function eventIdOf(parts: readonly (string | number | null | undefined)[]): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify(parts.map((p) => p ?? null)))
    .digest("hex")
    .slice(0, 32);
}

function timeOf(updatedAt: string | null | undefined, receivedAt: Date): Date {
  const at = updatedAt ? new Date(updatedAt) : null;
  return at && !Number.isNaN(at.getTime()) ? at : receivedAt;
}

function blank(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/**
 * One webhook body (the raw text) as an event. Unknown events and undocumented statuses come back
 * as `ignored` (answer 200 so Biteship stops retrying); a body that is not JSON, not an object,
 * too large, or a known event with wrong fields throws BiteshipWebhookInvalid (answer 400).
 */
export function parseBiteshipWebhook(
  rawBody: string,
  receivedAt: Date = new Date(),
): BiteshipWebhookEvent {
  if (Buffer.byteLength(rawBody, "utf8") > BITESHIP_WEBHOOK_MAX_BYTES) {
    throw new BiteshipWebhookInvalid("body too large");
  }
  if (isBiteshipInstallationPing(rawBody)) {
    return { kind: "ignored", reason: "installation", event: null };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BiteshipWebhookInvalid("not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new BiteshipWebhookInvalid("not an object");
  }
  const event = (body as { event?: unknown }).event;
  if (event === undefined && Object.keys(body).length === 0) {
    return { kind: "ignored", reason: "installation", event: null };
  }
  if (typeof event !== "string") throw new BiteshipWebhookInvalid("no event");

  switch (event) {
    case "order.status": {
      const p = parse(StatusSchema, body, event);
      const status = biteshipStatus(p.status);
      if (!status) return { kind: "ignored", reason: "unknown_status", event };
      const waybill = blank(p.courier_waybill_id);
      return {
        kind: "status",
        eventId: eventIdOf([event, p.order_id, p.status, waybill, p.updated_at]),
        providerOrderId: p.order_id,
        waybill,
        courier: blank(p.courier_company)?.toLowerCase() ?? null,
        status,
        rawStatus: p.status,
        at: timeOf(p.updated_at, receivedAt),
      };
    }
    case "order.waybill_id": {
      const p = parse(WaybillSchema, body, event);
      return {
        kind: "waybill",
        eventId: eventIdOf([event, p.order_id, p.courier_waybill_id, p.updated_at]),
        providerOrderId: p.order_id,
        waybill: p.courier_waybill_id,
        status: p.status ? biteshipStatus(p.status) : null,
        at: timeOf(p.updated_at, receivedAt),
      };
    }
    case "order.price": {
      const p = parse(PriceSchema, body, event);
      return {
        kind: "price",
        eventId: eventIdOf([event, p.order_id, p.price, p.shippment_fee, p.updated_at]),
        providerOrderId: p.order_id,
        price: p.price,
        shipmentFee: p.shippment_fee ?? null,
        codFee: p.cash_on_delivery_fee ?? null,
        status: p.status ? biteshipStatus(p.status) : null,
        at: timeOf(p.updated_at, receivedAt),
      };
    }
    default:
      return { kind: "ignored", reason: "unknown_event", event: event.slice(0, 50) };
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown, event: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new BiteshipWebhookInvalid(`${event} has missing or invalid fields`);
  return parsed.data;
}

/** A webhook event as the shipments take it. */
export function biteshipReport(
  event: Exclude<BiteshipWebhookEvent, { kind: "ignored" }>,
): ProviderReport {
  const base = { provider: "biteship", providerOrderId: event.providerOrderId };
  switch (event.kind) {
    case "status":
      return {
        ...base,
        kind: "status",
        waybill: event.waybill,
        status: event.status,
        at: event.at,
        note: event.rawStatus.replaceAll("_", " "),
        eventId: event.eventId,
      };
    case "waybill":
      return { ...base, kind: "waybill", waybill: event.waybill };
    case "price":
      return { ...base, kind: "price", price: event.price };
  }
}
