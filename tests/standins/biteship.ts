/**
 * A local stand-in for Biteship's API: `POST /v1/rates/couriers`, `POST /v1/orders`,
 * `GET /v1/orders/{id}`, `POST /v1/orders/{id}/cancel` and
 * `GET /v1/trackings/{waybill_id}/couriers/{courier_code}`. It checks what Biteship's API
 * reference asks — the API key itself in Authorization (no "Bearer"), a JSON body with postal
 * codes as numbers, a comma list of courier codes, items with a name, an integer value, a
 * positive quantity and a weight in whole grams; an order's origin and destination contacts,
 * courier_company/courier_type, delivery_type (with date and time when scheduled) and an integer
 * destination_cash_on_delivery — and answers the documented shapes, or `{ success: false, error,
 * code }` as Biteship does. Like Biteship it refuses a reference_id it has booked under (code
 * 40002060, naming that order in `details`) and a cancellation once the courier has the parcel
 * (40002053). Tests can make the next requests fail (4xx, 5xx, a hang, or a booking made whose
 * answer never comes), move an order on, and build webhook payloads (one event, a whole journey, duplicated and
 * shuffled) for route tests.
 */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

export interface StandInService {
  courier_code: string;
  courier_name: string;
  courier_service_code: string;
  courier_service_name: string;
  /** Rupiah for the first kilo, and for each kilo after it. */
  firstKg: number;
  nextKg: number;
  range: string;
  unit: "days" | "hours";
  cod: boolean;
}

export interface StandInOrder {
  id: string;
  reference: string;
  courier: string;
  service: string;
  waybill: string | null;
  price: number;
  codAmount: number;
  status: string;
  history: { note: string; updated_at: string; status: string }[];
  request: unknown;
  /** What the cancellation said, once the order was called off through the API. */
  cancellation?: { cancellation_reason_code: string; cancellation_reason?: string };
}

export type BiteshipFailure =
  | { status: 400 | 401 | 404 | 429 | 500 | 502 | 503 }
  | { hangMs: number }
  /** The request is carried out, then its answer hangs (a booking made but never confirmed). */
  | { lostAnswerMs: number }
  /** The request is carried out and answered, after a while (a slow courier). */
  | { slowMs: number };

export const DEFAULT_STANDIN_SERVICES: StandInService[] = [
  {
    courier_code: "jne",
    courier_name: "JNE",
    courier_service_code: "reg",
    courier_service_name: "Reguler",
    firstKg: 11_000,
    nextKg: 11_000,
    range: "1 - 2",
    unit: "days",
    cod: true,
  },
  {
    courier_code: "jne",
    courier_name: "JNE",
    courier_service_code: "yes",
    courier_service_name: "Yakin Esok Sampai",
    firstKg: 20_000,
    nextKg: 20_000,
    range: "1",
    unit: "days",
    cod: false,
  },
  {
    courier_code: "sicepat",
    courier_name: "SiCepat",
    courier_service_code: "best",
    courier_service_name: "Besok Sampai Tujuan",
    firstKg: 18_000,
    nextKg: 15_000,
    range: "1",
    unit: "days",
    cod: true,
  },
  {
    courier_code: "gojek",
    courier_name: "Gojek",
    courier_service_code: "same_day",
    courier_service_name: "Same Day",
    firstKg: 25_000,
    nextKg: 0,
    range: "6 - 8",
    unit: "hours",
    cod: false,
  },
];

const PostalCode = z.number().int().min(10_000).max(99_999);
const Weight = z.number().int().positive();
const Dimension = z.number().positive().optional();
const RateItem = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    value: z.number().int().nonnegative(),
    quantity: z.number().int().positive(),
    weight: Weight,
    length: Dimension,
    width: Dimension,
    height: Dimension,
  })
  .strict();
const RatesSchema = z
  .object({
    origin_postal_code: PostalCode,
    destination_postal_code: PostalCode,
    couriers: z.string().regex(/^[a-z0-9]+(,[a-z0-9]+)*$/),
    items: z.array(RateItem).min(1),
  })
  .strict();
