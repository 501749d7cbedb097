/**
 * Personal-data rights against a real database: the export holds everything about one person
 * and nothing about another; erasure takes the person out of every row while the shops keep
 * their orders and ledger, and is all or nothing.
 */
import crypto from "node:crypto";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { login, LOGIN_FAILED, signUp, SignUpSchema } from "~/modules/auth/auth.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { addCashbookEntry } from "~/modules/growth/cashbook.server";
import { addDebt, DebtSchema, recordDebtPayment } from "~/modules/growth/debts.server";
import type { Sender } from "~/modules/notifications/channels.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import { addToCart } from "~/modules/orders/cart.server";
import {
  placeOrder,
  type CheckoutInput,
  type OrderSettings,
} from "~/modules/orders/checkout.server";
import {
  cancelOrderByBuyer,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { getSellerOrder } from "~/modules/orders/order-views.server";
import { reviewOrderItem } from "~/modules/orders/reviews.server";
import { eraseAccount } from "~/modules/privacy/erasure.server";
import {
  personalDataCsvFiles,
  personalDataZip,
  personalDataZipName,
} from "~/modules/privacy/personal-data-files";
import { exportPersonalData } from "~/modules/privacy/export.server";
import { findUserForPrivacyRequest } from "~/modules/privacy/personal-data.server";
import { ERASED_BUYER_TEXT, ERASED_NAME } from "~/modules/privacy/redact";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

const settings: OrderSettings = { feePercent: 2, paymentTtlMs: 3_600_000, stripeEnabled: false };
const PASSWORD = "rahasia123";
const OTHER_DESA = "35.10.15.2005";

let staff: { id: string };
let owner: { id: string };
let shopA: { id: string; variantId: string };
let shopB: { id: string; variantId: string };
const certificateNumber = `PK-2026-${crypto.randomBytes(2).toString("hex").toUpperCase()}-UJI1`;

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

beforeAll(async () => {
  staff = await createUser(db, { name: "Staf Dinas" });
  await db.userRole.create({ data: { userId: staff.id, role: "STAFF", regionCode: "35.10" } });
  owner = await createUser(db, { name: "Pak Darmo" });
  await db.userRole.create({ data: { userId: owner.id, role: "SELLER" } });
  shopA = await shop(
    { ownerId: owner.id, ownerName: "Pak Darmo", legalities: [{ type: "NIB", verified: true }] },
    12_500,
  );
  shopB = await shop({}, 40_000);

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
});

const randomPhone = (prefix: string) => `+62${prefix}${crypto.randomInt(10_000_000, 99_999_999)}`;

function checkout(
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
async function buyerWithHistory(tag: string) {
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
type Buyer = Awaited<ReturnType<typeof buyerWithHistory>>;

// Letters that no id, hash or number is made of, so finding one in a row means the person.
const tag = () => Array.from(crypto.randomBytes(6), (b) => "BCDFGHJKLMNPQRSTVWXZ"[b % 20]).join("");

/** Every way the person's identifiers could have been written down. */
function needles(b: Buyer): string[] {
  const variants = (e164: string) => [e164, `0${e164.slice(3)}`, formatIndonesianPhone(e164)];
  return [
    b.tag,
    b.name,
    b.email,
    b.home,
    b.work,
    ...variants(b.phone),
    ...variants(b.relativePhone),
  ];
}

const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

/** Every row of every table (regions aside) that mentions one of `needles`, by table. */
async function rowsMentioning(search: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (model === "Region") continue;
    const delegate = (db as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[
      model[0]!.toLowerCase() + model.slice(1)
    ]!;
    for (const row of await delegate.findMany()) {
      const text = json(row).toLowerCase();
      const hits = search.filter((n) => text.includes(n.toLowerCase()));
      if (hits.length > 0) (found[model] ??= []).push(`${hits.join(", ")} in ${json(row)}`);
    }
  }
  return found;
}

/** What the person's erasure would touch, to compare before and after a refusal. */
async function snapshot(userId: string) {
  const groups = await db.orderGroup.findMany({
    where: { buyerId: userId },
    orderBy: { code: "asc" },
    include: {
      payments: { include: { events: true } },
      orders: { include: { items: true, statusChanges: true } },
    },
  });
  const orderIds = groups.flatMap((g) => g.orders.map((o) => o.id));
  return json({
    user: await db.user.findUnique({ where: { id: userId }, include: { roles: true } }),
    groups,
    sessions: await db.session.findMany({ where: { userId } }),
    cart: await db.cart.findUnique({ where: { userId }, include: { items: true } }),
    reviews: await db.review.findMany({ where: { buyerId: userId } }),
    notifications: await db.notification.findMany({
      where: { OR: [{ userId }, ...orderIds.map((id) => ({ dedupeKey: { contains: id } }))] },
      include: { deliveries: true },
      orderBy: { id: "asc" },
    }),
    outbox: await db.outboxEvent.findMany({
      where: { OR: orderIds.map((id) => ({ aggregateId: { contains: id } })) },
      orderBy: { id: "asc" },
    }),
  });
}

async function ledgerSum(sellerId: string) {
  const sum = await db.ledgerEntry.aggregate({ where: { sellerId }, _sum: { amount: true } });
  return sum._sum.amount ?? 0;
}

/** The shop's view of its orders: everything but who the buyer was. */
async function shopHistory(orderCodes: string[]) {
  return db.order.findMany({
    where: { code: { in: orderCodes } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      sellerId: true,
      status: true,
      subtotal: true,
      shippingFee: true,
      total: true,
      paidAt: true,
      completedAt: true,
      items: {
        orderBy: { id: "asc" },
        select: {
          productTitle: true,
          variantName: true,
          unitPrice: true,
          quantity: true,
          lineTotal: true,
          review: { select: { rating: true } },
        },
      },
      payments: { select: { method: true, status: true, amount: true } },
      statusChanges: { orderBy: { createdAt: "asc" }, select: { toStatus: true } },
      ledgerEntries: { orderBy: { type: "asc" }, select: { type: true, amount: true } },
    },
  });
}

describe("export", () => {
  let buyer: Buyer;
  let other: Buyer;
  beforeAll(async () => {
    buyer = await buyerWithHistory(tag());
    other = await buyerWithHistory(tag());
  });

  it("holds the account, sessions, orders, addresses, reviews and notifications, and no one else's", async () => {
    const data = await exportPersonalData(db, { userId: buyer.userId });
    expect(data.account).toMatchObject({
      name: buyer.name,
      phone: buyer.phone,
      email: buyer.email,
      locale: "id",
      notifyWhatsapp: true,
      notifyEmail: false,
    });
    expect(data.account.roles.map((r) => r.role)).toEqual(["BUYER"]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ ip: "10.20.30.40" });
    expect(data.sessions[0]!.userAgent).toContain("Android 13");

    expect(data.orders.map((c) => c.groupCode).sort()).toEqual([...buyer.groupCodes].sort());
    const first = data.orders.find((c) => c.orders[0]!.code === buyer.completed[0])!;
    expect(first.recipient).toMatchObject({
      name: buyer.name,
      phone: buyer.phone,
      address: buyer.home,
      desaCode: OTHER_DESA,
    });
    expect(first.orders[0]).toMatchObject({
      status: "COMPLETED",
      shippingMethod: "LOCAL_DELIVERY",
      subtotal: 25_000,
      shippingFee: 5_000,
      total: 30_000,
      items: [{ variant: "250 g", unitPrice: 12_500, quantity: 2, lineTotal: 25_000 }],
      payments: [{ method: "COD", status: "SUCCEEDED", amount: 30_000 }],
    });
    expect(first.orders[0]!.timeline.map((t) => t.status)).toEqual([
      "COD_PENDING",
      "PACKED",
      "SHIPPED",
      "RECEIVED",
      "COMPLETED",
    ]);
    const cancelled = data.orders.flatMap((c) => c.orders).find((o) => o.code === buyer.cancelled)!;
    expect(cancelled).toMatchObject({ status: "CANCELLED", total: 40_000 });
    expect(cancelled.payments).toEqual([expect.objectContaining({ status: "CANCELLED" })]);

    // Two checkouts went home, one to the market: two addresses, the first used twice.
    expect(data.addresses).toHaveLength(2);
    expect(data.addresses.find((a) => a.address === buyer.home)).toMatchObject({
      checkouts: 2,
      phone: buyer.phone,
    });
    expect(data.addresses.find((a) => a.address.startsWith(buyer.work))).toMatchObject({
      checkouts: 1,
      phone: buyer.relativePhone,
    });
    expect(data.reviews).toEqual([
      expect.objectContaining({ rating: 4, orderCode: buyer.completed[0] }),
    ]);
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.notifications.every((n) => n.title.length > 0)).toBe(true);
    expect(data.sellers).toEqual([]);

    const text = json(data);
    for (const n of [other.name, other.phone, other.email, other.home, ...other.groupCodes]) {
      expect(text).not.toContain(n);
    }
  });

  it("gives one CSV per table and a ZIP of data.json with them", async () => {
    const data = await exportPersonalData(db, { userId: buyer.userId });
    const files = personalDataCsvFiles(data);
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "akun.csv",
        "pesanan.csv",
        "item-pesanan.csv",
        "pembayaran.csv",
        "alamat.csv",
        "ulasan.csv",
        "notifikasi.csv",
        "buku-kas.csv",
        "utang-piutang.csv",
        "asesmen-literasi.csv",
        "sertifikat.csv",
      ]),
    );
    const csv = (name: string) => files.find((f) => f.name === name)!.csv;
    // Phone numbers start with "+": kept as text, not read as a formula by a spreadsheet.
    expect(csv("akun.csv")).toContain(`'${buyer.phone}`);
    for (const code of [...buyer.completed, buyer.cancelled])
      expect(csv("pesanan.csv")).toContain(code);
    expect(csv("item-pesanan.csv")).toContain("12500");
    expect(csv("alamat.csv")).toContain(buyer.home);
    // A table with no rows still says what it would hold.
    expect(
      csv("sertifikat.csv")
        .replace(/^\uFEFF/, "")
        .trim(),
    ).toMatch(/^umkm,program,/);

    const zip = unzipSync(personalDataZip(data));
    expect(Object.keys(zip).sort()).toEqual(["data.json", ...files.map((f) => f.name)].sort());
    expect(JSON.parse(strFromU8(zip["data.json"]!))).toEqual(data);
    expect(zip["pesanan.csv"]).toEqual(strToU8(csv("pesanan.csv")));
    expect(personalDataZipName(data)).toMatch(/^data-pribadi-\d{4}-\d{2}-\d{2}\.zip$/);
  });

  it("gives a shop owner their shop's profile, legality, cashbook, assessments and certificates", async () => {
    const data = await exportPersonalData(db, { userId: owner.id });
    expect(data.sellers).toHaveLength(1);
    const [seller] = data.sellers;
    expect(seller).toMatchObject({
      id: shopA.id,
      ownerName: "Pak Darmo",
      bankAccountName: "Pemilik Toko",
    });
    expect(seller!.legalities).toEqual([
      expect.objectContaining({ type: "NIB", status: "VERIFIED" }),
    ]);
    expect(seller!.cashbook).toEqual([
      expect.objectContaining({
        kind: "EXPENSE",
        category: "kemasan",
        amount: 125_000,
        note: "Toples kaca",
      }),
      // The debt payment, as the debt book wrote it.
      expect.objectContaining({
        kind: "INCOME",
        amount: 20_000,
        note: "Pembayaran piutang: Bu Yati",
      }),
    ]);
    expect(seller).toMatchObject({ taxpayerType: "ORANG_PRIBADI", pphFinalSinceYear: null });
    expect(seller!.debts).toEqual([
      expect.objectContaining({
        direction: "RECEIVABLE",
        partyName: "Bu Yati",
        partyPhone: "+6281255550001",
        amount: 60_000,
        paid: 20_000,
        settledAt: null,
        payments: [{ paidOn: "2026-01-19T17:00:00.000Z", amount: 20_000 }],
      }),
    ]);
    expect(seller!.literacyAssessments).toEqual([
      expect.objectContaining({
        totalScore: 71,
        stratum: "SUFFICIENT_LITERATE",
        hasBankAccount: true,
      }),
    ]);
    expect(seller!.training).toEqual([
      expect.objectContaining({
        programme: "Foto Produk dengan HP",
        status: "ATTENDED",
        postScore: 85,
        certificateNumber,
      }),
    ]);
    const files = personalDataCsvFiles(data);
    const csv = (name: string) => files.find((f) => f.name === name)!.csv;
    expect(csv("sertifikat.csv")).toContain(certificateNumber);
    expect(csv("utang-piutang.csv")).toContain("Bu Yati");
    expect(csv("buku-kas.csv")).toContain("125000");
    expect(csv("asesmen-literasi.csv")).toContain("SUFFICIENT_LITERATE");
    // Orders the shop received belong to their buyers, not to the owner's export; nor do the
    // buyers' names in the shop's new-order news.
    expect(data.orders).toEqual([]);
    expect(data.notifications.map((n) => n.body)).toContainEqual(
      expect.stringMatching(/^Pembeli memesan di /),
    );
    for (const n of [buyer.name, buyer.phone, other.name, other.phone]) {
      expect(json(data)).not.toContain(n);
    }
  });

  it("lets staff export for someone else with a reason, audited without the person's details", async () => {
    expect(
      (
        await domainErrorOf(
          exportPersonalData(db, { userId: buyer.userId, actor: { userId: other.userId } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await domainErrorOf(
          exportPersonalData(db, { userId: buyer.userId, actor: { userId: staff.id } }),
        )
      ).code,
    ).toBe("INVALID");
    const before = await db.auditLog.count({ where: { action: "privacy.export" } });
    await exportPersonalData(db, { userId: buyer.userId, actor: { userId: buyer.userId } });
    expect(await db.auditLog.count({ where: { action: "privacy.export" } })).toBe(before);

    const data = await exportPersonalData(db, {
      userId: buyer.userId,
      actor: { userId: staff.id, ip: "10.9.9.9" },
      reason: `Datang ke balai desa, ${buyer.name}, HP ${formatIndonesianPhone(buyer.phone)}`,
    });
    expect(data.account.phone).toBe(buyer.phone);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.export", entityId: buyer.userId },
    });
    expect(entry).toMatchObject({
      actorId: staff.id,
      actorRole: "STAFF",
      entityType: "User",
      ip: "10.9.9.9",
    });
    expect(entry.data).toEqual({ reason: "Datang ke balai desa, [nama], HP [nomor HP]" });
    // The person sees that staff processed a request about them.
    const again = await exportPersonalData(db, { userId: buyer.userId });
    expect(again.privacyRequests).toEqual([
      { action: "privacy.export", at: entry.createdAt.toISOString(), onBehalf: true },
    ]);
  });

  it("finds a person by phone as it is spoken, with what would block an erasure", async () => {
    const national = `0${buyer.phone.slice(3)}`;
    const found = await findUserForPrivacyRequest(db, {
      phone: national.replace(/^(\d{4})(\d{4})/, "$1 $2 "),
    });
    expect(found).toMatchObject({
      id: buyer.userId,
      name: buyer.name,
      roles: ["BUYER"],
      sellers: [],
      blockers: [],
    });
    const ownerFound = await findUserForPrivacyRequest(db, { phone: await ownerPhone() });
    expect(ownerFound!.sellers).toEqual([{ id: shopA.id, businessName: expect.any(String) }]);
    expect(ownerFound!.blockers).toEqual([
      { kind: "seller", names: [ownerFound!.sellers[0]!.businessName] },
    ]);
    expect(await findUserForPrivacyRequest(db, { phone: "0899-0000-0000" })).toBeNull();
    expect((await domainErrorOf(findUserForPrivacyRequest(db, { phone: "12345" }))).code).toBe(
      "INVALID",
    );
  });
});

