/**
 * Notifications and order deadlines against a real database, a real SMTP server in this process
 * and a local stand-in for the WhatsApp Cloud API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setChannelSettings } from "~/modules/notifications/channels.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import {
  listNotifications,
  markAllNotificationsRead,
  openNotification,
  unreadNotificationCount,
} from "~/modules/notifications/inbox.server";
import { notify } from "~/modules/notifications/notify.server";
import {
  placeOrder,
  type CheckoutInput,
  type OrderSettings,
} from "~/modules/orders/checkout.server";
import {
  runOrderDeadlines,
  sendTrainingReminders,
  sendVerificationDigest,
} from "~/modules/orders/deadlines.server";
import { recordPayout } from "~/modules/ledger/ledger.server";
import { decideSellerVerification } from "~/modules/sellers/verification.server";
import {
  confirmPayment,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { attachPaymentProof } from "~/modules/orders/payment-proof.server";
import { reviewOrderItem } from "~/modules/orders/reviews.server";
import { retryDeadOutbox } from "~/modules/outbox/outbox.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { startSmtpStandIn, type SmtpStandIn } from "../standins/smtp";
import { startWhatsappStandIn, type WhatsappStandIn } from "../standins/whatsapp";

const HOUR = 3_600_000;
const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 24 * HOUR, stripeEnabled: false };

let smtp: SmtpStandIn;
let whatsapp: WhatsappStandIn;
let categoryId: string;

beforeAll(async () => {
  [smtp, whatsapp] = await Promise.all([startSmtpStandIn(), startWhatsappStandIn()]);
  setChannelSettings({
    whatsapp: {
      apiUrl: whatsapp.url,
      phoneNumberId: whatsapp.phoneNumberId,
      accessToken: whatsapp.token,
      messagesPerSecond: 500,
    },
    email: { smtpUrl: smtp.url, from: "Pasar Kampung <no-reply@pasar.test>" },
    publicUrl: "https://pasar.test",
    timeoutMs: 1_000,
  });
  categoryId = (await createCategory(db)).id;
});

afterAll(async () => {
  setChannelSettings(null);
  await Promise.all([smtp.close(), whatsapp.close()]);
});

beforeEach(() => {
  smtp.received.length = 0;
  whatsapp.received.length = 0;
});

/** Sends everything due, as the worker does, until nothing is left. */
async function drain(workerId = "test"): Promise<number> {
  let total = 0;
  for (let n = await processNotificationOutbox(db, { workerId }); n > 0;) {
    total += n;
    n = await processNotificationOutbox(db, { workerId });
  }
  return total;
}

/** Notifications are written by the worker after the commit: let it run, then count. */
async function notificationCount(args: Parameters<typeof db.notification.count>[0]) {
  await drain();
  return db.notification.count(args);
}

