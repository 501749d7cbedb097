/**
 * Erasure of personal data against a real database: it takes the person out of every row
 * while the shops keep their orders and ledger, is all or nothing, and is refused while an order
 * is open, for shop owners and staff, and to anyone but the person or staff at the desk.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { login, LOGIN_FAILED, signUp, SignUpSchema } from "~/modules/auth/auth.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { placeOrder } from "~/modules/orders/checkout.server";
import { getSellerOrder } from "~/modules/orders/order-views.server";
import { eraseAccount } from "~/modules/privacy/erasure.server";
import { findUserForPrivacyRequest } from "~/modules/privacy/personal-data.server";
import { ERASED_BUYER_TEXT, ERASED_NAME } from "~/modules/privacy/redact";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createUser } from "../factories";
import {
  buyerWithHistory,
  checkout,
  json,
  PASSWORD,
  settings,
  setUpShops,
  tag,
  type Buyer,
  type PrivacyShops,
} from "./personal-data-fixtures";

let staff: PrivacyShops["staff"];
let owner: PrivacyShops["owner"];
let shopA: PrivacyShops["shopA"];
let shopB: PrivacyShops["shopB"];

beforeAll(async () => {
  ({ staff, owner, shopA, shopB } = await setUpShops());
});

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

describe("erasure", () => {
  it("refuses while an order is still open, and changes nothing", async () => {
    const buyer = await buyerWithHistory({ owner, shopA, shopB }, tag());
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
    const buyer = await buyerWithHistory({ owner, shopA, shopB }, tag());
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
    const buyer = await buyerWithHistory({ owner, shopA, shopB }, tag());
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
