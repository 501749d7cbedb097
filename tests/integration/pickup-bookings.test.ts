/**
 * Courier pickups booked with Biteship (played by the local stand-in) when things go sideways: a
 * booking whose answer is lost, the seller calling a pickup off, a refund calling it off through
 * the outbox while Biteship is down, and a booked parcel whose waybill webhook never came.
 */
import { describe, expect, it } from "vitest";
import { receiveOverdueOrders } from "~/modules/orders/deadlines.server";
import {
  cancelOrderBySeller,
  confirmPayment,
  packOrder,
  refundCompletedOrder,
} from "~/modules/orders/order-commands.server";
import { bookCourierPickup } from "~/modules/orders/pickup-booking.server";
import {
  cancelCourierPickup,
  processPickupCancelOutbox,
} from "~/modules/orders/pickup-cancellation.server";
import { parcelActions } from "~/modules/orders/shipment-actions";
import { pollStaleShipments } from "~/modules/orders/shipment-tracking.server";
import { shippingProviderFor } from "~/modules/shipping/shipping-provider.server";
import { journeyOrder } from "~/modules/shipping/shipments.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { biteshipWebhookPayload } from "../standins/biteship";
import { notificationCount } from "./notifications-fixtures";
import { ROUTE_CONTEXT, signedIn } from "./route-fixtures";
import { codOrder, courierOrder, deliver, shop, standIn } from "./shipments-fixtures";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const provider = () => shippingProviderFor(db);

/** The stand-in's orders booked under a reference. */
const bookedAs = (reference: string) =>
  [...standIn.orders.values()].filter((o) => o.reference === reference);

const shipmentOf = (orderId: string) =>
  db.shipment.findUniqueOrThrow({ where: { orderId }, include: { events: true } });