async function shop(opts: { stock?: number; price?: number } = {}) {
  const desaCode = "35.10.15.2004";
  const owner = await createUser(db, {
    name: "Mbok Sum",
    email: `owner-${crypto.randomUUID()}@pasar.test`,
    notifyEmail: true,
    notifyWhatsapp: true,
  });
  const operator = await createUser(db, { name: "Pak Operator" });
  await db.userRole.create({
    data: { userId: operator.id, role: "OPERATOR", regionCode: desaCode },
  });
  const seller = await createSeller(db, {
    ownerId: owner.id,
    desaCode,
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Mbok Sum",
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    title: "Kopi Osing Bubuk",
    variants: [{ name: "250 g", price: opts.price ?? 35_000, stock: opts.stock ?? 10 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { owner, operator, seller, product, variant, price: opts.price ?? 35_000 };
}

function order(
  s: Awaited<ReturnType<typeof shop>>,
  quantity: number,
  paymentMethod: CheckoutInput["paymentMethod"] = "COD",
): CheckoutInput {
  return {
    buyerName: "Bu Siti",
    buyerPhone: "+6281299990001",
    address: "Dusun Krajan RT 01 RW 02, dekat masjid",
    paymentMethod,
    lines: [{ variantId: s.variant.id, quantity }],
    shipping: [{ sellerId: s.seller.id, method: "PICKUP_SELLER" }],
    expectedSubtotal: s.price * quantity,
  };
}

async function buyer() {
  return createUser(db, { name: "Bu Siti", notifyWhatsapp: true });
}

describe("a checkout notifies the shop", () => {
  it("writes in-app rows for the owner and the desa operator and sends email and WhatsApp", async () => {
    const s = await shop();
    const b = await buyer();
    const placed = await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 2) });
    const code = placed.orders[0]!.code;

    const rows = () =>
      db.notification.findMany({
        where: { kind: "seller.orderNew", userId: { in: [s.owner.id, s.operator.id] } },
        select: { userId: true, link: true, deliveries: { select: { channel: true } } },
      });
    await drain();
    const written = await rows();
    expect(written.map((r) => r.userId).sort()).toEqual([s.owner.id, s.operator.id].sort());
    expect(written[0]!.link).toBe(`/kelola/${s.seller.id}/pesanan/${code}`);
    // The buyer placed it and is not told of it as a shop would be.
    expect(await notificationCount({ where: { userId: b.id } })).toBe(0);

    await drain();
    // The owner opted into both channels; the operator into none.
    const delivered = await rows();
    const owner = delivered.find((r) => r.userId === s.owner.id)!;
    expect(owner.deliveries.map((d) => d.channel).sort()).toEqual(["EMAIL", "WHATSAPP"]);
    expect(delivered.find((r) => r.userId === s.operator.id)!.deliveries).toEqual([]);
    const mail = smtp.received.find((m) => m.to.includes(s.owner.email!));
    expect(mail?.subject).toBe(`Pesanan baru ${code}`);
    expect(mail?.text).toContain("Rp70.000");
    expect(mail?.text).toContain(`https://pasar.test/kelola/${s.seller.id}/pesanan/${code}`);

    const wa = whatsapp.received.filter((m) => m.to === s.owner.phone.replace("+", ""));
    expect(wa).toHaveLength(1);
    expect(wa[0]!.template.name).toBe("pk_pesanan_baru");
    expect(wa[0]!.template.language.code).toBe("id");
    expect(wa[0]!.template.components![0]!.parameters.map((p) => p.text)).toEqual([
      code,
      "Bu Siti",
      "Rp70.000",
      s.seller.businessName,
    ]);
    expect(whatsapp.rejected).toEqual([]);
    const sent = await db.notificationDelivery.findMany({
      where: { notification: { userId: s.owner.id } },
      select: { status: true, providerRef: true },
    });
    expect(sent.every((d) => d.status === "SENT")).toBe(true);
    expect(sent.some((d) => d.providerRef?.startsWith("wamid."))).toBe(true);
  });

  it("tells the shop when a sale empties a variant or brings it down to the low-stock line", async () => {
    const s = await shop({ stock: 5 });
    const b = await buyer();
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 2) });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.stockLow" } }),
    ).toBe(1);
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 3) });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.stockOut" } }),
    ).toBe(1);
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.stockLow" } }),
    ).toBe(1);
  });

  it("renders in the recipient's language", async () => {
    const s = await shop();
    await db.user.update({ where: { id: s.owner.id }, data: { locale: "en" } });
    const b = await buyer();
    const placed = await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1) });
    await drain();
    const mail = smtp.received.find((m) => m.to.includes(s.owner.email!));
    expect(mail?.subject).toBe(`New order ${placed.orders[0]!.code}`);
    const wa = whatsapp.received.find((m) => m.to === s.owner.phone.replace("+", ""));
    expect(wa?.template.language.code).toBe("en");
    const inbox = await listNotifications(db, { userId: s.owner.id, locale: "en" });
    expect(inbox[0]!.items[0]!.title).toBe(`New order ${placed.orders[0]!.code}`);
  });
});

