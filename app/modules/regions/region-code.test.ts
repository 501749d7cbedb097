import { describe, expect, it } from "vitest";
import { classifyRegionCode, parentRegionCode } from "./region-code";

describe("classifyRegionCode", () => {
  it("reads each Kemendagri level", () => {
    expect(classifyRegionCode("35")).toEqual({ level: "PROVINSI", kind: "PROVINSI" });
    expect(classifyRegionCode("35.10")).toEqual({ level: "KABUPATEN_KOTA", kind: "KABUPATEN" });
    expect(classifyRegionCode("35.78")).toEqual({ level: "KABUPATEN_KOTA", kind: "KOTA" });
    expect(classifyRegionCode("35.10.16")).toEqual({ level: "KECAMATAN", kind: "KECAMATAN" });
  });

  it("tells desa from kelurahan by the first digit of the last segment", () => {
    expect(classifyRegionCode("35.10.16.2001").kind).toBe("DESA");
    expect(classifyRegionCode("35.10.16.1001").kind).toBe("KELURAHAN");
    // Desa adat (Papua) count as desa.
    expect(classifyRegionCode("91.03.01.3007").kind).toBe("DESA");
  });

  it("rejects malformed codes", () => {
    expect(() => classifyRegionCode("35.10.16.4001")).toThrow();
    expect(() => classifyRegionCode("35.x")).toThrow();
    expect(() => classifyRegionCode("35.10.16.2001.1")).toThrow();
  });

  it("finds the parent code", () => {
    expect(parentRegionCode("35.10.16.2001")).toBe("35.10.16");
    expect(parentRegionCode("35")).toBeNull();
  });
});
