import { describe, expect, it } from "vitest";
import { formatRupiah, formatRupiahRange } from "./money";

describe("formatRupiah", () => {
  it("writes rupiah with dot thousands and no space or decimals", () => {
    expect(formatRupiah(15000)).toBe("Rp15.000");
    expect(formatRupiah(1250000)).toBe("Rp1.250.000");
    expect(formatRupiah(500)).toBe("Rp500");
    expect(formatRupiah(0)).toBe("Rp0");
  });

  it("puts the sign before the currency", () => {
    expect(formatRupiah(-2500)).toBe("-Rp2.500");
  });

  it("refuses fractional amounts, which would hide a conversion bug", () => {
    expect(() => formatRupiah(10.5)).toThrow(RangeError);
  });

  it("collapses a range whose ends are equal", () => {
    expect(formatRupiahRange(15000, 15000)).toBe("Rp15.000");
    expect(formatRupiahRange(15000, 30000)).toBe("Rp15.000 – Rp30.000");
  });
});
