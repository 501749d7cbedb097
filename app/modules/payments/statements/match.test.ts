import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { matchCredits, type OpenPayment } from "./match";
import { fingerprintLines, parseStatement, type StatementLine } from "./parse";
import { layoutFromMapping, PRESETS, StatementMappingSchema } from "./presets";

/** A Jakarta wall-clock time (UTC+7) as an instant. */
const wib = (local: string) => new Date(`${local}+07:00`);

function credit(lineNumber: number, date: string, amount: number): StatementLine {
  return {
    lineNumber,
    date,
    description: `TRSF ${lineNumber}`,
    amount,
    direction: "CREDIT",
    fingerprint: `f${lineNumber}`,
  };
}

function payment(id: string, amount: number, created: string, expires: string | null): OpenPayment {
  return { id, amount, createdAt: wib(created), expiresAt: expires ? wib(expires) : null };
}

describe("matchCredits", () => {
  it("confirms a credit of exactly one open payment's amount", () => {
    const result = matchCredits({
      credits: [credit(8, "2026-12-01", 125_317)],
      open: [
        payment("p1", 125_317, "2026-11-30T10:00:00", "2026-12-01T10:00:00"),
        payment("p2", 125_318, "2026-12-01T08:00:00", "2026-12-02T08:00:00"),
      ],
      windowHours: 24,
    });
    expect(result).toEqual({
      confirmed: [{ lineNumber: 8, fingerprint: "f8", paymentId: "p1" }],
      unmatched: [],
      ambiguous: [],
    });
  });

  it("leaves several fitting payments to staff", () => {
    const line = credit(3, "2026-12-01", 50_021);
    const result = matchCredits({
      credits: [line],
      open: [
        payment("a", 50_021, "2026-12-01T09:00:00", "2026-12-02T09:00:00"),
        payment("b", 50_021, "2026-11-30T21:00:00", "2026-12-01T21:00:00"),
      ],
      windowHours: 24,
    });
    expect(result.confirmed).toEqual([]);
    expect(result.ambiguous).toEqual([{ line, paymentIds: ["b", "a"] }]);
  });

  it.each<[string, string, string | null, boolean]>([
    ["created the same evening", "2026-12-01T23:59:00", "2026-12-02T23:59:00", true],
    ["created the next day", "2026-12-02T00:00:00", "2026-12-03T00:00:00", false],
    ["expiring at the start of the day", "2026-11-30T00:00:00", "2026-12-01T00:00:00", true],
    ["expired the evening before", "2026-11-29T23:00:00", "2026-11-30T23:59:00", false],
    ["expired weeks before", "2026-11-18T10:00:00", "2026-11-20T10:00:00", false],
    ["without expiry, within the window", "2026-11-29T12:00:00", null, true],
    ["without expiry, past the window", "2026-11-28T12:00:00", null, false],
  ])("takes the bank day as a whole: payment %s", (_, created, expires, matches) => {
    const result = matchCredits({
      credits: [credit(1, "2026-12-01", 99_871)],
      open: [payment("p", 99_871, created, expires)],
      windowHours: 48,
    });
    expect(result.confirmed.length).toBe(matches ? 1 : 0);
    expect(result.unmatched.length).toBe(matches ? 0 : 1);
  });

  it("ignores a debit of an open payment's amount", () => {
    const debit: StatementLine = { ...credit(9, "2026-12-02", 87_412), direction: "DEBIT" };
    const result = matchCredits({
      credits: [debit],
      open: [payment("p2", 87_412, "2026-12-02T08:00:00", "2026-12-03T08:00:00")],
      windowHours: 24,
    });
    expect(result).toEqual({ confirmed: [], unmatched: [], ambiguous: [] });
  });

  it("confirms the first of two credits for one payment and leaves the second unmatched", () => {
    const [first, second] = fingerprintLines([
      {
        lineNumber: 11,
        date: "2026-12-03",
        description: "BUDI",
        amount: 250_123,
        direction: "CREDIT",
      },
      {
        lineNumber: 10,
        date: "2026-12-03",
        description: "BUDI",
        amount: 250_123,
        direction: "CREDIT",
      },
    ]);
    const result = matchCredits({
      credits: [first!, second!],
      open: [payment("p3", 250_123, "2026-12-02T20:00:00", "2026-12-03T20:00:00")],
      windowHours: 24,
    });
    expect(result.confirmed).toEqual([
      { lineNumber: 10, fingerprint: second!.fingerprint, paymentId: "p3" },
    ]);
    expect(result.unmatched).toEqual([first]);
    expect(result.ambiguous).toEqual([]);
  });

  it("runs 20,000 credits against 20,000 open payments", () => {
    const count = 20_000;
    const base = wib("2026-12-01T00:00:00").getTime();
    const open: OpenPayment[] = [];
    const credits: StatementLine[] = [];
    for (let i = 0; i < count; i += 1) {
      const createdAt = new Date(base + i * 60_000);
      // Every tenth amount is shared by two payments, so some credits are ambiguous.
      const amount = 100_000 + (i % 10 === 1 ? i - 1 : i);
      open.push({
        id: `p${i}`,
        amount,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + 86_400_000),
      });
      const day = new Date(createdAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      credits.push(credit(i + 1, day, 100_000 + i));
    }
    const result = matchCredits({ credits, open, windowHours: 24 });
    expect(result.confirmed.length + result.unmatched.length + result.ambiguous.length).toBe(count);
    expect(result.ambiguous.length).toBe(count / 10);
    expect(result.confirmed.length).toBe(count - count / 5);
  });
});

const FIXTURES = fileURLToPath(new URL("../../../../tests/fixtures/statements/", import.meta.url));
const GENERIC = layoutFromMapping(
  StatementMappingSchema.parse({
    delimiter: ";",
    skipRows: 3,
    dateColumn: 1,
    descriptionColumn: 2,
    creditColumn: 4,
    debitColumn: 3,
    dateFormat: "DD-MM-YYYY",
  }),
);

describe("matching each bank's fixture", () => {
  // p1 is paid, p2 only has a debit of its amount, p3 is paid twice, p4 expired before its
  // amount came in, p5 is BCA's pending line (not booked yet).
  const open = [
    payment("p1", 125_317, "2026-11-30T10:00:00", "2026-12-01T10:00:00"),
    payment("p2", 87_412, "2026-12-02T08:00:00", "2026-12-03T08:00:00"),
    payment("p3", 250_123, "2026-12-02T20:00:00", "2026-12-03T20:00:00"),
    payment("p4", 99_871, "2026-11-18T10:00:00", "2026-11-20T10:00:00"),
    payment("p5", 45_678, "2026-12-05T07:00:00", "2026-12-06T07:00:00"),
  ];

  it.each(["bca", "bri", "bni", "mandiri", "generic"])("%s", (name) => {
    const layout = name === "generic" ? GENERIC : PRESETS[name as keyof typeof PRESETS];
    const csv = readFileSync(`${FIXTURES}${name}.csv`, "utf8");
    const parsed = parseStatement(csv, layout, { now: new Date("2026-12-05T03:00:00Z") });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = matchCredits({ credits: parsed.lines, open, windowHours: 24 });
    expect(result.confirmed.map((match) => match.paymentId)).toEqual(["p1", "p3"]);
    expect(result.unmatched.map((line) => line.amount)).toEqual([250_123, 99_871]);
    expect(result.ambiguous).toEqual([]);
  });
});