const Text = z.string().trim().min(1);
const OrderSchema = z
  .object({
    shipper_contact_name: z.string().optional(),
    shipper_contact_phone: z.string().optional(),
    origin_contact_name: Text,
    origin_contact_phone: Text,
    origin_address: Text,
    origin_postal_code: PostalCode,
    destination_contact_name: Text,
    destination_contact_phone: Text,
    destination_address: Text,
    destination_postal_code: PostalCode,
    courier_company: z.string().regex(/^[a-z0-9]+$/),
    courier_type: z.string().regex(/^[a-z0-9_]+$/),
    delivery_type: z.enum(["now", "scheduled"]),
    delivery_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    delivery_time: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    order_note: z.string().optional(),
    reference_id: z.string().min(1).optional(),
    destination_cash_on_delivery: z.number().int().positive().optional(),
    destination_cash_on_delivery_type: z.enum(["7_days", "5_days", "3_days"]).optional(),
    items: z.array(RateItem).min(1),
  })
  .strict()
  .refine((o) => o.delivery_type === "now" || (!!o.delivery_date && !!o.delivery_time));

export interface BiteshipStandIn {
  url: string;
  apiKey: string;
  services: StandInService[];
  orders: Map<string, StandInOrder>;
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown }[];
  /** Requests refused because their shape was wrong (should stay empty). */
  rejected: { reason: string; body: string }[];
  failNext: (...failures: BiteshipFailure[]) => void;
  /** Whether a refused reference names its order in `details` (true unless a test says not). */
  referenceDetails: boolean;
  /** Moves an order to a Biteship status, assigning a waybill on pickup when it had none. */
  advance: (orderId: string, status: string) => StandInOrder;
  close: () => Promise<void>;
}

function err(
  res: http.ServerResponse,
  status: number,
  error: string,
  code: number,
  details?: Record<string, string>,
) {
  if (res.destroyed) return;
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ success: false, error, code, ...(details ? { details } : {}) }));
}

/** Biteship's reasons for calling an order off (`GET /v1/orders/cancellation_reasons`). */
const CANCELLATION_REASONS = ["change_courier", "pickup_delay", "change_address", "others"];
/** Statuses an order may still be cancelled from, per Biteship's order status table. */
const CANCELLABLE = ["confirmed", "scheduled", "allocated", "picking_up"];
const CancelSchema = z
  .object({
    cancellation_reason_code: z.enum(CANCELLATION_REASONS),
    cancellation_reason: z.string().min(1).optional(),
  })
  .strict();

