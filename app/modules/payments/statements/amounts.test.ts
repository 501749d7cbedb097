import { describe, expect, it } from "vitest";
import { parseDirection, parseRupiahAmount, type ParsedAmount } from "./amounts";

const ok = (rupiah: number, direction: "CREDIT" | "DEBIT" | null = null): ParsedAmount => ({
  ok: true,
  rupiah,
  direction,
});

describe("parseRupiahAmount", () => {
  it.each<[string, ParsedAmount]>([
    ["1.250.000,00", ok(1_250_000)],
    ["1,250,000.00", ok(1_250_000)],
    ["1.250.000", ok(1_250_000)],
    ["1,250,000", ok(1_250_000)],
    ["125317", ok(125_317)],
    ["125317.00", ok(125_317)],
    ["125317,00", ok(125_317)],
    ["1.250", ok(1_250)],
    ["1,250", ok(1_250)],
    ["Rp 125.317", ok(125_317)],
    ["Rp125.317,00", ok(125_317)],
    ["IDR 125,317.00", ok(125_317)],
    ["1 250 000", ok(1_250_000)],
    ["1\u00a0250\u00a0000,00", ok(1_250_000)],
    ["'125,317.00", ok(125_317)],
    ["1,250,000.00 CR", ok(1_250_000, "CREDIT")],
    ["250.000,00 DB", ok(250_000, "DEBIT")],
    ["250.000,00 Db", ok(250_000, "DEBIT")],
    ["87,412.00 DR", ok(87_412, "DEBIT")],
    ["-15.000", ok(-15_000)],
    ["(15.000)", ok(-15_000)],
    ["15.000-", ok(-15_000)],
    ["+15.000", ok(15_000)],
    ["0,00", ok(0)],
    ["-0", ok(0)],
    ["", { ok: false, reason: "EMPTY" }],
    ["  ", { ok: false, reason: "EMPTY" }],
    ["Rp", { ok: false, reason: "EMPTY" }],
    ["-", { ok: false, reason: "EMPTY" }],
    ["1.250.000,50", { ok: false, reason: "HAS_SEN" }],
    ["1,250,000.50 CR", { ok: false, reason: "HAS_SEN" }],
    ["12,5", { ok: false, reason: "HAS_SEN" }],
    ["1.2x", { ok: false, reason: "UNREADABLE" }],
    ["abc", { ok: false, reason: "UNREADABLE" }],
    ["1.250,000", { ok: false, reason: "UNREADABLE" }],
    ["12.50.000", { ok: false, reason: "UNREADABLE" }],
    ["1.250.000.00", { ok: false, reason: "UNREADABLE" }],
    ["1,250,000,00", { ok: false, reason: "UNREADABLE" }],
    ["125317.0000", { ok: false, reason: "UNREADABLE" }],
    ["1234567890123456", { ok: false, reason: "UNREADABLE" }],
    ["CR", { ok: false, reason: "UNREADABLE" }],
  ])("reads %j", (text, expected) => {
    expect(parseRupiahAmount(text)).toEqual(expected);
  });
});

describe("parseDirection", () => {
  it.each([
    ["CR", "CREDIT"],
    ["K", "CREDIT"],
    ["C", "CREDIT"],
    ["Kredit", "CREDIT"],
    ["DB", "DEBIT"],
    ["D", "DEBIT"],
    ["Debet", "DEBIT"],
    ["'DB", "DEBIT"],
    ["XX", null],
    ["", null],
  ])("reads %j", (text, expected) => {
    expect(parseDirection(text)).toBe(expected);
  });
});
