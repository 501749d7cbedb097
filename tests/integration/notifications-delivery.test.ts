/**
 * Notifications against a real database, a real SMTP server in this process and a local
 * stand-in for the WhatsApp Cloud API: what a checkout and an order's steps tell whom, on which
 * channel, exactly once, and what happens when a provider fails.
 */
import { describe, expect, it } from "vitest";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import {
  listNotifications,
  markAllNotificationsRead,
  openNotification,
  unreadNotificationCount,
} from "~/modules/notifications/inbox.server";
import { notify } from "~/modules/notifications/notify.server";
import { placeOrder } from "~/modules/orders/checkout.server";
import { confirmPayment, packOrder, shipOrder } from "~/modules/orders/order-commands.server";
import { attachPaymentProof } from "~/modules/orders/payment-proof.server";
import { retryDeadOutbox } from "~/modules/outbox/outbox.server";
import { db } from "~/utils/db.server";
import { createUser } from "../factories";
import {
  buyer,
  drain,
  notificationCount,
  order,
  settings,
  shop,
  startChannelStandIns,
} from "./notifications-fixtures";

const { smtp, whatsapp } = await startChannelStandIns();

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
