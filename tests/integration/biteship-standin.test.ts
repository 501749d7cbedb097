/**
 * The Biteship adapter against the local stand-in: the Rates API's request and how its pricing
 * becomes our quotes, pickup orders (with courier COD), tracking, how failures are told apart
 * (refused: nothing was made; unreachable: try again), a booking whose answer was lost found again
 * by its reference, reading an order back and calling it off, and the checkout's fallback to the
 * embedded tariff table when Biteship is down.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  BITESHIP_MISSING_POSTAL_CODE,
  BITESHIP_REFUSED,
  BITESHIP_UNREACHABLE,
  BiteshipRefused,
  BiteshipUnreachable,
  ShippingQuoteUnavailable,
  createBiteshipProvider,
} from "~/modules/shipping/biteship/biteship.server";
import { parseBiteshipWebhook } from "~/modules/shipping/biteship/webhook.server";
import { quoteDeliveries } from "~/modules/shipping/checkout-quotes.server";
import {
  ShippingAlreadyBooked,
  ShippingCancelTooLate,
  ShippingRefused,
  type ShippingBookingInput,
  type ShippingProvider,
  type ShippingQuoteInput,
} from "~/modules/shipping/provider";
import { shippingProviderFor } from "~/modules/shipping/shipping-provider.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createTariff } from "../factories";
import {
  biteshipWebhookJourney,
  biteshipWebhookPayload,
  startBiteshipStandIn,
  type BiteshipStandIn,
} from "../standins/biteship";

/** Kecamatan Genteng (Banyuwangi) to Desa Ketabang (Surabaya), with their postal codes. */
const ORIGIN = "35.10.15";
const SURABAYA = "35.78.07.1004";

let standIn: BiteshipStandIn;
let biteship: ShippingProvider;
const config = () => ({
  apiKey: standIn.apiKey,
  baseUrl: standIn.url,
  couriers: ["jne", "sicepat", "gojek"],
  timeoutMs: 300,
});

beforeAll(async () => {
  standIn = await startBiteshipStandIn();
  biteship = createBiteshipProvider(config());
  await db.shippingTariff.deleteMany({});
  await createTariff(db, { originKecamatanCode: ORIGIN });
});
afterAll(() => standIn.close());
afterEach(() => {
  // Every request the adapter sends has the shape Biteship documents.
  expect(standIn.rejected.splice(0)).toEqual([]);
  vi.restoreAllMocks();
});

const quoteInput: ShippingQuoteInput = {
  origin: { kecamatanCode: ORIGIN, desaCode: `${ORIGIN}.2005`, postalCode: "68465" },
  destination: { desaCode: SURABAYA, postalCode: "60272" },
  parcels: [{ weightGrams: 1_500, lengthCm: 20, widthCm: 15, heightCm: 10.5 }],
};

describe("rates", () => {
  it("asks with postal codes as numbers, the courier list and weights in grams", async () => {
    await biteship.quote(quoteInput);
    const request = standIn.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/rates/couriers");
    expect(request.headers.authorization).toBe(standIn.apiKey);
    expect(request.body).toEqual({
      origin_postal_code: 68465,
      destination_postal_code: 60272,
      couriers: "jne,sicepat,gojek",
      items: [
        {
          name: "Paket 1",
          value: 0,
          quantity: 1,
          weight: 1_500,
          length: 20,
          width: 15,
          height: 11,
        },
      ],
    });
  });

  it("turns Biteship's pricing into quotes, cheapest first, with codes the form accepts", async () => {
    const quotes = await biteship.quote(quoteInput);
    expect(quotes).toEqual([
      {
        service: "JNE_REG",
        label: "JNE Reguler",
        price: 22_000,
        etdMinDays: 1,
        etdMaxDays: 2,
        courier: "jne",
      },
      {
        service: "GOJEK_SAME_DAY",
        label: "Gojek Same Day",
        price: 25_000,
        etdMinDays: 1,
        etdMaxDays: 1,
        courier: "gojek",
      },
      {
        service: "SICEPAT_BEST",
        label: "SiCepat Besok Sampai Tujuan",
        price: 33_000,
        etdMinDays: 1,
        etdMaxDays: 1,
        courier: "sicepat",
      },
      {
        service: "JNE_YES",
        label: "JNE Yakin Esok Sampai",
        price: 40_000,
        etdMinDays: 1,
        etdMaxDays: 1,
        courier: "jne",
      },
    ]);
  });

  it("never quotes without both postal codes, and sends nothing", async () => {
    const before = standIn.requests.length;
    const { postalCode: _, ...origin } = quoteInput.origin;
    const missing = biteship.quote({ ...quoteInput, origin });
    await expect(missing).rejects.toThrow(ShippingQuoteUnavailable);
    await expect(missing).rejects.toThrow(BITESHIP_MISSING_POSTAL_CODE);
    await expect(
      biteship.quote({ ...quoteInput, destination: { desaCode: SURABAYA, postalCode: "6027" } }),
    ).rejects.toThrow(ShippingQuoteUnavailable);
    expect(standIn.requests.length).toBe(before);
  });
});

