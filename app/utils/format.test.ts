import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPoints,
  formatWeekdayDateTime,
} from "./format";

describe("formatting in Indonesian", () => {
  it("groups thousands with dots and writes decimals with a comma", () => {
    expect(formatNumber("id", 1_234_567)).toBe("1.234.567");
    expect(formatNumber("id", 1234.56)).toBe("1.234,6");
    expect(formatNumber("id", 1234.567, 2)).toBe("1.234,57");
    expect(formatNumber("id", 0)).toBe("0");
    expect(formatNumber("id", -1500)).toBe("-1.500");
  });

  it("writes shares from a fraction, one decimal at most", () => {
    expect(formatPercent("id", 0.155)).toBe("15,5%");
    expect(formatPercent("id", 0.3)).toBe("30%");
    expect(formatPercent("id", 0)).toBe("0%");
    expect(formatPercent("id", -0.05)).toBe("-5%");
    expect(formatPercent("id", 0.6646, 2)).toBe("66,46%");
  });

  it("writes scores as poin, without a decimal when whole", () => {
    expect(formatPoints("id", 30)).toBe("30 poin");
    expect(formatPoints("id", 30.04)).toBe("30 poin");
    expect(formatPoints("id", 12.25)).toBe("12,3 poin");
    expect(formatPoints("id", 1)).toBe("1 poin");
    expect(formatPoints("id", -4.5)).toBe("-4,5 poin");
    expect(formatPoints("id", 0)).toBe("0 poin");
  });

  it("names days and months in Indonesian, on the Jakarta calendar", () => {
    expect(formatDay("id", "2026-12-04")).toBe("4 Desember 2026");
    expect(formatDayMonth("id", "2026-12-04")).toBe("4 Des");
    // 20:00 UTC on 3 December is already the 4th in Jakarta.
    expect(formatDate("id", new Date("2026-12-03T20:00:00Z"))).toBe("4 Desember 2026");
    expect(formatDateTime("id", "2026-12-03T20:30:00Z")).toBe("4 Des 2026, 03.30");
    expect(formatWeekdayDateTime("id", "2026-12-04T02:00:00Z")).toBe(
      "Jumat, 4 Desember 2026 pukul 09.00",
    );
    expect(formatMonth("id", "2026-01")).toBe("Januari 2026");
    expect(formatMonth("id", "2026-05", "short")).toBe("Mei 2026");
    expect(formatMonth("id", "2026-08", "name")).toBe("Agu");
  });
});

describe("formatting in English", () => {
  it("groups thousands with commas and writes decimals with a point", () => {
    expect(formatNumber("en", 1_234_567)).toBe("1,234,567");
    expect(formatNumber("en", 1234.56)).toBe("1,234.6");
    expect(formatNumber("en", 0)).toBe("0");
    expect(formatNumber("en", -1500)).toBe("-1,500");
  });

  it("writes shares from a fraction", () => {
    expect(formatPercent("en", 0.155)).toBe("15.5%");
    expect(formatPercent("en", 0)).toBe("0%");
    expect(formatPercent("en", -0.05)).toBe("-5%");
  });

  it("writes scores as points, singular for one", () => {
    expect(formatPoints("en", 30)).toBe("30 points");
    expect(formatPoints("en", 1)).toBe("1 point");
    expect(formatPoints("en", 12.25)).toBe("12.3 points");
    expect(formatPoints("en", -1)).toBe("-1 point");
    expect(formatPoints("en", 0)).toBe("0 points");
  });

  it("names days and months in English", () => {
    expect(formatDay("en", "2026-12-04")).toBe("4 December 2026");
    expect(formatDayMonth("en", "2026-12-04")).toBe("4 Dec");
    expect(formatDate("en", "2026-12-03T20:00:00Z")).toBe("4 December 2026");
    expect(formatDateTime("en", "2026-12-03T20:30:00Z")).toBe("4 Dec 2026, 03:30");
    expect(formatMonth("en", "2026-01")).toBe("January 2026");
    expect(formatMonth("en", "2026-01", "short")).toBe("Jan 2026");
    expect(formatMonth("en", "2026-03", "name")).toBe("Mar");
  });
});
