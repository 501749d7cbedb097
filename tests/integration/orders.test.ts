import { beforeAll, describe, expect, it } from "vitest";
import { monthlyStatement } from "~/modules/growth/cashbook.server";
import { jakartaMonthOf } from "~/utils/jakarta-calendar";
import { getLedger, recordPayout } from "~/modules/ledger/ledger.server";
import { addToCart, getCart, mergeGuestCart } from "~/modules/orders/cart.server";
import { CheckoutSchema, type CheckoutInput } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import {
  cancelOrderBySeller,
  confirmPayment,
  confirmReceipt,
  packOrder,
  refundCompletedOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { getBuyerOrderGroup } from "~/modules/orders/order-views.server";
import { attachPaymentProof } from "~/modules/orders/payment-proof.server";
import { reviewOrderItem } from "~/modules/orders/reviews.server";
import { expireUnpaidOrders } from "~/modules/orders/deadlines.server";
import { buildStaticQris, qrisAmount } from "~/modules/payments/qris";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { domainErrorOf } from "../domain-error";

const settings: OrderSettings = { feePercent: 2, paymentTtlMs: 3_600_000, stripeEnabled: false };

let categoryId: string;
beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
});

async function sellerWithProduct(
  opts: { price?: number; stock?: number; fee?: number | null } = {},
) {
  const seller = await createSeller(db, {
    localDeliveryFee: opts.fee === undefined ? 5_000 : opts.fee,
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Pemilik Uji",
    qrisStatic: buildStaticQris({
      merchantName: "TOKO UJI",
      merchantCity: "BANYUWANGI",
      merchantId: "ID1020000000001",
    }),
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [{ price: opts.price ?? 15_000, stock: opts.stock ?? 10 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { seller, product, variant };
}

function checkout(
  lines: { variantId: string; quantity: number; sellerId: string; price: number }[],
  extra: Partial<CheckoutInput> = {},
): CheckoutInput {
  const sellers = [...new Set(lines.map((l) => l.sellerId))];
  return {
    buyerName: "Bu Siti",
    buyerPhone: "+6281299990001",
    address: "Dusun Krajan RT 01 RW 02, dekat masjid",
    paymentMethod: "COD",
    lines: lines.map(({ variantId, quantity }) => ({ variantId, quantity })),
    shipping: sellers.map((sellerId) => ({ sellerId, method: "PICKUP_SELLER" as const })),
    expectedSubtotal: lines.reduce((n, l) => n + l.price * l.quantity, 0),
    ...extra,
  };
}

describe("no oversell", () => {
  it("lets exactly 10 of 120 concurrent checkouts take a stock of 10", async () => {
    const { seller, variant } = await sellerWithProduct({ stock: 10, price: 12_000 });
    const buyers = await Promise.all(Array.from({ length: 120 }, () => createUser(db)));
    const results = await Promise.allSettled(
      buyers.map((buyer) =>
        placeOrder(db, {
          buyerId: buyer.id,
          settings,
          checkout: checkout([
            { variantId: variant.id, quantity: 1, sellerId: seller.id, price: 12_000 },
          ]),
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(10);
    expect(failed).toHaveLength(110);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(DomainError);
      expect((f.reason as DomainError).code).toBe("OUT_OF_STOCK");
      expect((f.reason as DomainError).message).toMatch(/^Stok habis/);
    }
    const after = await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } });
    expect(after.stock).toBe(0);
    const orders = await db.order.findMany({
      where: { sellerId: seller.id },
      select: { _count: { select: { items: true } } },
    });
    expect(orders).toHaveLength(10);
    expect(orders.every((o) => o._count.items === 1)).toBe(true);
    // No group was left behind by a failed checkout.
    expect(await db.orderGroup.count({ where: { orders: { none: {} } } })).toBe(0);
  });

  it("rolls back every line when one line of a multi-seller checkout is out of stock", async () => {
    const a = await sellerWithProduct({ stock: 5, price: 10_000 });
    const b = await sellerWithProduct({ stock: 1, price: 20_000 });
    const buyer = await createUser(db);
    const error = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: checkout([
          { variantId: a.variant.id, quantity: 2, sellerId: a.seller.id, price: 10_000 },
          { variantId: b.variant.id, quantity: 2, sellerId: b.seller.id, price: 20_000 },
        ]),
      }),
    );
    expect(error.code).toBe("OUT_OF_STOCK");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: a.variant.id } })).stock).toBe(
      5,
    );
    expect(await db.orderGroup.count({ where: { buyerId: buyer.id } })).toBe(0);
  });
});

