import { describe, expect, it } from "vitest";
import { deadlinesFor } from "./order-notifications.server";

const settings = {
  packMs: 48 * 3_600_000,
  receiveMs: 7 * 86_400_000,
  receiveAfterDeliveryMs: 2 * 86_400_000,
  lowStock: 3,
};
const at = new Date("2026-12-01T00:00:00.000Z");

describe("order deadlines per status", () => {
  it("starts the pack clock when an order is ready to pack", () => {
    expect(deadlinesFor("PAID", at, settings)).toEqual({
      packBy: new Date("2026-12-03T00:00:00.000Z"),
      remindedAt: null,
    });
    expect(deadlinesFor("COD_PENDING", at, settings)).toEqual({
      packBy: new Date("2026-12-03T00:00:00.000Z"),
      remindedAt: null,
    });
  });

  it("starts the receipt clock when an order ships, and stops the pack clock", () => {
    expect(deadlinesFor("SHIPPED", at, settings)).toEqual({
      packBy: null,
      receiveBy: new Date("2026-12-08T00:00:00.000Z"),
      remindedAt: null,
    });
  });

  it("clears both clocks on every other status", () => {
    for (const status of ["PACKED", "RECEIVED", "COMPLETED", "CANCELLED", "REFUNDED"] as const) {
      expect(deadlinesFor(status, at, settings)).toEqual({
        packBy: null,
        receiveBy: null,
        remindedAt: null,
      });
    }
  });
});
