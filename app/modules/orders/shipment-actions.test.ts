import { describe, expect, it } from "vitest";
import type { ShipmentStatus } from "~/generated/prisma/enums";
import { canCancelPickup, parcelActions, parcelShows, type ParcelOrder } from "./shipment-actions";

const biteship = { bookable: () => true, book: {}, track: {}, order: {}, cancel: {} };
const tariffs = {};

function shipped(
  status: ShipmentStatus,
  shipment: Partial<NonNullable<ParcelOrder["shipment"]>> = {},
): ParcelOrder {
  return {
    status: "SHIPPED",
    shippingMethod: "COURIER",
    shippingService: "JNE_REG",
    shipment: {
      provider: "biteship",
      status,
      waybill: null,
      deliveredAt: null,
      codAmount: 0,
      codCollector: null,
      codSettledAt: null,
      ...shipment,
    },
  };
}

describe("calling a pickup off", () => {
  it.each([
    ["CONFIRMED", true],
    ["ALLOCATED", true],
    ["PICKING_UP", true],
    ["PICKED_UP", false],
    ["IN_TRANSIT", false],
    ["DELIVERED", false],
    ["CANCELLED", false],
  ] as const)("is offered for a booked pickup that is %s: %s", (status, offered) => {
    expect(canCancelPickup(biteship, shipped(status))).toBe(offered);
  });

  it("is not offered for a typed waybill, a provider that cannot cancel, or a packed order", () => {
    expect(canCancelPickup(biteship, shipped("CONFIRMED", { provider: "manual" }))).toBe(false);
    expect(canCancelPickup(tariffs, shipped("CONFIRMED"))).toBe(false);
    expect(canCancelPickup(biteship, { ...shipped("CONFIRMED"), status: "PACKED" })).toBe(false);
  });

  it("leads back to booking or typing a waybill once the pickup is cancelled", () => {
    expect(parcelActions(biteship, shipped("CONFIRMED"))).toMatchObject({
      cancelPickup: true,
      book: false,
      reship: false,
    });
    expect(parcelActions(biteship, shipped("CANCELLED"))).toMatchObject({
      cancelPickup: false,
      book: true,
      reship: true,
    });
  });
});

describe("reading where a parcel is", () => {
  it("reads a booked parcel without a waybill from the provider's order", () => {
    expect(parcelActions(biteship, shipped("ALLOCATED")).track).toBe(true);
    expect(parcelActions({ track: {} }, shipped("ALLOCATED")).track).toBe(false);
    expect(parcelActions({ track: {} }, shipped("ALLOCATED", { waybill: "JNE1" })).track).toBe(
      true,
    );
    expect(parcelActions(biteship, shipped("DELIVERED", { waybill: "JNE1" })).track).toBe(false);
    const typed = shipped("PICKED_UP", { provider: "manual" });
    expect(parcelActions({ order: {} }, typed).track).toBe(false);
  });
});

describe("the parcel card", () => {
  it("hides the waybill line and the COD note of a cancelled pickup", () => {
    expect(parcelShows({ status: "CONFIRMED", waybill: null, codAmount: 77_000 })).toEqual({
      waybill: true,
      collecting: true,
    });
    expect(parcelShows({ status: "CANCELLED", waybill: null, codAmount: 77_000 })).toEqual({
      waybill: false,
      collecting: false,
    });
    expect(parcelShows({ status: "CANCELLED", waybill: "JNE1", codAmount: 0 })).toEqual({
      waybill: true,
      collecting: false,
    });
    expect(parcelShows({ status: "RETURNED", waybill: "JNE1", codAmount: 77_000 })).toEqual({
      waybill: true,
      collecting: false,
    });
  });
});