describe("failures", () => {
  it.each([400, 401, 404] as const)(
    "%i is a refusal with Biteship's error code",
    async (status) => {
      standIn.failNext({ status });
      const error = await biteship.quote(quoteInput).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BiteshipRefused);
      expect(error).toMatchObject({ statusCode: status, message: BITESHIP_REFUSED });
      expect((error as BiteshipRefused).code).toBeGreaterThan(40_000_000);
    },
  );

  it.each([429, 500, 502, 503] as const)("%i means Biteship is unreachable", async (status) => {
    standIn.failNext({ status });
    const error = await biteship.quote(quoteInput).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BiteshipUnreachable);
    expect(error).toMatchObject({ statusCode: status, message: BITESHIP_UNREACHABLE });
  });

  it("gives up after the timeout when Biteship hangs", async () => {
    standIn.failNext({ hangMs: 2_000 });
    const started = Date.now();
    const error = await biteship.quote(quoteInput).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "BiteshipUnreachable", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("counts a closed port as a network failure and a foreign answer as unreadable", async () => {
    const closed = createBiteshipProvider({ ...config(), baseUrl: "http://127.0.0.1:9" });
    await expect(closed.quote(quoteInput)).rejects.toMatchObject({ reason: "network" });
    const odd = createBiteshipProvider({
      ...config(),
      fetch: async () => new Response(JSON.stringify({ success: true, prices: [] })),
    });
    await expect(odd.quote(quoteInput)).rejects.toMatchObject({ reason: "unreadable" });
  });
});

const booking: ShippingBookingInput = {
  reference: "PK-7Q2M9X",
  courier: "jne",
  service: "JNE_REG",
  shipper: {
    name: "Bu Sri",
    phone: "081234567890",
    address: "Jl. Raya Genteng 1",
    desaCode: `${ORIGIN}.2005`,
    postalCode: "68465",
  },
  receiver: {
    name: "Siti Aminah",
    phone: "081298765432",
    address: "Jl. Ketabang Kali 5",
    desaCode: SURABAYA,
    postalCode: "60272",
  },
  parcels: [{ weightGrams: 1_500 }],
  items: [{ name: "Keripik singkong balado 250 g", quantity: 6, value: 15_000, weightGrams: 250 }],
};

/** Each booking its own reference, as each of ours is. */
let bookings = 0;
const fresh = () => ({ ...booking, reference: `PK-7Q2M9X-${++bookings}` });

