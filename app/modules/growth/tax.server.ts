/**
 * The PPh Final UMKM tracker's figures: a tax year's gross turnover per month, read with aggregate
 * SQL, and the rules of `pph-final.ts` applied to it. Turnover is what the business sold:
 * completed marketplace orders (goods, by completion date, as in the cashbook) plus cashbook
 * income in the "penjualan" category, which includes debts paid in that category.
 */
import { z } from "zod";
import type { TaxpayerType } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { DomainError, invalidInput } from "~/utils/errors";
import { blankToUndefined } from "~/utils/forms";
import { jakartaMonthOf, jakartaMonthRange, jakartaYearOf } from "~/utils/jakarta-calendar";
import { jakartaMonthSql, sqlTimestamp } from "~/utils/sql.server";
import { SALES_CATEGORY } from "./cashbook.server";
import {
  facilityYears,
  TAXPAYER_TYPES,
  yearTax,
  type FacilityYears,
  type YearTax,
} from "./pph-final";

export const TaxProfileSchema = z.object({
  taxpayerType: z.enum(TAXPAYER_TYPES, { error: "Pilih bentuk usaha" }),
  pphFinalSinceYear: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Tahun harus angka, mis. 2023" })
      .int({ error: "Tahun harus angka, mis. 2023" })
      .min(1990, { error: "Tahun minimal 1990" })
      // Checked when parsed, so a server running into a new year keeps up.
      .refine((year) => year <= jakartaYearOf(new Date()), {
        error: "Tahun tidak boleh di masa depan",
      })
      .optional(),
  ),
});
export type TaxProfileInput = z.infer<typeof TaxProfileSchema>;

export async function updateTaxProfile(
  db: Db,
  input: { sellerId: string; data: TaxProfileInput },
): Promise<void> {
  const parsed = TaxProfileSchema.safeParse(input.data);
  if (!parsed.success) throw invalidInput(parsed.error, "Data pajak tidak valid");
  const { count } = await db.seller.updateMany({
    where: { id: input.sellerId },
    data: {
      taxpayerType: parsed.data.taxpayerType,
      pphFinalSinceYear: parsed.data.pphFinalSinceYear ?? null,
    },
  });
  if (count !== 1) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
}

export interface TaxMonthSources {
  month: string;
  marketplace: number;
  cashbook: number;
}

/** Turnover per month of `year`, January up to `lastMonth`, from orders and the cashbook. */
export async function turnoverByMonth(
  db: Db,
  input: { sellerId: string; year: number; lastMonth: string },
): Promise<TaxMonthSources[]> {
  const start = sqlTimestamp(jakartaMonthRange(`${input.year}-01`).start);
  const end = sqlTimestamp(jakartaMonthRange(input.lastMonth).end);
  const [orders, cash] = await Promise.all([
    db.$queryRaw<{ month: string; amount: unknown }[]>`
      SELECT ${jakartaMonthSql('o."completedAt"')} AS "month", SUM(o."subtotal") AS "amount"
      FROM "Order" o
      WHERE o."sellerId" = ${input.sellerId} AND o."status" = 'COMPLETED'
        AND o."completedAt" >= ${start} AND o."completedAt" < ${end}
      GROUP BY 1`,
    db.$queryRaw<{ month: string; amount: unknown }[]>`
      SELECT ${jakartaMonthSql('e."occurredOn"')} AS "month", SUM(e."amount") AS "amount"
      FROM "CashbookEntry" e
      WHERE e."sellerId" = ${input.sellerId} AND e."orderId" IS NULL AND e."kind" = 'INCOME'
        AND e."category" = ${SALES_CATEGORY}
        AND e."occurredOn" >= ${start} AND e."occurredOn" < ${end}
      GROUP BY 1`,
  ]);
  const last = Number(input.lastMonth.slice(5, 7));
  const byMonth = (rows: { month: string; amount: unknown }[], month: string) =>
    Number(rows.find((r) => r.month === month)?.amount ?? 0);
  return Array.from({ length: last }, (_, i) => {
    const month = `${input.year}-${String(i + 1).padStart(2, "0")}`;
    return { month, marketplace: byMonth(orders, month), cashbook: byMonth(cash, month) };
  });
}

export interface PphFinalTracker {
  year: number;
  taxpayerType: TaxpayerType;
  sinceYear: number | null;
  facility: FacilityYears | null;
  sources: TaxMonthSources[];
  tax: YearTax;
}

/** The tracker for one tax year: up to this month for the current year, all twelve before it. */
export async function pphFinalTracker(
  db: Db,
  input: { sellerId: string; year: number; now?: Date },
): Promise<PphFinalTracker> {
  const now = input.now ?? new Date();
  const thisMonth = jakartaMonthOf(now);
  const currentYear = jakartaYearOf(now);
  if (input.year > currentYear) throw new DomainError("INVALID", "Tahun pajak belum dimulai");
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { taxpayerType: true, pphFinalSinceYear: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const lastMonth = input.year === currentYear ? thisMonth : `${input.year}-12`;
  const sources = await turnoverByMonth(db, {
    sellerId: input.sellerId,
    year: input.year,
    lastMonth,
  });
  return {
    year: input.year,
    taxpayerType: seller.taxpayerType,
    sinceYear: seller.pphFinalSinceYear,
    facility:
      seller.pphFinalSinceYear === null
        ? null
        : facilityYears(seller.taxpayerType, seller.pphFinalSinceYear, input.year),
    sources,
    tax: yearTax(
      seller.taxpayerType,
      sources.map((s) => ({ month: s.month, turnover: s.marketplace + s.cashbook })),
    ),
  };
}
