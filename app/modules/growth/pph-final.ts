/**
 * PPh Final UMKM as code: the 0.5 % final income tax on gross turnover ("peredaran bruto") of
 * micro, small and medium businesses, under PP 55/2022 (articles 56–60, which replaced PP 23/2018)
 * and PMK 164/2023.
 *
 * - Rate 0.5 % of each month's gross turnover (art. 56–58).
 * - Only while the tax year's turnover is at most Rp4,8 miliar; a business that passes it keeps
 *   the rate until the end of that year and leaves the facility from the next (art. 57).
 * - Individuals ("wajib pajak orang pribadi") pay nothing on the first Rp500 juta of a tax year,
 *   counted cumulatively from January (art. 60 (2)–(3)).
 * - For a limited number of tax years (art. 59 (1)): 7 for individuals; 4 for koperasi, CV,
 *   firma, BUMDes and a perseroan perorangan; 3 for a PT. They count from the year the taxpayer
 *   registered, or from 2018 (PP 23/2018) for those registered before (art. 59 (2)); a business
 *   says which year it started, since the platform cannot know.
 * - Paid by the taxpayer by the 15th of the following month, or the next working day
 *   (PMK 81/2024 art. 94 (2) and 100).
 *
 * The government announced in 2025 a revision that lets individuals keep the rate without a time
 * limit; until it is in force these rules stand, and the page says so. Every amount is integer
 * rupiah; the tax of a month is rounded down to the whole rupiah.
 */
import type { TaxpayerType } from "~/generated/prisma/enums";

export const PPH_FINAL = {
  /** 0.5 %, as a fraction of integers so that rupiah stay exact. */
  rate: { numerator: 5, denominator: 1_000 },
  individualExemptTurnover: 500_000_000,
  turnoverLimit: 4_800_000_000,
  /** The first tax year counted for taxpayers registered before PP 23/2018. */
  firstYear: 2018,
  /** Day of the following month by which a month's tax is paid. */
  paymentDay: 15,
} as const;

export const TAXPAYER_TYPES = [
  "ORANG_PRIBADI",
  "KOPERASI",
  "CV",
  "FIRMA",
  "BUMDES",
  "PERSEROAN_PERORANGAN",
  "PT",
] as const satisfies readonly TaxpayerType[];

export const FACILITY_YEARS: Record<TaxpayerType, number> = {
  ORANG_PRIBADI: 7,
  KOPERASI: 4,
  CV: 4,
  FIRMA: 4,
  BUMDES: 4,
  PERSEROAN_PERORANGAN: 4,
  PT: 3,
};

export interface FacilityYears {
  firstYear: number;
  lastYear: number;
  /** 1 for the first year of the facility; above `years` once it has run out. */
  yearNumber: number;
  years: number;
  /** Whether `taxYear` is one of the facility's years. */
  within: boolean;
}

/** Which year of the facility `taxYear` is, for a business that started using it in `sinceYear`. */
export function facilityYears(
  type: TaxpayerType,
  sinceYear: number,
  taxYear: number,
): FacilityYears {
  const firstYear = Math.max(sinceYear, PPH_FINAL.firstYear);
  const years = FACILITY_YEARS[type];
  const lastYear = firstYear + years - 1;
  return {
    firstYear,
    lastYear,
    yearNumber: taxYear - firstYear + 1,
    years,
    within: taxYear >= firstYear && taxYear <= lastYear,
  };
}

export interface MonthTurnover {
  month: string;
  turnover: number;
}

export interface MonthTax extends MonthTurnover {
  /** Turnover of the year up to and including this month. */
  cumulative: number;
  /** The part of this month's turnover that is taxed. */
  taxable: number;
  tax: number;
  /** The day the month's tax is due, `YYYY-MM-DD`. */
  payBy: string;
}

export interface YearTax {
  months: MonthTax[];
  turnover: number;
  /** The untaxed part used so far (individuals only). */
  exemptUsed: number;
  exemptLeft: number;
  taxable: number;
  tax: number;
  /** The year's turnover passed Rp4,8 miliar: the facility ends after this year. */
  overLimit: boolean;
}

/**
 * The 15th of the following month, or the Monday after when it falls on a weekend (PMK 81/2024
 * art. 100; national holidays and collective leave days move it too, but are not in this code).
 */
function payBy(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const due = new Date(Date.UTC(year, m, PPH_FINAL.paymentDay));
  const weekday = due.getUTCDay();
  if (weekday === 6) due.setUTCDate(due.getUTCDate() + 2);
  if (weekday === 0) due.setUTCDate(due.getUTCDate() + 1);
  return due.toISOString().slice(0, 10);
}

/** A month's tax on `taxable` rupiah: 0.5 %, rounded down to the rupiah. */
export function taxOn(taxable: number): number {
  return Math.floor((taxable * PPH_FINAL.rate.numerator) / PPH_FINAL.rate.denominator);
}

/**
 * The tax of a year's months (in order, from January): each month is taxed on the part of its
 * turnover that lies above the year's untaxed Rp500 juta (individuals), counted cumulatively.
 */
export function yearTax(type: TaxpayerType, months: MonthTurnover[]): YearTax {
  const exempt = type === "ORANG_PRIBADI" ? PPH_FINAL.individualExemptTurnover : 0;
  let cumulative = 0;
  const rows = months.map((m) => {
    const before = cumulative;
    cumulative += m.turnover;
    const taxable = Math.max(0, cumulative - Math.max(before, exempt));
    return { ...m, cumulative, taxable, tax: taxOn(taxable), payBy: payBy(m.month) };
  });
  const exemptUsed = Math.min(cumulative, exempt);
  return {
    months: rows,
    turnover: cumulative,
    exemptUsed,
    exemptLeft: exempt - exemptUsed,
    taxable: rows.reduce((n, r) => n + r.taxable, 0),
    tax: rows.reduce((n, r) => n + r.tax, 0),
    overLimit: cumulative > PPH_FINAL.turnoverLimit,
  };
}
