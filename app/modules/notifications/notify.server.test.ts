import { describe, expect, it } from "vitest";
import { notificationEvents, NotifyPayloadSchema, type NotificationInput } from "./notify.server";

const input = (i: number): NotificationInput => ({
  kind: "buyer.orderPacked",
  to: { users: [`user-${i}`] },
  params: { code: `PK-${i}`, shop: "Toko" },
  link: "/pesanan/PK",
  key: `buyer.orderPacked:${i}`,
});

describe("notification outbox events", () => {
  it("split many notifications into events the worker can write in one statement each", () => {
    const events = notificationEvents(Array.from({ length: 250 }, (_, i) => input(i)));
    expect(events.map((e) => (e.payload as { items: unknown[] }).items.length)).toEqual([
      100, 100, 50,
    ]);
    expect(events.every((e) => e.topic === "notify")).toBe(true);
    expect(events[1]!.aggregateId).toBe("buyer.orderPacked:100");
  });

  it("write nothing for nothing", () => {
    expect(notificationEvents([])).toEqual([]);
  });

  it("round-trip through the payload schema the worker reads them with", () => {
    const [event] = notificationEvents([input(1)], new Date("2026-12-04T00:00:00Z"), {
      channels: ["EMAIL"],
    });
    const parsed = NotifyPayloadSchema.parse(event!.payload);
    expect(parsed).toMatchObject({ at: "2026-12-04T00:00:00.000Z", channels: ["EMAIL"] });
    expect(parsed.items[0]).toMatchObject({
      kind: "buyer.orderPacked",
      key: "buyer.orderPacked:1",
    });
    expect(
      NotifyPayloadSchema.safeParse({ ...parsed, items: [{ ...parsed.items[0], kind: "x" }] })
        .success,
    ).toBe(false);
  });
});
