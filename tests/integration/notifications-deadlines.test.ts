/**
 * Notifications of what happens around an order against a real database, with the channels
 * pointed at local stand-ins: verification, payouts, reviews, training reminders, the staff
 * digest, and the deadlines that cancel, refund and receive orders when the clock moves on.
 */
import { describe, expect, it } from "vitest";
import { recordPayout } from "~/modules/ledger/ledger.server";
import { listNotifications } from "~/modules/notifications/inbox.server";
import { placeOrder } from "~/modules/orders/checkout.server";
import {
  runOrderDeadlines,
  sendTrainingReminders,
  sendVerificationDigest,
} from "~/modules/orders/deadlines.server";
import {
  confirmPayment,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { reviewOrderItem } from "~/modules/orders/reviews.server";
import { decideSellerVerification } from "~/modules/sellers/verification.server";
import { db } from "~/utils/db.server";
import { createSeller, createUser } from "../factories";
import {
  buyer,
  drain,
  HOUR,
  notificationCount,
  order,
  settings,
  shop,
  startChannelStandIns,
} from "./notifications-fixtures";

await startChannelStandIns();

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
