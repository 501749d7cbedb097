/**
 * Midtrans's HTTP notifications: the body's shape, its signature, and what it says. Midtrans signs
 * each notification with signature_key = SHA512(order_id + status_code + gross_amount + server
 * key), hex-encoded; anything else in the body is unsigned, so only these fields are trusted as
 * sent and the rest is confirmed through the Status API when it matters.
 */
import crypto from "node:crypto";
import { z } from "zod";
import {
  MIDTRANS_FRAUD_STATUSES,
  MIDTRANS_TRANSACTION_STATUSES,
  MidtransAmountSchema,
  MidtransTimeSchema,
  midtransOutcome,
  parseMidtransAmount,
  type MidtransOutcome,
} from "./status";

export const MidtransNotificationSchema = z.object({
  order_id: z.string().min(1).max(50),
  transaction_id: z.string().min(1),
  transaction_status: z.enum(MIDTRANS_TRANSACTION_STATUSES),
  status_code: z.string().regex(/^\d{3}$/),
  gross_amount: MidtransAmountSchema,
  signature_key: z.string().regex(/^[0-9a-fA-F]{128}$/),
  payment_type: z.string().min(1),
  transaction_time: MidtransTimeSchema,
  fraud_status: z.enum(MIDTRANS_FRAUD_STATUSES).optional(),
  status_message: z.string().optional(),
  currency: z.string().optional(),
  settlement_time: MidtransTimeSchema.optional(),
  expiry_time: MidtransTimeSchema.optional(),
});

export type MidtransNotificationBody = z.infer<typeof MidtransNotificationSchema>;

export type MidtransNotification = MidtransNotificationBody & {
  /** gross_amount in whole rupiah. */
  amount: number;
  outcome: MidtransOutcome;
};

/** Answers to a notification that is not taken (Midtrans retries on anything but 2xx). */
export const NOTIFICATION_MALFORMED = "Notification body is not valid JSON";
export const NOTIFICATION_INVALID = "Notification body is missing or has invalid fields";
export const NOTIFICATION_BAD_SIGNATURE = "Invalid signature_key";

export type ParsedMidtransNotification =
  | { ok: false; status: 400 | 401; message: string }
  | { ok: true; notification: MidtransNotification };

/** The signature_key Midtrans would send for these fields. */
export function midtransSignature(
  fields: { order_id: string; status_code: string; gross_amount: string },
  serverKey: string,
): string {
  return crypto
    .createHash("sha512")
    .update(fields.order_id + fields.status_code + fields.gross_amount + serverKey, "utf8")
    .digest("hex");
}

/** Whether the body's signature_key was made with our server key, compared in constant time. */
export function verifyMidtransSignature(
  body: { order_id: string; status_code: string; gross_amount: string; signature_key: string },
  serverKey: string,
): boolean {
  const expected = Buffer.from(midtransSignature(body, serverKey), "utf8");
  const given = Buffer.from(body.signature_key.toLowerCase(), "utf8");
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * Reads one notification from its raw body: malformed JSON or fields answer 400, a signature not
 * made with our server key answers 401, and a good one comes back with its amount in rupiah and
 * its outcome.
 */
export function parseMidtransNotification(
  rawBody: string,
  serverKey: string,
): ParsedMidtransNotification {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, status: 400, message: NOTIFICATION_MALFORMED };
  }
  const parsed = MidtransNotificationSchema.safeParse(json);
  if (!parsed.success) return { ok: false, status: 400, message: NOTIFICATION_INVALID };
  if (!verifyMidtransSignature(parsed.data, serverKey)) {
    return { ok: false, status: 401, message: NOTIFICATION_BAD_SIGNATURE };
  }
  return {
    ok: true,
    notification: {
      ...parsed.data,
      amount: parseMidtransAmount(parsed.data.gross_amount),
      outcome: midtransOutcome(parsed.data),
    },
  };
}