describe("exactly one message per event, recipient and channel", () => {
  it("writes one notification and sends one message for an event replayed 10 times, with two workers", async () => {
    const user = await createUser(db, {
      email: `replay-${crypto.randomUUID()}@pasar.test`,
      notifyEmail: true,
      notifyWhatsapp: true,
    });
    const input = {
      kind: "buyer.orderPacked" as const,
      to: { users: [user.id] },
      params: { code: "PK-REPLAY-1", shop: "Toko Uji" },
      link: "/pesanan/PK-REPLAY",
      key: `buyer.orderPacked:replay-${user.id}`,
    };
    await Promise.all(
      Array.from({ length: 10 }, () => db.$transaction((tx) => notify(tx, [input]))),
    );
    await Promise.all([drain("worker-a"), drain("worker-b")]);
    expect(smtp.received.filter((m) => m.to.includes(user.email!))).toHaveLength(1);
    expect(whatsapp.received.filter((m) => m.to === user.phone.replace("+", ""))).toHaveLength(1);
    expect(await notificationCount({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the worker's side", () => {
  it("writes the notifications of a large event in one go", async () => {
    const users = await Promise.all(Array.from({ length: 120 }, () => createUser(db)));
    await notify(
      db,
      users.map((u, i) => ({
        kind: "buyer.orderPacked" as const,
        to: { users: [u.id] },
        params: { code: `PK-BIG-${i}`, shop: "Toko Uji" },
        link: "/pesanan/PK-BIG",
        key: `buyer.orderPacked:big-${i}`,
      })),
    );
    expect(await notificationCount({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(
      120,
    );
  });

  it("parks an event it cannot read as a dead letter", async () => {
    const event = await db.outboxEvent.create({
      data: { topic: "notify", aggregateId: "broken", payload: { items: "nonsense" } },
    });
    await drain();
    const after = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.status).toBe("DEAD");
    expect(after.lastError).toMatch(/Unreadable/);
  });
});

describe("provider failures", () => {
  async function oneWhatsapp() {
    const user = await createUser(db, { notifyWhatsapp: true });
    await notify(
      db,
      [
        {
          kind: "test",
          to: { users: [user.id] },
          params: { channel: "WhatsApp" },
          link: "/akun",
          key: `test:${user.id}`,
        },
      ],
      new Date(),
      { channels: ["WHATSAPP"] },
    );
    // The first round turns the batch into its delivery; sending is the next.
    await processNotificationOutbox(db, { workerId: "w" });
    return db.notificationDelivery.findFirstOrThrow({
      where: { notification: { userId: user.id } },
      select: { id: true },
    });
  }

  it("marks a refused request (4xx) failed with the provider's reason and parks it as a dead letter", async () => {
    const delivery = await oneWhatsapp();
    whatsapp.failNext({ status: 400, code: 132001, message: "Template name does not exist" });
    await processNotificationOutbox(db, { workerId: "w" });
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/400 \(132001\): Template name does not exist/);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: delivery.id } });
    expect(event.status).toBe("DEAD");
    expect(event.lastError).toMatch(/Template name does not exist/);
  });

  it("sends a refused message again when an admin retries its dead letter", async () => {
    const delivery = await oneWhatsapp();
    whatsapp.failNext({ status: 400, code: 132001, message: "Template name does not exist" });
    await processNotificationOutbox(db, { workerId: "w" });
    const event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: delivery.id } });
    expect(event.status).toBe("DEAD");
    const admin = await createUser(db);
    expect(await retryDeadOutbox(db, { ids: [event.id], actorId: admin.id })).toBe(1);
    const before = whatsapp.received.length;
    await drain();
    expect(whatsapp.received.length).toBe(before + 1);
    const row = await db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(row.status).toBe("SENT");
    // Draining again sends nothing more.
    await drain();
    expect(whatsapp.received.length).toBe(before + 1);
  });

  it("retries a server error or a rate limit later, then sends once", async () => {
    const delivery = await oneWhatsapp();
    whatsapp.failNext({ status: 503 });
    await processNotificationOutbox(db, { workerId: "w" });
    let event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: delivery.id } });
    expect(event.status).toBe("PENDING");
    expect(event.attempts).toBe(1);
    expect(
      (await db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status,
    ).toBe("PENDING");
    whatsapp.failNext({ status: 400, code: 130429, message: "Rate limit hit" });
    await db.outboxEvent.update({ where: { id: event.id }, data: { availableAt: new Date() } });
    await processNotificationOutbox(db, { workerId: "w" });
    event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: delivery.id } });
    expect(event.status).toBe("PENDING");
    await db.outboxEvent.update({ where: { id: event.id }, data: { availableAt: new Date() } });
    await processNotificationOutbox(db, { workerId: "w" });
    expect(
      (await db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status,
    ).toBe("SENT");
  });

  it("gives up on a provider that does not answer in time, without blocking anything", async () => {
    const delivery = await oneWhatsapp();
    whatsapp.failNext({ hangMs: 2_000 });
    const started = Date.now();
    await processNotificationOutbox(db, { workerId: "w" });
    expect(Date.now() - started).toBeLessThan(1_900);
    const event = await db.outboxEvent.findFirstOrThrow({ where: { aggregateId: delivery.id } });
    expect(event.status).toBe("PENDING");
    expect(event.lastError).toMatch(/unreachable/);
  });

  it("skips a message whose recipient opted out after it was written", async () => {
    const delivery = await oneWhatsapp();
    const row = await db.notificationDelivery.findUniqueOrThrow({
      where: { id: delivery.id },
      select: { notification: { select: { userId: true } } },
    });
    await db.user.update({
      where: { id: row.notification.userId },
      data: { notifyWhatsapp: false },
    });
    const before = whatsapp.received.length;
    await processNotificationOutbox(db, { workerId: "w" });
    expect(whatsapp.received.length).toBe(before);
    expect(
      (await db.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status,
    ).toBe("SKIPPED");
  });

  it("writes no outside delivery for a user who did not opt in", async () => {
    const s = await shop();
    await db.user.update({
      where: { id: s.owner.id },
      data: { notifyEmail: false, notifyWhatsapp: false },
    });
    const b = await buyer();
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1) });
    expect(await notificationCount({ where: { userId: s.owner.id } })).toBe(1);
    await drain();
    expect(
      await db.notificationDelivery.count({ where: { notification: { userId: s.owner.id } } }),
    ).toBe(0);
  });
});