function ok(res: http.ServerResponse, body: unknown) {
  if (res.destroyed) return;
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startBiteshipStandIn(
  options: { apiKey?: string; services?: StandInService[] } = {},
): Promise<BiteshipStandIn> {
  const apiKey = options.apiKey ?? "biteship_test.pasar-kampung-standin";
  const queue: BiteshipFailure[] = [];
  const hanging = new Set<http.ServerResponse>();

  const state: BiteshipStandIn = {
    url: "",
    apiKey,
    services: options.services ?? DEFAULT_STANDIN_SERVICES,
    orders: new Map(),
    requests: [],
    rejected: [],
    failNext: (...failures) => queue.push(...failures),
    referenceDetails: true,
    advance: (orderId, status) => {
      const order = state.orders.get(orderId);
      if (!order) throw new Error(`The stand-in has no order ${orderId}`);
      order.status = status;
      if (!order.waybill && ["picking_up", "picked"].includes(status)) {
        order.waybill = `${order.courier.toUpperCase()}${crypto.randomInt(1e9, 1e10 - 1)}`;
      }
      order.history.push({
        note: `Status ${status}`,
        updated_at: new Date().toISOString(),
        status,
      });
      return order;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const rates = (body: z.infer<typeof RatesSchema>) => {
    const grams = body.items.reduce((sum, item) => sum + item.weight * item.quantity, 0);
    const kilos = Math.max(1, Math.ceil(grams / 1000));
    const wanted = new Set(body.couriers.split(","));
    return state.services
      .filter((s) => wanted.has(s.courier_code))
      .map((s) => ({
        available_collection_method: ["pickup"],
        available_for_cash_on_delivery: s.cod,
        available_for_proof_of_delivery: false,
        available_for_instant_waybill_id: true,
        available_for_insurance: true,
        company: s.courier_code,
        courier_name: s.courier_name,
        courier_code: s.courier_code,
        courier_service_name: s.courier_service_name,
        courier_service_code: s.courier_service_code,
        currency: "IDR",
        description: s.courier_service_name,
        duration: `${s.range} ${s.unit}`,
        shipment_duration_range: s.range,
        shipment_duration_unit: s.unit,
        service_type: s.unit === "hours" ? "same_day" : "standard",
        shipping_type: "parcel",
        price: s.firstKg + (kilos - 1) * s.nextKg,
        shipping_fee: s.firstKg + (kilos - 1) * s.nextKg,
        type: s.courier_service_code,
      }));
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse, raw: string) => {
    const path = (req.url ?? "").split("?")[0]!;
    let body: unknown = undefined;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    state.requests.push({ method: req.method ?? "", path, headers: req.headers, body });
    let failure = queue.shift();
    if (failure && "lostAnswerMs" in failure) {
      // Carry the request out into a reply nobody reads, then hold the real answer back.
      const nowhere = {
        destroyed: false,
        writeHead: () => nowhere,
        end: () => nowhere,
      } as unknown as http.ServerResponse;
      serve(req, nowhere, path, body, raw);
      failure = { hangMs: failure.lostAnswerMs };
    }
    if (failure && "slowMs" in failure) {
      hanging.add(res);
      setTimeout(() => {
        hanging.delete(res);
        serve(req, res, path, body, raw);
      }, failure.slowMs);
      return;
    }
    if (failure && "hangMs" in failure) {
      hanging.add(res);
      setTimeout(() => {
        hanging.delete(res);
        err(res, 504, "Gateway timeout", 50000000);
      }, failure.hangMs);
      return;
    }
    if (failure) {
      const messages: Record<number, [string, number]> = {
        400: ["Invalid request", 40000001],
        401: ["Authorization failed", 40100001],
        404: ["Not found", 40400001],
        429: ["Too many requests", 42900001],
      };
      const [message, code] = messages[failure.status] ?? ["Internal server error", 50000001];
      return err(res, failure.status, message, code);
    }
    serve(req, res, path, body, raw);
  };

  /** Answers one request as Biteship would. */
  const serve = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    body: unknown,
    raw: string,
  ) => {
    if (req.headers.authorization !== apiKey) {
      state.rejected.push({ reason: `authorization ${req.headers.authorization}`, body: raw });
      return err(res, 401, "Authorization failed", 40000001);
    }
    const refuse = (reason: string) => {
      state.rejected.push({ reason, body: raw });
      err(res, 400, reason, 40000001);
    };
    if (req.method === "POST" && !/^application\/json/.test(req.headers["content-type"] ?? "")) {
      return refuse("content-type is not application/json");
    }

    if (req.method === "POST" && path === "/v1/rates/couriers") {
      const parsed = RatesSchema.safeParse(body);
      if (!parsed.success) return refuse(`rates: ${parsed.error.issues[0]?.path.join(".")}`);
      const origin = { postal_code: parsed.data.origin_postal_code, country_code: "ID" };
      const destination = { postal_code: parsed.data.destination_postal_code, country_code: "ID" };
      return ok(res, {
        success: true,
        object: "courier_pricing",
        message: "Success to retrieve courier pricing",
        code: 20001003,
        origin,
        destination,
        pricing: rates(parsed.data),
      });
    }

    if (req.method === "POST" && path === "/v1/orders") {
      const parsed = OrderSchema.safeParse(body);
      if (!parsed.success) return refuse(`order: ${parsed.error.issues[0]?.path.join(".")}`);
      const o = parsed.data;
      const earlier = o.reference_id
        ? [...state.orders.values()].find((x) => x.reference === o.reference_id)
        : undefined;
      if (earlier) {
        return err(
          res,
          400,
          "Reference id has already been used before. Please input other reference id",
          40002060,
          state.referenceDetails
            ? { order_id: earlier.id, reference_id: earlier.reference }
            : undefined,
        );
      }
      const service = state.services.find(
        (s) => s.courier_code === o.courier_company && s.courier_service_code === o.courier_type,
      );
      if (!service) return err(res, 400, "Courier is not available", 40002021);
      if (o.destination_cash_on_delivery && !service.cod) {
        return err(res, 400, "Courier is not available for cash on delivery service", 40002009);
      }
      const grams = o.items.reduce((sum, item) => sum + item.weight * item.quantity, 0);
      const price = service.firstKg + (Math.max(1, Math.ceil(grams / 1000)) - 1) * service.nextKg;
      const id = crypto.randomBytes(12).toString("hex");
      const order: StandInOrder = {
        id,
        reference: o.reference_id ?? "",
        courier: o.courier_company,
        service: o.courier_type,
        waybill: service.courier_code === "jne" ? `JNE${crypto.randomInt(1e9, 1e10 - 1)}` : null,
        price,
        codAmount: o.destination_cash_on_delivery ?? 0,
        status: "confirmed",
        history: [
          { note: "Order confirmed", updated_at: new Date().toISOString(), status: "confirmed" },
        ],
        request: body,
      };
      state.orders.set(id, order);
      return ok(res, {
        success: true,
        message: "Order successfully created",
        object: "order",
        id,
        shipper: { name: o.shipper_contact_name ?? null, phone: o.shipper_contact_phone ?? null },
        origin: {
          contact_name: o.origin_contact_name,
          address: o.origin_address,
          postal_code: o.origin_postal_code,
        },
        destination: {
          contact_name: o.destination_contact_name,
          address: o.destination_address,
          postal_code: o.destination_postal_code,
          cash_on_delivery: o.destination_cash_on_delivery
            ? {
                id: `cod-${id}`,
                amount: o.destination_cash_on_delivery,
                fee: 0,
                type: o.destination_cash_on_delivery_type ?? "7_days",
              }
            : null,
        },
        courier: {
          tracking_id: `trk-${id}`,
          waybill_id: order.waybill,
          company: o.courier_company,
          type: o.courier_type,
          link: null,
          insurance: { amount: 0, fee: 0, note: "" },
          routing_code: null,
        },
        delivery: {
          datetime: new Date().toISOString(),
          note: o.order_note ?? null,
          type: o.delivery_type,
        },
        reference_id: o.reference_id ?? null,
        items: o.items,
        price,
        note: o.order_note ?? null,
        status: "confirmed",
      });
    }

    const one = /^\/v1\/orders\/([^/]+)(\/cancel)?$/.exec(path);
    const known = one ? state.orders.get(decodeURIComponent(one[1]!)) : undefined;
    if (one && !known) return err(res, 404, "Order not found", 40002057);
    if (req.method === "GET" && known && !one![2]) {
      return ok(res, {
        success: true,
        message: "Order successfully retrieved",
        object: "order",
        id: known.id,
        short_id: known.id.slice(0, 11),
        courier: {
          tracking_id: `trk-${known.id}`,
          waybill_id: known.waybill,
          company: known.courier,
          type: known.service,
          history: known.history.map((h) => ({ service_type: "-", ...h })),
          link: null,
          driver_name: null,
          driver_phone: null,
          shipment_fee: known.price,
          insurance: null,
          routing_code: null,
        },
        destination: {
          cash_on_delivery: known.codAmount
            ? { id: `cod-${known.id}`, amount: known.codAmount, amount_currency: "IDR" }
            : null,
        },
        reference_id: known.reference || null,
        price: known.price,
        status: known.status,
        ticket_status: null,
      });
    }
    if (req.method === "POST" && known && one![2]) {
      const parsed = CancelSchema.safeParse(body);
      if (!parsed.success) return refuse(`cancel: ${parsed.error.issues[0]?.path.join(".")}`);
      if (!CANCELLABLE.includes(known.status)) {
        return err(res, 400, `Cannot cancel order because order already ${known.status}`, 40002053);
      }
      known.status = "cancelled";
      known.cancellation = parsed.data;
      known.history.push({
        note: "Order cancelled",
        updated_at: new Date().toISOString(),
        status: "cancelled",
      });
      return ok(res, {
        success: true,
        message: "Order successfully deleted",
        object: "order",
        id: known.id,
        status: "cancelled",
        ...parsed.data,
      });
    }

    const track = /^\/v1\/trackings\/([^/]+)\/couriers\/([a-z0-9]+)$/.exec(path);
    if (req.method === "GET" && track) {
      const waybill = decodeURIComponent(track[1]!);
      const order = [...state.orders.values()].find(
        (o) => o.waybill === waybill && o.courier === track[2],
      );
      if (!order) return err(res, 400, "Waybill not found", 40003001);
      return ok(res, {
        success: true,
        messsage: "Successfully get tracking info",
        object: "tracking",
        id: `trk-${order.id}`,
        waybill_id: waybill,
        courier: { company: order.courier, driver_name: null, driver_phone: null },
        origin: { contact_name: null, address: null },
        destination: { contact_name: null, address: null },
        history: order.history,
        link: null,
        order_id: order.id,
        status: order.status,
      });
    }
    return err(res, 404, "Not found", 40400000);
  };

  const server = http.createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => handle(req, res, raw));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

// -----------------------------------------------------------------------------------------------
// Webhooks, as Biteship's webhook overview documents their bodies

export type WebhookKind = "order.status" | "order.waybill_id" | "order.price";

/** One webhook body; `fields` overrides or adds fields (e.g. a hostile value). */
export function biteshipWebhookPayload(
  event: WebhookKind,
  order: { id: string; waybill?: string | null; courier?: string; service?: string },
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  const common = {
    order_id: order.id,
    courier_tracking_id: `trk-${order.id}`,
    courier_waybill_id: order.waybill ?? null,
  };
  switch (event) {
    case "order.status":
      return {
        event,
        ...common,
        courier_company: (order.courier ?? "jne").toUpperCase(),
        courier_type: (order.service ?? "reg").toUpperCase(),
        courier_driver_name: null,
        courier_driver_phone: null,
        courier_link: null,
        order_price: 11_000,
        status: "confirmed",
        ...fields,
      };
    case "order.waybill_id":
      return {
        event,
        ...common,
        courier_waybill_id: order.waybill ?? "JNE0000000001",
        status: "picked",
        ...fields,
      };
    case "order.price":
      return {
        event,
        ...common,
        price: 22_000,
        shippment_fee: 22_000,
        cash_on_delivery_fee: 0,
        proof_of_delivery_fee: 0,
        status: "picked",
        ...fields,
      };
  }
}

/**
 * A whole journey's webhooks for one order (confirmed → waybill → picked → price → dropping_off
 * → delivered), each repeated `repeat` times and, with `seed`, shuffled reproducibly.
 */
export function biteshipWebhookJourney(
  order: { id: string; waybill: string; courier?: string; service?: string },
  options: { repeat?: number; seed?: number } = {},
): Record<string, unknown>[] {
  const steps: Record<string, unknown>[] = [
    biteshipWebhookPayload("order.status", { ...order, waybill: null }, { status: "confirmed" }),
    biteshipWebhookPayload("order.waybill_id", order, { status: "allocated" }),
    biteshipWebhookPayload("order.status", order, { status: "picked" }),
    biteshipWebhookPayload("order.price", order, { price: 22_000, shippment_fee: 22_000 }),
    biteshipWebhookPayload("order.status", order, { status: "dropping_off" }),
    biteshipWebhookPayload("order.status", order, { status: "delivered" }),
  ];
  const all = steps.flatMap((step) => Array.from({ length: options.repeat ?? 1 }, () => step));
  if (options.seed === undefined) return all;
  // A small deterministic generator, so a failing order can be replayed.
  let s = options.seed >>> 0 || 1;
  const next = () => (s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}
