import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { statementsEn } from "~/utils/i18n-statements-en";
import { statementsId } from "~/utils/i18n-statements-id";
import { parseStatementDate } from "./dates";
import { detectPreset, parseStatement, type StatementLine } from "./parse";
import {
  BCA_LAYOUT,
  BRI_LAYOUT,
  layoutFromMapping,
  PRESETS,
  StatementMappingSchema,
  type StatementLayout,
} from "./presets";

const FIXTURES = fileURLToPath(new URL("../../../../tests/fixtures/statements/", import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}.csv`, "utf8");
const NOW = new Date("2026-12-05T03:00:00Z");

const GENERIC_LAYOUT = layoutFromMapping(
  StatementMappingSchema.parse({
    delimiter: ";",
    skipRows: "3",
    dateColumn: "1",
    descriptionColumn: "2",
    creditColumn: "4",
    debitColumn: "3",
    directionColumn: "",
    dateFormat: "DD-MM-YYYY",
  }),
);

const LAYOUTS: Record<string, StatementLayout> = { ...PRESETS, generic: GENERIC_LAYOUT };

type Expected = [lineNumber: number, date: string, amount: number, direction: string];

/** The same five transactions in each bank's layout; BCA also has one pending line. */
const EXPECTED: Record<string, { lines: Expected[]; pending: number; first: string }> = {
  bca: {
    lines: [
      [8, "2026-12-01", 125_317, "CREDIT"],
      [9, "2026-12-02", 87_412, "DEBIT"],
      [10, "2026-12-03", 250_123, "CREDIT"],
      [11, "2026-12-03", 250_123, "CREDIT"],
      [12, "2026-12-04", 99_871, "CREDIT"],
    ],
    pending: 1,
    first: "TRSF E-BANKING CR 0112/FTSCY/WS95031 125317.00 SITI AMINAH",
  },
  bri: {
    lines: [
      [2, "2026-12-01", 125_317, "CREDIT"],
      [3, "2026-12-02", 87_412, "DEBIT"],
      [4, "2026-12-03", 250_123, "CREDIT"],
      [5, "2026-12-03", 250_123, "CREDIT"],
      [6, "2026-12-04", 99_871, "CREDIT"],
    ],
    pending: 0,
    first: "NBMB SITI AMINAH TO PASAR KAMPUNG PK-7Q2M9X",
  },
  bni: {
    lines: [
      [7, "2026-12-01", 125_317, "CREDIT"],
      [8, "2026-12-02", 87_412, "DEBIT"],
      [9, "2026-12-03", 250_123, "CREDIT"],
      [10, "2026-12-03", 250_123, "CREDIT"],
      [11, "2026-12-04", 99_871, "CREDIT"],
    ],
    pending: 0,
    first: "TRF/PAY/TOP-UP ECHANNEL SITI AMINAH",
  },
  mandiri: {
    lines: [
      [2, "2026-12-01", 125_317, "CREDIT"],
      [3, "2026-12-02", 87_412, "DEBIT"],
      [4, "2026-12-03", 250_123, "CREDIT"],
      [5, "2026-12-03", 250_123, "CREDIT"],
      [6, "2026-12-04", 99_871, "CREDIT"],
    ],
    pending: 0,
    first: "SITI AMINAH Trf Inw CN BANK CENTRAL ASIA",
  },
  generic: {
    lines: [
      [4, "2026-12-01", 125_317, "CREDIT"],
      [5, "2026-12-02", 87_412, "DEBIT"],
      [6, "2026-12-03", 250_123, "CREDIT"],
      [7, "2026-12-03", 250_123, "CREDIT"],
      [9, "2026-12-04", 99_871, "CREDIT"],
    ],
    pending: 0,
    first: "TRANSFER DARI SITI AMINAH",
  },
};

function linesOf(name: string): StatementLine[] {
  const result = parseStatement(fixture(name), LAYOUTS[name]!, { now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result.lines;
}

describe("parseStatement with each preset", () => {
  it.each(Object.keys(EXPECTED))("reads the %s fixture", (name) => {
    const expected = EXPECTED[name]!;
    const result = parseStatement(fixture(name), LAYOUTS[name]!, { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.lines.map((line) => [line.lineNumber, line.date, line.amount, line.direction]),
    ).toEqual(expected.lines);
    expect(result.lines[0]!.description).toBe(expected.first);
    expect(result.pending).toBe(expected.pending);
  });

  it("guesses the bank from the header", () => {
    for (const name of ["bca", "bri", "bni", "mandiri"]) {
      expect(detectPreset(fixture(name))).toBe(name);
    }
    expect(detectPreset(fixture("generic"))).toBeNull();
  });

  it("gives the year of BCA's day-and-month dates from the period, across new year", () => {
    const csv = [
      "Periode : 28/12/2026 - 03/01/2027",
      "Tanggal Transaksi,Keterangan,Cabang,Jumlah,Saldo",
      '\'30/12,\'TRSF CR A,\'0000,"10,000.00 CR","1.00"',
      '\'02/01,\'TRSF CR B,\'0000,"20,000.00 CR","1.00"',
    ].join("\n");
    const result = parseStatement(csv, BCA_LAYOUT, { now: NOW });
    expect(result.ok && result.lines.map((line) => line.date)).toEqual([
      "2026-12-30",
      "2027-01-02",
    ]);
  });

  it("without a period, takes the latest year not after today in Jakarta", () => {
    const context = { now: new Date("2027-01-02T20:00:00Z") }; // 3 January in Jakarta
    expect(parseStatementDate("'28/12", "DD/MM", context)).toBe("2026-12-28");
    expect(parseStatementDate("'03/01", "DD/MM", context)).toBe("2027-01-03");
    expect(parseStatementDate("'03/01", "DD/MM", { ...context, year: 2025 })).toBe("2025-01-03");
    expect(parseStatementDate("29/02", "DD/MM", { now: NOW })).toBeNull();
  });
});

describe("fingerprints", () => {
  it.each(Object.keys(EXPECTED))("are stable across two parses of %s", (name) => {
    const first = linesOf(name).map((line) => line.fingerprint);
    const second = linesOf(name).map((line) => line.fingerprint);
    expect(second).toEqual(first);
    expect(first.every((print) => /^[0-9a-f]{64}$/.test(print))).toBe(true);
  });

  it("tell two identical transfers of one day apart", () => {
    const lines = linesOf("bca");
    expect(lines[2]!.description).toBe(lines[3]!.description);
    expect(lines[2]!.fingerprint).not.toBe(lines[3]!.fingerprint);
    expect(new Set(lines.map((line) => line.fingerprint)).size).toBe(lines.length);
  });

  it("ignore the balance and spacing, so an overlapping download keeps them", () => {
    const later = fixture("bca")
      .replace('"10,125,317.00"', '"99,999,999.00"')
      .replace("WS95031     125317.00", "WS95031 125317.00");
    const result = parseStatement(later, BCA_LAYOUT, { now: NOW });
    expect(result.ok && result.lines[0]!.fingerprint).toBe(linesOf("bca")[0]!.fingerprint);
  });
});

const BCA_HEAD =
  "Periode : 01/12/2026 - 05/12/2026\nTanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo";

describe("files that cannot be read", () => {
  it.each<[string, string, StatementLayout, number, string]>([
    [
      "an unreadable amount",
      `${BCA_HEAD}\n'01/12,'TRSF CR,'0000,"125,317.00",CR,1\n'02/12,'TRSF CR,'0000,1.2x,CR,1`,
      BCA_LAYOUT,
      4,
      'Baris 4: jumlah "1.2x" tidak bisa dibaca',
    ],
    [
      "an amount with sen",
      `${BCA_HEAD}\n\n'01/12,'TRSF CR,'0000,"125,317.50",CR,1`,
      BCA_LAYOUT,
      4,
      'Baris 4: jumlah "125,317.50" memuat sen, padahal pembayaran memakai rupiah bulat',
    ],
    [
      "an impossible date",
      `${BCA_HEAD}\n'32/12,'TRSF CR,'0000,"125,317.00",CR,1`,
      BCA_LAYOUT,
      3,
      'Baris 3: tanggal "32/12" tidak bisa dibaca (format DD/MM / DD/MM/YYYY)',
    ],
    [
      "an unknown direction",
      `${BCA_HEAD}\n'01/12,'TRSF CR,'0000,"125,317.00",XX,1`,
      BCA_LAYOUT,
      3,
      'Baris 3: arah mutasi "XX" tidak dikenal (harus CR atau DB)',
    ],
    [
      "a line cut short",
      `${BCA_HEAD}\n'01/12,'TRSF CR`,
      BCA_LAYOUT,
      3,
      "Baris 3: hanya ada 2 kolom, perlu 4",
    ],
    [
      "an unclosed quote",
      `${BCA_HEAD}\n'01/12,"TRSF CR,'0000,1,CR,1\n'02/12,x,'0000,1,CR,1`,
      BCA_LAYOUT,
      4,
      "Baris 4: berkas CSV tidak bisa dibaca (periksa tanda kutip)",
    ],
    [
      "a BRI file read as BCA",
      `\n${fixture("bri")}`,
      BCA_LAYOUT,
      2,
      "Judul kolom tidak cocok dengan format BCA. Kolom yang diharapkan: Tanggal Transaksi, Keterangan, Jumlah",
    ],
    [
      "a BCA file read as BRI",
      fixture("bca"),
      BRI_LAYOUT,
      7,
      "Judul kolom tidak cocok dengan format BRI. Kolom yang diharapkan: TGL_TRAN, DESK_TRAN, MUTASI_KREDIT, MUTASI_DEBET",
    ],
    [
      "credit and debit on one line",
      "Tanggal;Uraian;Debet;Kredit\nx\nx\n01-12-2026;A;1.000;2.000",
      GENERIC_LAYOUT,
      4,
      "Baris 4: kolom kredit dan debit sama-sama terisi",
    ],
    [
      "a generic line with too few columns",
      "a\nb\nc\n01-12-2026;A;1.000",
      GENERIC_LAYOUT,
      4,
      "Baris 4: hanya ada 3 kolom, perlu 4",
    ],
  ])("reports %s with its line", (_, csv, layout, line, message) => {
    const result = parseStatement(csv, layout, { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(message);
    expect(result.error.line).toBe(line);
  });

  it("refuses files over 2 MB or 50,000 lines", () => {
    const big = parseStatement("x".repeat(2 * 1024 * 1024 + 1), BCA_LAYOUT, { now: NOW });
    expect(!big.ok && big.error).toMatchObject({
      line: 0,
      message: "Berkas terlalu besar: maksimal 2 MB",
    });
    const long = parseStatement("\n".repeat(50_000), BCA_LAYOUT, { now: NOW });
    expect(!long.ok && long.error.message).toBe("Berkas terlalu panjang: maksimal 50.000 baris");
  });

  it("carries the message key and values for the page's language", () => {
    const result = parseStatement(`${BCA_HEAD}\n'01/12,'A,'0,1.2x,CR,1`, BCA_LAYOUT, { now: NOW });
    expect(!result.ok && result.error).toMatchObject({
      key: "statements.error.amount",
      values: { line: 3, value: "1.2x" },
    });
  });
});

