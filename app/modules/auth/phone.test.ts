import { describe, expect, it } from "vitest";
import { formatIndonesianPhone, normalizeIndonesianPhone } from "./phone";

describe("normalizeIndonesianPhone", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["(0812) 3456 789", "+628123456789"],
    ["0811234567", "+62811234567"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeIndonesianPhone(input)).toBe(expected);
  });

  it.each([
    "",
    "12345",
    "0212345678",
    "+6521234567",
    "08123",
    "0812345678901234",
    "08x2345678",
    "+62-",
  ])("refuses %j", (input) => {
    expect(normalizeIndonesianPhone(input)).toBeNull();
  });
});

describe("formatIndonesianPhone", () => {
  it("writes the national form in groups", () => {
    expect(formatIndonesianPhone("+6281234567890")).toBe("0812-3456-7890");
  });
});