describe("orders and tracking", () => {
  it("books a pickup now, prepaid, with the order code as reference", async () => {
    const result = await biteship.book!(booking);
    const order = standIn.orders.get(result.providerOrderId)!;
    expect(order.request).toMatchObject({
      origin_contact_name: "Bu Sri",
      origin_postal_code: 68465,
      destination_contact_phone: "081298765432",
      destination_postal_code: 60272,
      courier_company: "jne",
      courier_type: "reg",
      delivery_type: "now",
      reference_id: "PK-7Q2M9X",
      items: [{ name: "Keripik singkong balado 250 g", value: 15_000, quantity: 6, weight: 250 }],
    });
    expect(order.request).not.toHaveProperty("destination_cash_on_delivery");
    expect(result).toEqual({
      providerOrderId: order.id,
      waybill: order.waybill,
      courier: "jne",
      service: "JNE_REG",
      price: 22_000,
      status: "CONFIRMED",
    });
  });

  it("books courier COD with the amount to collect, and a scheduled pickup in WIB", async () => {
    const result = await biteship.book!({
      ...fresh(),
      service: "SICEPAT_BEST",
      codAmount: 112_000,
      pickupAt: new Date("2026-12-06T02:30:00Z"),
    });
    expect(result.waybill).toBeNull();
    expect(standIn.orders.get(result.providerOrderId)!.request).toMatchObject({
      courier_company: "sicepat",
      courier_type: "best",
      destination_cash_on_delivery: 112_000,
      destination_cash_on_delivery_type: "7_days",
      delivery_type: "scheduled",
      delivery_date: "2026-12-06",
      delivery_time: "09:30",
    });
  });

  it("refuses COD on a courier without it, and a service code that is not Biteship's", async () => {
    const refused = await biteship.book!({
      ...fresh(),
      service: "JNE_YES",
      codAmount: 50_000,
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: "BiteshipRefused", code: 40002009 });
    await expect(biteship.book!({ ...booking, service: "REGULAR" })).rejects.toMatchObject({
      reason: "unknown_service",
    });
  });

  it("tracks a waybill through pickup to delivery, oldest first", async () => {
    const { providerOrderId } = await biteship.book!({ ...fresh(), service: "SICEPAT_BEST" });
    standIn.advance(providerOrderId, "picking_up");
    standIn.advance(providerOrderId, "picked");
    standIn.advance(providerOrderId, "dropping_off");
    const order = standIn.advance(providerOrderId, "delivered");
    const tracking = await biteship.track!({ waybill: order.waybill!, courier: "sicepat" });
    expect(standIn.requests.at(-1)!.path).toBe(`/v1/trackings/${order.waybill}/couriers/sicepat`);
    expect(tracking.status).toBe("DELIVERED");
    expect(tracking.history.map((h) => h.status)).toEqual([
      "CONFIRMED",
      "PICKING_UP",
      "PICKED_UP",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
    ]);
  });

  it("reads a booked order back: the waybill the courier gave at pickup, and its history", async () => {
    const { providerOrderId } = await biteship.book!({ ...fresh(), service: "SICEPAT_BEST" });
    standIn.advance(providerOrderId, "allocated");
    const order = standIn.advance(providerOrderId, "picked");
    const read = await biteship.order!(providerOrderId);
    expect(standIn.requests.at(-1)).toMatchObject({
      method: "GET",
      path: `/v1/orders/${providerOrderId}`,
    });
    expect(read).toMatchObject({
      providerOrderId,
      waybill: order.waybill,
      courier: "sicepat",
      service: "SICEPAT_BEST",
      price: order.price,
      status: "PICKED_UP",
    });
    expect(read.history.map((h) => h.status)).toEqual(["CONFIRMED", "ALLOCATED", "PICKED_UP"]);
    await expect(biteship.order!("no-such-order")).rejects.toMatchObject({
      name: "BiteshipRefused",
      code: 40002057,
    });
  });

  it("finds a booking whose answer was lost instead of booking a second courier", async () => {
    const mine = fresh();
    standIn.failNext({ lostAnswerMs: 1_000 });
    await expect(biteship.book!(mine)).rejects.toBeInstanceOf(BiteshipUnreachable);
    const made = [...standIn.orders.values()].filter((o) => o.reference === mine.reference);
    expect(made).toHaveLength(1);
    // The retry sends the same reference; Biteship names the order it already made.
    const retried = await biteship.book!(mine);
    expect(retried.providerOrderId).toBe(made[0]!.id);
    expect(retried).toMatchObject({ courier: "jne", service: "JNE_REG", status: "CONFIRMED" });
    expect([...standIn.orders.values()].filter((o) => o.reference === mine.reference)).toHaveLength(
      1,
    );
    // Without the order named, booking again is refused rather than risked.
    standIn.referenceDetails = false;
    try {
      const refused = await biteship.book!(mine).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ShippingAlreadyBooked);
      expect(refused).toBeInstanceOf(ShippingRefused);
    } finally {
      standIn.referenceDetails = true;
    }
  });

  it("calls a pickup off with Biteship's reason codes, and not once the courier has the parcel", async () => {
    const first = await biteship.book!(fresh());
    await biteship.cancel!({ providerOrderId: first.providerOrderId, reason: "change_courier" });
    expect(standIn.requests.at(-1)).toMatchObject({
      method: "POST",
      path: `/v1/orders/${first.providerOrderId}/cancel`,
      body: { cancellation_reason_code: "change_courier" },
    });
    expect(standIn.orders.get(first.providerOrderId)!.status).toBe("cancelled");

    const second = await biteship.book!(fresh());
    await biteship.cancel!({
      providerOrderId: second.providerOrderId,
      reason: "others",
      note: "Pesanan dikembalikan dananya",
    });
    expect(standIn.orders.get(second.providerOrderId)!.cancellation).toEqual({
      cancellation_reason_code: "others",
      cancellation_reason: "Pesanan dikembalikan dananya",
    });

    const third = await biteship.book!(fresh());
    standIn.advance(third.providerOrderId, "picked");
    const refused = await biteship.cancel!({
      providerOrderId: third.providerOrderId,
      reason: "change_courier",
    }).catch((e: unknown) => e);
    // Biteship's 40002053 ("cannot cancel order because order already picked"): too late.
    expect(refused).toBeInstanceOf(ShippingCancelTooLate);
    expect(standIn.orders.get(third.providerOrderId)!.status).toBe("picked");
    standIn.failNext({ status: 503 });
    await expect(
      biteship.cancel!({ providerOrderId: third.providerOrderId, reason: "others" }),
    ).rejects.toBeInstanceOf(BiteshipUnreachable);
  });
});

