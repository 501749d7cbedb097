import { describe, expect, it } from "vitest";
import { SIZE_CLASS_LIMITS, sizeClassFor } from "./size-class";

describe("sizeClassFor (PP 7/2021 annual sales)", () => {
  it("pins the exact thresholds", () => {
    expect(SIZE_CLASS_LIMITS).toEqual({
      MIKRO: 2_000_000_000,
      KECIL: 15_000_000_000,
      MENENGAH: 50_000_000_000,
    });
    expect(sizeClassFor(0)).toBe("MIKRO");
    expect(sizeClassFor(2_000_000_000)).toBe("MIKRO");
    expect(sizeClassFor(2_000_000_001)).toBe("KECIL");
    expect(sizeClassFor(15_000_000_000)).toBe("KECIL");
    expect(sizeClassFor(15_000_000_001)).toBe("MENENGAH");
    expect(sizeClassFor(50_000_000_000)).toBe("MENENGAH");
  });

  it("keeps a business above the menengah ceiling at MENENGAH", () => {
    expect(sizeClassFor(50_000_000_001)).toBe("MENENGAH");
  });
});
