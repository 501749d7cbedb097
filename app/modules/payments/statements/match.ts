/**
 * Matches the credits of a bank statement with open bank-transfer payments. A transfer
 * payment's total carries a kode unik (a few rupiah added so totals differ), so the amount is
 * the key: a credit matches a payment of exactly its amount whose window contains the credit's
 * bank day. Pure and in memory: the caller loads open payments and records the result.
 */
import { jakartaDayStart } from "~/utils/jakarta-calendar";
import type { StatementLine } from "./parse";

export interface OpenPayment {
  id: string;
  /** Integer rupiah, the total including the kode unik. */
  amount: number;
  createdAt: Date;
  /** Null when the payment has no deadline of its own; `windowHours` then bounds it. */
  expiresAt: Date | null;
}

export interface ConfirmedMatch {
  lineNumber: number;
  fingerprint: string;
  paymentId: string;
}

export interface MatchResult {
  /** Exactly one open payment fits: safe to mark paid. */
  confirmed: ConfirmedMatch[];
  /** No open payment fits, or the one that did was already taken by an earlier credit. */
  unmatched: StatementLine[];
  /** Several payments fit: staff choose; nothing is marked paid automatically. */
  ambiguous: { line: StatementLine; paymentIds: string[] }[];
}

type Candidate = { id: string; createdAt: number; end: number };

const HOUR_MS = 60 * 60 * 1000;

/** Index of the first payment created at or after `time` (payments sorted by creation). */
function firstCreatedFrom(payments: readonly Candidate[], time: number): number {
  let low = 0;
  let high = payments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (payments[mid]!.createdAt < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Credits against open payments. A statement gives a day, not a time, so a credit dated day D
 * (Jakarta) fits a payment created before the end of D and not expired before the start of D;
 * a payment without `expiresAt` stays open `windowHours` after its creation.
 *
 * Credits are taken in date then line order, and a payment confirmed by one credit is no longer
 * a candidate for the next: a second transfer of the same amount is left unmatched (a buyer
 * who paid twice, or another buyer's transfer) for staff to look at, rather than reported as
 * ambiguous with a payment that is already settled. Ambiguous credits claim nothing. Debits
 * are ignored.
 *
 * Cost: payments are grouped by amount in a Map and sorted by creation time; for each credit
 * two binary searches bound the payments created in [start of D − longest window, end of D),
 * so the work is O((n + m) log m) plus the candidates that really overlap the day.
 */
export function matchCredits(input: {
  credits: readonly StatementLine[];
  open: readonly OpenPayment[];
  windowHours: number;
}): MatchResult {
  const windowMs = input.windowHours * HOUR_MS;
  const buckets = new Map<number, Candidate[]>();
  // One bound for all amounts keeps the index small; it only widens the binary search.
  let longestWindow = 0;
  for (const payment of input.open) {
    const createdAt = payment.createdAt.getTime();
    const end = payment.expiresAt ? payment.expiresAt.getTime() : createdAt + windowMs;
    const bucket = buckets.get(payment.amount);
    const candidate = { id: payment.id, createdAt, end };
    if (bucket) bucket.push(candidate);
    else buckets.set(payment.amount, [candidate]);
    if (end - createdAt > longestWindow) longestWindow = end - createdAt;
  }
  for (const bucket of buckets.values()) {
    if (bucket.length > 1) {
      bucket.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    }
  }

  const dayBounds = new Map<string, { start: number; end: number }>();
  const boundsOf = (day: string) => {
    let bounds = dayBounds.get(day);
    if (!bounds) {
      bounds = {
        start: jakartaDayStart(day).getTime(),
        end: jakartaDayStart(nextDay(day)).getTime(),
      };
      dayBounds.set(day, bounds);
    }
    return bounds;
  };

  const credits = input.credits
    .filter((line) => line.direction === "CREDIT")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.lineNumber - b.lineNumber));
  const claimed = new Set<string>();
  const result: MatchResult = { confirmed: [], unmatched: [], ambiguous: [] };

  for (const line of credits) {
    const bucket = buckets.get(line.amount);
    const candidates: string[] = [];
    if (bucket) {
      const day = boundsOf(line.date);
      const from = firstCreatedFrom(bucket, day.start - longestWindow);
      const to = firstCreatedFrom(bucket, day.end);
      for (let index = from; index < to; index += 1) {
        const payment = bucket[index]!;
        if (payment.end >= day.start && !claimed.has(payment.id)) candidates.push(payment.id);
      }
    }
    const [only] = candidates;
    if (candidates.length === 1 && only) {
      claimed.add(only);
      result.confirmed.push({
        lineNumber: line.lineNumber,
        fingerprint: line.fingerprint,
        paymentId: only,
      });
    } else if (candidates.length > 1) {
      result.ambiguous.push({ line, paymentIds: candidates });
    } else {
      result.unmatched.push(line);
    }
  }
  return result;
}
