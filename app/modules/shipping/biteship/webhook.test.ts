import { describe, expect, it } from "vitest";
import {
  BITESHIP_WEBHOOK_HEADER,
  BiteshipWebhookInvalid,
  isBiteshipInstallationPing,
  parseBiteshipWebhook,
  verifyBiteshipWebhook,
} from "./webhook.server";

const SECRET = "rahasia-webhook-pasar-kampung";
const received = new Date("2026-12-05T03:00:00Z");
const parse = (body: unknown) =>
  parseBiteshipWebhook(typeof body === "string" ? body : JSON.stringify(body), received);

describe("verifyBiteshipWebhook", () => {
  it("accepts our secret in our header, in any letter case of the header name", () => {
    expect(verifyBiteshipWebhook(new Headers({ [BITESHIP_WEBHOOK_HEADER]: SECRET }), SECRET)).toBe(
      true,
    );
    expect(verifyBiteshipWebhook({ "X-Pasar-Kampung-Biteship-Secret": SECRET }, SECRET)).toBe(true);
  });

  it("refuses a missing, wrong, prefixed, repeated or empty secret", () => {
    const h = (value: string | string[]) => ({ [BITESHIP_WEBHOOK_HEADER]: value });
    expect(verifyBiteshipWebhook({}, SECRET)).toBe(false);
    expect(verifyBiteshipWebhook(h("salah"), SECRET)).toBe(false);
    expect(verifyBiteshipWebhook(h(SECRET.slice(0, -1)), SECRET)).toBe(false);
    expect(verifyBiteshipWebhook(h(`${SECRET}x`), SECRET)).toBe(false);
    expect(verifyBiteshipWebhook(h([SECRET, SECRET]), SECRET)).toBe(false);
    expect(verifyBiteshipWebhook(h(""), "")).toBe(false);
    expect(verifyBiteshipWebhook({ authorization: SECRET }, SECRET)).toBe(false);
  });
});

describe("parseBiteshipWebhook", () => {
  it("accepts the installation ping sent when the URL is saved", () => {
    for (const body of ["", "  ", "{}", "null"]) {
      expect(isBiteshipInstallationPing(body)).toBe(true);
      expect(parse(body)).toEqual({ kind: "ignored", reason: "installation", event: null });
    }
  });

  it("reads order.status as in Biteship's documentation", () => {
    const event = parse({
      event: "order.status",
      courier_tracking_id: "XYZ-123-PQS",
      courier_waybill_id: "SKS-XXXXX",
      courier_company: "JNE",
      courier_type: "REG",
      courier_driver_name: "Maulana Imran",
      order_id: "5dd6da88f43bd430ecd5aa2e",
      order_price: 100000,
      status: "dropping_off",
    });
    expect(event).toMatchObject({
      kind: "status",
      providerOrderId: "5dd6da88f43bd430ecd5aa2e",
      waybill: "SKS-XXXXX",
      courier: "jne",
      status: "OUT_FOR_DELIVERY",
      rawStatus: "dropping_off",
      at: received,
    });
  });

  it("gives a replay the same event id and another status another", () => {
    const body = { event: "order.status", order_id: "o1", status: "picked" };
    const a = parse(body);
    const b = parseBiteshipWebhook(JSON.stringify(body), new Date());
    const c = parse({ ...body, status: "delivered" });
    expect(a.kind === "status" && b.kind === "status" && a.eventId === b.eventId).toBe(true);
    expect(a.kind === "status" && c.kind === "status" && a.eventId !== c.eventId).toBe(true);
  });

  it("reads order.waybill_id and order.price, money as whole rupiah", () => {
    expect(
      parse({
        event: "order.waybill_id",
        order_id: "o1",
        courier_waybill_id: "abc-1234",
        status: "picked",
      }),
    ).toMatchObject({
      kind: "waybill",
      providerOrderId: "o1",
      waybill: "abc-1234",
      status: "PICKED_UP",
    });
    expect(
      parse({
        event: "order.price",
        order_id: "o1",
        price: 100000,
        shippment_fee: 10000,
        cash_on_delivery_fee: 2000,
        proof_of_delivery_fee: 2000,
        status: "picked",
      }),
    ).toMatchObject({ kind: "price", price: 100000, shipmentFee: 10000, codFee: 2000 });
  });

  it("uses Biteship's time when it sends one", () => {
    const event = parse({
      event: "order.status",
      order_id: "o1",
      status: "delivered",
      updated_at: "2026-12-04T10:00:00+07:00",
    });
    expect(event.kind === "status" && event.at.toISOString()).toBe("2026-12-04T03:00:00.000Z");
  });

  it("ignores unknown events and undocumented statuses", () => {
    expect(parse({ event: "order.created", order_id: "o1" })).toEqual({
      kind: "ignored",
      reason: "unknown_event",
      event: "order.created",
    });
    expect(parse({ event: "order.status", order_id: "o1", status: "teleported" })).toMatchObject({
      kind: "ignored",
      reason: "unknown_status",
    });
  });

  it.each([
    ["not JSON", "{event:"],
    ["an array", "[]"],
    ["a string", '"order.status"'],
    ["no event", { order_id: "o1", status: "picked" }],
    ["an event that is not text", { event: 42, order_id: "o1" }],
    ["no order id", { event: "order.status", status: "picked" }],
    ["an empty order id", { event: "order.status", order_id: " ", status: "picked" }],
    [
      "an order id that is an object",
      { event: "order.status", order_id: { $ne: 1 }, status: "picked" },
    ],
    ["a price in text", { event: "order.price", order_id: "o1", price: "100000" }],
    ["a negative price", { event: "order.price", order_id: "o1", price: -1 }],
    ["a fractional price", { event: "order.price", order_id: "o1", price: 10.5 }],
    ["a waybill event without a waybill", { event: "order.waybill_id", order_id: "o1" }],
    [
      "a huge body",
      { event: "order.status", order_id: "o1", status: "picked", pad: "x".repeat(70_000) },
    ],
  ])("refuses %s", (_, body) => {
    expect(() => parse(body)).toThrow(BiteshipWebhookInvalid);
  });

  it("does not let a body change an object's prototype", () => {
    const event = parse(
      '{"event":"order.status","order_id":"o1","status":"picked","__proto__":{"x":1}}',
    );
    expect(event.kind).toBe("status");
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});
