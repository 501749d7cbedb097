/**
 * Card refunds. Stripe's servers are outside this machine: refunds go to a local HTTP stand-in for
 * api.stripe.com (tests/standins/stripe.ts), and webhooks are signed with the SDK's own
 * generateTestHeaderString.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_CONTEXT, postWebhook, signedIn } from "./route-fixtures";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import {
  cancelOrderBySeller,
  confirmReceipt,
  packOrder,
  refundCompletedOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { getBuyerOrderGroup, getSellerOrder } from "~/modules/orders/order-views.server";
import {
  cardRefundKey,
  processCardRefundOutbox,
  REFUND_REFUSED,
  REFUND_UNREACHABLE,
  sendOrderCardRefund,
} from "~/modules/payments/card-refunds.server";
import { createStripeClient, stripeHostOptions } from "~/modules/payments/stripe.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { startStripeStandIn, type StripeStandIn } from "../standins/stripe";

const WEBHOOK_SECRET = "whsec_test_pasar_kampung_secret";
process.env.STRIPE_SECRET_KEY = "sk_test_pasar_kampung";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 3_600_000, stripeEnabled: true };
let standIn: StripeStandIn;
let stripe: ReturnType<typeof createStripeClient>;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  // The app's own client (getStripe, used by the pages) talks to the stand-in too.
  process.env.STRIPE_API_BASE = standIn.url;
  stripe = createStripeClient({
    secretKey: "sk_test_pasar_kampung",
    webhookSecret: WEBHOOK_SECRET,
    ...stripeHostOptions(standIn.url),
    timeoutMs: 400,
    maxNetworkRetries: 0,
  });
});
afterAll(() => standIn.close());

let intents = 0;

/** A card checkout with one order per price, paid through Stripe's signed webhook. */
async function paidCardCheckout(prices: number[]) {
  const category = await createCategory(db);
  const sellers = await Promise.all(prices.map(() => createSeller(db)));
  const variants = [];
  for (const [i, seller] of sellers.entries()) {
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId: category.id,
      variants: [{ price: prices[i]!, stock: 5 }],
    });
    variants.push(await db.productVariant.findFirstOrThrow({ where: { productId: product.id } }));
  }
  const buyer = await createUser(db);
  const placed = await placeOrder(db, {
    buyerId: buyer.id,
    settings,
    checkout: {
      buyerName: "Bu Sri",
      buyerPhone: "+6281299990003",
      address: "Dusun Krajan RT 02 RW 01, Kemiren",
      paymentMethod: "STRIPE",
      lines: variants.map((v) => ({ variantId: v.id, quantity: 1 })),
      shipping: sellers.map((s) => ({ sellerId: s.id, method: "PICKUP_SELLER" as const })),
      expectedSubtotal: prices.reduce((a, b) => a + b, 0),
    },
  });
  const paymentId = placed.gatewayPayment!.id;
  const total = prices.reduce((a, b) => a + b, 0);
  const intent = `pi_test_${++intents}_${paymentId}`;
  standIn.addPaymentIntent(intent, total * 100);
  const completed = event(`evt_paid_${paymentId}`, "checkout.session.completed", {
    id: `cs_test_${paymentId}`,
    object: "checkout.session",
    payment_status: "paid",
    amount_total: total * 100,
    currency: "idr",
    payment_intent: intent,
    client_reference_id: paymentId,
    metadata: { paymentId },
  });
  expect((await deliver(completed)).status).toBe(200);
  const orders = await db.order.findMany({
    where: { groupId: placed.groupId },
    orderBy: { code: "asc" },
    select: { id: true, code: true, sellerId: true, total: true, status: true },
  });
  expect(orders.map((o) => o.status)).toEqual(prices.map(() => "PAID"));
  // Someone acting for each shop (the timeline names a person).
  const staff = await createUser(db);
  return {
    buyer,
    paymentId,
    intent,
    groupCode: placed.groupCode,
    orders: orders.map((o) => ({ ...o, actorId: staff.id })),
  };
}

function event(id: string, type: string, object: Record<string, unknown>) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-10-29.clover",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
}

async function deliver(payload: string) {
  const { action } = await import("~/routes/webhooks.stripe");
  return postWebhook(action, "http://localhost/webhooks/stripe", payload, {
    "content-type": "application/json",
    "stripe-signature": stripe.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
    }),
  });
}

const cardRefundOf = (orderId: string) => db.cardRefund.findUniqueOrThrow({ where: { orderId } });

async function cancelPaid(order: { sellerId: string; code: string; actorId: string }) {
  const actor = { sellerId: order.sellerId, orderCode: order.code, actorId: order.actorId };
  await cancelOrderBySeller(db, { ...actor, reason: "Stok habis, maaf" });
  return sendOrderCardRefund(db, stripe, actor);
}

