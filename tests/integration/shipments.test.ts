/**
 * Shipments from checkout to the seller's ledger: a courier COD order shipped with a typed
 * waybill and tracked by hand, and a pickup booked with Biteship (played by the local stand-in,
 * tests/standins/biteship.ts) and tracked by its webhooks — replayed ten times and shuffled —
 * through the real webhook route. Labels are rendered and read back as a courier's reader would.
 */
import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import { confirmReceipt, packOrder, shipOrder } from "~/modules/orders/order-commands.server";
import {
  listCourierCodReceivables,
  recordSellerTracking,
  settleCourierCod,
} from "~/modules/orders/order-shipments.server";
import {
  pollStaleShipments,
  refreshSellerTracking,
} from "~/modules/orders/shipment-tracking.server";
import { bookCourierPickup } from "~/modules/orders/pickup-booking.server";
import { getShippingLabels } from "~/modules/orders/shipping-labels.server";
import { renderShippingLabels } from "~/modules/shipping/label.server";
import { shippingProviderFor } from "~/modules/shipping/shipping-provider.server";
import { journeyOrder } from "~/modules/shipping/shipments.server";
import { db } from "~/utils/db.server";
import { DAY_MS, codOrder, deliver, ledger, shop, standIn } from "./shipments-fixtures";
import { domainErrorOf } from "../domain-error";
import { ROUTE_CONTEXT, signedIn } from "./route-fixtures";
import { notificationCount } from "./notifications-fixtures";
import { biteshipWebhookJourney, biteshipWebhookPayload } from "../standins/biteship";

function pdfText(pdf: Buffer): string[] {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  const pages: string[] = [];
  for (let i = 0; i < document.countPages(); i++) {
    pages.push(document.loadPage(i).toStructuredText("preserve-whitespace").asText());
  }
  return pages;
}