describe("statement messages", () => {
  it("have English with the same placeholders", () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, indonesian] of Object.entries(statementsId)) {
      const english = statementsEn[key as keyof typeof statementsId];
      expect(english, key).not.toBe(indonesian);
      expect(holes(english), key).toEqual(holes(indonesian));
    }
  });
});

describe("StatementMappingSchema", () => {
  const valid = {
    delimiter: ",",
    skipRows: "1",
    dateColumn: "1",
    descriptionColumn: "2",
    creditColumn: "3",
    dateFormat: "DD/MM/YYYY",
  };

  it("reads a submitted form", () => {
    expect(StatementMappingSchema.parse({ ...valid, debitColumn: "" })).toEqual({
      delimiter: ",",
      skipRows: 1,
      dateColumn: 1,
      descriptionColumn: 2,
      creditColumn: 3,
      dateFormat: "DD/MM/YYYY",
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["no date column", { dateColumn: "" }, "Pilih kolom tanggal"],
    ["an unknown date format", { dateFormat: "MM/DD/YYYY" }, "Pilih format tanggal"],
    [
      "a column used twice",
      { descriptionColumn: "1" },
      "Satu kolom hanya bisa dipakai untuk satu isian",
    ],
    [
      "both a debit and a CR/DB column",
      { debitColumn: "4", directionColumn: "5" },
      "Pilih kolom debit atau kolom CR/DB, tidak keduanya",
    ],
  ])("refuses %s in Indonesian", (_, change, message) => {
    const parsed = StatementMappingSchema.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
