import {
  readCheckInToken,
  signCheckInToken,
  type CheckInTokenResult,
} from "~/modules/training/checkin-token.server";
import { getEnv } from "~/utils/env.server";
import { sessionSecret } from "./session.server";
import { qrSvg } from "~/utils/qr-svg.server";

/** The session's self check-in link, valid until `expiresAt`, and its QR code as SVG. */
export async function checkInLink(
  request: Request,
  input: { sessionId: string; expiresAt: Date },
): Promise<{ url: string; svg: string }> {
  const origin = (getEnv().PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
  const url = `${origin}/pelatihan/hadir/${signCheckInToken(sessionSecret(), input)}`;
  const svg = await qrSvg(url);
  return { url, svg };
}

/** What a check-in link's token says, checked against the site's secret. */
export function readCheckInLink(token: string, now: Date): CheckInTokenResult {
  return readCheckInToken(sessionSecret(), token, now);
}