describe("a courier order shipped with a typed waybill", () => {
  it("labels, tracks by hand, restarts the receipt clock on delivery, and keeps COD a receivable", async () => {
    // No postal code at the shop: Biteship cannot price it, the tariff table does (an estimate).
    const s = await shop(null);
    const { buyer, order, courier, command } = await codOrder(s);
    expect(courier).toMatchObject({ service: "REGULAR", fee: 18_000, estimated: true });
    expect(order.total).toBe(50_000 + 18_000);
    await packOrder(db, command);

    const [page] = pdfText(
      await renderShippingLabels(
        await getShippingLabels(db, { sellerId: s.seller.id, orderCodes: [order.code] }),
      ),
    );
    expect(page).toContain(order.code);
    expect(page).toContain("Rp68.000");
    expect(page).toContain("Bu Rina");
    expect(page).toContain("Ketabang");

    expect(await domainErrorOf(shipOrder(db, { ...command, courier: "JNE" }))).toMatchObject({
      message: "Isi nomor resi kurir",
    });
    await shipOrder(db, { ...command, courier: "JNE", trackingNumber: "JNE0123456789" });
    const shipment = await db.shipment.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(shipment).toMatchObject({
      provider: "manual",
      courier: "JNE",
      waybill: "JNE0123456789",
      status: "PICKED_UP",
      codAmount: 68_000,
      codCollector: "SELLER",
    });

    const shippedAt = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).receiveBy!;
    await recordSellerTracking(db, { ...command, status: "IN_TRANSIT", note: "Gudang Surabaya" });
    const deliveredAt = new Date(Date.now() + 60_000);
    await recordSellerTracking(db, { ...command, status: "DELIVERED", note: "", at: deliveredAt });
    // An older report afterwards stays on the timeline but does not move the parcel back.
    await recordSellerTracking(db, {
      ...command,
      status: "OUT_FOR_DELIVERY",
      note: "",
      at: new Date(Date.now() + 120_000),
    });
    const tracked = await db.shipment.findUniqueOrThrow({
      where: { orderId: order.id },
      include: { events: true },
    });
    expect(tracked.status).toBe("DELIVERED");
    expect(tracked.deliveredAt).toEqual(deliveredAt);
    expect(tracked.events).toHaveLength(4);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.receiveBy!.getTime()).toBe(deliveredAt.getTime() + 2 * DAY_MS);
    expect(after.receiveBy!.getTime()).toBeLessThan(shippedAt.getTime());
    expect(
      await notificationCount({ where: { userId: buyer.id, kind: "buyer.orderDelivered" } }),
    ).toBe(1);

    expect(await listCourierCodReceivables(db, s.seller.id)).toMatchObject({
      total: 68_000,
      items: [{ orderCode: order.code, courier: "JNE", amount: 68_000 }],
    });
    await confirmReceipt(db, { buyerId: buyer.id, orderCode: order.code, feePercent: 0 });
    // The courier pays the seller's own account: the sale and its delivery fee are paid directly.
    expect(await ledger(order.id)).toEqual([
      ["ADJUSTMENT", -68_000],
      ["SALE", 50_000],
      ["SHIPPING_FEE", 18_000],
    ]);
    await settleCourierCod(db, command);
    expect((await listCourierCodReceivables(db, s.seller.id)).items).toEqual([]);
    expect(await domainErrorOf(settleCourierCod(db, command))).toMatchObject({
      message: "Tidak ada dana COD kurir yang menunggu",
    });
  });

  it("tells the shop once when a parcel comes back, and drops its COD from what couriers owe", async () => {
    const s = await shop(null);
    const { order, command } = await codOrder(s);
    await packOrder(db, command);
    await shipOrder(db, { ...command, courier: "JNE", trackingNumber: "JNE0555666777" });
    expect((await listCourierCodReceivables(db, s.seller.id)).total).toBe(order.total);
    await recordSellerTracking(db, {
      ...command,
      status: "RETURNED",
      note: "Alamat tidak ditemukan",
    });
    await recordSellerTracking(db, { ...command, status: "RETURNED", note: "Diterima penjual" });
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.shipmentReturned" } }),
    ).toBe(1);
    expect((await listCourierCodReceivables(db, s.seller.id)).items).toEqual([]);
    expect(await domainErrorOf(settleCourierCod(db, command))).toMatchObject({
      message: "Tidak ada dana COD kurir yang menunggu",
    });
  });

  it("prints every packed parcel in one file and refuses a pickup's label", async () => {
    const s = await shop(null);
    const first = await codOrder(s);
    const second = await codOrder(s);
    await packOrder(db, first.command);
    await packOrder(db, second.command);
    const pages = pdfText(
      await renderShippingLabels(await getShippingLabels(db, { sellerId: s.seller.id })),
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(first.order.code);
    expect(pages[1]).toContain(second.order.code);
    await db.order.update({
      where: { id: first.order.id },
      data: { shippingMethod: "PICKUP_SELLER" },
    });
    expect(
      await domainErrorOf(
        getShippingLabels(db, { sellerId: s.seller.id, orderCodes: [first.order.code] }),
      ),
    ).toMatchObject({ message: `Pesanan ${first.order.code} tidak perlu label pengiriman` });
    const other = await shop(null);
    expect(
      await domainErrorOf(
        getShippingLabels(db, { sellerId: other.seller.id, orderCodes: [second.order.code] }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the label route", () => {
  it("prints the packed parcels as an inline PDF and sends a bad request back with a toast", async () => {
    const s = await shop(null);
    const first = await codOrder(s);
    const second = await codOrder(s);
    await packOrder(db, first.command);
    await packOrder(db, second.command);
    const cookie = await signedIn(s.owner.id);
    const { loader } = await import("~/routes/kelola.$sellerId.label");
    const get = async (query: string) =>
      (await loader({
        request: new Request(`http://localhost/kelola/${s.seller.id}/label${query}`, {
          headers: { Cookie: cookie },
        }),
        params: { sellerId: s.seller.id },
        context: ROUTE_CONTEXT,
      })) as Response;

    // No code: every packed parcel, one page each, shown in the browser for printing.
    const all = await get("");
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("application/pdf");
    expect(all.headers.get("content-disposition")).toMatch(/^inline;/);
    const pages = pdfText(Buffer.from(await all.arrayBuffer()));
    expect(pages).toHaveLength(2);
    expect(pages.join("\n")).toContain(second.order.code);

    // A code that is not one, and another shop's order: back to the page with the reason.
    const bad = await get("?pesanan=bukan%20kode");
    expect(bad.status).toBe(302);
    expect(bad.headers.get("location")).toBe(`/kelola/${s.seller.id}/pesanan/bukan%20kode`);
    expect(bad.headers.get("set-cookie")).toBeTruthy();
    const other = await shop(null);
    const elsewhere = await codOrder(other);
    const foreign = await get(`?pesanan=${elsewhere.order.code}&pesanan=${first.order.code}`);
    expect(foreign.status).toBe(302);
    expect(foreign.headers.get("location")).toBe(`/kelola/${s.seller.id}/pesanan?tab=dikemas`);
  });
});

describe("a pickup booked with Biteship (stand-in)", () => {
  it("quotes live, books once with the COD amount, and follows shuffled, replayed webhooks", async () => {
    const s = await shop("68432");
    const { buyer, order, courier, command } = await codOrder(s, "60272");
    expect(courier.service).toBe("JNE_REG");
    expect(courier.estimated).toBeUndefined();
    await packOrder(db, command);

    // A failed booking leaves the order packed and bookable again.
    standIn.failNext({ status: 503 });
    expect(
      await domainErrorOf(bookCourierPickup(db, shippingProviderFor(db), command)),
    ).toMatchObject({
      message: "Kurir belum menjawab — pesan jemput lagi sebentar lagi",
    });
    standIn.failNext({ status: 400 });
    expect(
      await domainErrorOf(bookCourierPickup(db, shippingProviderFor(db), command)),
    ).toMatchObject({
      message:
        "Kurir menolak pesanan jemput ini — periksa alamat dan kode pos, atau isi resi sendiri",
    });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);

    // Two clicks at once book once.
    const results = await Promise.allSettled([
      bookCourierPickup(db, shippingProviderFor(db), command),
      bookCourierPickup(db, shippingProviderFor(db), command),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const booked = [...standIn.orders.values()].filter((o) => o.reference === `${order.code}-1`);
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ courier: "jne", service: "reg", codAmount: order.total });
    expect(booked[0]!.request).toMatchObject({
      origin_postal_code: 68432,
      destination_postal_code: 60272,
      destination_contact_phone: "081299990002",
      destination_address:
        "Jl. Ketabang Kali 12, dekat balai RW, Ketabang, Genteng, Kota Surabaya, Jawa Timur",
      reference_id: `${order.code}-1`,
    });
    const shipment = await db.shipment.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(shipment).toMatchObject({
      provider: "biteship",
      providerOrderId: booked[0]!.id,
      codCollector: "PLATFORM",
      codAmount: order.total,
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SHIPPED");

    // The webhook refuses strangers and unreadable bodies, and shrugs at unknown orders.
    const journey = { id: booked[0]!.id, waybill: "JNE9876543210" };
    expect((await deliver(biteshipWebhookPayload("order.status", journey), "salah")).status).toBe(
      401,
    );
    expect((await deliver("{not json")).status).toBe(400);
    expect((await deliver({ event: "order.status", order_id: 7 })).status).toBe(400);
    const unknown = await deliver(biteshipWebhookPayload("order.status", { id: "bukan-kita" }));
    expect(await unknown.json()).toEqual({ received: true, outcome: "unknown" });
    expect((await deliver("")).status).toBe(200);

    // Ten copies of every report, shuffled; half of them at once.
    const bodies = biteshipWebhookJourney(journey, { repeat: 10, seed: 7 });
    const half = Math.floor(bodies.length / 2);
    const answers = await Promise.all(bodies.slice(0, half).map((b) => deliver(b)));
    for (const body of bodies.slice(half)) answers.push(await deliver(body));
    expect(answers.every((a) => a.status === 200)).toBe(true);

    const tracked = await db.shipment.findUniqueOrThrow({
      where: { orderId: order.id },
      include: { events: true },
    });
    expect(tracked).toMatchObject({ status: "DELIVERED", waybill: "JNE9876543210", price: 22_000 });
    // The booking's own step, then confirmed, picked, dropping off and delivered: once each.
    expect(tracked.events.map((e) => e.status).sort()).toEqual(
      ["CONFIRMED", "CONFIRMED", "DELIVERED", "OUT_FOR_DELIVERY", "PICKED_UP"].sort(),
    );
    expect(
      await notificationCount({ where: { userId: buyer.id, kind: "buyer.orderDelivered" } }),
    ).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).trackingNumber).toBe(
      "JNE9876543210",
    );

    await confirmReceipt(db, { buyerId: buyer.id, orderCode: order.code, feePercent: 0 });
    // Biteship collected the cash for the platform: the sale stays in the balance, less the
    // courier's charge the platform's account paid.
    expect(await ledger(order.id)).toEqual([
      ["COURIER_CHARGE", -22_000],
      ["SALE", 50_000],
      ["SHIPPING_FEE", courier.fee],
    ]);
    expect((await listCourierCodReceivables(db, s.seller.id)).items).toEqual([]);
    expect(
      await domainErrorOf(recordSellerTracking(db, { ...command, status: "DELIVERED", note: "" })),
    ).toMatchObject({ code: "CONFLICT" });
  });
});

describe("tracking read from the courier when its reports stop (stand-in)", () => {
  it("reads quiet parcels once across instances, and tells the seller when a waybill is unknown", async () => {
    const s = await shop("68432");
    const { order, command } = await codOrder(s, "60272");
    await packOrder(db, command);
    await bookCourierPickup(db, shippingProviderFor(db), command);
    const booked = [...standIn.orders.values()].find((o) => o.reference === `${order.code}-1`)!;
    standIn.advance(booked.id, "picked");
    standIn.advance(booked.id, "dropping_off");

    // Nothing is read while the parcel was heard of recently.
    expect(await pollStaleShipments(db, shippingProviderFor(db))).toBe(0);
    const later = new Date(Date.now() + 7 * 3_600_000);
    const rounds = await Promise.all([
      pollStaleShipments(db, shippingProviderFor(db), { now: later }),
      pollStaleShipments(db, shippingProviderFor(db), { now: later }),
    ]);
    // The courier's own history: booked, picked up, out for delivery.
    expect(rounds[0]! + rounds[1]!).toBe(3);
    const tracked = await db.shipment.findUniqueOrThrow({
      where: { orderId: order.id },
      include: { events: true },
    });
    expect(tracked.status).toBe("OUT_FOR_DELIVERY");
    expect(tracked.trackedAt).toEqual(later);
    expect(
      tracked.events
        .filter((e) => e.source === "track")
        .map((e) => e.status)
        .sort(),
    ).toEqual(["CONFIRMED", "OUT_FOR_DELIVERY", "PICKED_UP"]);
    expect(await pollStaleShipments(db, shippingProviderFor(db), { now: later })).toBe(0);

    // A waybill the courier does not know: the seller hears it; the round logs it and goes on.
    const manual = await codOrder(await shop(null));
    await packOrder(db, manual.command);
    await shipOrder(db, { ...manual.command, courier: "J&T", trackingNumber: "JT0000000001" });
    expect(
      await domainErrorOf(refreshSellerTracking(db, shippingProviderFor(db), manual.command)),
    ).toMatchObject({ message: "Status dari kurir belum bisa dibaca — coba lagi sebentar" });
    const muchLater = new Date(Date.now() + 14 * 3_600_000);
    expect(await pollStaleShipments(db, shippingProviderFor(db), { now: muchLater })).toBe(0);
    const request = standIn.requests.filter((r) => r.path.startsWith("/v1/trackings/JT0000000001"));
    expect(request.at(-1)?.path).toBe("/v1/trackings/JT0000000001/couriers/jnt");
  });
});

describe("a pickup the courier cancels (stand-in)", () => {
  it("tells the shop each time, and goes out again booked or with a typed waybill", async () => {
    const s = await shop("68432");
    const { order, command } = await codOrder(s, "60272");
    await packOrder(db, command);
    await bookCourierPickup(db, shippingProviderFor(db), command);
    const first = [...standIn.orders.values()].find((o) => o.reference === `${order.code}-1`)!;
    const notFound = { status: "courier_not_found" };
    for (let i = 0; i < 3; i++) {
      expect((await deliver(biteshipWebhookPayload("order.status", first, notFound))).status).toBe(
        200,
      );
    }
    const cancelledOnce = await notificationCount({
      where: { userId: s.owner.id, kind: "seller.shipmentCancelled" },
    });
    expect(cancelledOnce).toBe(1);
    expect((await db.shipment.findUniqueOrThrow({ where: { orderId: order.id } })).status).toBe(
      "CANCELLED",
    );

    // A failed attempt leaves it cancelled, on the timeline too; the next one books.
    standIn.failNext({ status: 503 });
    expect(
      await domainErrorOf(bookCourierPickup(db, shippingProviderFor(db), command)),
    ).toMatchObject({ code: "CONFLICT" });
    const failed = await db.shipment.findUniqueOrThrow({
      where: { orderId: order.id },
      include: { events: true },
    });
    expect(failed.status).toBe("CANCELLED");
    expect(journeyOrder(failed.events)[0]).toMatchObject({
      status: "CANCELLED",
      note: "Jemput kurir gagal dipesan",
    });

    // Booked again: a new pickup on the same timeline; the first booking's late news is ignored.
    await bookCourierPickup(db, shippingProviderFor(db), command);
    // Its own reference: the first one is Biteship's already.
    const second = [...standIn.orders.values()].find((o) => o.reference === `${order.code}-2`)!;
    const again = await db.shipment.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(again).toMatchObject({
      status: "CONFIRMED",
      providerOrderId: second.id,
      codCollector: "PLATFORM",
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SHIPPED");
    const late = await deliver(biteshipWebhookPayload("order.status", first, { status: "picked" }));
    expect(await late.json()).toEqual({ received: true, outcome: "unknown" });
    expect(
      await domainErrorOf(bookCourierPickup(db, shippingProviderFor(db), command)),
    ).toMatchObject({ message: "Kemas pesanan dulu sebelum memesan jemput kurir" });

    // Cancelled again: this time the seller hands it to SiCepat and types the waybill.
    await deliver(biteshipWebhookPayload("order.status", second, notFound));
    expect(
      await notificationCount({ where: { userId: s.owner.id, kind: "seller.shipmentCancelled" } }),
    ).toBe(2);
    await shipOrder(db, { ...command, courier: "SiCepat", trackingNumber: "SCP000123456" });
    const typed = await db.shipment.findUniqueOrThrow({
      where: { orderId: order.id },
      include: { events: true },
    });
    expect(typed).toMatchObject({
      provider: "manual",
      providerOrderId: null,
      courier: "SiCepat",
      waybill: "SCP000123456",
      status: "PICKED_UP",
      codCollector: "SELLER",
      codAmount: order.total,
    });
    expect(typed.events.filter((e) => e.status === "CANCELLED")).toHaveLength(3);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).trackingNumber).toBe(
      "SCP000123456",
    );
    expect(
      await domainErrorOf(
        shipOrder(db, { ...command, courier: "JNE", trackingNumber: "JNE000999888" }),
      ),
    ).toMatchObject({ message: "Pengiriman pesanan ini masih berjalan" });
  });
});