describe("card refunds (Stripe stand-in)", () => {
  it("refunds a returned single-seller order in full, with a key derived from the order", async () => {
    const { buyer, orders, intent, paymentId } = await paidCardCheckout([45_000]);
    const order = orders[0]!;
    const actor = { sellerId: order.sellerId, orderCode: order.code, actorId: order.actorId };
    await packOrder(db, actor);
    await shipOrder(db, actor);
    await confirmReceipt(db, { buyerId: buyer.id, orderCode: order.code, feePercent: 0 });
    await refundCompletedOrder(db, { ...actor, reason: "Barang dikembalikan pembeli" });
    // Before Stripe answers, the refund is recorded but not shown as refunded to the card.
    expect((await cardRefundOf(order.id)).status).toBe("PENDING");

    const outcome = await sendOrderCardRefund(db, stripe, actor);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", amount: 45_000 });
    expect(standIn.rejected).toEqual([]);
    const sent = standIn.requests.at(-1)!;
    expect(sent.idempotencyKey).toBe(cardRefundKey(order.id, 1));
    expect(sent.form.get("payment_intent")).toBe(intent);
    expect(sent.form.get("amount")).toBe("4500000");
    expect(sent.form.get("metadata[orderId]")).toBe(order.id);
    const refund = standIn.refunds.find((r) => r.payment_intent === intent)!;
    expect((await cardRefundOf(order.id)).providerRef).toBe(refund.id);
    const ledger = await db.ledgerEntry.findMany({ where: { orderId: order.id } });
    expect(ledger.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    // The group's card payment stays succeeded: it is the money movement, refunds sit beside it.
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe(
      "SUCCEEDED",
    );
  });

  it("refunds only one seller's order of a two-seller card checkout, and only once", async () => {
    const { orders, intent, groupCode, buyer } = await paidCardCheckout([10_000, 20_000]);
    const [first, second] = orders as [(typeof orders)[0], (typeof orders)[0]];
    const outcome = await cancelPaid(second);
    expect(outcome).toMatchObject({ status: "SUCCEEDED", amount: 20_000 });
    const made = standIn.refunds.filter((r) => r.payment_intent === intent);
    expect(made.map((r) => r.amount)).toEqual([2_000_000]);

    // Sending again (a double click, a retried request) asks Stripe for nothing new.
    await sendOrderCardRefund(db, stripe, {
      sellerId: second.sellerId,
      orderCode: second.code,
    });
    await expect(
      sendOrderCardRefund(db, stripe, {
        sellerId: second.sellerId,
        orderCode: second.code,
        retry: true,
      }),
    ).rejects.toThrow("Tidak ada pengembalian dana kartu yang perlu diulang");
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);

    const statuses = await db.order.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { code: "asc" },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["PAID", "REFUNDED"]);
    expect(await db.cardRefund.count({ where: { orderId: first.id } })).toBe(0);

    const page = await getBuyerOrderGroup(db, { buyerId: buyer.id, code: groupCode });
    expect(page!.orders.map((o) => o.cardRefund?.status ?? null)).toEqual([null, "SUCCEEDED"]);
    expect(page!.orders[1]!.cardRefund!.amount).toBe(20_000);
  });

  it("keeps a refund unshown after a 5xx, and the retry refunds once with the same key", async () => {
    const { orders, intent } = await paidCardCheckout([15_000, 5_000]);
    const order = orders[0]!;
    standIn.failNext({ status: 500 });
    const outcome = await cancelPaid(order);
    expect(outcome).toMatchObject({ status: "FAILED", failure: REFUND_UNREACHABLE });
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(0);
    const seller = await getSellerOrder(db, { sellerId: order.sellerId, orderCode: order.code });
    expect(seller!.cardRefund).toMatchObject({ status: "FAILED", unsent: true });

    const retried = await sendOrderCardRefund(db, stripe, {
      sellerId: order.sellerId,
      orderCode: order.code,
      retry: true,
    });
    expect(retried).toMatchObject({ status: "SUCCEEDED", failure: null, amount: 15_000 });
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
    const keys = standIn.requests
      .filter((r) => r.form.get("payment_intent") === intent)
      .map((r) => r.idempotencyKey);
    expect(keys).toEqual([cardRefundKey(order.id, 1), cardRefundKey(order.id, 1)]);
  });

  it("treats a timeout as unknown: the retry gets Stripe's first refund back, not a second", async () => {
    const { orders, intent } = await paidCardCheckout([12_000]);
    const order = orders[0]!;
    standIn.failNext({ hangMs: 1_500 });
    const outcome = await cancelPaid(order);
    expect(outcome).toMatchObject({ status: "FAILED", failure: REFUND_UNREACHABLE });
    // Stripe did refund; only its answer was lost.
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);

    const retried = await sendOrderCardRefund(db, stripe, {
      sellerId: order.sellerId,
      orderCode: order.code,
      retry: true,
    });
    expect(retried.status).toBe("SUCCEEDED");
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
  });

  it("shows Stripe's refusal (4xx) and lets the seller retry", async () => {
    const { orders, intent } = await paidCardCheckout([8_000]);
    const order = orders[0]!;
    standIn.failNext({ status: 400 });
    expect(await cancelPaid(order)).toMatchObject({ status: "FAILED", failure: REFUND_REFUSED });
    const retried = await sendOrderCardRefund(db, stripe, {
      sellerId: order.sellerId,
      orderCode: order.code,
      retry: true,
    });
    expect(retried.status).toBe("SUCCEEDED");
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
  });
});