describe("webhook payloads", () => {
  it("builds bodies the parser reads, a journey with replays and shuffles", () => {
    const order = { id: "b1", waybill: "JNE123" };
    const journey = biteshipWebhookJourney(order, { repeat: 10, seed: 7 });
    expect(journey).toHaveLength(60);
    const events = journey.map((body) => parseBiteshipWebhook(JSON.stringify(body)));
    const ids = new Set(events.map((e) => (e.kind === "ignored" ? null : e.eventId)));
    expect(ids.size).toBe(6);
    expect(
      parseBiteshipWebhook(JSON.stringify(biteshipWebhookPayload("order.price", order))),
    ).toMatchObject({
      kind: "price",
      price: 22_000,
    });
  });
});

describe("checkout fallback to the tariff table", () => {
  const tariffOnly = () => shippingProviderFor(db, { cache: false, biteship: null });

  it("quotes live when Biteship answers", async () => {
    const provider = shippingProviderFor(db, { cache: false, biteship: config() });
    const quotes = await provider.quote(quoteInput);
    expect(quotes[0]).toMatchObject({ service: "JNE_REG", courier: "jne" });
    expect(quotes.some((q) => q.estimated)).toBe(false);
  });

  it("answers from the tariff table, marked estimated, when Biteship is down or slow", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const expected = (await tariffOnly().quote(quoteInput)).map((q) => ({ ...q, estimated: true }));
    expect(expected).toEqual([expect.objectContaining({ service: "REGULAR", price: 18_000 })]);
    const provider = shippingProviderFor(db, { cache: false, biteship: config() });
    for (const failure of [{ status: 503 }, { hangMs: 1_000 }] as const) {
      standIn.failNext(failure);
      expect(await provider.quote(quoteInput)).toEqual(expected);
    }
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it("shows the shop's estimated courier fee at checkout when the shop has no postal code", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const seller = await createSeller(db, { desaCode: `${ORIGIN}.2005` });
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId: (await createCategory(db)).id,
      variants: [{ price: 15_000, stock: 5, weightGrams: 500 }],
    });
    const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    const before = standIn.requests.length;
    const deliveries = await quoteDeliveries(db, {
      lines: [{ variantId: variant.id, quantity: 3 }],
      destinationDesaCode: SURABAYA,
      destinationPostalCode: "60272",
      provider: shippingProviderFor(db, { biteship: config() }),
    });
    const courier = deliveries.get(seller.id)!.options.filter((o) => o.method === "COURIER");
    expect(deliveries.get(seller.id)!.courier).toBe("QUOTED");
    expect(courier).toEqual([
      expect.objectContaining({ choice: "COURIER:REGULAR", fee: 18_000, estimated: true }),
    ]);
    expect(standIn.requests.length).toBe(before);
    expect(logged).toHaveBeenCalledOnce();
  });

  it("uses the tariff table alone without an API key", async () => {
    expect(shippingProviderFor(db, { biteship: null }).name).toBe("tarif");
  });
});
