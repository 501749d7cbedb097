import { beforeAll, describe, expect, it } from "vitest";
import { CheckoutSchema, type CheckoutInput } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import { buildStaticQris, qrisAmount } from "~/modules/payments/qris";
import { quoteDeliveries } from "~/modules/shipping/checkout-quotes.server";
import { db } from "~/utils/db.server";
import {
  createCategory,
  createProduct,
  createSeller,
  createTariff,
  createUser,
} from "../factories";
import { domainErrorOf } from "../domain-error";

const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 3_600_000, stripeEnabled: false };
/** Desa Ketabang, Kecamatan Genteng, Kota Surabaya: same province as Banyuwangi, another kabupaten. */
const SURABAYA = "35.78.07.1004";
const BANYUWANGI_DESA = "35.10.15.2005";
const ORIGIN = "35.10.15";

let categoryId: string;
let regularId: string;
beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
  // Only this file's rows: Kecamatan 35.10.15 to the rest of Jawa Timur, two services.
  await db.shippingTariff.deleteMany({});
  regularId = (await createTariff(db, { originKecamatanCode: ORIGIN })).id;
  await createTariff(db, {
    originKecamatanCode: ORIGIN,
    service: "NEXT_DAY",
    pricePerKg: 20_000,
    minimumPrice: 20_000,
    etdMinDays: 1,
    etdMaxDays: 1,
  });
});