describe("the background refund sender (Stripe stand-in)", () => {
  it("sends a refund no page sent (a crash after commit), retries 5xx with backoff, once", async () => {
    const { orders, intent } = await paidCardCheckout([14_000, 6_000]);
    const order = orders[1]!;
    // Earlier tests' refunds were sent by their pages; only this one is the sender's.
    await db.outboxEvent.updateMany({
      where: { topic: "payment.cardRefund" },
      data: { status: "DONE" },
    });
    // The order is refunded, but the process dies before asking Stripe.
    await cancelOrderBySeller(db, {
      sellerId: order.sellerId,
      orderCode: order.code,
      actorId: order.actorId,
      reason: "Stok habis, maaf",
    });
    const event = () =>
      db.outboxEvent.findFirstOrThrow({
        where: { topic: "payment.cardRefund", aggregateId: order.id },
      });
    standIn.failNext({ status: 503 });
    await processCardRefundOutbox(db, stripe, { workerId: "test" });
    expect(await event()).toMatchObject({ status: "PENDING", attempts: 1 });
    expect((await cardRefundOf(order.id)).status).toBe("FAILED");

    await db.outboxEvent.updateMany({
      where: { topic: "payment.cardRefund", aggregateId: order.id },
      data: { availableAt: new Date(0) },
    });
    await processCardRefundOutbox(db, stripe, { workerId: "test" });
    expect((await event()).status).toBe("DONE");
    expect(await cardRefundOf(order.id)).toMatchObject({ status: "SUCCEEDED", amount: 6_000 });
    // The page's own send arriving late changes nothing.
    await sendOrderCardRefund(db, stripe, { sellerId: order.sellerId, orderCode: order.code });
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
  });
});

