/**
 * Midtrans from checkout to settlement, with Midtrans' Core API played by a local HTTP stand-in
 * (tests/standins/midtrans.ts): the checkout's one payment, its charge, and notifications
 * delivered to the real webhook route, signed as Midtrans signs them.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { postWebhook } from "./route-fixtures";
import { placeOrder } from "~/modules/orders/checkout.server";
import { expireUnpaidOrders } from "~/modules/orders/deadlines.server";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import { orderSettings } from "~/modules/orders/settings.server";
import {
  getMidtrans,
  handleMidtransNotification,
  startMidtransPayment,
  type StoredInstruction,
} from "~/modules/payments/midtrans/gateway.server";
import {
  createMidtransClient,
  MidtransUnreachable,
} from "~/modules/payments/midtrans/midtrans.server";
import {
  paymentProvider,
  restartGatewayPayment,
} from "~/modules/payments/providers/registry.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { startMidtransStandIn, type StandInNotification } from "../standins/midtrans";

// Before anything reads the environment: Midtrans is on, and its API is the stand-in.
const standIn = await startMidtransStandIn();
process.env.MIDTRANS_SERVER_KEY = standIn.serverKey;
process.env.MIDTRANS_API_BASE = standIn.url;

afterAll(() => standIn.close());
afterEach(() => {
  // Every request the app sent has the shape Midtrans documents.
  expect(standIn.rejected.splice(0)).toEqual([]);
});

const RETURN_URL = "http://localhost/pesanan/x";

/** A Midtrans checkout of two shops' goods (Rp10.000 and Rp20.000, picked up: no delivery fee). */
async function midtransOrder(channel = "va_bca") {
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
    settings: orderSettings(),
    checkout: {
      buyerName: "Bu Sumarni",
      buyerPhone: "+6281299990003",
      address: "Dusun Krajan RT 01 RW 02, Kemiren",
      paymentMethod: "MIDTRANS",
      paymentChannel: channel,
      lines: variants.map((v) => ({ variantId: v.id, quantity: 1 })),
      shipping: sellers.map((s) => ({ sellerId: s.id, method: "PICKUP_SELLER" as const })),
      expectedSubtotal: 30_000,
    },
  });
  return { placed, buyer, sellers, paymentId: placed.gatewayPayment!.id };
}

/** A checkout whose payment was charged at the stand-in. */
async function chargedOrder(channel = "va_bca") {
  const order = await midtransOrder(channel);
  await paymentProvider("MIDTRANS").start!(db, {
    paymentId: order.paymentId,
    returnUrl: RETURN_URL,
  });
  return order;
}

async function deliver(body: StandInNotification | string) {
  const { action } = await import("~/routes/webhooks.midtrans");
  return postWebhook(action, "http://localhost/webhooks/midtrans", body);
}

async function statuses(groupId: string) {
  const orders = await db.order.findMany({ where: { groupId }, orderBy: { code: "asc" } });
  return orders.map((o) => o.status);
}

async function paymentOf(paymentId: string) {
  return db.payment.findUniqueOrThrow({ where: { id: paymentId } });
}

