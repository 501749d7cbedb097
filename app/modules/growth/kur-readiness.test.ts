import { describe, expect, it } from "vitest";
import { kurReadiness, monthsSince, type KurFacts } from "./kur-readiness";

const NOW = new Date("2025-06-15T05:00:00Z");
const none: KurFacts = {
  now: NOW,
  legalities: [],
  firstCompletedOrderAt: null,
  firstCashbookRecordedAt: null,
  attendedTrainings: 0,
  cashbookDates: [],
  latestStatement: null,
  hasNik: false,
};
const item = (facts: Partial<KurFacts>, key: string) =>
  kurReadiness({ ...none, ...facts }).items.find((i) => i.key === key)!;

describe("KUR readiness", () => {
  it("meets nothing for a new shop, and everything for a prepared one", () => {
    const empty = kurReadiness(none);
    expect(empty.items.map((i) => [i.key, i.met])).toEqual([
      ["legality", false],
      ["activity", false],
      ["training", false],
      ["cashbook", false],
      ["statement", false],
      ["nik", false],
    ]);
    expect(empty.ready).toBe(false);
    const ready = kurReadiness({
      now: NOW,
      legalities: [{ type: "SKU", status: "VERIFIED", expiresAt: null }],
      firstCompletedOrderAt: new Date("2024-12-01T00:00:00Z"),
      firstCashbookRecordedAt: null,
      attendedTrainings: 1,
      cashbookDates: ["2025-02-03", "2025-04-20", "2025-06-01"].map((d) => new Date(d)),
      latestStatement: {
        issuedAt: new Date("2025-06-01T00:00:00Z"),
        validUntil: new Date("2025-08-30T00:00:00Z"),
      },
      hasNik: true,
    });
    expect(ready).toMatchObject({ met: 6, ready: true });
  });

  it("counts an NIB or SKU only while verified and unexpired", () => {
    const legality = (legalities: KurFacts["legalities"]) => item({ legalities }, "legality").met;
    expect(legality([{ type: "NIB", status: "VERIFIED" }])).toBe(true);
    expect(legality([{ type: "SKU", status: "VERIFIED", expiresAt: new Date("2025-07-01") }])).toBe(
      true,
    );
    expect(legality([{ type: "SKU", status: "VERIFIED", expiresAt: new Date("2025-06-01") }])).toBe(
      false,
    );
    expect(legality([{ type: "NIB", status: "UNVERIFIED" }])).toBe(false);
    expect(legality([{ type: "NIB", status: "REJECTED" }])).toBe(false);
    // A P-IRT or halal certificate is not a business licence.
    expect(legality([{ type: "PIRT", status: "VERIFIED" }])).toBe(false);
  });

  it("counts six months of activity from the earliest evidence, not the founding year", () => {
    const activity = (facts: Partial<KurFacts>) => item(facts, "activity");
    expect(activity({ firstCompletedOrderAt: new Date("2024-12-15T06:00:00Z") })).toMatchObject({
      met: true,
      months: 6,
    });
    expect(activity({ firstCompletedOrderAt: new Date("2024-12-16T06:00:00Z") })).toMatchObject({
      met: false,
      months: 5,
    });
    // The earliest of the order, the first recorded cashbook entry and a current licence's date.
    expect(
      activity({
        firstCompletedOrderAt: new Date("2025-05-01T00:00:00Z"),
        firstCashbookRecordedAt: new Date("2025-03-01T00:00:00Z"),
        legalities: [
          { type: "NIB", status: "VERIFIED", issuedAt: new Date("2023-01-10T00:00:00Z") },
        ],
      }),
    ).toMatchObject({ met: true, since: new Date("2023-01-10T00:00:00Z") });
    // An unverified licence's date is the seller's word.
    expect(
      activity({
        legalities: [
          { type: "NIB", status: "UNVERIFIED", issuedAt: new Date("2023-01-10T00:00:00Z") },
        ],
      }),
    ).toMatchObject({ met: false, since: null });
  });

  it("needs cashbook entries in three distinct months of the last six", () => {
    const cashbook = (days: string[]) =>
      item({ cashbookDates: days.map((d) => new Date(`${d}T03:00:00Z`)) }, "cashbook");
    expect(cashbook(["2025-06-01", "2025-06-02", "2025-05-31", "2025-05-01"])).toMatchObject({
      met: false,
      months: 2,
    });
    expect(cashbook(["2025-01-10", "2025-03-01", "2025-06-14"])).toMatchObject({
      met: true,
      months: 3,
    });
    // December is seven months back: outside the window.
    expect(cashbook(["2024-12-31", "2025-03-01", "2025-06-14"])).toMatchObject({
      met: false,
      months: 2,
    });
    // Months are Jakarta months: 31 Dec 2024 18:00 UTC is 1 January in Jakarta.
    expect(
      item(
        {
          cashbookDates: [
            new Date("2024-12-31T18:00:00Z"),
            new Date("2025-03-01T03:00:00Z"),
            new Date("2025-06-14T03:00:00Z"),
          ],
        },
        "cashbook",
      ),
    ).toMatchObject({ met: true, months: 3 });
  });

  it("needs a statement that is still valid and a recorded NIK", () => {
    const statement = (validUntil: string | null) =>
      item(
        {
          latestStatement: {
            issuedAt: new Date("2025-03-01"),
            validUntil: validUntil ? new Date(validUntil) : null,
          },
        },
        "statement",
      ).met;
    expect(statement("2025-06-16T00:00:00Z")).toBe(true);
    expect(statement("2025-06-15T05:00:00Z")).toBe(false);
    expect(statement(null)).toBe(false);
    expect(item({ hasNik: true }, "nik").met).toBe(true);
  });

  it("counts whole months", () => {
    expect(monthsSince(new Date("2025-01-31T00:00:00Z"), new Date("2025-02-28T00:00:00Z"))).toBe(0);
    expect(monthsSince(new Date("2025-01-15T00:00:00Z"), new Date("2025-07-15T00:00:00Z"))).toBe(6);
    expect(monthsSince(new Date("2025-07-15T00:00:00Z"), new Date("2025-01-15T00:00:00Z"))).toBe(0);
  });
});