describe("card refund webhooks (Stripe stand-in, events signed with the SDK's test helper)", () => {
  function refundObject(
    refund: { id: string; amount: number; payment_intent: string },
    status: string,
    metadata: Record<string, string> = {},
  ) {
    return { ...refund, object: "refund", currency: "idr", status, metadata };
  }

  it("applies refund and charge events delivered 10 times each, concurrently and reordered, once", async () => {
    const { orders, intent, paymentId } = await paidCardCheckout([30_000, 10_000]);
    const order = orders[0]!;
    standIn.refundStatus = "pending";
    try {
      expect(await cancelPaid(order)).toMatchObject({ status: "PENDING" });
    } finally {
      standIn.refundStatus = "succeeded";
    }
    const made = standIn.refunds.find((r) => r.payment_intent === intent)!;
    const created = event(`evt_rc_${made.id}`, "refund.created", {
      ...made,
      status: "pending",
    });
    const updated = event(`evt_ru_${made.id}`, "refund.updated", {
      ...made,
      status: "succeeded",
    });
    const charge = event(`evt_cr_${made.id}`, "charge.refunded", {
      id: made.charge,
      object: "charge",
      payment_intent: intent,
      amount: 4_000_000,
      amount_refunded: 3_000_000,
      refunded: false,
      metadata: {},
    });
    // The success first, then everything again in any order: pending never comes back.
    expect((await deliver(updated)).status).toBe(200);
    const deliveries = [
      ...Array.from({ length: 10 }, () => created),
      ...Array.from({ length: 10 }, () => updated),
      ...Array.from({ length: 10 }, () => charge),
    ].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(deliveries.map((p) => deliver(p)));
    expect(responses.every((r) => r.status === 200)).toBe(true);

    expect(
      await db.paymentEvent.count({
        where: { paymentId, type: { not: "checkout.session.completed" } },
      }),
    ).toBe(3);
    const refund = await cardRefundOf(order.id);
    expect(refund).toMatchObject({ status: "SUCCEEDED", providerRef: made.id, amount: 30_000 });
    expect(await db.cardRefund.count({ where: { paymentId } })).toBe(1);
    expect((await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(
      30_000,
    );
  });

  it("settles a refund whose answer was lost from its webhook, before any retry", async () => {
    const { orders, intent } = await paidCardCheckout([9_000]);
    const order = orders[0]!;
    standIn.failNext({ hangMs: 1_500 });
    expect((await cancelPaid(order)).status).toBe("FAILED");
    const made = standIn.refunds.find((r) => r.payment_intent === intent)!;
    await deliver(event(`evt_ru_${made.id}`, "refund.updated", { ...made }));
    expect(await cardRefundOf(order.id)).toMatchObject({
      status: "SUCCEEDED",
      providerRef: made.id,
      failure: null,
    });
    await expect(
      sendOrderCardRefund(db, stripe, {
        sellerId: order.sellerId,
        orderCode: order.code,
        retry: true,
      }),
    ).rejects.toThrow();
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
  });

  it("shows a refund made in Stripe's dashboard on the payment; a late smaller total never lowers it", async () => {
    const { intent, paymentId, groupCode, buyer } = await paidCardCheckout([25_000, 5_000]);
    const dashboard = { id: "re_dashboard_1", amount: 500_000, payment_intent: intent };
    const first = event("evt_dash_rc", "refund.created", refundObject(dashboard, "succeeded"));
    const chargeSmall = event("evt_dash_cr1", "charge.refunded", {
      id: "ch_dash",
      object: "charge",
      payment_intent: intent,
      amount_refunded: 500_000,
      metadata: {},
    });
    const second = { id: "re_dashboard_2", amount: 700_000, payment_intent: intent };
    const chargeLarge = event("evt_dash_cr2", "charge.refunded", {
      id: "ch_dash",
      object: "charge",
      payment_intent: intent,
      amount_refunded: 1_200_000,
      metadata: {},
      // An endpoint that expands the charge's refunds gets them listed here.
      refunds: {
        object: "list",
        data: [refundObject(dashboard, "succeeded"), refundObject(second, "succeeded")],
      },
    });
    for (const payload of [chargeLarge, first, chargeSmall, chargeLarge, first]) {
      expect((await deliver(payload)).status).toBe(200);
    }
    const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.refundedAmount).toBe(12_000);
    const refunds = await db.cardRefund.findMany({
      where: { paymentId },
      orderBy: { providerRef: "asc" },
      select: { orderId: true, amount: true, status: true },
    });
    expect(refunds).toEqual([
      { orderId: null, amount: 5_000, status: "SUCCEEDED" },
      { orderId: null, amount: 7_000, status: "SUCCEEDED" },
    ]);
    const page = await getBuyerOrderGroup(db, { buyerId: buyer.id, code: groupCode });
    expect(page!.gatewayPayment!.refundedAmount).toBe(12_000);
  });
});

describe("the seller's order page (Stripe stand-in)", () => {
  it("cancels a paid card order, shows Stripe's refusal, and refunds once on retry", async () => {
    const { orders, intent } = await paidCardCheckout([11_000]);
    const order = orders[0]!;
    const owner = await createUser(db);
    await db.seller.update({ where: { id: order.sellerId }, data: { ownerId: owner.id } });
    const cookie = await signedIn(owner.id);
    const { action, loader } = await import("~/routes/kelola.$sellerId.pesanan.$orderCode");
    const params = { sellerId: order.sellerId, orderCode: order.code };
    const url = `http://localhost/kelola/${order.sellerId}/pesanan/${order.code}`;
    const post = (fields: Record<string, string>) =>
      action({
        request: new Request(url, {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields),
        }),
        params,
        context: ROUTE_CONTEXT,
      });
    const page = async () =>
      (await loader({
        request: new Request(url, { headers: { Cookie: cookie } }),
        params,
        context: ROUTE_CONTEXT,
      })) as { order: { status: string; cardRefund: unknown } };

    standIn.failNext({ status: 400 });
    expect(
      ((await post({ intent: "cancel", reason: "Stok habis, maaf" })) as Response).status,
    ).toBe(302);
    expect((await page()).order).toMatchObject({
      status: "REFUNDED",
      cardRefund: { status: "FAILED", failure: REFUND_REFUSED, amount: 11_000 },
    });
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(0);

    await post({ intent: "retry-card-refund" });
    expect((await page()).order.cardRefund).toMatchObject({ status: "SUCCEEDED", unsent: false });
    await post({ intent: "retry-card-refund" });
    expect(standIn.refunds.filter((r) => r.payment_intent === intent)).toHaveLength(1);
  });
});
