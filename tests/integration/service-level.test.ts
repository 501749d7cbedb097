/** Service level and the seller home's counts, from real orders and their timelines. */
import { beforeAll, describe, expect, it } from "vitest";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import {
  cancelOrderByBuyer,
  cancelOrderBySeller,
  packOrder,
} from "~/modules/orders/order-commands.server";
import { attachPaymentProof } from "~/modules/orders/payment-proof.server";
import { getSellerHome } from "~/modules/orders/seller-home.server";
import { sellerServiceLevel } from "~/modules/orders/service-level.server";
import { dashboardServiceLevel } from "~/modules/reports/dashboard.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

const HOUR = 3_600_000;
const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 24 * HOUR, stripeEnabled: false };
let categoryId: string;

beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
});

async function shopWithOrders() {
  // A desa of its own, so the region figures below are this shop's alone.
  const desaCode = "35.10.15.2001";
  await db.region.upsert({
    where: { code: desaCode },
    create: {
      code: desaCode,
      name: "Olehsari",
      slug: "olehsari",
      level: "DESA_KELURAHAN",
      kind: "DESA",
      parentCode: "35.10.15",
    },
    update: {},
  });
  const owner = await createUser(db);
  const seller = await createSeller(db, {
    ownerId: owner.id,
    desaCode,
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Pemilik",
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [
      { name: "A", price: 10_000, stock: 50 },
      { name: "B", price: 20_000, stock: 0 },
    ],
  });
  const variant = await db.productVariant.findFirstOrThrow({
    where: { productId: product.id, name: "A" },
  });
  const buyer = await createUser(db);
  const place = async (method: "COD" | "BANK_TRANSFER" = "COD") =>
    (
      await placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: {
          buyerName: "Bu Siti",
          buyerPhone: "+6281299990001",
          address: "Dusun Krajan RT 01 RW 02, dekat masjid",
          paymentMethod: method,
          lines: [{ variantId: variant.id, quantity: 1 }],
          shipping: [{ sellerId: seller.id, method: "PICKUP_SELLER" }],
          expectedSubtotal: 10_000,
        },
      })
    ).orders[0]!.code;
  return { owner, seller, buyer, place };
}

/** Moves an order's timeline back so that it was ready `readyHoursAgo` and packed after `packHours`. */
async function backdate(code: string, readyHoursAgo: number, packHours?: number) {
  const order = await db.order.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const ready = new Date(Date.now() - readyHoursAgo * HOUR);
  await db.orderStatusChange.updateMany({
    where: { orderId: order.id, toStatus: "COD_PENDING" },
    data: { createdAt: ready },
  });
  if (packHours !== undefined) {
    await db.orderStatusChange.updateMany({
      where: { orderId: order.id, toStatus: "PACKED" },
      data: { createdAt: new Date(ready.getTime() + packHours * HOUR) },
    });
  }
}

describe("service level over 90 days", () => {
  it("measures time to pack, on-time share and seller cancellations, leaving out what is not known yet", async () => {
    const { owner, seller, buyer, place } = await shopWithOrders();
    const fast = await place();
    await packOrder(db, { sellerId: seller.id, orderCode: fast, actorId: owner.id });
    await backdate(fast, 100, 2);
    const late = await place();
    await packOrder(db, { sellerId: seller.id, orderCode: late, actorId: owner.id });
    await backdate(late, 100, 60);
    const dropped = await place();
    await cancelOrderBySeller(db, {
      sellerId: seller.id,
      orderCode: dropped,
      actorId: owner.id,
      reason: "Bahan baku habis",
    });
    // Not counted: cancelled by the buyer, still within its deadline, or older than 90 days.
    const changedMind = await place();
    await cancelOrderByBuyer(db, {
      buyerId: buyer.id,
      orderCode: changedMind,
      reason: "Salah pilih",
    });
    await place();
    const old = await place();
    await packOrder(db, { sellerId: seller.id, orderCode: old, actorId: owner.id });
    await backdate(old, 95 * 24, 1);

    const level = await sellerServiceLevel(db, { sellerId: seller.id });
    expect(level.measured).toBe(3);
    expect(level.onTimeRate).toBeCloseTo(1 / 3, 5);
    expect(level.sellerCancelRate).toBeCloseTo(1 / 3, 5);
    expect(level.medianPackHours).toBeCloseTo(31, 3);

    // The region's figures hold this shop alone, and list it as needing help.
    const region = await dashboardServiceLevel(db, { regionCode: "35.10.15.2001" });
    expect(region.overall.measured).toBe(3);
    expect(region.needsHelp.map((s) => s.sellerId)).toEqual([seller.id]);
  });

  it("counts an order still waiting past its deadline as not on time", async () => {
    const { seller, place } = await shopWithOrders();
    const waiting = await place();
    await backdate(waiting, 50);
    const level = await sellerServiceLevel(db, { sellerId: seller.id });
    expect(level).toMatchObject({ measured: 1, onTimeRate: 0, medianPackHours: null });
  });
});

describe("seller home", () => {
  it("counts what needs doing and the last 30 days' sales", async () => {
    const { owner, seller, buyer, place } = await shopWithOrders();
    await place();
    const toShip = await place();
    await packOrder(db, { sellerId: seller.id, orderCode: toShip, actorId: owner.id });
    const transfer = await place("BANK_TRANSFER");
    await attachPaymentProof(db, {
      buyerId: buyer.id,
      orderCode: transfer,
      proofImageKey: "proofs/x.webp",
    });
    const soon = await place();
    await db.order.update({
      where: { code: soon },
      data: { packBy: new Date(Date.now() + 2 * HOUR) },
    });
    const home = await getSellerHome(db, { sellerId: seller.id });
    expect(home.todo).toEqual({
      newOrders: 2,
      toShip: 1,
      receiptsToCheck: 1,
      nearPackDeadline: 1,
      outOfStock: 1,
    });
    // Unpaid transfers are not sales yet.
    expect(home.sales30).toEqual({ orders: 3, amount: 30_000 });
    expect(home.nextTraining).toBeNull();
  });
});