async function ownerPhone() {
  return (await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { phone: true } }))
    .phone;
}

describe("erasure", () => {
  it("refuses while an order is still open, and changes nothing", async () => {
    const buyer = await buyerWithHistory(tag());
    const open = await placeOrder(db, {
      buyerId: buyer.userId,
      settings,
      checkout: checkout(shopA, 12_500, 1, {
        buyerName: buyer.name,
        buyerPhone: buyer.phone,
        address: buyer.home,
      }),
    });
    const before = await snapshot(buyer.userId);
    const error = await domainErrorOf(
      eraseAccount(db, { userId: buyer.userId, actor: { userId: buyer.userId } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(open.orders[0]!.code);
    expect(error.message).toMatch(/belum selesai/);
    expect(await snapshot(buyer.userId)).toBe(before);
    // The pages show the same reason before anyone tries.
    expect((await findUserForPrivacyRequest(db, { phone: buyer.phone }))!.blockers).toEqual([
      { kind: "orders", count: 1, codes: [open.orders[0]!.code] },
    ]);
  });

  it("is one transaction: a failure at its last write leaves every row as it was", async () => {
    const buyer = await buyerWithHistory(tag());
    const before = await snapshot(buyer.userId);
    const auditsBefore = await db.auditLog.count({ where: { entityId: buyer.userId } });
    // Something already holds the placeholder number the account would get, so the final
    // update of the account fails after everything else was written.
    const squatter = await db.user.create({
      data: { phone: `deleted:${buyer.userId}`, name: "Penghalang" },
    });
    await expect(
      eraseAccount(db, { userId: buyer.userId, actor: { userId: buyer.userId } }),
    ).rejects.toThrow();
    expect(await snapshot(buyer.userId)).toBe(before);
    expect(await db.auditLog.count({ where: { entityId: buyer.userId } })).toBe(auditsBefore);
    await db.user.delete({ where: { id: squatter.id } });
  });

  it("takes the person out of every row, while the shops keep their orders and ledger", async () => {
    const buyer = await buyerWithHistory(tag());
    // A failed sign-in leaves a throttle row keyed by the phone number.
    await domainErrorOf(
      login(db, { phone: buyer.phone, password: "salah-sandi", ip: "10.20.30.41" }),
    );
    const orderCodes = [...buyer.completed, buyer.cancelled];
    const ledgerBefore = [await ledgerSum(shopA.id), await ledgerSum(shopB.id)];
    const historyBefore = await shopHistory(orderCodes);
    const ratingBefore = await db.product.findFirstOrThrow({
      where: { variants: { some: { id: shopA.variantId } } },
      select: { ratingCount: true, ratingSum: true },
    });
    expect(Object.keys(await rowsMentioning(needles(buyer)))).toEqual(
      expect.arrayContaining([
        "User",
        "OrderGroup",
        "Review",
        "Notification",
        "NotificationDelivery",
        "OutboxEvent",
        "PaymentEvent",
        "RateLimiterFlexible",
      ]),
    );

    const result = await eraseAccount(db, {
      userId: buyer.userId,
      actor: { userId: buyer.userId, ip: "10.20.30.40" },
    });
    expect(result.kept).toEqual({ checkouts: 3, orders: 3, reviews: 1 });
    expect(result.removed.sessions).toBe(1);
    expect(result.removed.notifications).toBeGreaterThan(0);

    // Nowhere in the database, in any column of any row.
    expect(await rowsMentioning(needles(buyer))).toEqual({});

    // The shops' records: same orders, items, amounts, statuses, payments, ledger.
    expect(await shopHistory(orderCodes)).toEqual(historyBefore);
    expect([await ledgerSum(shopA.id), await ledgerSum(shopB.id)]).toEqual(ledgerBefore);
    expect(
      await db.product.findFirstOrThrow({
        where: { variants: { some: { id: shopA.variantId } } },
        select: { ratingCount: true, ratingSum: true },
      }),
    ).toEqual(ratingBefore);
    const seen = await getSellerOrder(db, { sellerId: shopA.id, orderCode: buyer.completed[0]! });
    expect(seen).toMatchObject({ status: "COMPLETED", total: 30_000 });
    expect(seen!.buyer).toEqual({ name: ERASED_NAME, phone: "", address: "", desa: null });
    const cancelled = await db.order.findUniqueOrThrow({
      where: { code: buyer.cancelled },
      select: { cancelReason: true },
    });
    expect(cancelled.cancelReason).toBe(ERASED_BUYER_TEXT);

    const user = await db.user.findUniqueOrThrow({
      where: { id: buyer.userId },
      include: { roles: true, sessions: true, cart: true, notifications: true },
    });
    expect(user).toMatchObject({
      name: ERASED_NAME,
      phone: `deleted:${buyer.userId}`,
      email: null,
      passwordHash: null,
      notifyWhatsapp: false,
      notifyEmail: false,
      roles: [],
      sessions: [],
      cart: null,
      notifications: [],
    });
    expect(user.disabledAt).not.toBeNull();

    // Signing in fails like any unknown number; the number starts a new account.
    const refused = await domainErrorOf(
      login(db, { phone: buyer.phone, password: PASSWORD, ip: "10.20.30.42" }),
    );
    expect(refused.message).toBe(LOGIN_FAILED);
    const fresh = await signUp(
      db,
      SignUpSchema.parse({
        name: "Pemilik Baru",
        phone: buyer.phone,
        password: PASSWORD,
        email: buyer.email,
      }),
    );
    expect(fresh.userId).not.toBe(buyer.userId);
    await expect(
      login(db, { phone: buyer.phone, password: PASSWORD, ip: "10.20.30.43" }),
    ).resolves.toMatchObject({ userId: fresh.userId });
    expect(await db.orderGroup.count({ where: { buyerId: fresh.userId } })).toBe(0);

    // The audit entry says it happened; it holds neither the phone nor the person's address.
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erase", entityId: buyer.userId },
    });
    expect(entry).toMatchObject({
      actorId: buyer.userId,
      actorRole: null,
      entityType: "User",
      ip: null,
    });
    expect(entry.data).toMatchObject({ onBehalf: false, kept: result.kept });
    for (const n of needles(buyer)) expect(json(entry)).not.toContain(n);

    expect(
      (
        await domainErrorOf(
          eraseAccount(db, { userId: buyer.userId, actor: { userId: buyer.userId } }),
        )
      ).message,
    ).toMatch(/sudah dihapus/);
  });

  it("refuses shop owners and staff, and lets no one else erase an account", async () => {
    const ownerError = await domainErrorOf(
      eraseAccount(db, { userId: owner.id, actor: { userId: owner.id } }),
    );
    expect(ownerError.code).toBe("CONFLICT");
    expect(ownerError.message).toMatch(/staf dinas kabupaten/);
    const staffError = await domainErrorOf(
      eraseAccount(db, { userId: staff.id, actor: { userId: staff.id } }),
    );
    expect(staffError.code).toBe("CONFLICT");
    expect(staffError.message).toMatch(/peran petugas \(STAFF\)/);

    const someone = await createUser(db, { name: "Bu Tini" });
    const stranger = await createUser(db);
    const forbidden = await domainErrorOf(
      eraseAccount(db, {
        userId: someone.id,
        actor: { userId: stranger.id },
        reason: "iseng saja",
      }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: someone.id } })).name).toBe("Bu Tini");
  });

  it("lets staff erase for someone at the desk, auditing who, from where and why", async () => {
    const person = await createUser(db, { name: "Bu Tarmini Sukowati" });
    await eraseAccount(db, {
      userId: person.id,
      actor: { userId: staff.id, ip: "10.9.9.9" },
      reason: `Bu Tarmini datang ke kantor kecamatan, nomor ${person.phone}`,
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erase", entityId: person.id },
    });
    expect(entry).toMatchObject({ actorId: staff.id, actorRole: "STAFF", ip: "10.9.9.9" });
    expect(entry.data).toMatchObject({
      onBehalf: true,
      reason: "Bu [nama] datang ke kantor kecamatan, nomor [nomor HP]",
    });
    expect(json(entry)).not.toContain(person.phone);
  });
});