describe("checkout input", () => {
  it("refuses tampered forms: quantity 0 or 10^9, an injected price, a wrong total", async () => {
    const base = {
      buyerName: "Bu Siti",
      buyerPhone: "0812 9999 0001",
      address: "Dusun Krajan RT 01 RW 02",
      paymentMethod: "COD",
      lines: [{ variantId: "v1", quantity: "1" }],
      shipping: [{ sellerId: "s1", method: "PICKUP_SELLER" }],
      expectedSubtotal: "15000",
    };
    expect(CheckoutSchema.safeParse(base).success).toBe(true);
    expect(
      CheckoutSchema.safeParse({ ...base, lines: [{ variantId: "v1", quantity: "0" }] }).success,
    ).toBe(false);
    expect(
      CheckoutSchema.safeParse({ ...base, lines: [{ variantId: "v1", quantity: "1000000000" }] })
        .success,
    ).toBe(false);
    expect(
      CheckoutSchema.safeParse({
        ...base,
        lines: [{ variantId: "v1", quantity: "1", price: "1" }],
      }).success,
    ).toBe(false);
    expect(CheckoutSchema.safeParse({ ...base, total: "1" }).success).toBe(false);

    const { seller, variant } = await sellerWithProduct({ price: 15_000 });
    const buyer = await createUser(db);
    const lowered = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: checkout(
          [{ variantId: variant.id, quantity: 1, sellerId: seller.id, price: 15_000 }],
          { expectedSubtotal: 1_000 },
        ),
      }),
    );
    expect(lowered.code).toBe("INVALID");
    expect(lowered.message).toMatch(/Harga berubah/);

    const other = await sellerWithProduct();
    const wrongSeller = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: checkout(
          [{ variantId: variant.id, quantity: 1, sellerId: seller.id, price: 15_000 }],
          { shipping: [{ sellerId: other.seller.id, method: "PICKUP_SELLER" }] },
        ),
      }),
    );
    expect(wrongSeller.code).toBe("INVALID");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      10,
    );
  });

  it("snapshots prices: a later price edit never changes an existing order", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 25_000 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout([
        { variantId: variant.id, quantity: 2, sellerId: seller.id, price: 25_000 },
      ]),
    });
    await db.productVariant.update({ where: { id: variant.id }, data: { price: 99_000 } });
    const group = await getBuyerOrderGroup(db, { buyerId: buyer.id, code: placed.groupCode });
    expect(group!.total).toBe(50_000);
    expect(group!.orders[0]!.items[0]).toMatchObject({ unitPrice: 25_000, lineTotal: 50_000 });
  });

  it("charges the seller's flat fee for local delivery and needs a desa for it", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 10_000, fee: 7_000 });
    const buyer = await createUser(db);
    const line = [{ variantId: variant.id, quantity: 1, sellerId: seller.id, price: 10_000 }];
    const local = [{ sellerId: seller.id, method: "LOCAL_DELIVERY" as const }];
    const noDesa = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: checkout(line, { shipping: local }),
      }),
    );
    expect(noDesa.message).toMatch(/desa tujuan/);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout(line, { shipping: local, desaCode: "35.10.15.2005" }),
    });
    expect(placed.total).toBe(17_000);
    const noService = await sellerWithProduct({ fee: null });
    const refused = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: checkout(
          [
            {
              variantId: noService.variant.id,
              quantity: 1,
              sellerId: noService.seller.id,
              price: 15_000,
            },
          ],
          {
            shipping: [{ sellerId: noService.seller.id, method: "LOCAL_DELIVERY" }],
            desaCode: "35.10.15.2005",
          },
        ),
      }),
    );
    expect(refused.message).toMatch(/tidak melayani antar lokal/);
  });
});

