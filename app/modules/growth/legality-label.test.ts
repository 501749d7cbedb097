import { describe, expect, it } from "vitest";
import { legalityNumberText } from "./legality-label";

describe("legality numbers on a statement", () => {
  it.each([
    ["PIRT", "P-IRT 851835101234567", "851835101234567"],
    ["PIRT", "pirt: 2063510010123-25", "2063510010123-25"],
    ["PIRT", "SPP-IRT No. 2063510010123-25", "2063510010123-25"],
    ["PIRT", "2063510010123-25", "2063510010123-25"],
    ["NIB", "NIB 9120304050607", "9120304050607"],
    ["NIB", "9120304050607", "9120304050607"],
    ["HALAL", "Sertifikat Halal ID35110000123", "ID35110000123"],
    ["SKU", "SKU 470/12/429.501/2025", "470/12/429.501/2025"],
    ["SKU", "Surat Keterangan Usaha nomor 470/12", "470/12"],
    // Only a name and nothing after it: keep what was typed.
    ["NIB", "NIB", "NIB"],
  ] as const)("%s %j prints as %j", (type, number, expected) => {
    expect(legalityNumberText(type, number)).toBe(expected);
  });
});
