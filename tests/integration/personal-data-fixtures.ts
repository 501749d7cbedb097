/**
 * What the personal-data tests share: two shops (one owned, with growth records and a training
 * certificate) and buyers with a full history at them, every identifier tagged so that finding
 * it in a row means the person.
 */
import crypto from "node:crypto";
import { login, signUp, SignUpSchema } from "~/modules/auth/auth.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { addCashbookEntry } from "~/modules/growth/cashbook.server";
import { addDebt, DebtSchema, recordDebtPayment } from "~/modules/growth/debts.server";
import type { Sender } from "~/modules/notifications/channels.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import { addToCart } from "~/modules/orders/cart.server";
import type { CheckoutInput } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import {
  cancelOrderByBuyer,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { reviewOrderItem } from "~/modules/orders/reviews.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

export const settings: OrderSettings = {
  feePercent: 2,
  paymentTtlMs: 3_600_000,
  stripeEnabled: false,
};
export const PASSWORD = "rahasia123";
export const OTHER_DESA = "35.10.15.2005";

// WhatsApp is outside our control: a sender that accepts every message stands in for it.
const whatsapp: Sender = { send: async () => ({ providerRef: `wamid.${crypto.randomUUID()}` }) };
async function drainNotifications() {
  const senders = { WHATSAPP: whatsapp };
  while ((await processNotificationOutbox(db, { workerId: "privacy-test", senders })) > 0);
}

async function shop(data: Parameters<typeof createSeller>[1], price: number) {
  const seller = await createSeller(db, {
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Pemilik Toko",
    localDeliveryFee: 5_000,
    ...data,
  });
  const categoryId = (await createCategory(db)).id;
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [{ name: "250 g", price, stock: 1_000 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({
    where: { productId: product.id },
    select: { id: true },
  });
  return { id: seller.id, variantId: variant.id };
}

export interface PrivacyShops {
  staff: { id: string };
  owner: { id: string };
  shopA: { id: string; variantId: string };
  shopB: { id: string; variantId: string };
  /** The certificate of the owner's shop A. */
  certificateNumber: string;
}

/**
 * A regency staff member; shop A, owned by Pak Darmo, with a verified NIB, a cashbook entry, a
 * debt partly paid, a literacy assessment and a training certificate; shop B, with no owner.
 */
export async function setUpShops(): Promise<PrivacyShops> {
  const certificateNumber = `PK-2026-${crypto.randomBytes(2).toString("hex").toUpperCase()}-UJI1`;
  const staff = await createUser(db, { name: "Staf Dinas" });
  await db.userRole.create({ data: { userId: staff.id, role: "STAFF", regionCode: "35.10" } });
  const owner = await createUser(db, { name: "Pak Darmo" });
  await db.userRole.create({ data: { userId: owner.id, role: "SELLER" } });
  const shopA = await shop(
    { ownerId: owner.id, ownerName: "Pak Darmo", legalities: [{ type: "NIB", verified: true }] },
    12_500,
  );
  const shopB = await shop({}, 40_000);

  // The owner's growth records: a cashbook entry, a literacy assessment and a certificate.
  await addCashbookEntry(db, {
    sellerId: shopA.id,
    recordedById: owner.id,
    data: {
      kind: "EXPENSE",
      category: "kemasan",
      amount: 125_000,
      occurredOn: "2026-01-15",
      note: "Toples kaca",
    },
  });
  const tab = await addDebt(db, {
    sellerId: shopA.id,
    recordedById: owner.id,
    data: DebtSchema.parse({
      direction: "RECEIVABLE",
      partyName: "Bu Yati",
      partyPhone: "0812-5555-0001",
      category: "penjualan",
      amount: 60_000,
      incurredOn: "2026-01-10",
    }),
  });
  await recordDebtPayment(db, {
    sellerId: shopA.id,
    recordedById: owner.id,
    data: { debtId: tab.id, amount: 20_000, paidOn: "2026-01-20" },
  });
  await db.literacyAssessment.create({
    data: {
      sellerId: shopA.id,
      instrumentVersion: "ojk-2024",
      answers: { k1: 2 },
      knowledgeScore: 70,
      skillScore: 60,
      confidenceScore: 80,
      attitudeScore: 75,
      behaviourScore: 65,
      totalScore: 71,
      stratum: "SUFFICIENT_LITERATE",
      hasBankAccount: true,
      usesEwallet: true,
      hasSavings: false,
      hasCredit: false,
      hasKur: false,
      hasInsurance: false,
      assessedAt: new Date("2026-02-01T03:00:00Z"),
    },
  });
  const programme = await db.trainingProgramme.create({
    data: {
      title: "Foto Produk dengan HP",
      topic: "PRODUCT_PHOTO",
      organiser: "Dinas Koperasi dan UMKM",
      createdById: staff.id,
    },
  });
  const session = await db.trainingSession.create({
    data: {
      programmeId: programme.id,
      startsAt: new Date("2026-02-10T02:00:00Z"),
      desaCode: "35.10.15.2004",
      venue: "Balai Desa Kemiren",
      trainer: "Bu Ratna",
      capacity: 30,
    },
  });
  await db.trainingAttendance.create({
    data: {
      sessionId: session.id,
      sellerId: shopA.id,
      status: "ATTENDED",
      preScore: 40,
      postScore: 85,
      certificateNumber,
      certificateIssuedAt: new Date("2026-02-10T06:00:00Z"),
    },
  });
  return { staff, owner, shopA, shopB, certificateNumber };
}

const randomPhone = (prefix: string) => `+62${prefix}${crypto.randomInt(10_000_000, 99_999_999)}`;

export function checkout(
  sellerShop: { id: string; variantId: string },
  price: number,
  quantity: number,
  extra: Partial<CheckoutInput>,
): CheckoutInput {
  return {
    buyerName: "",
    buyerPhone: "",
    address: "",
    paymentMethod: "COD",
    lines: [{ variantId: sellerShop.variantId, quantity }],
    shipping: [{ sellerId: sellerShop.id, method: "PICKUP_SELLER" }],
    expectedSubtotal: price * quantity,
    ...extra,
  };
}

/**
 * A buyer who signed up, signed in, bought twice at shop A (delivered to the same address,
 * completed, one item reviewed), cancelled a transfer order at shop B (sent to a relative's
 * number and another address), left something in the cart and opted into WhatsApp.
 */
export async function buyerWithHistory(
  shops: Pick<PrivacyShops, "owner" | "shopA" | "shopB">,
  tag: string,
) {
  const { owner, shopA, shopB } = shops;
  const name = `Sulastri Wahyuningsih ${tag}`;
  const phone = randomPhone("813");
  const relativePhone = randomPhone("857");
  const email = `sulastri.${tag.toLowerCase()}@contoh.id`;
  const home = `Dusun Krajan RT 01 RW 02, rumah Bu Sulastri ${tag}`;
  const work = `Pasar Genteng los 14, titip ke Mbak ${tag}`;
  const { userId } = await signUp(
    db,
    SignUpSchema.parse({ name, phone, password: PASSWORD, email }),
  );
  await db.user.update({ where: { id: userId }, data: { notifyWhatsapp: true } });
  await login(db, {
    phone,
    password: PASSWORD,
    ip: "10.20.30.40",
    userAgent: `Mozilla/5.0 (Linux; Android 13) uji-${tag}`,
  });

  const completed: string[] = [];
  for (let i = 0; i < 2; i++) {
    const placed = await placeOrder(db, {
      buyerId: userId,
      settings,
      checkout: checkout(shopA, 12_500, 2 + i, {
        buyerName: name,
        buyerPhone: phone,
        address: home,
        desaCode: OTHER_DESA,
        shipping: [{ sellerId: shopA.id, method: "LOCAL_DELIVERY" }],
      }),
    });
    const code = placed.orders[0]!.code;
    await packOrder(db, { sellerId: shopA.id, orderCode: code, actorId: owner.id });
    await shipOrder(db, { sellerId: shopA.id, orderCode: code, actorId: owner.id });
    await confirmReceipt(db, { buyerId: userId, orderCode: code, feePercent: settings.feePercent });
    completed.push(code);
  }
  const item = await db.orderItem.findFirstOrThrow({
    where: { order: { code: completed[0] } },
    select: { id: true },
  });
  await reviewOrderItem(db, {
    buyerId: userId,
    orderItemId: item.id,
    rating: 4,
    body: `Enak, dikirim ke rumah Sulastri ${tag}`,
  });
  const transfer = await placeOrder(db, {
    buyerId: userId,
    settings,
    checkout: checkout(shopB, 40_000, 1, {
      buyerName: `Mbak ${tag}`,
      buyerPhone: relativePhone,
      address: work,
      note: `Telepon ${formatIndonesianPhone(relativePhone)} kalau sudah sampai`,
      paymentMethod: "BANK_TRANSFER",
    }),
  });
  const cancelled = transfer.orders[0]!.code;
  await cancelOrderByBuyer(db, {
    buyerId: userId,
    orderCode: cancelled,
    reason: `Salah pilih, maaf dari Sulastri ${tag}`,
  });
  // A card callback as the webhook stores it: Stripe sends the payer's details along.
  const payment = await db.payment.findFirstOrThrow({
    where: { order: { code: completed[1] } },
    select: { id: true },
  });
  await db.paymentEvent.create({
    data: {
      provider: "stripe",
      eventId: `evt_${crypto.randomUUID()}`,
      type: "checkout.session.completed",
      paymentId: payment.id,
      payload: {
        id: "evt_uji",
        object: "event",
        type: "checkout.session.completed",
        data: {
          object: {
            id: "cs_test_uji",
            object: "checkout.session",
            payment_status: "paid",
            amount_total: 3_750_000,
            currency: "idr",
            customer_details: { name, email, phone, address: { line1: home } },
          },
        },
      },
    },
  });
  await addToCart(db, { owner: { userId }, variantId: shopB.variantId, quantity: 1 });
  await drainNotifications();
  return {
    tag,
    userId,
    name,
    phone,
    relativePhone,
    email,
    home,
    work,
    completed,
    cancelled,
    groupCodes: (
      await db.orderGroup.findMany({ where: { buyerId: userId }, select: { code: true } })
    ).map((g) => g.code),
  };
}
export type Buyer = Awaited<ReturnType<typeof buyerWithHistory>>;

// Letters that no id, hash or number is made of, so finding one in a row means the person.
export const tag = () =>
  Array.from(crypto.randomBytes(6), (b) => "BCDFGHJKLMNPQRSTVWXZ"[b % 20]).join("");

export const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