describe("order lifecycle", () => {
  it("COD across two sellers: one order each, shipped, received, completed, in the ledger", async () => {
    const a = await sellerWithProduct({ price: 10_000 });
    const b = await sellerWithProduct({ price: 30_000 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout([
        { variantId: a.variant.id, quantity: 3, sellerId: a.seller.id, price: 10_000 },
        { variantId: b.variant.id, quantity: 1, sellerId: b.seller.id, price: 30_000 },
      ]),
    });
    expect(placed.orders).toHaveLength(2);
    expect(placed.orders.map((o) => o.status)).toEqual(["COD_PENDING", "COD_PENDING"]);
    const orderA = placed.orders.find((o) => o.sellerId === a.seller.id)!;

    // A seller cannot touch the other seller's order.
    expect(
      (
        await domainErrorOf(
          packOrder(db, { sellerId: b.seller.id, orderCode: orderA.code, actorId: buyer.id }),
        )
      ).code,
    ).toBe("NOT_FOUND");

    await packOrder(db, { sellerId: a.seller.id, orderCode: orderA.code, actorId: buyer.id });
    // A second click loses cleanly.
    expect(
      (
        await domainErrorOf(
          packOrder(db, { sellerId: a.seller.id, orderCode: orderA.code, actorId: buyer.id }),
        )
      ).code,
    ).toBe("CONFLICT");
    await shipOrder(db, { sellerId: a.seller.id, orderCode: orderA.code, actorId: buyer.id });
    await confirmReceipt(db, { buyerId: buyer.id, orderCode: orderA.code, feePercent: 2 });

    const group = await getBuyerOrderGroup(db, { buyerId: buyer.id, code: placed.groupCode });
    const shown = group!.orders.find((o) => o.code === orderA.code)!;
    expect(shown.status).toBe("COMPLETED");
    expect(shown.timeline.map((t) => t.status)).toEqual([
      "COD_PENDING",
      "PACKED",
      "SHIPPED",
      "RECEIVED",
      "COMPLETED",
    ]);

    const ledger = await getLedger(db, { sellerId: a.seller.id });
    expect(ledger.entries.map((e) => [e.type, e.amount]).sort()).toEqual(
      [
        ["SALE", 30_000],
        ["PLATFORM_FEE", -600],
        ["ADJUSTMENT", -30_000],
      ].sort(),
    );
    // COD money is with the seller already: they owe only the fee.
    expect(ledger.balance).toBe(-600);
    const statement = await monthlyStatement(db, {
      sellerId: a.seller.id,
      month: jakartaMonthOf(new Date()),
    });
    expect(statement.income.marketplace).toBe(30_000);
    expect(await db.payment.findFirst({ where: { orderId: orderA.id } })).toMatchObject({
      status: "SUCCEEDED",
    });

    // Reviews: once per item, rating lands on the product.
    const itemId = shown.items[0]!.id;
    await reviewOrderItem(db, { buyerId: buyer.id, orderItemId: itemId, rating: 4, body: "Enak" });
    expect(
      (
        await domainErrorOf(
          reviewOrderItem(db, { buyerId: buyer.id, orderItemId: itemId, rating: 5, body: "" }),
        )
      ).code,
    ).toBe("CONFLICT");
    const product = await db.product.findUniqueOrThrow({ where: { id: a.product.id } });
    expect([product.ratingCount, product.ratingSum]).toEqual([1, 4]);
    // The other order, not completed, cannot be reviewed yet.
    const orderB = group!.orders.find((o) => o.code !== orderA.code)!;
    expect(
      (
        await domainErrorOf(
          reviewOrderItem(db, {
            buyerId: buyer.id,
            orderItemId: orderB.items[0]!.id,
            rating: 5,
            body: "",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("refunds cash on delivery only once the cash was paid on receipt", async () => {
    const a = await sellerWithProduct({ price: 10_000 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout([
        { variantId: a.variant.id, quantity: 1, sellerId: a.seller.id, price: 10_000 },
      ]),
    });
    const orderCode = placed.orders[0]!.code;
    const seller = { sellerId: a.seller.id, orderCode, actorId: buyer.id };
    await packOrder(db, seller);
    await shipOrder(db, seller);
    const unpaid = await domainErrorOf(
      refundCompletedOrder(db, { ...seller, reason: "Pembeli tidak ada di rumah" }),
    );
    expect(unpaid.code).toBe("CONFLICT");
    expect(unpaid.message).toMatch(/belum dibayar/);
    expect(await db.order.findUniqueOrThrow({ where: { code: orderCode } })).toMatchObject({
      status: "SHIPPED",
    });

    await confirmReceipt(db, { buyerId: buyer.id, orderCode, feePercent: 2 });
    await refundCompletedOrder(db, { ...seller, reason: "Barang dikembalikan, kemasan bocor" });
    const refunded = await db.order.findUniqueOrThrow({
      where: { code: orderCode },
      select: { status: true, payments: { select: { status: true } } },
    });
    expect(refunded).toEqual({ status: "REFUNDED", payments: [{ status: "REFUNDED" }] });
  });

  it("bank transfer: proof, seller confirms, paid; cancelling a paid order refunds and restocks", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 20_000, stock: 4 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout(
        [{ variantId: variant.id, quantity: 2, sellerId: seller.id, price: 20_000 }],
        { paymentMethod: "BANK_TRANSFER" },
      ),
    });
    const code = placed.orders[0]!.code;
    expect(placed.orders[0]!.status).toBe("PENDING_PAYMENT");
    await attachPaymentProof(db, {
      buyerId: buyer.id,
      orderCode: code,
      proofImageKey: "proof/abc",
    });
    await confirmPayment(db, { sellerId: seller.id, orderCode: code, actorId: buyer.id });
    const order = await db.order.findUniqueOrThrow({
      where: { code },
      include: { payments: true },
    });
    expect(order.status).toBe("PAID");
    expect(order.paidAt).not.toBeNull();
    expect(order.payments[0]).toMatchObject({ status: "SUCCEEDED", proofImageKey: "proof/abc" });
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      2,
    );

    await cancelOrderBySeller(db, {
      sellerId: seller.id,
      orderCode: code,
      actorId: buyer.id,
      reason: "Stok rusak kena hujan",
    });
    const after = await db.order.findUniqueOrThrow({
      where: { code },
      include: { payments: true },
    });
    expect(after.status).toBe("REFUNDED");
    expect(after.cancelReason).toBe("Stok rusak kena hujan");
    expect(after.payments[0]!.status).toBe("REFUNDED");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      4,
    );
  });

  it("QRIS: the payment carries a dynamic payload for the exact order total", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 13_500 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: checkout(
        [{ variantId: variant.id, quantity: 3, sellerId: seller.id, price: 13_500 }],
        { paymentMethod: "QRIS" },
      ),
    });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orders[0]!.id } });
    expect(qrisAmount(payment.qrisPayload!)).toBe(40_500);
  });

  it("expires unpaid orders after their deadline and returns the stock", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 5_000, stock: 3 });
    const buyer = await createUser(db);
    const placedAt = new Date(Date.now() - 2 * 3_600_000);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      now: placedAt,
      checkout: checkout(
        [{ variantId: variant.id, quantity: 3, sellerId: seller.id, price: 5_000 }],
        { paymentMethod: "BANK_TRANSFER" },
      ),
    });
    const withProof = await sellerWithProduct({ price: 5_000, stock: 1 });
    const waiting = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      now: placedAt,
      checkout: checkout(
        [
          {
            variantId: withProof.variant.id,
            quantity: 1,
            sellerId: withProof.seller.id,
            price: 5_000,
          },
        ],
        { paymentMethod: "BANK_TRANSFER" },
      ),
    });
    await attachPaymentProof(db, {
      buyerId: buyer.id,
      orderCode: waiting.orders[0]!.code,
      proofImageKey: "k",
    });

    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      0,
    );
    const expired = await Promise.all([expireUnpaidOrders(db), expireUnpaidOrders(db)]);
    expect(expired.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const order = await db.order.findUniqueOrThrow({ where: { code: placed.orders[0]!.code } });
    expect(order.status).toBe("CANCELLED");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      3,
    );
    expect(
      await db.orderStatusChange.count({ where: { orderId: order.id, toStatus: "CANCELLED" } }),
    ).toBe(1);
    // The one with a receipt waits for the seller.
    expect(
      (await db.order.findUniqueOrThrow({ where: { code: waiting.orders[0]!.code } })).status,
    ).toBe("PENDING_PAYMENT");
  });
});

