import { DomainError } from "./errors";

/**
 * Calendar days and months in Asia/Jakarta (UTC+7 all year, no daylight saving). Instants are
 * stored in UTC; a month is `YYYY-MM` and a day `YYYY-MM-DD` on the Jakarta calendar.
 */

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTH_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

const pad2 = (n: number) => String(n).padStart(2, "0");

function monthParts(month: string): { year: number; monthIndex: number } {
  if (!MONTH_PATTERN.test(month)) {
    throw new DomainError("INVALID", "Bulan harus berformat TTTT-BB, contoh 2026-03", { month });
  }
  return { year: Number(month.slice(0, 4)), monthIndex: Number(month.slice(5, 7)) - 1 };
}

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** The UTC range [start, end) of a calendar month in Jakarta. */
export function jakartaMonthRange(month: string): { start: Date; end: Date } {
  const { year, monthIndex } = monthParts(month);
  return {
    start: new Date(Date.UTC(year, monthIndex, 1) - JAKARTA_OFFSET_MS),
    end: new Date(Date.UTC(year, monthIndex + 1, 1) - JAKARTA_OFFSET_MS),
  };
}

/** The Jakarta calendar month (`YYYY-MM`) an instant falls in. */
export function jakartaMonthOf(date: Date): string {
  const local = new Date(date.getTime() + JAKARTA_OFFSET_MS);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}`;
}

/** The Jakarta calendar year an instant falls in (a tax year). */
export function jakartaYearOf(date: Date): number {
  return new Date(date.getTime() + JAKARTA_OFFSET_MS).getUTCFullYear();
}

/** The Jakarta calendar day (`YYYY-MM-DD`) an instant falls in. */
export function jakartaDateOf(date: Date): string {
  const local = new Date(date.getTime() + JAKARTA_OFFSET_MS);
  return `${jakartaMonthOf(date)}-${pad2(local.getUTCDate())}`;
}

/** Midnight in Jakarta at the start of a `YYYY-MM-DD` day, as a UTC instant. */
export function jakartaDayStart(day: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date) - JAKARTA_OFFSET_MS);
}

export function addMonths(month: string, count: number): string {
  const { year, monthIndex } = monthParts(month);
  const total = year * 12 + monthIndex + count;
  return `${Math.floor(total / 12)}-${pad2((total % 12) + 1)}`;
}

/** Every month from `from` to `to`, both included; rejects reversed or overlong periods. */
export function monthsBetween(from: string, to: string, max: number): string[] {
  monthParts(from);
  monthParts(to);
  if (from > to) {
    throw new DomainError("INVALID", "Bulan awal tidak boleh sesudah bulan akhir", { from, to });
  }
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) {
    if (months.length === max) {
      throw new DomainError("INVALID", `Periode paling panjang ${max} bulan`, { from, to });
    }
    months.push(month);
  }
  return months;
}

/** Whether a `YYYY-MM-DD` string names a real calendar day. */
export function isCalendarDay(day: string): boolean {
  return jakartaDateOf(jakartaDayStart(day)) === day;
}

/** Whole calendar days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