describe("order notifications follow the status", () => {
  it("tells the buyer of payment, packing and shipping (with the tracking number), not the actor", async () => {
    const s = await shop();
    const b = await buyer();
    const placed = await placeOrder(db, {
      buyerId: b.id,
      settings,
      checkout: order(s, 1, "BANK_TRANSFER"),
    });
    const code = placed.orders[0]!.code;
    await attachPaymentProof(db, {
      buyerId: b.id,
      orderCode: code,
      proofImageKey: "proofs/x.webp",
    });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.paymentProof" } }),
    ).toBe(1);
    await confirmPayment(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await packOrder(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await shipOrder(db, {
      sellerId: s.seller.id,
      orderCode: code,
      actorId: s.owner.id,
      trackingNumber: "JNE123456",
    });
    await drain();
    const kinds = (
      await db.notification.findMany({ where: { userId: b.id }, select: { kind: true } })
    )
      .map((n) => n.kind)
      .sort();
    expect(kinds).toEqual(["buyer.orderPacked", "buyer.orderPaid", "buyer.orderShipped"]);
    // The owner confirmed the payment: the operator hears of it, the owner does not.
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.orderPaid" } }),
    ).toBe(0);
    expect(
      await notificationCount({ where: { userId: s.operator.id, kind: "seller.orderPaid" } }),
    ).toBe(1);
    await drain();
    const shipped = whatsapp.received.find((m) => m.template.name === "pk_pesanan_dikirim");
    expect(shipped?.template.components![0]!.parameters.map((p) => p.text)).toContain(
      "Resi: JNE123456",
    );
  });

  it("counts unread, opens one (marking it read) and marks all read, only for their owner", async () => {
    const s = await shop();
    const b = await buyer();
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1) });
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1) });
    await drain();
    expect(await unreadNotificationCount(db, s.owner.id)).toBe(2);
    const [first] = (await listNotifications(db, { userId: s.owner.id, locale: "id" }))[0]!.items;
    expect(await openNotification(db, { userId: b.id, id: first!.id })).toBeNull();
    expect(await openNotification(db, { userId: s.owner.id, id: first!.id })).toBe(first!.link);
    expect(await unreadNotificationCount(db, s.owner.id)).toBe(1);
    expect(await markAllNotificationsRead(db, { userId: s.owner.id })).toBe(1);
    expect(await unreadNotificationCount(db, s.owner.id)).toBe(0);
  });
});

