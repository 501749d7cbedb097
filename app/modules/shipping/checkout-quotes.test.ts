import { describe, expect, it } from "vitest";
import { DELIVERY_CHOICE_PATTERN, etdText, methodOfChoice, packParcel } from "./checkout-quotes";
import { billableWeightGrams } from "./tariff";

const item = (weightGrams: number, quantity: number, size?: [number, number, number]) => ({
  weightGrams,
  quantity,
  lengthCm: size?.[0] ?? null,
  widthCm: size?.[1] ?? null,
  heightCm: size?.[2] ?? null,
});

describe("packParcel", () => {
  it("sums weight × quantity into one parcel, billed once rather than a kilo per item", () => {
    const items = [item(250, 3), item(400, 1)];
    expect(packParcel(items)).toEqual({ weightGrams: 1_150 });
    // 1.15 kg is within the 0.3 kg tolerance: one kilo, where three parcels would bill four.
    expect(billableWeightGrams([packParcel(items)])).toBe(1_000);
    expect(billableWeightGrams(items.flatMap((i) => Array(i.quantity).fill(i)))).toBe(4_000);
  });

  it("takes the largest item's dimensions by volume, and none when no item has all three", () => {
    expect(packParcel([item(100, 2, [10, 10, 10]), item(200, 1, [30, 20, 5])])).toEqual({
      weightGrams: 400,
      lengthCm: 30,
      widthCm: 20,
      heightCm: 5,
    });
    expect(packParcel([item(100, 1), { ...item(100, 1), lengthCm: 40, widthCm: 40 }])).toEqual({
      weightGrams: 200,
    });
  });

  it("counts a missing or negative weight as nothing, not as a refund of grams", () => {
    expect(packParcel([item(-50, 2), item(0, 5), item(300, 1)])).toEqual({ weightGrams: 300 });
  });
});

describe("delivery choices", () => {
  it.each([
    ["PICKUP_SELLER", "PICKUP_SELLER", true],
    ["LOCAL_DELIVERY", "LOCAL_DELIVERY", true],
    ["COURIER:REGULAR", "COURIER", true],
    ["COURIER:NEXT_DAY", "COURIER", true],
    ["COURIER:regular", "COURIER", false],
    ["TELEPORT", "TELEPORT", false],
  ])("%s is a %s choice (valid form value: %s)", (choice, method, valid) => {
    expect(DELIVERY_CHOICE_PATTERN.test(choice)).toBe(valid);
    if (valid) expect(methodOfChoice(choice)).toBe(method);
  });

  it("snapshots the estimate as days", () => {
    expect(etdText({ etdMinDays: 2, etdMaxDays: 3 })).toBe("2-3");
    expect(etdText({ etdMinDays: 1, etdMaxDays: 1 })).toBe("1");
    expect(etdText({ etdMinDays: null, etdMaxDays: null })).toBeNull();
  });
});