describe("cart", () => {
  it("keeps a guest cart by token, caps quantities at stock, and merges it on login", async () => {
    const { variant } = await sellerWithProduct({ stock: 5 });
    const guest = await addToCart(db, {
      owner: { token: null },
      variantId: variant.id,
      quantity: 2,
    });
    expect(guest.token).toBeTruthy();
    const tooMany = await domainErrorOf(
      addToCart(db, { owner: { token: guest.token }, variantId: variant.id, quantity: 4 }),
    );
    expect(tooMany.code).toBe("OUT_OF_STOCK");
    expect(tooMany.message).toMatch(/tinggal 5/);

    const user = await createUser(db);
    await addToCart(db, { owner: { userId: user.id }, variantId: variant.id, quantity: 1 });
    await mergeGuestCart(db, { token: guest.token!, userId: user.id });
    const cart = await getCart(db, { userId: user.id });
    expect(cart.itemCount).toBe(3);
    expect(cart.ready).toBe(true);
    expect(await db.cart.findUnique({ where: { token: guest.token! } })).toBeNull();
  });
});

describe("adding to the cart", () => {
  it("refuses more than the stock, naming the stock and what the cart already holds", async () => {
    const { variant, product } = await sellerWithProduct({ stock: 3 });
    const owner = { userId: (await createUser(db)).id };
    const first = await domainErrorOf(addToCart(db, { owner, variantId: variant.id, quantity: 4 }));
    expect(first.code).toBe("OUT_OF_STOCK");
    expect(first.message).toBe(`Stok ${product.title} tinggal 3`);
    expect(first.details).toMatchObject({ stock: 3, field: "quantity" });
    expect((await getCart(db, owner)).itemCount).toBe(0);

    await addToCart(db, { owner, variantId: variant.id, quantity: 2 });
    const second = await domainErrorOf(
      addToCart(db, { owner, variantId: variant.id, quantity: 2 }),
    );
    expect(second.message).toBe(`Stok ${product.title} tinggal 3, 2 sudah di keranjang`);
    expect((await getCart(db, owner)).itemCount).toBe(2);

    // Exactly the stock is fine.
    await addToCart(db, { owner, variantId: variant.id, quantity: 1 });
    expect((await getCart(db, owner)).itemCount).toBe(3);
  });
});