describe("what else the shop and staff hear of", () => {
  it("a verification decision, a payout and a review, each once, never by the person who acted", async () => {
    const s = await shop();
    const staff = await createUser(db);
    await decideSellerVerification(db, {
      sellerId: s.seller.id,
      outcome: "SUSPENDED",
      reason: "Foto produk tidak sesuai",
      decidedById: staff.id,
      decidedByRole: "STAFF",
    });
    await db.ledgerEntry.create({
      data: { sellerId: s.seller.id, type: "SALE", amount: 50_000, description: "Uji" },
    });
    await recordPayout(db, {
      sellerId: s.seller.id,
      actorId: staff.id,
      actorRole: "STAFF",
      data: { amount: 40_000, reference: "TRF-123", paidOn: "2026-12-01" },
    });
    await drain();
    const owner = await listNotifications(db, { userId: s.owner.id, locale: "id" });
    const titles = owner.flatMap((d) => d.items.map((i) => i.title));
    expect(titles).toContain(`Verifikasi ${s.seller.businessName}: ditangguhkan / suspended`);
    expect(titles).toContain("Dana Rp40.000 dicairkan");
    expect(await notificationCount({ where: { userId: staff.id } })).toBe(0);

    // A completed order's review tells the shop.
    await decideSellerVerification(db, {
      sellerId: s.seller.id,
      outcome: "REINSTATED",
      reason: "Sudah diperbaiki",
      decidedById: staff.id,
      decidedByRole: "STAFF",
    });
    const b = await buyer();
    const placed = await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1) });
    const code = placed.orders[0]!.code;
    await packOrder(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await shipOrder(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await confirmReceipt(db, { buyerId: b.id, orderCode: code, feePercent: 0 });
    const item = await db.orderItem.findFirstOrThrow({ where: { order: { code } } });
    await reviewOrderItem(db, { buyerId: b.id, orderItemId: item.id, rating: 5, body: "Mantap" });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.reviewReceived" } }),
    ).toBe(1);
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.orderCompleted" } })).toBe(
      0,
    );
  });

  it("reminds registered shops the day before a training", async () => {
    const s = await shop();
    const staff = await createUser(db);
    const programme = await db.trainingProgramme.create({
      data: {
        title: "Foto Produk",
        topic: "PRODUCT_PHOTO",
        organiser: "Dinas",
        createdById: staff.id,
      },
    });
    // Tomorrow 09:00 in Jakarta, seen from 20:00 today.
    const now = new Date("2026-12-04T13:00:00.000Z");
    const session = await db.trainingSession.create({
      data: {
        programmeId: programme.id,
        startsAt: new Date("2026-12-05T02:00:00.000Z"),
        desaCode: "35.10.15.2004",
        venue: "Balai Desa Kemiren",
        trainer: "Bu Rina",
        capacity: 20,
      },
    });
    await db.trainingAttendance.create({ data: { sessionId: session.id, sellerId: s.seller.id } });
    await sendTrainingReminders(db, { now });
    await sendTrainingReminders(db, { now: new Date(now.getTime() + HOUR) });
    await drain();
    const [day] = await listNotifications(db, { userId: s.owner.id, locale: "id" });
    expect(day!.items.filter((i) => i.title === "Besok: Foto Produk")).toHaveLength(1);
    expect(day!.items.find((i) => i.title === "Besok: Foto Produk")!.body).toBe(
      "Pelatihan mulai 5 Des 2026, 09.00 di Balai Desa Kemiren.",
    );
  });

  it("sends staff one digest a day, from 07:00 Jakarta, while UMKM wait", async () => {
    const staff = await createUser(db);
    await db.userRole.create({ data: { userId: staff.id, role: "STAFF", regionCode: "35.10" } });
    await createSeller(db, { verificationStatus: "PENDING" });
    const early = new Date("2026-12-10T23:30:00.000Z"); // 06:30 in Jakarta
    expect(await sendVerificationDigest(db, { now: early })).toBe(0);
    await sendVerificationDigest(db, { now: new Date("2026-12-11T01:00:00.000Z") });
    await sendVerificationDigest(db, { now: new Date("2026-12-11T05:00:00.000Z") });
    expect(
      await notificationCount({ where: { userId: staff.id, kind: "staff.verificationDigest" } }),
    ).toBe(1);
    await sendVerificationDigest(db, { now: new Date("2026-12-12T01:00:00.000Z") });
    expect(
      await notificationCount({ where: { userId: staff.id, kind: "staff.verificationDigest" } }),
    ).toBe(2);
  });
});

