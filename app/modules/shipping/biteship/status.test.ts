import { describe, expect, it } from "vitest";
import {
  BITESHIP_STATUSES,
  biteshipCourierCode,
  biteshipEtdDays,
  biteshipLabel,
  biteshipStatus,
  decodeBiteshipService,
  encodeBiteshipService,
} from "./status";
import { DELIVERY_CHOICE_PATTERN, courierChoice } from "../checkout-quotes";

describe("Biteship statuses", () => {
  it.each([
    ["confirmed", "CONFIRMED"],
    ["scheduled", "CONFIRMED"],
    ["allocated", "ALLOCATED"],
    ["picking_up", "PICKING_UP"],
    ["pickingUp", "PICKING_UP"],
    ["picked", "PICKED_UP"],
    ["dropping_off", "OUT_FOR_DELIVERY"],
    ["droppingOff", "OUT_FOR_DELIVERY"],
    ["delivered", "DELIVERED"],
    ["return_in_transit", "RETURNED"],
    ["returned", "RETURNED"],
    ["on_hold", "ON_HOLD"],
    ["cancelled", "CANCELLED"],
    ["rejected", "CANCELLED"],
    ["courier_not_found", "CANCELLED"],
    ["courierNotFound", "CANCELLED"],
    ["disposed", "CANCELLED"],
  ])("%s → %s", (raw, ours) => {
    expect(biteshipStatus(raw)).toBe(ours);
  });

  it("knows no undocumented word, nor an inherited key", () => {
    for (const raw of ["", "shipped", "constructor", "toString", "__proto__", "DELIVERED!"]) {
      expect(biteshipStatus(raw)).toBeNull();
    }
    expect(Object.keys(BITESHIP_STATUSES).length).toBe(15);
  });
});

describe("service codes", () => {
  it.each([
    ["jne", "reg", "JNE_REG"],
    ["sicepat", "best", "SICEPAT_BEST"],
    ["gojek", "same_day", "GOJEK_SAME_DAY"],
    ["JNT", "EZ", "JNT_EZ"],
  ])("%s %s ↔ %s, a choice the checkout form accepts", (courier, service, code) => {
    expect(encodeBiteshipService(courier, service)).toBe(code);
    expect(decodeBiteshipService(code)).toEqual({
      courier: courier.toLowerCase(),
      service: service.toLowerCase(),
    });
    expect(DELIVERY_CHOICE_PATTERN.test(courierChoice(code))).toBe(true);
  });

  it("refuses codes the form could not carry back", () => {
    expect(encodeBiteshipService("j_ne", "reg")).toBeNull();
    expect(encodeBiteshipService("jne", "")).toBeNull();
    expect(encodeBiteshipService("jne", "reg-23")).toBeNull();
    expect(encodeBiteshipService("anteraja", "x".repeat(30))).toBeNull();
    for (const code of ["REGULAR", "_REG", "JNE_", "jne_reg", "JNE REG", ""]) {
      expect(decodeBiteshipService(code), code).toBeNull();
    }
  });
});

describe("delivery estimates", () => {
  it.each([
    ["1 - 2", "days", 1, 2],
    ["3", "days", 3, 3],
    ["2-4", "days", 2, 4],
    ["6 - 8", "hours", 1, 1],
    ["1 - 3", "hours", 1, 1],
    ["24 - 48", "hours", 1, 2],
  ])("%s %s = %i to %i days", (range, unit, min, max) => {
    expect(biteshipEtdDays(range, unit)).toEqual({ etdMinDays: min, etdMaxDays: max });
  });

  it("reads no estimate from words or a reversed range", () => {
    expect(biteshipEtdDays("", "days")).toBeNull();
    expect(biteshipEtdDays("besok", "days")).toBeNull();
    expect(biteshipEtdDays("3 - 1", "days")).toBeNull();
  });

  it("labels a service the way buyers say it", () => {
    expect(biteshipLabel("JNE", "Reguler")).toBe("JNE Reguler");
    expect(biteshipLabel("SiCepat", "SiCepat BEST")).toBe("SiCepat BEST");
    expect(biteshipLabel("Gojek", "")).toBe("Gojek");
  });
});

describe("courier names as Biteship's codes", () => {
  it.each([
    ["JNE", "jne"],
    ["J&T", "jnt"],
    ["J&T Express", "jnt"],
    ["SiCepat", "sicepat"],
    ["POS Indonesia", "pos"],
    ["Ninja Xpress", "ninja"],
    ["Lion Parcel", "lion"],
    ["ID Express", "idexpress"],
    ["jnt", "jnt"],
  ])("%s is %s", (name, code) => {
    expect(biteshipCourierCode(name)).toBe(code);
  });

  it("knows no code for a courier it does not track", () => {
    expect(biteshipCourierCode("Kurir desa Pak Slamet")).toBeNull();
    expect(biteshipCourierCode("")).toBeNull();
  });
});
