/**
 * What the shipment tests share: Biteship played by the local stand-in (tests/standins/biteship.ts,
 * set in the environment before anything reads it), a shop in Kecamatan Genteng with one 800 g
 * product, courier orders to Surabaya, the seller's ledger, and webhooks through the real route.
 */
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { CheckoutSchema } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import { quoteDeliveries } from "~/modules/shipping/checkout-quotes.server";
import { BITESHIP_WEBHOOK_HEADER } from "~/modules/shipping/biteship/webhook.server";
import { db } from "~/utils/db.server";
import {
  createCategory,
  createProduct,
  createSeller,
  createTariff,
  createUser,
} from "../factories";
import { startBiteshipStandIn } from "../standins/biteship";
import { postWebhook } from "./route-fixtures";

// Before anything reads the environment: Biteship is on, and its API is the stand-in.
export const standIn = await startBiteshipStandIn();
export const SECRET = "rahasia-webhook-biteship-uji-123";
process.env.BITESHIP_API_KEY = standIn.apiKey;
process.env.BITESHIP_API_BASE = standIn.url;
process.env.BITESHIP_WEBHOOK_SECRET = SECRET;
process.env.BITESHIP_TIMEOUT_MS = "2000";

afterAll(() => standIn.close());
afterEach(() => {
  // Every request the app sent has the shape Biteship documents.
  expect(standIn.rejected.splice(0)).toEqual([]);
});

export const settings: OrderSettings = {
  feePercent: 0,
  paymentTtlMs: 3_600_000,
  stripeEnabled: false,
};
/** Desa Ketabang, Kota Surabaya. */
export const SURABAYA = "35.78.07.1004";
export const ORIGIN = "35.10.15";
export const DAY_MS = 86_400_000;

let categoryId: string;
beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
  await db.shippingTariff.deleteMany({ where: { originKecamatanCode: ORIGIN } });
  await createTariff(db, { originKecamatanCode: ORIGIN });
});

/** A shop in Kecamatan 35.10.15 (taking bank transfers) with one 800 g product at Rp25.000. */
export async function shop(postalCode: string | null) {
  const owner = await createUser(db);
  const seller = await createSeller(db, {
    ownerId: owner.id,
    postalCode,
    address: "Dusun Krajan RT 02 RW 01",
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Pemilik Uji",
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [{ price: 25_000, stock: 20, weightGrams: 800 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { seller, owner, variant };
}

/**
 * A checkout of two of the shop's products to Surabaya, with the courier choice quoted: cash on
 * delivery unless a bank transfer is asked for.
 */
export async function courierOrder(
  s: Awaited<ReturnType<typeof shop>>,
  options: { postalCode?: string; paymentMethod?: "COD" | "BANK_TRANSFER"; service?: string } = {},
) {
  const { postalCode, paymentMethod = "COD" } = options;
  const buyer = await createUser(db);
  const lines = [{ variantId: s.variant.id, quantity: 2 }];
  const quoted = await quoteDeliveries(db, {
    lines,
    destinationDesaCode: SURABAYA,
    destinationPostalCode: postalCode,
  });
  const courier = quoted
    .get(s.seller.id)!
    .options.find(
      (o) => o.method === "COURIER" && (!options.service || o.service === options.service),
    )!;
  const placed = await placeOrder(db, {
    buyerId: buyer.id,
    settings,
    checkout: CheckoutSchema.parse({
      buyerName: "Bu Rina",
      buyerPhone: "0812 9999 0002",
      address: "Jl. Ketabang Kali 12, dekat balai RW",
      desaCode: SURABAYA,
      ...(postalCode ? { postalCode } : {}),
      paymentMethod,
      expectedSubtotal: "50000",
      lines: [{ variantId: s.variant.id, quantity: "2" }],
      shipping: [{ sellerId: s.seller.id, method: `${courier.choice}=${courier.fee}` }],
    }),
  });
  const order = await db.order.findFirstOrThrow({ where: { groupId: placed.groupId } });
  const command = { sellerId: s.seller.id, orderCode: order.code, actorId: s.owner.id };
  return { buyer, order, courier, command };
}

/** A COD courier order (the common case). */
export function codOrder(s: Awaited<ReturnType<typeof shop>>, postalCode?: string) {
  return courierOrder(s, { postalCode });
}

export async function ledger(orderId: string) {
  const entries = await db.ledgerEntry.findMany({ where: { orderId } });
  return entries
    .map((e) => [e.type, e.amount])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

export async function deliver(body: unknown, secret: string | null = SECRET) {
  const { action } = await import("~/routes/webhooks.biteship");
  return postWebhook(action, "http://localhost/webhooks/biteship", body, {
    "content-type": "application/json",
    ...(secret === null ? {} : { [BITESHIP_WEBHOOK_HEADER]: secret }),
  });
}