describe("deadlines with a moved clock", () => {
  it("cancels a COD order not packed within ORDER_PACK_HOURS, returns the stock and tells both sides", async () => {
    const s = await shop({ stock: 4 });
    const b = await buyer();
    const placed = await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 3) });
    const id = placed.orders[0]!.id;
    const start = Date.now();
    // 12 hours before the deadline the shop is reminded; nothing moves yet.
    const early = await runOrderDeadlines(db, { now: new Date(start + 40 * HOUR), feePercent: 0 });
    expect(early.cancelled).toBe(0);
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.packSoon" } }),
    ).toBe(1);
    // Running again adds no second reminder.
    await runOrderDeadlines(db, { now: new Date(start + 41 * HOUR), feePercent: 0 });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.packSoon" } }),
    ).toBe(1);

    const run = await runOrderDeadlines(db, { now: new Date(start + 49 * HOUR), feePercent: 0 });
    expect(run.cancelled).toBeGreaterThanOrEqual(1);
    const after = await db.order.findUniqueOrThrow({
      where: { id },
      select: { status: true, cancelReason: true, packBy: true },
    });
    expect(after.status).toBe("CANCELLED");
    expect(after.cancelReason).toMatch(/belum dikemas penjual dalam 48 jam/);
    expect(after.packBy).toBeNull();
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: s.variant.id } })).stock).toBe(
      4,
    );
    const timeline = await db.orderStatusChange.findFirstOrThrow({
      where: { orderId: id, toStatus: "CANCELLED" },
    });
    expect(timeline.actorId).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "order.autoCancel" },
    });
    expect(audit.actorId).toBeNull();
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.orderCancelled" } })).toBe(
      1,
    );
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.orderCancelled" } }),
    ).toBe(1);
    // A second pass finds nothing to do.
    const again = await runOrderDeadlines(db, { now: new Date(start + 50 * HOUR), feePercent: 0 });
    expect(await db.order.count({ where: { id, status: "CANCELLED" } })).toBe(1);
    expect(again.cancelled).toBe(0);
  });

  it("refunds a paid order that was not packed in time (the refund path)", async () => {
    const s = await shop();
    const b = await buyer();
    const placed = await placeOrder(db, {
      buyerId: b.id,
      settings,
      checkout: order(s, 1, "BANK_TRANSFER"),
    });
    const code = placed.orders[0]!.code;
    await confirmPayment(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await runOrderDeadlines(db, { now: new Date(Date.now() + 49 * HOUR), feePercent: 0 });
    const after = await db.order.findUniqueOrThrow({ where: { code }, select: { status: true } });
    expect(after.status).toBe("REFUNDED");
    const payment = await db.payment.findFirstOrThrow({ where: { order: { code } } });
    expect(payment.status).toBe("REFUNDED");
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.orderRefunded" } })).toBe(
      1,
    );
  });

  it("receives a shipped order after ORDER_AUTO_RECEIVE_DAYS, with a reminder a day before, and books the sale", async () => {
    const s = await shop();
    const b = await buyer();
    const placed = await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 2) });
    const code = placed.orders[0]!.code;
    await packOrder(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    await shipOrder(db, { sellerId: s.seller.id, orderCode: code, actorId: s.owner.id });
    const start = Date.now();
    const DAY = 24 * HOUR;
    await runOrderDeadlines(db, { now: new Date(start + 6.5 * DAY), feePercent: 0 });
    expect(await db.order.count({ where: { code, status: "SHIPPED" } })).toBe(1);
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.receiveSoon" } })).toBe(1);

    const run = await runOrderDeadlines(db, {
      now: new Date(start + 7 * DAY + 60_000),
      feePercent: 0,
    });
    expect(run.received).toBeGreaterThanOrEqual(1);
    const after = await db.order.findUniqueOrThrow({
      where: { code },
      select: { id: true, status: true, completedAt: true, receiveBy: true },
    });
    expect(after.status).toBe("COMPLETED");
    expect(after.receiveBy).toBeNull();
    const sale = await db.ledgerEntry.findFirst({ where: { orderId: after.id, type: "SALE" } });
    expect(sale?.amount).toBe(70_000);
    const cod = await db.payment.findFirstOrThrow({ where: { orderId: after.id } });
    expect(cod.status).toBe("SUCCEEDED");
    const received = await db.orderStatusChange.findFirstOrThrow({
      where: { orderId: after.id, toStatus: "RECEIVED" },
    });
    expect(received.actorId).toBeNull();
    expect(received.note).toMatch(/Diterima otomatis/);
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.orderCompleted" } })).toBe(
      1,
    );
    expect(
      await db.auditLog.count({ where: { entityId: after.id, action: "order.autoReceive" } }),
    ).toBe(1);
  });

  it("expires an unpaid transfer in the same pass, returns the stock and tells the buyer why", async () => {
    const s = await shop({ stock: 5 });
    const b = await buyer();
    const placed = await placeOrder(db, {
      buyerId: b.id,
      settings,
      checkout: order(s, 2, "BANK_TRANSFER"),
    });
    const run = await runOrderDeadlines(db, {
      now: new Date(Date.now() + 25 * HOUR),
      feePercent: 0,
    });
    expect(run.expired).toBeGreaterThanOrEqual(1);
    const after = await db.order.findUniqueOrThrow({
      where: { id: placed.orders[0]!.id },
      select: { status: true },
    });
    expect(after.status).toBe("CANCELLED");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: s.variant.id } })).stock).toBe(
      5,
    );
    await drain();
    const [note] = await listNotifications(db, { userId: b.id, locale: "id" });
    expect(note!.items[0]!.body).toMatch(/Tidak dibayar sampai batas waktu/);
  });

  it("reminds a buyer 3 hours before an unpaid order expires, once", async () => {
    const s = await shop();
    const b = await buyer();
    await placeOrder(db, { buyerId: b.id, settings, checkout: order(s, 1, "BANK_TRANSFER") });
    const now = Date.now();
    await runOrderDeadlines(db, { now: new Date(now + 20 * HOUR), feePercent: 0 });
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.paymentDue" } })).toBe(0);
    await runOrderDeadlines(db, { now: new Date(now + 21.5 * HOUR), feePercent: 0 });
    await runOrderDeadlines(db, { now: new Date(now + 22 * HOUR), feePercent: 0 });
    expect(await notificationCount({ where: { userId: b.id, kind: "buyer.paymentDue" } })).toBe(1);
  });
});
