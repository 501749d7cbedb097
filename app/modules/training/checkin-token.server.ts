/**
 * The self check-in link shown as a QR code at the venue: the session and an expiry, signed with
 * HMAC-SHA256 under the site's secret. It proves that whoever opens it saw the code during the
 * session, without storing anything; the session's current times are checked again on use.
 */
import crypto from "node:crypto";

/** Keeps these signatures apart from any other use of the same secret. */
const PURPOSE = "training-checkin";

function signature(secret: string, sessionId: string, expiresAtSeconds: number): string {
  return crypto
    .createHmac("sha256", secret)
    .update(`${PURPOSE}\n${sessionId}\n${expiresAtSeconds}`)
    .digest("base64url");
}

/** `<sessionId>.<expiry in Unix seconds>.<signature>`: safe in a URL path segment. */
export function signCheckInToken(
  secret: string,
  input: { sessionId: string; expiresAt: Date },
): string {
  const expiresAtSeconds = Math.floor(input.expiresAt.getTime() / 1000);
  return `${input.sessionId}.${expiresAtSeconds}.${signature(secret, input.sessionId, expiresAtSeconds)}`;
}

export type CheckInTokenResult =
  { ok: true; sessionId: string; expiresAt: Date } | { ok: false; reason: "invalid" | "expired" };

/** Reads a token: a forged, altered or malformed one is invalid; a genuine old one expired. */
export function readCheckInToken(secret: string, token: string, now: Date): CheckInTokenResult {
  const match = /^([A-Za-z0-9_-]{1,64})\.([1-9]\d{0,11})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "invalid" };
  const [, sessionId, seconds, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(signature(secret, sessionId, Number(seconds)));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) {
    return { ok: false, reason: "invalid" };
  }
  const expiresAt = new Date(Number(seconds) * 1000);
  if (now > expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, sessionId, expiresAt };
}
