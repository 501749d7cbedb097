/**
 * Numbers, shares, scores, dates and months as the reader's language writes them, with `Intl`
 * (no library): Indonesian "1.234,5", "15,5%", "30 poin", "4 Desember 2026", "Jan 2026";
 * English "1,234.5", "15.5%", "30 points", "4 December 2026", "Jan 2026". Every page, PDF and
 * export formats through here; rupiah is the one exception, kept in `formatRupiah`
 * (`app/modules/money/money.ts`), written the same in both languages (docs/decisions/020).
 *
 * Conventions: at most one decimal for shares and scores, none shown when the value is whole;
 * a share is passed as a fraction (0.155 → "15,5%"), as Intl and spreadsheets count it; a
 * calendar day `YYYY-MM-DD` or month `YYYY-MM` is written as named, with no time zone shift.
 */
import type { Locale } from "./i18n-keys";

const TAGS: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** The BCP 47 tag `Intl` gets for a language of the interface. */
export function intlLocale(locale: Locale): string {
  return TAGS[locale] ?? TAGS.id;
}

const toDate = (date: Date | string) => (typeof date === "string" ? new Date(date) : date);
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** A count or measure: "1.234" / "1,234"; a fraction shows one decimal unless asked ("1.234,5"). */
export function formatNumber(locale: Locale, value: number, maxDecimals = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: maxDecimals,
  }).format(value);
}

/** A share given as a fraction: 0.155 → "15,5%" / "15.5%"; 0.3 → "30%". */
export function formatPercent(locale: Locale, fraction: number, maxDecimals = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
    maximumFractionDigits: maxDecimals,
  }).format(fraction);
}

const POINTS: Record<Locale, { one: string; other: string }> = {
  id: { one: "poin", other: "poin" },
  en: { one: "point", other: "points" },
};

/** A score or a change of score: "30 poin", "12,5 poin" / "1 point", "12.5 points". */
export function formatPoints(locale: Locale, value: number): string {
  const words = POINTS[locale] ?? POINTS.id;
  const rounded = Math.round(value * 10) / 10;
  const word = Math.abs(rounded) === 1 ? words.one : words.other;
  return `${formatNumber(locale, rounded)} ${word}`;
}

/** An instant's date in Jakarta: "4 Desember 2026" / "4 December 2026". */
export function formatDate(locale: Locale, date: Date | string, timeZone = "Asia/Jakarta"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(toDate(date));
}

/** An instant with its time in Jakarta: "4 Des 2026, 09.30" / "4 Dec 2026, 09:30". */
export function formatDateTime(
  locale: Locale,
  date: Date | string,
  timeZone = "Asia/Jakarta",
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(toDate(date));
}

/** Weekday, date and time in Jakarta, the way a poster at the balai desa writes it. */
export function formatWeekdayDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Jakarta",
  }).format(toDate(date));
}

/** A calendar day `YYYY-MM-DD`: "31 Maret 2026" / "31 March 2026". */
export function formatDay(locale: Locale, day: string): string {
  return formatDate(locale, dayDate(day), "UTC");
}

/** A calendar day without its year, for lists under a month heading: "4 Des" / "4 Dec". */
export function formatDayMonth(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(dayDate(day));
}

/**
 * A month `YYYY-MM`: "Januari 2026" / "January 2026" (long, in sentences and headings) or
 * "Jan 2026" (short, in tables); "name" is the month alone ("Jan"), for a chart's axis.
 */
export function formatMonth(
  locale: Locale,
  month: string,
  style: "long" | "short" | "name" = "long",
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: style === "long" ? "long" : "short",
    year: style === "name" ? undefined : "numeric",
    timeZone: "UTC",
  }).format(monthDate(month));
}