/** Waits until the stand-in has received a request to `path`, made after `since` requests. */
async function received(path: string, since: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (standIn.requests.slice(since).some((r) => r.path === path)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The stand-in never received ${path}`);
}

/** A bank-transfer order, paid, packed and booked for a pickup, with its stand-in order. */
async function bookedPrepaidOrder(s: Awaited<ReturnType<typeof shop>>) {
  const placed = await courierOrder(s, { postalCode: "60272", paymentMethod: "BANK_TRANSFER" });
  await confirmPayment(db, placed.command);
  await packOrder(db, placed.command);
  await bookCourierPickup(db, provider(), placed.command);
  const [booked] = bookedAs(`${placed.order.code}-1`);
  return { ...placed, booked: booked! };
}

/** A COD order of a shop with a postal code, packed and ready for a pickup. */
async function packedOrder(service?: string) {
  const s = await shop("68432");
  const placed = await courierOrder(s, { postalCode: "60272", service });
  await packOrder(db, placed.command);
  return { ...placed, s };
}

describe("a booking whose answer is lost (stand-in)", () => {
  it("is found again by its reference on the retry, never booked twice", async () => {
    const { order, command } = await packedOrder();
    // Biteship makes the pickup, but its answer never arrives (the app gives up after 2 s).
    standIn.failNext({ lostAnswerMs: 3_000 });
    expect(await domainErrorOf(bookCourierPickup(db, provider(), command))).toMatchObject({
      code: "CONFLICT",
      message: "Kurir belum menjawab — pesan jemput lagi sebentar lagi",
    });
    expect(bookedAs(`${order.code}-1`)).toHaveLength(1);
    expect(await db.shipment.findUnique({ where: { orderId: order.id } })).toBeNull();
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PACKED");

    // The retry names the same booking; Biteship points at the pickup it made.
    await bookCourierPickup(db, provider(), command);
    const [made, ...more] = bookedAs(`${order.code}-1`);
    expect(more).toEqual([]);
    expect(await shipmentOf(order.id)).toMatchObject({
      providerOrderId: made!.id,
      waybill: made!.waybill,
      status: "CONFIRMED",
      codCollector: "PLATFORM",
      codAmount: order.total,
      bookings: 1,
    });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "SHIPPED", trackingNumber: made!.waybill });
    const posts = standIn.requests.filter((r) => r.method === "POST" && r.path === "/v1/orders");
    expect(posts.slice(-2).map((r) => (r.body as { reference_id: string }).reference_id)).toEqual([
      `${order.code}-1`,
      `${order.code}-1`,
    ]);
  });
});

describe("the seller calls a pickup off (stand-in)", () => {
  it("cancels it at Biteship first, then books the next one under a new reference", async () => {
    const { order, command } = await packedOrder();
    await bookCourierPickup(db, provider(), command);
    const [first] = bookedAs(`${order.code}-1`);
    const shipped = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { shipment: true },
    });
    expect(parcelActions(provider(), shipped).cancelPickup).toBe(true);

    // Biteship down: nothing changes here, and the seller is told to try again.
    standIn.failNext({ status: 503 });
    expect(await domainErrorOf(cancelCourierPickup(db, provider(), command))).toMatchObject({
      message: "Pembatalan belum sampai ke kurir — coba lagi sebentar",
    });
    expect((await shipmentOf(order.id)).status).toBe("CONFIRMED");
    expect(first!.status).toBe("confirmed");

    await cancelCourierPickup(db, provider(), command);
    expect(first!.status).toBe("cancelled");
    expect(first!.cancellation).toEqual({ cancellation_reason_code: "change_courier" });
    const cancelled = await shipmentOf(order.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", providerOrderId: null, waybill: null });
    expect(
      (await db.order.findUniqueOrThrow({ where: { id: order.id } })).trackingNumber,
    ).toBeNull();
    expect(journeyOrder(cancelled.events)[0]).toMatchObject({
      status: "CANCELLED",
      note: "Jemput kurir dibatalkan penjual",
    });
    // Biteship's own report of it finds nothing.
    const late = await deliver(
      biteshipWebhookPayload("order.status", first!, { status: "cancelled" }),
    );
    expect(await late.json()).toEqual({ received: true, outcome: "unknown" });
    expect(await domainErrorOf(cancelCourierPickup(db, provider(), command))).toMatchObject({
      message: "Jemput kurir ini tidak bisa dibatalkan lagi",
    });
    // Not on its way: however long it waits, it is not received (and paid out) automatically.
    await receiveOverdueOrders(db, { now: new Date(Date.now() + 60 * DAY_MS), feePercent: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SHIPPED");

    // The next pickup is a new booking: Biteship would refuse the first one's reference.
    await bookCourierPickup(db, provider(), command);
    const [second] = bookedAs(`${order.code}-2`);
    const rebooked = await shipmentOf(order.id);
    expect(rebooked).toMatchObject({
      providerOrderId: second!.id,
      status: "CONFIRMED",
      bookings: 2,
    });
    // The buyer's receipt clock starts over with it.
    const again = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(again.receiveBy!.getTime()).toBeGreaterThan(Date.now() + DAY_MS);
    // The timeline lists the new journey above the one called off.
    expect(journeyOrder(rebooked.events).map((e) => [e.status, e.note])).toEqual([
      ["CONFIRMED", "Jemput kurir dipesan"],
      ["CANCELLED", "Jemput kurir dibatalkan penjual"],
      ["CONFIRMED", "Jemput kurir dipesan"],
    ]);

    // Once the courier has the parcel, it can no longer be called off.
    standIn.advance(second!.id, "picked");
    await deliver(biteshipWebhookPayload("order.status", second!, { status: "picked" }));
    expect(await domainErrorOf(cancelCourierPickup(db, provider(), command))).toMatchObject({
      message: "Jemput kurir ini tidak bisa dibatalkan lagi",
    });
  });

  it("keeps Biteship's own report out while it cancels, and puts the pickup back if it cannot", async () => {
    const { order, command } = await packedOrder();
    await bookCourierPickup(db, provider(), command);
    const [booked] = bookedAs(`${order.code}-1`);
    const cancelPath = `/v1/orders/${booked!.id}/cancel`;

    // Biteship is slow to answer the cancellation; its "cancelled" webhook comes meanwhile.
    let since = standIn.requests.length;
    standIn.failNext({ hangMs: 3_000 });
    const cancelling = domainErrorOf(cancelCourierPickup(db, provider(), command));
    await received(cancelPath, since);
    const early = await deliver(
      biteshipWebhookPayload("order.status", booked!, { status: "cancelled" }),
    );
    expect(await early.json()).toEqual({ received: true, outcome: "unknown" });
    // No answer in time: the pickup is still on, with its id and waybill back.
    expect(await cancelling).toMatchObject({
      message: "Pembatalan belum sampai ke kurir — coba lagi sebentar",
    });
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "CONFIRMED",
      providerOrderId: booked!.id,
      waybill: booked!.waybill,
    });

    // Cancelled at Biteship, but the answer is lost: the retry finds it already cancelled.
    since = standIn.requests.length;
    standIn.failNext({ lostAnswerMs: 3_000 });
    expect(await domainErrorOf(cancelCourierPickup(db, provider(), command))).toMatchObject({
      message: "Pembatalan belum sampai ke kurir — coba lagi sebentar",
    });
    expect(booked!.status).toBe("cancelled");
    await cancelCourierPickup(db, provider(), command);
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "CANCELLED",
      providerOrderId: null,
    });
    expect(
      await notificationCount({
        where: { userId: command.actorId, kind: "seller.shipmentCancelled" },
      }),
    ).toBe(0);
    expect(standIn.requests.slice(since).map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${cancelPath}`,
      `POST ${cancelPath}`,
      `GET /v1/orders/${booked!.id}`,
    ]);
  });

  it("says so when Biteship refuses because the courier already took the parcel", async () => {
    const { order, command } = await packedOrder();
    await bookCourierPickup(db, provider(), command);
    const [booked] = bookedAs(`${order.code}-1`);
    // Picked up, but that webhook has not arrived yet.
    standIn.advance(booked!.id, "picked");
    expect(await domainErrorOf(cancelCourierPickup(db, provider(), command))).toMatchObject({
      message: "Kurir sudah membawa paket ini — jemputnya tidak bisa dibatalkan lagi",
    });
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "CONFIRMED",
      providerOrderId: booked!.id,
    });
  });
});