describe("payouts", () => {
  it("never pays out more than the balance", async () => {
    const { seller } = await sellerWithProduct();
    const staff = await createUser(db);
    await db.ledgerEntry.create({
      data: { sellerId: seller.id, type: "SALE", amount: 50_000, description: "uji" },
    });
    const data = { amount: 60_000, reference: "TRF-001", paidOn: "2026-11-20" };
    const over = await domainErrorOf(
      recordPayout(db, { sellerId: seller.id, actorId: staff.id, actorRole: "STAFF", data }),
    );
    expect(over.message).toMatch(/melebihi saldo/);
    await recordPayout(db, {
      sellerId: seller.id,
      actorId: staff.id,
      actorRole: "STAFF",
      data: { ...data, amount: 50_000 },
    });
    expect((await getLedger(db, { sellerId: seller.id })).balance).toBe(0);
    expect(
      await db.auditLog.count({ where: { sellerId: seller.id, action: "payout.record" } }),
    ).toBe(1);
  });
});

describe("checkout from the cart", () => {
  it("places a checkout once: a resubmitted form finds the cart lines gone", async () => {
    const { seller, variant } = await sellerWithProduct({ price: 8_000, stock: 10 });
    const buyer = await createUser(db);
    await addToCart(db, { owner: { userId: buyer.id }, variantId: variant.id, quantity: 2 });
    const form = checkout([
      { variantId: variant.id, quantity: 2, sellerId: seller.id, price: 8_000 },
    ]);
    const [first, second] = await Promise.allSettled([
      placeOrder(db, { buyerId: buyer.id, settings, checkout: form, fromCartOf: buyer.id }),
      placeOrder(db, { buyerId: buyer.id, settings, checkout: form, fromCartOf: buyer.id }),
    ]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const failed = [first, second].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as DomainError).code).toBe("CONFLICT");
    expect(await db.orderGroup.count({ where: { buyerId: buyer.id } })).toBe(1);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(
      8,
    );
    expect((await getCart(db, { userId: buyer.id })).itemCount).toBe(0);
  });
});
