/**
 * Stripe's servers are outside this machine: webhooks are signed with the SDK's own
 * generateTestHeaderString, and outbound calls go to a local HTTP stand-in for api.stripe.com.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_CONTEXT, postWebhook } from "./route-fixtures";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import {
  cancelOrderByBuyer,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { createStripeClient, startCardCheckout } from "~/modules/payments/stripe.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

const WEBHOOK_SECRET = "whsec_test_pasar_kampung_secret";
process.env.STRIPE_SECRET_KEY = "sk_test_pasar_kampung";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 3_600_000, stripeEnabled: true };
const stripe = createStripeClient({
  secretKey: "sk_test_pasar_kampung",
  webhookSecret: WEBHOOK_SECRET,
});

async function cardOrder() {
  const category = await createCategory(db);
  const sellers = await Promise.all([createSeller(db), createSeller(db)]);
  const variants = [];
  for (const [i, seller] of sellers.entries()) {
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId: category.id,
      variants: [{ price: 10_000 * (i + 1), stock: 5 }],
    });
    variants.push(await db.productVariant.findFirstOrThrow({ where: { productId: product.id } }));
  }
  const buyer = await createUser(db);
  const placed = await placeOrder(db, {
    buyerId: buyer.id,
    settings,
    checkout: {
      buyerName: "Pak Darto",
      buyerPhone: "+6281299990002",
      address: "Dusun Krajan RT 02 RW 01, Kemiren",
      paymentMethod: "STRIPE",
      lines: variants.map((v) => ({ variantId: v.id, quantity: 1 })),
      shipping: sellers.map((s) => ({ sellerId: s.id, method: "PICKUP_SELLER" as const })),
      expectedSubtotal: 30_000,
    },
  });
  return { placed, buyer, sellers };
}

function sessionEvent(id: string, type: string, paymentId: string, amountRupiah: number) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-10-29.clover",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `cs_test_${paymentId}`,
        object: "checkout.session",
        payment_status: "paid",
        amount_total: amountRupiah * 100,
        currency: "idr",
        client_reference_id: paymentId,
        metadata: { paymentId },
      },
    },
  });
}

async function deliver(payload: string, header?: string) {
  const { action } = await import("~/routes/webhooks.stripe");
  return postWebhook(action, "http://localhost/webhooks/stripe", payload, {
    "content-type": "application/json",
    "stripe-signature":
      header ?? stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
  });
}

describe("Stripe webhook (Stripe faked: payloads signed with the SDK's test helper)", () => {
  it("rejects a missing, wrong or stale signature with 400 and changes nothing", async () => {
    const { placed } = await cardOrder();
    const payload = sessionEvent(
      "evt_bad_1",
      "checkout.session.completed",
      placed.gatewayPayment!.id,
      30_000,
    );
    const missing = new Request("http://localhost/webhooks/stripe", {
      method: "POST",
      body: payload,
    });
    const { action } = await import("~/routes/webhooks.stripe");
    expect(
      (
        (await action({
          request: missing,
          params: {},
          context: ROUTE_CONTEXT,
        })) as Response
      ).status,
    ).toBe(400);
    const wrong = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: "whsec_someone_else",
    });
    expect((await deliver(payload, wrong)).status).toBe(400);
    const stale = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect((await deliver(payload, stale)).status).toBe(400);
    const tampered = payload.replace('"amount_total":3000000', '"amount_total":100');
    const signedOriginal = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
    });
    expect((await deliver(tampered, signedOriginal)).status).toBe(400);
    expect(await db.paymentEvent.count({ where: { eventId: "evt_bad_1" } })).toBe(0);
    const orders = await db.order.findMany({ where: { groupId: placed.groupId } });
    expect(orders.map((o) => o.status)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);
    const payment = await db.payment.findUniqueOrThrow({
      where: { id: placed.gatewayPayment!.id },
    });
    expect(payment.status).toBe("PENDING");
  });

  it("applies the same events delivered 10 times, concurrently and out of order, exactly once", async () => {
    const { placed, buyer, sellers } = await cardOrder();
    const paymentId = placed.gatewayPayment!.id;
    const completed = sessionEvent(
      "evt_completed_1",
      "checkout.session.completed",
      paymentId,
      30_000,
    );
    const asyncOk = sessionEvent(
      "evt_async_1",
      "checkout.session.async_payment_succeeded",
      paymentId,
      30_000,
    );
    const deliveries = [
      ...Array.from({ length: 10 }, () => completed),
      ...Array.from({ length: 10 }, () => asyncOk),
    ].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(deliveries.map((p) => deliver(p)));
    expect(responses.every((r) => r.status === 200)).toBe(true);

    expect(await db.paymentEvent.count({ where: { paymentId } })).toBe(2);
    const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.status).toBe("SUCCEEDED");
    const orders = await db.order.findMany({
      where: { groupId: placed.groupId },
      orderBy: { code: "asc" },
    });
    expect(orders.map((o) => o.status)).toEqual(["PAID", "PAID"]);
    const changes = await db.orderStatusChange.findMany({
      where: { orderId: { in: orders.map((o) => o.id) }, fromStatus: { not: null } },
    });
    expect(changes.map((c) => c.toStatus)).toEqual(["PAID", "PAID"]);

    // The paid order flows on; the platform collected the money, so the seller is owed it.
    const order = orders[0]!;
    await packOrder(db, { sellerId: order.sellerId, orderCode: order.code, actorId: buyer.id });
    await shipOrder(db, { sellerId: order.sellerId, orderCode: order.code, actorId: buyer.id });
    await confirmReceipt(db, { buyerId: buyer.id, orderCode: order.code, feePercent: 0 });
    await Promise.all(Array.from({ length: 5 }, () => deliver(completed)));
    const entries = await db.ledgerEntry.findMany({ where: { orderId: order.id } });
    expect(entries.map((e) => [e.type, e.amount])).toEqual([["SALE", order.total]]);
    expect(sellers.map((s) => s.id)).toContain(order.sellerId);
  });

  it("cancels on expiry and ignores a payment event that arrives after it", async () => {
    const { placed } = await cardOrder();
    const paymentId = placed.gatewayPayment!.id;
    const expired = sessionEvent("evt_expired_3", "checkout.session.expired", paymentId, 30_000);
    const late = sessionEvent("evt_completed_3", "checkout.session.completed", paymentId, 30_000);
    await Promise.all(Array.from({ length: 10 }, () => deliver(expired)));
    await deliver(late);
    const orders = await db.order.findMany({ where: { groupId: placed.groupId } });
    expect(orders.map((o) => o.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe(
      "CANCELLED",
    );
    const variants = await db.productVariant.findMany({
      where: { orderItems: { some: { orderId: { in: orders.map((o) => o.id) } } } },
    });
    expect(variants.map((v) => v.stock)).toEqual([5, 5]);
  });

  it("reports duplicates: ten deliveries of one event are recorded once", async () => {
    const { placed } = await cardOrder();
    const paymentId = placed.gatewayPayment!.id;
    const completed = sessionEvent(
      "evt_completed_2",
      "checkout.session.completed",
      paymentId,
      30_000,
    );
    const results = await Promise.all(Array.from({ length: 10 }, () => deliver(completed)));
    const bodies = await Promise.all(
      results.map((r) => r.json() as Promise<{ duplicate: boolean }>),
    );
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    const orders = await db.order.findMany({ where: { groupId: placed.groupId } });
    expect(orders.map((o) => o.status)).toEqual(["PAID", "PAID"]);
    expect(
      await db.orderStatusChange.count({
        where: { orderId: { in: orders.map((o) => o.id) }, toStatus: "PAID" },
      }),
    ).toBe(2);
  });
});

describe("card payments and cancellations (Stripe faked: signed with the SDK's test helper)", () => {
  it("cancels the whole unpaid card checkout with one order, and flags money that arrives late", async () => {
    const { placed, buyer } = await cardOrder();
    await cancelOrderByBuyer(db, {
      buyerId: buyer.id,
      orderCode: placed.orders[0]!.code,
      reason: "Salah pilih ukuran",
    });
    const orders = await db.order.findMany({ where: { groupId: placed.groupId } });
    expect(orders.map((o) => o.status)).toEqual(["CANCELLED", "CANCELLED"]);
    const paymentId = placed.gatewayPayment!.id;
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe(
      "CANCELLED",
    );
    const late = sessionEvent("evt_late_1", "checkout.session.completed", paymentId, 30_000);
    expect((await deliver(late)).status).toBe(200);
    expect(
      (await db.order.findMany({ where: { groupId: placed.groupId } })).map((o) => o.status),
    ).toEqual(["CANCELLED", "CANCELLED"]);
    expect(
      await db.auditLog.count({
        where: { action: "payment.paidAfterCancel", entityId: paymentId },
      }),
    ).toBe(1);
  });
});

describe("Stripe Checkout (Stripe's API faked by a local HTTP stand-in)", () => {
  let server: http.Server;
  const requests: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        requests.push({ path: req.url ?? "", headers: req.headers, body });
        res.setHeader("content-type", "application/json");
        res.end(
          JSON.stringify({
            id: "cs_test_standin",
            object: "checkout.session",
            url: "https://checkout.stripe.com/c/pay/cs_test_standin",
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends rupiah × 100 and the payment's stored idempotency key", async () => {
    const { placed } = await cardOrder();
    const client = createStripeClient({
      secretKey: "sk_test_pasar_kampung",
      webhookSecret: WEBHOOK_SECRET,
      host: "127.0.0.1",
      port: (server.address() as AddressInfo).port,
      protocol: "http",
    });
    const url = await startCardCheckout(db, client, {
      paymentId: placed.gatewayPayment!.id,
      successUrl: "http://localhost/pesanan/x",
      cancelUrl: "http://localhost/pesanan/x",
    });
    expect(url).toBe("https://checkout.stripe.com/c/pay/cs_test_standin");
    const sent = requests.at(-1)!;
    expect(sent.path).toBe("/v1/checkout/sessions");
    const { idempotencyKey } = await db.payment.findUniqueOrThrow({
      where: { id: placed.gatewayPayment!.id },
    });
    expect(sent.headers["idempotency-key"]).toBe(idempotencyKey);
    const form = new URLSearchParams(sent.body);
    expect(form.get("line_items[0][price_data][unit_amount]")).toBe("1000000");
    expect(form.get("line_items[1][price_data][unit_amount]")).toBe("2000000");
    expect(form.get("line_items[0][price_data][currency]")).toBe("idr");
    // The session closes with the orders' payment deadline (an hour here, within Stripe's range).
    const expiresAt = Number(form.get("expires_at"));
    expect(expiresAt * 1000 - Date.now()).toBeGreaterThan(30 * 60_000);
    expect(expiresAt * 1000 - Date.now()).toBeLessThan(61 * 60_000);
    const payment = await db.payment.findUniqueOrThrow({
      where: { id: placed.gatewayPayment!.id },
    });
    expect(payment.providerRef).toBe("cs_test_standin");
  });
});
