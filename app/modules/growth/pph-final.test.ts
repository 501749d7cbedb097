/** PPh Final UMKM rules, each case named after the article it pins (PP 55/2022, PMK 81/2024). */
import { describe, expect, it } from "vitest";
import { facilityYears, taxOn, yearTax } from "./pph-final";

const months = (...turnovers: number[]) =>
  turnovers.map((turnover, i) => ({ month: `2026-${String(i + 1).padStart(2, "0")}`, turnover }));
const JUTA = 1_000_000;

describe("PP 55/2022 art. 56–58: 0.5 % of gross turnover, monthly", () => {
  it("taxes a PT's every rupiah of turnover, rounded down to the rupiah", () => {
    expect(taxOn(1_000_000)).toBe(5_000);
    expect(taxOn(199)).toBe(0);
    expect(taxOn(201)).toBe(1);
    const year = yearTax("PT", months(10 * JUTA, 0, 3_333_333));
    expect(year.months.map((m) => m.tax)).toEqual([50_000, 0, 16_666]);
    expect(year.tax).toBe(66_666);
    expect(year.exemptUsed).toBe(0);
  });
});

describe("PP 55/2022 art. 60 (2)–(3): individuals pay nothing on the first Rp500 juta of a year", () => {
  it("nothing below the threshold", () => {
    const year = yearTax("ORANG_PRIBADI", months(...Array<number>(12).fill(40 * JUTA)));
    expect(year.turnover).toBe(480 * JUTA);
    expect(year.tax).toBe(0);
    expect(year.exemptLeft).toBe(20 * JUTA);
  });
  it("taxes only the part of the crossing month above it, then every later month whole", () => {
    // 200 + 200 + 150 = 550: March crosses by 50 juta.
    const year = yearTax("ORANG_PRIBADI", months(200 * JUTA, 200 * JUTA, 150 * JUTA, 80 * JUTA));
    expect(year.months.map((m) => m.taxable)).toEqual([0, 0, 50 * JUTA, 80 * JUTA]);
    expect(year.months.map((m) => m.tax)).toEqual([0, 0, 250_000, 400_000]);
    expect(year.months[2]!.cumulative).toBe(550 * JUTA);
    expect(year.exemptUsed).toBe(500 * JUTA);
    expect(year.exemptLeft).toBe(0);
    expect(year.tax).toBe(650_000);
  });
  it("exactly Rp500 juta is still untaxed", () => {
    expect(yearTax("ORANG_PRIBADI", months(500 * JUTA)).tax).toBe(0);
    expect(yearTax("ORANG_PRIBADI", months(500 * JUTA + 200)).tax).toBe(1);
  });
  it("does not apply to koperasi, CV, firma, BUMDes or PT", () => {
    for (const type of [
      "KOPERASI",
      "CV",
      "FIRMA",
      "BUMDES",
      "PERSEROAN_PERORANGAN",
      "PT",
    ] as const) {
      expect(yearTax(type, months(100 * JUTA)).tax).toBe(500_000);
    }
  });
});

describe("PP 55/2022 art. 57: the facility is for turnover up to Rp4,8 miliar a year", () => {
  it("flags a year above the limit (the rate still applies to that year)", () => {
    const year = yearTax("ORANG_PRIBADI", months(4_800 * JUTA));
    expect(year.overLimit).toBe(false);
    const over = yearTax("ORANG_PRIBADI", months(4_800 * JUTA, 1));
    expect(over.overLimit).toBe(true);
    expect(over.tax).toBe(taxOn(4_300 * JUTA) + 0);
  });
});

describe("PP 55/2022 art. 59: a limited number of tax years", () => {
  it.each([
    ["ORANG_PRIBADI", 2022, 2028, 7],
    ["KOPERASI", 2023, 2026, 4],
    ["CV", 2023, 2026, 4],
    ["FIRMA", 2023, 2026, 4],
    ["BUMDES", 2023, 2026, 4],
    ["PERSEROAN_PERORANGAN", 2023, 2026, 4],
    ["PT", 2024, 2026, 3],
  ] as const)("%s from %i: last year %i (%i years)", (type, since, last, years) => {
    const f = facilityYears(type, since, last);
    expect(f).toMatchObject({ lastYear: last, years, yearNumber: years, within: true });
    expect(facilityYears(type, since, last + 1).within).toBe(false);
    expect(facilityYears(type, since, since - 1).within).toBe(false);
  });
  it("counts from 2018 for a business registered before PP 23/2018", () => {
    expect(facilityYears("ORANG_PRIBADI", 2015, 2024)).toMatchObject({
      firstYear: 2018,
      lastYear: 2024,
      within: true,
    });
    expect(facilityYears("ORANG_PRIBADI", 2015, 2025).within).toBe(false);
  });
});

describe("PMK 81/2024 art. 94 (2), 100: paid by the 15th of the following month", () => {
  it("including December into the next year, and on Monday when the 15th is a weekend", () => {
    const year = yearTax("PT", [
      { month: "2026-01", turnover: 1 }, // 15 Feb 2026 is a Sunday
      { month: "2026-02", turnover: 1 }, // 15 Mar 2026 is a Sunday
      { month: "2026-07", turnover: 1 }, // 15 Aug 2026 is a Saturday
      { month: "2026-08", turnover: 1 }, // 15 Sep 2026 is a Tuesday
      { month: "2026-12", turnover: 1 }, // 15 Jan 2027 is a Friday
    ]);
    expect(year.months.map((m) => m.payBy)).toEqual([
      "2026-02-16",
      "2026-03-16",
      "2026-08-17",
      "2026-09-15",
      "2027-01-15",
    ]);
  });
});
