import { describe, expect, it } from "vitest";
import { platformFee } from "./ledger.server";

describe("platformFee", () => {
  it("is a whole-rupiah percentage of the goods subtotal, 0 when the fee is 0", () => {
    expect(platformFee(30_000, 2)).toBe(600);
    expect(platformFee(12_345, 2.5)).toBe(309);
    expect(platformFee(30_000, 0)).toBe(0);
  });
});