/** A shop with one product of `weightGrams` per unit; `desaCode` defaults to Kecamatan 35.10.15. */
async function shop(opts: { price: number; weightGrams: number; desaCode?: string }) {
  const seller = await createSeller(db, {
    localDeliveryFee: 6_000,
    bankName: "BRI",
    bankAccountNumber: `01234${Math.floor(Math.random() * 1e6)}`,
    bankAccountName: "Pemilik Uji",
    qrisStatic: buildStaticQris({
      merchantName: "TOKO UJI",
      merchantCity: "BANYUWANGI",
      merchantId: "ID1020000000001",
    }),
    ...(opts.desaCode ? { desaCode: opts.desaCode } : {}),
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [{ price: opts.price, stock: 20, weightGrams: opts.weightGrams }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { seller, variant, price: opts.price };
}

type Shop = Awaited<ReturnType<typeof shop>>;

/** The form as the page posts it: each shop's choice carries the fee shown with it. */
function form(
  lines: { shop: Shop; quantity: number; method: string; fee?: number }[],
  extra: Record<string, string> = {},
): CheckoutInput {
  return CheckoutSchema.parse({
    buyerName: "Bu Rina",
    buyerPhone: "0812 9999 0002",
    address: "Jl. Ketabang Kali 12, dekat balai RW",
    desaCode: SURABAYA,
    paymentMethod: "COD",
    expectedSubtotal: String(lines.reduce((n, l) => n + l.shop.price * l.quantity, 0)),
    lines: lines.map((l) => ({ variantId: l.shop.variant.id, quantity: String(l.quantity) })),
    shipping: lines.map((l) => ({
      sellerId: l.shop.seller.id,
      method: l.fee === undefined ? l.method : `${l.method}=${l.fee}`,
    })),
    ...extra,
  });
}

describe("courier quotes at checkout", () => {
  it("quotes each shop's items packed into one parcel; no destination and no tariff say so", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const elsewhere = await shop({ price: 10_000, weightGrams: 500, desaCode: "35.10.01.2001" });
    const lines = [
      { variantId: a.variant.id, quantity: 2 },
      { variantId: elsewhere.variant.id, quantity: 1 },
    ];
    const quoted = await quoteDeliveries(db, { lines, destinationDesaCode: SURABAYA });
    // 2 × 800 g = 1.6 kg, billed as 2 kg: Reguler 2 × Rp9.000, Besok sampai 2 × Rp20.000.
    expect(quoted.get(a.seller.id)!.options.map((o) => [o.choice, o.fee])).toEqual([
      ["PICKUP_SELLER", 0],
      ["PICKUP_BALAI_DESA", 0],
      ["COURIER:REGULAR", 18_000],
      ["COURIER:NEXT_DAY", 40_000],
    ]);
    expect(quoted.get(a.seller.id)).toMatchObject({
      courier: "QUOTED",
      localDelivery: "OUTSIDE_REGENCY",
    });
    expect(quoted.get(elsewhere.seller.id)!.courier).toBe("NO_TARIFF");
    const nowhere = await quoteDeliveries(db, { lines, destinationDesaCode: null });
    expect(nowhere.get(a.seller.id)!.courier).toBe("NO_DESTINATION");
    expect(nowhere.get(a.seller.id)!.options.map((o) => o.choice)).toContain("LOCAL_DELIVERY");
  });

  it("two shops, courier and pickup: fees on each order, COD amounts include shipping", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const b = await shop({ price: 40_000, weightGrams: 300 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: form([
        { shop: a, quantity: 2, method: "COURIER:REGULAR", fee: 18_000 },
        { shop: b, quantity: 1, method: "PICKUP_SELLER", fee: 0 },
      ]),
    });
    expect(placed.total).toBe(50_000 + 18_000 + 40_000);
    const orders = await db.order.findMany({
      where: { groupId: placed.groupId },
      include: { payments: true },
      orderBy: { code: "asc" },
    });
    expect(
      orders.map((o) => [o.shippingMethod, o.shippingService, o.shippingEtd, o.shippingFee]),
    ).toEqual([
      ["COURIER", "REGULAR", "2-3", 18_000],
      ["PICKUP_SELLER", null, null, 0],
    ]);
    expect(orders.map((o) => o.total)).toEqual([68_000, 40_000]);
    expect(orders.map((o) => o.payments[0]!.amount)).toEqual([68_000, 40_000]);
  });

  it("transfer and QRIS amounts include shipping (transfer plus its kode unik)", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const buyer = await createUser(db);
    for (const paymentMethod of ["BANK_TRANSFER", "QRIS"]) {
      const placed = await placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 2, method: "COURIER:NEXT_DAY", fee: 40_000 }], {
          paymentMethod,
        }),
      });
      const order = await db.order.findFirstOrThrow({
        where: { groupId: placed.groupId },
        include: { payments: true },
      });
      expect(order.total).toBe(90_000);
      const payment = order.payments[0]!;
      if (paymentMethod === "BANK_TRANSFER") {
        expect(payment.uniqueCode).toBeGreaterThan(0);
        expect(payment.amount).toBe(90_000 + payment.uniqueCode!);
      } else {
        expect(payment.amount).toBe(90_000);
        expect(qrisAmount(payment.qrisPayload!)).toBe(90_000);
      }
    }
  });

  it("a card checkout's single gateway payment covers goods and shipping of every shop", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const b = await shop({ price: 40_000, weightGrams: 300 });
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings: { ...settings, stripeEnabled: true },
      checkout: form(
        [
          { shop: a, quantity: 2, method: "COURIER:REGULAR", fee: 18_000 },
          { shop: b, quantity: 1, method: "COURIER:REGULAR", fee: 10_000 },
        ],
        { paymentMethod: "STRIPE" },
      ),
    });
    expect(placed.total).toBe(50_000 + 18_000 + 40_000 + 10_000);
    const payment = await db.payment.findUniqueOrThrow({
      where: { id: placed.gatewayPayment!.id },
    });
    expect(payment.amount).toBe(placed.total);
  });

  it("refuses a tampered fee and a courier choice sent without the fee shown", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const buyer = await createUser(db);
    const tampered = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 2, method: "COURIER:REGULAR", fee: 1 }]),
      }),
    );
    expect(tampered.code).toBe("CONFLICT");
    expect(tampered.message).toMatch(/berubah menjadi Rp18\.000 — total baru Rp68\.000/);
    const unseen = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 2, method: "COURIER:REGULAR" }]),
      }),
    );
    expect(unseen.message).toMatch(/Hitung ongkir/);
    expect(await db.orderGroup.count({ where: { buyerId: buyer.id } })).toBe(0);
  });

  it("a tariff or weight changed since the page: nothing placed, the new fee and total reported", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const buyer = await createUser(db);
    const shown = (
      await quoteDeliveries(db, {
        lines: [{ variantId: a.variant.id, quantity: 2 }],
        destinationDesaCode: SURABAYA,
      })
    )
      .get(a.seller.id)!
      .options.find((o) => o.choice === "COURIER:REGULAR")!;
    expect(shown.fee).toBe(18_000);
    await db.shippingTariff.update({ where: { id: regularId }, data: { pricePerKg: 11_000 } });
    try {
      const changed = await domainErrorOf(
        placeOrder(db, {
          buyerId: buyer.id,
          settings,
          checkout: form([{ shop: a, quantity: 2, method: "COURIER:REGULAR", fee: shown.fee }]),
        }),
      );
      expect(changed.code).toBe("CONFLICT");
      expect(changed.message).toBe(
        `Ongkir ${a.seller.businessName} berubah menjadi Rp22.000 — total baru Rp72.000, periksa lalu pesan lagi`,
      );
      expect(changed.details).toMatchObject({ total: 72_000, fees: { [a.seller.id]: 22_000 } });
      // A heavier variant changes the parcel: 2 × 1.4 kg = 2.8 kg, billed as 3 kg.
      await db.productVariant.update({ where: { id: a.variant.id }, data: { weightGrams: 1_400 } });
      const heavier = await domainErrorOf(
        placeOrder(db, {
          buyerId: buyer.id,
          settings,
          checkout: form([{ shop: a, quantity: 2, method: "COURIER:REGULAR", fee: 22_000 }]),
        }),
      );
      expect(heavier.message).toMatch(/berubah menjadi Rp33\.000/);
      expect(await db.orderGroup.count({ where: { buyerId: buyer.id } })).toBe(0);
      expect(
        (await db.productVariant.findUniqueOrThrow({ where: { id: a.variant.id } })).stock,
      ).toBe(20);
    } finally {
      await db.shippingTariff.update({ where: { id: regularId }, data: { pricePerKg: 9_000 } });
    }
  });

  it("refuses a courier from a shop with no tariff, and without a destination", async () => {
    const elsewhere = await shop({ price: 10_000, weightGrams: 500, desaCode: "35.10.01.2001" });
    const buyer = await createUser(db);
    const noTariff = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: elsewhere, quantity: 1, method: "COURIER:REGULAR", fee: 0 }]),
      }),
    );
    expect(noTariff.message).toBe(
      `${elsewhere.seller.businessName} belum punya tarif kurir ke alamat ini — pilih cara pengiriman lain`,
    );
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const noDestination = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 1, method: "COURIER:REGULAR", fee: 10_000 }], {
          desaCode: "",
        }),
      }),
    );
    expect(noDestination.message).toMatch(/Pilih alamat tujuan dulu/);
  });

  it("local delivery: the seller's fee inside its regency, refused outside it", async () => {
    const a = await shop({ price: 25_000, weightGrams: 800 });
    const buyer = await createUser(db);
    const outside = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 1, method: "LOCAL_DELIVERY", fee: 6_000 }]),
      }),
    );
    expect(outside.message).toBe(`${a.seller.businessName} hanya mengantar di dalam kabupatennya`);
    // Its fee is shown before an address is chosen; ordering it needs the desa.
    const noDesa = await domainErrorOf(
      placeOrder(db, {
        buyerId: buyer.id,
        settings,
        checkout: form([{ shop: a, quantity: 1, method: "LOCAL_DELIVERY", fee: 6_000 }], {
          desaCode: "",
        }),
      }),
    );
    expect(noDesa.message).toBe("Pilih desa tujuan untuk antar lokal");
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: form([{ shop: a, quantity: 1, method: "LOCAL_DELIVERY", fee: 6_000 }], {
        desaCode: BANYUWANGI_DESA,
      }),
    });
    expect(placed.total).toBe(31_000);
  });
});