describe("the seller's order page (stand-in)", () => {
  it("offers to call the pickup off, says why it could not, then offers a new booking", async () => {
    const { order, command, s } = await packedOrder();
    await bookCourierPickup(db, provider(), command);
    const cookie = await signedIn(s.owner.id);
    const { action, loader } = await import("~/routes/kelola.$sellerId.pesanan.$orderCode");
    const params = { sellerId: s.seller.id, orderCode: order.code };
    const url = `http://localhost/kelola/${s.seller.id}/pesanan/${order.code}`;
    const context = ROUTE_CONTEXT;
    const post = async (intent: string, fields: Record<string, string> = {}) => {
      const body = new URLSearchParams({ intent, ...fields });
      const headers = { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" };
      const answer = await action({
        request: new Request(url, { method: "POST", headers, body }),
        params,
        context,
      }).catch((thrown: unknown) => thrown);
      return answer instanceof Response
        ? answer
        : (answer as { init: ResponseInit; data: unknown });
    };
    const parcel = async () =>
      (
        (await loader({
          request: new Request(url, { headers: { Cookie: cookie } }),
          params,
          context,
        })) as { parcel: { book: boolean; cancelPickup: boolean } }
      ).parcel;

    expect(await parcel()).toMatchObject({ book: false, cancelPickup: true });
    standIn.failNext({ status: 502 });
    const refused = await post("cancel-pickup");
    expect(refused).not.toBeInstanceOf(Response);
    expect(refused).toMatchObject({
      init: { status: 409 },
      data: { error: "Pembatalan belum sampai ke kurir — coba lagi sebentar" },
    });
    expect(await parcel()).toMatchObject({ cancelPickup: true });

    // A form the page could not have sent is refused with its first problem, translated.
    expect(await post("ship", { courier: "JNE", trackingNumber: "A1" })).toMatchObject({
      init: { status: 400 },
      data: { error: "Nomor resi minimal 4 huruf" },
    });
    expect(await post("menembak")).toMatchObject({
      init: { status: 400 },
      data: { error: "Permintaan tidak dikenal" },
    });

    const done = await post("cancel-pickup");
    expect(done).toBeInstanceOf(Response);
    expect((done as Response).status).toBe(302);
    expect(await parcel()).toMatchObject({ book: true, cancelPickup: false });
    expect(bookedAs(`${order.code}-1`)[0]!.status).toBe("cancelled");
  });
});

describe("a refunded order's pickup (stand-in)", () => {
  it("is called off through the outbox, asked again while Biteship is down", async () => {
    const { order, command, booked } = await bookedPrepaidOrder(await shop("68432"));
    expect(booked!.codAmount).toBe(0);
    const shipment = await shipmentOf(order.id);

    await refundCompletedOrder(db, { ...command, reason: "Stok rusak, dana dikembalikan" });
    const event = await db.outboxEvent.findFirstOrThrow({
      where: { topic: "shipment.cancelPickup", aggregateId: shipment.id },
    });

    standIn.failNext({ status: 503 });
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    expect(booked!.status).toBe("confirmed");
    const waiting = await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.availableAt.getTime()).toBeGreaterThan(Date.now());

    // Its backoff over, the next round cancels it, with the reason written out.
    await db.outboxEvent.update({ where: { id: event.id }, data: { availableAt: new Date() } });
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    expect(booked!.cancellation).toEqual({
      cancellation_reason_code: "others",
      cancellation_reason: "Pesanan sudah dibatalkan",
    });
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "CANCELLED",
      providerOrderId: null,
    });
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe(
      "DONE",
    );
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(0);
  });

  it("calls off a pickup whose order was cancelled while Biteship was booking it", async () => {
    const { order, command } = await packedOrder();
    const since = standIn.requests.length;
    standIn.failNext({ slowMs: 600 });
    const booking = domainErrorOf(bookCourierPickup(db, provider(), command));
    await received("/v1/orders", since);
    await cancelOrderBySeller(db, { ...command, reason: "Stok ternyata habis" });
    expect(await booking).toMatchObject({
      message: "Pesanan ini sudah dibatalkan — jemput kurirnya ikut dibatalkan",
    });
    const [booked] = bookedAs(`${order.code}-1`);
    const shipment = await shipmentOf(order.id);
    expect(shipment).toMatchObject({ providerOrderId: booked!.id, status: "CONFIRMED" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(
      "CANCELLED",
    );
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    expect(booked!.status).toBe("cancelled");
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "CANCELLED",
      providerOrderId: null,
    });
  });

  it("waits for a call-off already under way, in case it fails", async () => {
    const { order, command, booked } = await bookedPrepaidOrder(await shop("68432"));
    const shipment = await shipmentOf(order.id);
    await refundCompletedOrder(db, { ...command, reason: "Pembeli minta dana kembali" });
    // The seller's own call-off has the ids away at this moment.
    await db.shipment.update({
      where: { id: shipment.id },
      data: { providerOrderId: null, waybill: null },
    });
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    const event = await db.outboxEvent.findFirstOrThrow({
      where: { topic: "shipment.cancelPickup", aggregateId: shipment.id },
    });
    expect(event).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(booked!.status).toBe("confirmed");
    // That call-off failed and put them back: the refund's turn calls the pickup off.
    await db.shipment.update({
      where: { id: shipment.id },
      data: { providerOrderId: booked!.id, waybill: booked!.waybill },
    });
    await db.outboxEvent.update({ where: { id: event.id }, data: { availableAt: new Date() } });
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    expect(booked!.status).toBe("cancelled");
  });

  it("writes nothing for a parcel already on its way, and stops when Biteship refuses", async () => {
    const s = await shop("68432");
    const picked = await bookedPrepaidOrder(s);
    const lagging = await bookedPrepaidOrder(s);
    const [first, second] = [picked.booked, lagging.booked];
    standIn.advance(first!.id, "picked");
    await deliver(biteshipWebhookPayload("order.status", first!, { status: "picked" }));
    // The second is picked up too, but its webhook is late: the refund still asks.
    standIn.advance(second!.id, "picked");
    for (const { command } of [picked, lagging]) {
      await refundCompletedOrder(db, { ...command, reason: "Pembeli membatalkan pesanan" });
    }
    const pickedShipment = await shipmentOf(picked.order.id);
    const laggingShipment = await shipmentOf(lagging.order.id);
    const events = await db.outboxEvent.findMany({
      where: {
        topic: "shipment.cancelPickup",
        aggregateId: { in: [pickedShipment.id, laggingShipment.id] },
      },
    });
    expect(events.map((e) => [e.aggregateId, e.status])).toEqual([[laggingShipment.id, "PENDING"]]);
    expect(await processPickupCancelOutbox(db, provider(), { workerId: "uji" })).toBe(1);
    const dead = await db.outboxEvent.findFirstOrThrow({
      where: { topic: "shipment.cancelPickup", aggregateId: laggingShipment.id },
    });
    expect(dead.status).toBe("DEAD");
    expect(second!.status).toBe("picked");
    expect((await shipmentOf(lagging.order.id)).status).toBe("CONFIRMED");
  });
});

