/**
 * What a Midtrans transaction's status means for us, and Midtrans's amount and time formats.
 * Pure: used on notifications and on Status API answers alike.
 */
import { z } from "zod";

/** Every transaction_status Midtrans documents (authorize is a card pre-authorisation). */
export const MIDTRANS_TRANSACTION_STATUSES = [
  "authorize",
  "capture",
  "settlement",
  "pending",
  "deny",
  "cancel",
  "expire",
  "failure",
  "refund",
  "partial_refund",
] as const;

export type MidtransTransactionStatus = (typeof MIDTRANS_TRANSACTION_STATUSES)[number];

export const MIDTRANS_FRAUD_STATUSES = ["accept", "challenge", "deny"] as const;
export type MidtransFraudStatus = (typeof MIDTRANS_FRAUD_STATUSES)[number];

export type MidtransOutcome = "paid" | "pending" | "failed" | "expired" | "cancelled" | "refunded";

/**
 * The one place a Midtrans status becomes ours. A capture counts as paid only when the fraud
 * check accepted it; a challenged capture waits for a decision in Midtrans's dashboard. Both
 * refund and partial_refund say "refunded": the caller reads how much from the amounts.
 */
export function midtransOutcome(status: {
  transaction_status: MidtransTransactionStatus;
  fraud_status?: MidtransFraudStatus | null;
}): MidtransOutcome {
  switch (status.transaction_status) {
    case "capture":
      if (status.fraud_status === "challenge") return "pending";
      if (status.fraud_status === "deny") return "failed";
      return "paid";
    case "settlement":
      return "paid";
    case "authorize":
    case "pending":
      return "pending";
    case "deny":
    case "failure":
      return "failed";
    case "expire":
      return "expired";
    case "cancel":
      return "cancelled";
    case "refund":
    case "partial_refund":
      return "refunded";
  }
}

/** Midtrans writes amounts as decimal strings ("125000.00"); rupiah have no fraction. */
export const MidtransAmountSchema = z
  .string()
  .regex(/^\d{1,13}(\.0{1,2})?$/, "gross_amount must be whole rupiah like 125000.00");

/** "125000.00" → 125000. Throws on anything but whole rupiah. */
export function parseMidtransAmount(amount: string): number {
  const parsed = MidtransAmountSchema.parse(amount);
  return Number(parsed.split(".")[0]);
}

/** Midtrans's times are "YYYY-MM-DD HH:mm:ss" in Western Indonesian Time (GMT+7). */
export const MidtransTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, "time must be YYYY-MM-DD HH:mm:ss");

export function parseMidtransTime(time: string): Date {
  const date = new Date(`${MidtransTimeSchema.parse(time).replace(" ", "T")}+07:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`Midtrans time ${time} is not a date`);
  return date;
}

/** A Date as Midtrans writes it (GMT+7). */
export function formatMidtransTime(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}
