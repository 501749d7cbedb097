import { describe, expect, it } from "vitest";
import { readCheckInToken, signCheckInToken } from "./checkin-token.server";

const SECRET = "a-test-secret-of-some-length";
const expiresAt = new Date("2026-12-05T07:00:00Z");
const before = new Date("2026-12-05T02:00:00Z");

describe("check-in tokens", () => {
  it("reads back the session and expiry it was signed for, until it expires", () => {
    const token = signCheckInToken(SECRET, { sessionId: "cm4session01", expiresAt });
    expect(token).toMatch(/^cm4session01\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(readCheckInToken(SECRET, token, before)).toEqual({
      ok: true,
      sessionId: "cm4session01",
      expiresAt,
    });
    expect(readCheckInToken(SECRET, token, expiresAt).ok).toBe(true);
    expect(readCheckInToken(SECRET, token, new Date(expiresAt.getTime() + 1000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token whose session, expiry or signature was altered, or another secret's", () => {
    const token = signCheckInToken(SECRET, { sessionId: "cm4session01", expiresAt });
    const [sessionId, seconds, signature] = token.split(".") as [string, string, string];
    const forged = [
      `cm4session02.${seconds}.${signature}`,
      `${sessionId}.${Number(seconds) + 86_400}.${signature}`,
      `${sessionId}.${seconds}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
      `${sessionId}.${seconds}.${signature}x`,
      `${sessionId}.0${seconds}.${signature}`,
      signCheckInToken("another-secret", { sessionId, expiresAt }),
      "",
      "not-a-token",
      `${sessionId}.${seconds}`,
    ];
    for (const value of forged) {
      expect(readCheckInToken(SECRET, value, before)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