describe("a booked parcel whose waybill never came (stand-in)", () => {
  it("is read back from Biteship's order once across instances: its waybill and steps", async () => {
    // SiCepat gives the waybill at pickup, and that webhook is lost.
    const { order, command } = await packedOrder("SICEPAT_BEST");
    await bookCourierPickup(db, provider(), command);
    expect(await shipmentOf(order.id)).toMatchObject({ waybill: null, status: "CONFIRMED" });
    const [booked] = bookedAs(`${order.code}-1`);
    standIn.advance(booked!.id, "allocated");
    const now = standIn.advance(booked!.id, "picked");
    expect(now.waybill).not.toBeNull();

    const later = new Date(Date.now() + 7 * HOUR_MS);
    const reads = standIn.requests.length;
    const [a, b] = await Promise.all([
      pollStaleShipments(db, provider(), { now: later }),
      pollStaleShipments(db, provider(), { now: later }),
    ]);
    expect(a + b).toBeGreaterThanOrEqual(2);
    const asked = standIn.requests
      .slice(reads)
      .filter((r) => r.method === "GET" && r.path === `/v1/orders/${booked!.id}`);
    expect(asked).toHaveLength(1);
    const read = await shipmentOf(order.id);
    expect(read).toMatchObject({ waybill: now.waybill, status: "PICKED_UP" });
    expect(read.events.map((e) => e.status)).toEqual(
      expect.arrayContaining(["ALLOCATED", "PICKED_UP"]),
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).trackingNumber).toBe(
      now.waybill,
    );
    // Nothing new since: the next round reads nothing twice.
    expect(await pollStaleShipments(db, provider(), { now: later })).toBe(0);
  });
});

describe("a COD order's pickup", () => {
  it("keeps the amount the courier collects when it is found again", async () => {
    const s = await shop("68432");
    const { order, command } = await codOrder(s, "60272");
    await packOrder(db, command);
    standIn.failNext({ lostAnswerMs: 3_000 });
    await domainErrorOf(bookCourierPickup(db, provider(), command));
    await bookCourierPickup(db, provider(), command);
    expect(bookedAs(`${order.code}-1`).map((o) => o.codAmount)).toEqual([order.total]);
  });
});