describe("Midtrans (its API faked by a local HTTP stand-in)", () => {
  it("writes one payment for the checkout and charges it with the total, item lines and deadline", async () => {
    const { placed, paymentId } = await midtransOrder("va_bca");
    expect(placed.orders).toHaveLength(2);
    const payments = await db.payment.findMany({ where: { groupId: placed.groupId } });
    expect(payments.map((p) => [p.method, p.amount, p.channel, p.orderId, p.status])).toEqual([
      ["MIDTRANS", 30_000, "va_bca", null, "PENDING"],
    ]);

    const started = await paymentProvider("MIDTRANS").start!(db, {
      paymentId,
      returnUrl: RETURN_URL,
    });
    // A virtual account is shown on the order page: no redirect.
    expect(started).toBeNull();

    const charges = standIn.requests.filter(
      (r) => r.path === "/v2/charge" && JSON.stringify(r.body).includes(paymentId),
    );
    expect(charges).toHaveLength(1);
    const body = charges[0]!.body as {
      transaction_details: { order_id: string; gross_amount: number };
      item_details: { price: number; quantity: number }[];
      custom_expiry: { expiry_duration: number; unit: string };
      bank_transfer: { bank: string };
    };
    expect(body.transaction_details).toEqual({ order_id: paymentId, gross_amount: 30_000 });
    expect(body.item_details.reduce((n, i) => n + i.price * i.quantity, 0)).toBe(30_000);
    expect(body.bank_transfer.bank).toBe("bca");
    // The gateway closes with the orders' payment window (ORDER_PAYMENT_HOURS, 24 by default).
    const windowMinutes = (orderSettings().paymentTtlMs ?? 0) / 60_000;
    expect(body.custom_expiry.unit).toBe("minute");
    expect(body.custom_expiry.expiry_duration).toBeGreaterThan(windowMinutes - 5);
    expect(body.custom_expiry.expiry_duration).toBeLessThanOrEqual(windowMinutes);

    const payment = await paymentOf(paymentId);
    const transaction = standIn.transactions.get(paymentId)!;
    expect(payment.providerRef).toBe(transaction.transactionId);
    const instruction = JSON.parse(payment.instruction!) as StoredInstruction;
    expect(instruction).toMatchObject({ kind: "va", bank: "bca", vaNumber: transaction.vaNumber });
    expect(Date.parse(instruction.expiresAt!)).toBeGreaterThan(Date.now());
  });

  it("stores the QR string of a QRIS charge", async () => {
    const { paymentId } = await chargedOrder("qris");
    const instruction = JSON.parse((await paymentOf(paymentId)).instruction!) as StoredInstruction;
    expect(instruction).toMatchObject({
      kind: "qr",
      qrString: standIn.transactions.get(paymentId)!.qrString,
    });
  });

  it("marks both orders paid on a settled notification", async () => {
    const { placed, paymentId } = await chargedOrder();
    standIn.settle(paymentId);
    const response = await deliver(standIn.notificationFor(paymentId));
    expect(response.status).toBe(200);
    expect(await statuses(placed.groupId)).toEqual(["PAID", "PAID"]);
    const payment = await paymentOf(paymentId);
    expect(payment.status).toBe("SUCCEEDED");
    expect(payment.providerRef).toBe(standIn.transactions.get(paymentId)!.transactionId);
  });

  it("applies the same notification 10 times, shuffled with a pending one, concurrently, once", async () => {
    const { placed, paymentId } = await chargedOrder();
    const pending = standIn.notificationFor(paymentId);
    standIn.settle(paymentId);
    const settled = standIn.notificationFor(paymentId);
    const deliveries = [...Array.from({ length: 10 }, () => settled), pending].sort(
      () => Math.random() - 0.5,
    );
    const responses = await Promise.all(deliveries.map((n) => deliver(n)));
    expect(responses.map((r) => r.status)).toEqual(deliveries.map(() => 200));

    const transactionId = standIn.transactions.get(paymentId)!.transactionId;
    const events = await db.paymentEvent.findMany({ where: { paymentId } });
    // Every delivery is acted on as the Status API answers it: settled, recorded once.
    expect(events.map((e) => e.eventId)).toEqual([`${transactionId}:settlement`]);
    expect(await statuses(placed.groupId)).toEqual(["PAID", "PAID"]);
    const orderIds = placed.orders.map((o) => o.id);
    expect(
      await db.orderStatusChange.count({ where: { orderId: { in: orderIds }, toStatus: "PAID" } }),
    ).toBe(2);
    // The paid news goes out once per order (one outbox event each, to the buyer and the shop).
    expect(
      await db.outboxEvent.count({
        where: { aggregateId: { in: orderIds.map((id) => `buyer.orderPaid:${id}`) } },
      }),
    ).toBe(2);
    expect(
      await db.auditLog.count({
        where: { action: "payment.paidAfterCancel", entityId: paymentId },
      }),
    ).toBe(0);
  });

  it("answers 401 to a wrong signature and 400 to a malformed body, changing nothing", async () => {
    const { placed, paymentId } = await chargedOrder();
    standIn.settle(paymentId);
    const forged = standIn.notificationFor(paymentId, "SB-Mid-server-someone-else");
    expect((await deliver(forged)).status).toBe(401);
    const tampered = { ...standIn.notificationFor(paymentId), gross_amount: "100.00" };
    expect((await deliver(tampered)).status).toBe(401);
    expect((await deliver("{not json")).status).toBe(400);
    expect((await deliver(JSON.stringify({ order_id: paymentId }))).status).toBe(400);
    expect(await db.paymentEvent.count({ where: { paymentId } })).toBe(0);
    expect(await statuses(placed.groupId)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);
    expect((await paymentOf(paymentId)).status).toBe("PENDING");
  });

  it("answers 503 while the Status API is down, changing nothing, and applies the retry", async () => {
    const { placed, paymentId } = await chargedOrder();
    standIn.settle(paymentId);
    const notification = standIn.notificationFor(paymentId);
    standIn.failNext({ status: 500 });
    expect((await deliver(notification)).status).toBe(503);
    expect(await db.paymentEvent.count({ where: { paymentId } })).toBe(0);
    expect(await statuses(placed.groupId)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);

    expect((await deliver(notification)).status).toBe(200);
    expect(await statuses(placed.groupId)).toEqual(["PAID", "PAID"]);
  });

  it("pays nothing when the Status API does not confirm what the notification says", async () => {
    const { placed, paymentId } = await chargedOrder();
    standIn.settle(paymentId);
    const claimsSettled = standIn.notificationFor(paymentId);
    standIn.setStatus(paymentId, "pending");
    expect((await deliver(claimsSettled)).status).toBe(200);
    expect(await statuses(placed.groupId)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);
    expect((await paymentOf(paymentId)).status).toBe("PENDING");
  });

  it("keeps expired orders cancelled when the money arrives late, and flags it", async () => {
    const { placed, paymentId } = await chargedOrder();
    const afterDeadline = new Date(Date.now() + orderSettings().paymentTtlMs + 60_000);
    expect(await expireUnpaidOrders(db, { now: afterDeadline })).toBeGreaterThanOrEqual(2);
    expect(await statuses(placed.groupId)).toEqual(["CANCELLED", "CANCELLED"]);
    expect((await paymentOf(paymentId)).status).toBe("CANCELLED");

    standIn.settle(paymentId);
    // Through the module with the orders' settlement, as the route does.
    const midtrans = getMidtrans()!;
    const outcome = await handleMidtransNotification(
      db,
      midtrans.client,
      {
        rawBody: JSON.stringify(standIn.notificationFor(paymentId)),
        serverKey: midtrans.serverKey,
      },
      orderSettlement,
    );
    expect(outcome).toEqual({ status: 200, duplicate: false, applied: false });
    expect((await paymentOf(paymentId)).status).toBe("CANCELLED");
    expect(await statuses(placed.groupId)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(
      await db.auditLog.count({
        where: { action: "payment.paidAfterCancel", entityId: paymentId },
      }),
    ).toBe(1);
  });

  it("cancels the orders and returns their stock on an expire notification", async () => {
    const { placed, paymentId } = await chargedOrder();
    standIn.expire(paymentId);
    const notification = standIn.notificationFor(paymentId);
    await Promise.all(Array.from({ length: 3 }, () => deliver(notification)));
    expect(await statuses(placed.groupId)).toEqual(["CANCELLED", "CANCELLED"]);
    expect((await paymentOf(paymentId)).status).toBe("CANCELLED");
    const variants = await db.productVariant.findMany({
      where: { orderItems: { some: { orderId: { in: placed.orders.map((o) => o.id) } } } },
    });
    expect(variants.map((v) => v.stock)).toEqual([5, 5]);
  });

  it("keeps the order when the charge fails at checkout, and charges it again on request", async () => {
    const { placed, buyer, paymentId } = await midtransOrder("va_bni");
    standIn.failNext({ status: 500 });
    await expect(
      paymentProvider("MIDTRANS").start!(db, { paymentId, returnUrl: RETURN_URL }),
    ).rejects.toBeInstanceOf(MidtransUnreachable);
    expect(await statuses(placed.groupId)).toEqual(["PENDING_PAYMENT", "PENDING_PAYMENT"]);
    expect((await paymentOf(paymentId)).instruction).toBeNull();

    const again = await restartGatewayPayment(db, {
      buyerId: buyer.id,
      groupCode: placed.groupCode,
      returnUrl: RETURN_URL,
    });
    expect(again).toBe("not-started");
    const instruction = JSON.parse((await paymentOf(paymentId)).instruction!) as StoredInstruction;
    expect(instruction).toMatchObject({ kind: "va", bank: "bni" });
  });

  it("recovers a virtual account whose charge answer was lost to a timeout", async () => {
    const { placed, buyer, paymentId } = await midtransOrder("va_bri");
    const impatient = createMidtransClient({
      serverKey: standIn.serverKey,
      isProduction: false,
      baseUrl: standIn.url,
      timeoutMs: 200,
    });
    standIn.failNext({ hangMs: 1_000 });
    await expect(
      startMidtransPayment(db, impatient, { paymentId, returnUrl: RETURN_URL }),
    ).rejects.toBeInstanceOf(MidtransUnreachable);
    expect((await paymentOf(paymentId)).instruction).toBeNull();
    // Midtrans made the charge; charging again is refused as a duplicate, so its status tells.
    expect(standIn.transactions.has(paymentId)).toBe(true);

    await restartGatewayPayment(db, {
      buyerId: buyer.id,
      groupCode: placed.groupCode,
      returnUrl: RETURN_URL,
    });
    const payment = await paymentOf(paymentId);
    const transaction = standIn.transactions.get(paymentId)!;
    expect(payment.providerRef).toBe(transaction.transactionId);
    expect(JSON.parse(payment.instruction!)).toMatchObject({
      kind: "va",
      bank: "bri",
      vaNumber: transaction.vaNumber,
    });
  });
});
