/**
 * Dates as bank statements print them, read into a bank day (`YYYY-MM-DD`). A statement line
 * has no time zone: the date is the bank's booking day, which for Indonesian banks is the
 * Asia/Jakarta calendar day, so it is kept as a plain day and compared with Jakarta days.
 */
import { jakartaDateOf } from "~/utils/jakarta-calendar";

export const DATE_FORMATS = [
  "DD/MM/YYYY",
  "DD-MM-YYYY",
  "DD.MM.YYYY",
  "YYYY-MM-DD",
  "YYYY/MM/DD",
  "DD/MM/YY",
  "DD MMM YYYY",
  "DD/MM",
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Month names in both languages, full and short: Mandiri prints "01 September 2026". */
// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2, peb: 2, pebruari: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, aug: 8, agustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

// A time may follow the date ("01 September 2026 14:24:27", "2026-09-01T14:24:27").
const TIME_TAIL = "(?:[ T].*)?$";

const PATTERNS: Readonly<Record<DateFormat, { re: RegExp; order: "dmy" | "ymd" | "dm" }>> = {
  "DD/MM/YYYY": { re: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME_TAIL}`), order: "dmy" },
  "DD-MM-YYYY": { re: new RegExp(`^(\\d{1,2})-(\\d{1,2})-(\\d{4})${TIME_TAIL}`), order: "dmy" },
  "DD.MM.YYYY": { re: new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME_TAIL}`), order: "dmy" },
  "YYYY-MM-DD": { re: new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_TAIL}`), order: "ymd" },
  "YYYY/MM/DD": { re: new RegExp(`^(\\d{4})/(\\d{1,2})/(\\d{1,2})${TIME_TAIL}`), order: "ymd" },
  "DD/MM/YY": { re: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{2})${TIME_TAIL}`), order: "dmy" },
  "DD MMM YYYY": {
    re: new RegExp(`^(\\d{1,2})[ -]([a-z]+)\\.?[ -](\\d{4})${TIME_TAIL}`, "i"),
    order: "dmy",
  },
  "DD/MM": { re: /^(\d{1,2})\/(\d{1,2})$/, order: "dm" },
};

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` when the three numbers are a real calendar day (no 31 February). */
export function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The year of a day printed without one (KlikBCA's "'05/12"): the year in the statement's
 * period that contains that day, or else the latest year in which the day is not after today
 * in Jakarta (a statement never shows future days, so "28/12" read on 3 January is last year).
 */
export function yearForDayMonth(
  day: number,
  month: number,
  context: { period?: { start: string; end: string } | null; year?: number; now: Date },
): number {
  if (context.year !== undefined) return context.year;
  const monthDay = `${pad2(month)}-${pad2(day)}`;
  const period = context.period;
  if (period) {
    const startYear = Number(period.start.slice(0, 4));
    const endYear = Number(period.end.slice(0, 4));
    for (let year = startYear; year <= endYear; year += 1) {
      const candidate = `${year}-${monthDay}`;
      if (candidate >= period.start && candidate <= period.end) return year;
    }
    return endYear;
  }
  const today = jakartaDateOf(context.now);
  const year = Number(today.slice(0, 4));
  return `${year}-${monthDay}` > today ? year - 1 : year;
}

/**
 * One date cell as a bank day, or null when it does not fit the format or is not a real day.
 * KlikBCA's leading apostrophe is dropped. A two-digit year is 20YY: statements start in 2000s.
 */
export function parseStatementDate(
  text: string,
  format: DateFormat,
  context: { period?: { start: string; end: string } | null; year?: number; now: Date },
): string | null {
  const value = text.trim().replace(/^'/, "").trim();
  const { re, order } = PATTERNS[format];
  const match = value.match(re);
  if (!match) return null;
  const [, a = "", b = "", c = ""] = match;
  if (order === "ymd") return calendarDay(Number(a), Number(b), Number(c));
  const month = /^\d+$/.test(b) ? Number(b) : MONTHS[b.toLowerCase()];
  if (month === undefined) return null;
  const day = Number(a);
  if (order === "dm") {
    return calendarDay(yearForDayMonth(day, month, context), month, day);
  }
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  return calendarDay(year, month, day);
}

/** Tries each format in turn: a preset may accept a bank's older and newer date style. */
export function parseStatementDateAny(
  text: string,
  formats: readonly DateFormat[],
  context: { period?: { start: string; end: string } | null; year?: number; now: Date },
): string | null {
  for (const format of formats) {
    const day = parseStatementDate(text, format, context);
    if (day) return day;
  }
  return null;
}
