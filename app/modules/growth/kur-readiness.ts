import type { LegalityType } from "~/generated/prisma/enums";
import { isLegalityCurrent, type LegalityState } from "~/modules/sellers/legality";
import { addMonths, jakartaMonthOf } from "~/utils/jakarta-calendar";

/**
 * What a bank's KUR officer asks a micro business for, as a checklist the seller can work
 * through. The rules are here; kur-readiness.server.ts gathers the facts they read.
 */

export const KUR_ITEMS = [
  "legality",
  "activity",
  "training",
  "cashbook",
  "statement",
  "nik",
] as const;
export type KurItemKey = (typeof KUR_ITEMS)[number];

/** Months of recorded activity a KUR officer looks for. */
export const MIN_ACTIVE_MONTHS = 6;
/** Distinct months with cashbook entries, within the last CASHBOOK_WINDOW_MONTHS. */
export const MIN_CASHBOOK_MONTHS = 3;
export const CASHBOOK_WINDOW_MONTHS = 6;
/** Documents that stand for a business licence at a KUR desk. */
const LICENCE_TYPES: readonly LegalityType[] = ["NIB", "SKU"];

export interface KurFacts {
  now: Date;
  legalities: (LegalityState & { issuedAt?: Date | null })[];
  /** When the first marketplace order was completed, if any. */
  firstCompletedOrderAt: Date | null;
  /** When the first cashbook entry was recorded (not the date typed on it), if any. */
  firstCashbookRecordedAt: Date | null;
  attendedTrainings: number;
  /** Transaction dates of cashbook entries (any number; only the months count). */
  cashbookDates: Date[];
  latestStatement: { issuedAt: Date; validUntil: Date | null } | null;
  hasNik: boolean;
}

export type KurItem =
  | { key: "legality"; met: boolean; types: LegalityType[] }
  | { key: "activity"; met: boolean; since: Date | null; months: number }
  | { key: "training"; met: boolean; count: number }
  | { key: "cashbook"; met: boolean; months: number }
  | { key: "statement"; met: boolean; validUntil: Date | null }
  | { key: "nik"; met: boolean };

export interface KurReadiness {
  items: KurItem[];
  met: number;
  ready: boolean;
}

/** Whole calendar months from `since` to `now` (a month counts once its day is reached). */
export function monthsSince(since: Date, now: Date): number {
  let months =
    (now.getUTCFullYear() - since.getUTCFullYear()) * 12 + now.getUTCMonth() - since.getUTCMonth();
  if (now.getUTCDate() < since.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/**
 * Activity counts from evidence the platform holds, the earliest of: the first completed order,
 * the first cashbook entry as recorded (a date typed into the past is the seller's word), and
 * the issue date of a current NIB or SKU (staff checked the document). The founding year a
 * seller types in is their word alone and does not count.
 */
function activeSince(facts: KurFacts): Date | null {
  const licenceDates = facts.legalities
    .filter((l) => LICENCE_TYPES.includes(l.type) && isLegalityCurrent(l, facts.now))
    .map((l) => l.issuedAt ?? null);
  const dates = [facts.firstCompletedOrderAt, facts.firstCashbookRecordedAt, ...licenceDates]
    .filter((d): d is Date => d !== null && d.getTime() <= facts.now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  return dates[0] ?? null;
}

export function kurReadiness(facts: KurFacts): KurReadiness {
  const licences = LICENCE_TYPES.filter((type) =>
    facts.legalities.some((l) => l.type === type && isLegalityCurrent(l, facts.now)),
  );
  const since = activeSince(facts);
  const activeMonths = since ? monthsSince(since, facts.now) : 0;
  const thisMonth = jakartaMonthOf(facts.now);
  const firstMonth = addMonths(thisMonth, -(CASHBOOK_WINDOW_MONTHS - 1));
  const cashbookMonths = new Set(
    facts.cashbookDates
      .map((d) => jakartaMonthOf(d))
      .filter((m) => m >= firstMonth && m <= thisMonth),
  ).size;
  const statementValidUntil = facts.latestStatement?.validUntil ?? null;

  const items: KurItem[] = [
    { key: "legality", met: licences.length > 0, types: licences },
    { key: "activity", met: activeMonths >= MIN_ACTIVE_MONTHS, since, months: activeMonths },
    { key: "training", met: facts.attendedTrainings > 0, count: facts.attendedTrainings },
    { key: "cashbook", met: cashbookMonths >= MIN_CASHBOOK_MONTHS, months: cashbookMonths },
    {
      key: "statement",
      met: !!statementValidUntil && statementValidUntil.getTime() > facts.now.getTime(),
      validUntil: statementValidUntil,
    },
    { key: "nik", met: facts.hasNik },
  ];
  const met = items.filter((i) => i.met).length;
  return { items, met, ready: met === items.length };
}
