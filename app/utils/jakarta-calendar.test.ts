import { describe, expect, it } from "vitest";
import { parsePeriod } from "~/modules/reports/period";
import {
  addMonths,
  daysBetween,
  isCalendarDay,
  jakartaDateOf,
  jakartaMonthOf,
  jakartaMonthRange,
  jakartaYearOf,
  monthsBetween,
} from "./jakarta-calendar";

describe("the Jakarta calendar", () => {
  it("puts an instant in Jakarta's month and day, not UTC's", () => {
    // 31 Dec 2025, 18:00 UTC is 1 Jan 2026, 01:00 in Jakarta.
    const instant = new Date("2025-12-31T18:00:00Z");
    expect(jakartaMonthOf(instant)).toBe("2026-01");
    expect(jakartaDateOf(instant)).toBe("2026-01-01");
    expect(jakartaYearOf(instant)).toBe(2026);
    expect(jakartaYearOf(new Date("2025-12-31T16:59:00Z"))).toBe(2025);
    expect(jakartaMonthRange("2026-01")).toEqual({
      start: new Date("2025-12-31T17:00:00Z"),
      end: new Date("2026-01-31T17:00:00Z"),
    });
  });

  it("steps months across years and lists a span", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -13)).toBe("2024-12");
    expect(monthsBetween("2025-11", "2026-02", 24)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(() => monthsBetween("2026-02", "2025-11", 24)).toThrow(/sesudah/);
    expect(() => monthsBetween("2024-01", "2026-12", 24)).toThrow(/24 bulan/);
    expect(() => addMonths("2026-13", 1)).toThrow(/TTTT-BB/);
  });

  it("counts whole days between calendar days, across months and leap days", () => {
    expect(daysBetween("2026-03-10", "2026-03-13")).toBe(3);
    expect(daysBetween("2026-03-13", "2026-03-10")).toBe(-3);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
  });

  it("knows real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
  });
});

describe("dashboard periods", () => {
  const now = new Date("2026-11-29T20:00:00Z"); // 30 November in Jakarta

  it("default to the last twelve whole months, ending with the current one", () => {
    const period = parsePeriod(new URLSearchParams(), now);
    expect([period.fromMonth, period.toMonth]).toEqual(["2025-12", "2026-11"]);
    expect(period.from).toEqual(new Date("2025-11-30T17:00:00Z"));
    expect(period.to).toEqual(new Date("2026-11-30T17:00:00Z"));
  });

  it("swap a reversed range, cap it at 36 months and ignore nonsense", () => {
    const swapped = parsePeriod(new URLSearchParams({ dari: "2026-06", sampai: "2026-01" }), now);
    expect([swapped.fromMonth, swapped.toMonth]).toEqual(["2026-01", "2026-06"]);
    const long = parsePeriod(new URLSearchParams({ dari: "2019-01", sampai: "2026-06" }), now);
    expect(long.fromMonth).toBe("2023-07");
    const junk = parsePeriod(new URLSearchParams({ dari: "kemarin", sampai: "2026-13" }), now);
    expect([junk.fromMonth, junk.toMonth]).toEqual(["2025-12", "2026-11"]);
  });
});
