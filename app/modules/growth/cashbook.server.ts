import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { CashbookKind, SizeClass } from "~/generated/prisma/enums";
import { inTransaction, type Db } from "~/utils/db.server";
import { DomainError, invalidInput } from "~/utils/errors";
import {
  isCalendarDay,
  jakartaDateOf,
  jakartaDayStart,
  jakartaMonthRange,
  monthsBetween,
} from "~/utils/jakarta-calendar";
import { sizeClassFor } from "./size-class";
import { blankToUndefined } from "~/utils/forms";

/**
 * A seller's cashbook ("buku kas"): manual income and expense entries plus the seller's completed
 * marketplace orders, which count as income without being copied into CashbookEntry rows. An
 * order's goods subtotal is the income; shipping fees pass through to the courier.
 *
 * Dates are stored as UTC instants; days and months are calendar days and months in Asia/Jakarta
 * (UTC+7 all year, no daylight saving).
 */

type Tx = Prisma.TransactionClient | Db;

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Longest span, in months, of a cash flow or sales statement. */
export const MAX_REPORT_MONTHS = 24;

// ───────────────────────────── Entries ─────────────────────────────

// Owner capital is equity, not income (SAK EMKM), so it has no place in this profit & loss.
export const INCOME_CATEGORIES = ["penjualan", "lainnya"] as const;
export const EXPENSE_CATEGORIES = [
  "bahan baku",
  "kemasan",
  "transportasi",
  "upah",
  "sewa",
  "listrik & air",
  "pemasaran",
  "lainnya",
] as const;
/** Income from completed marketplace orders; computed, never entered by hand. */
export const MARKETPLACE_CATEGORY = "penjualan marketplace";
/** Manual income in this category counts towards annual sales (size class). */
export const SALES_CATEGORY = "penjualan";
export const CASHBOOK_MAX_AMOUNT = 10_000_000_000;

export function categoriesFor(kind: CashbookKind): readonly string[] {
  return kind === "INCOME" ? INCOME_CATEGORIES : EXPENSE_CATEGORIES;
}

/** Accepts `15000`, `15.000` and `Rp15.000` as typed by Indonesian users. */
const rupiahInput = (v: unknown) => {
  if (typeof v !== "string") return v;
  const text = v.trim().replace(/^rp\.?\s*/i, "");
  if (text === "") return undefined;
  return /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replaceAll(".", "") : text;
};

/** A rupiah amount typed into a form: a whole number from Rp1 to Rp10.000.000.000. */
export const RupiahAmountField = z.preprocess(
  rupiahInput,
  z.coerce
    .number({ error: "Jumlah wajib diisi (angka rupiah)" })
    .int({ error: "Jumlah harus bilangan bulat rupiah" })
    .min(1, { error: "Jumlah minimal Rp1" })
    .max(CASHBOOK_MAX_AMOUNT, { error: "Jumlah maksimal Rp10.000.000.000" }),
);

/** A calendar day `YYYY-MM-DD`; `recent` refuses days more than one day ahead. */
export function dayField(options: { recent: boolean }) {
  return z.preprocess(
    blankToUndefined,
    // One check with one message: an `abort`ed check would also skip later object rules.
    z.string({ error: "Tanggal wajib diisi" }).superRefine((day, ctx) => {
      if (!DAY_PATTERN.test(day)) {
        ctx.addIssue({ code: "custom", message: "Tanggal tidak valid (TTTT-BB-HH)" });
      } else if (!isCalendarDay(day)) {
        ctx.addIssue({ code: "custom", message: "Tanggal tidak valid" });
      } else if (options.recent && day > jakartaDateOf(new Date(Date.now() + DAY_MS))) {
        // A day of slack: a seller may note tomorrow morning's market stall tonight.
        ctx.addIssue({
          code: "custom",
          message: "Tanggal tidak boleh lebih dari satu hari ke depan",
        });
      }
    }),
  );
}

/** A cashbook category picked from the list (checked against the list by the caller). */
export const CategoryField = z.preprocess(
  blankToUndefined,
  z.string({ error: "Pilih kategori" }).trim().min(1, { error: "Pilih kategori" }),
);

/** A short free note; empty when left out. */
export const NoteField = z
  .string()
  .trim()
  .max(300, { error: "Catatan maksimal 300 huruf" })
  .optional()
  .transform((v) => v ?? "");

const CashbookEntryFields = z.object({
  kind: z.enum(["INCOME", "EXPENSE"], { error: "Pilih jenis: pemasukan atau pengeluaran" }),
  category: CategoryField,
  amount: RupiahAmountField,
  occurredOn: dayField({ recent: true }),
  note: NoteField,
});

const KindAndCategory = CashbookEntryFields.pick({ kind: true, category: true });

/** One manual cashbook entry as entered by the seller or their operator. */
export const CashbookEntrySchema = CashbookEntryFields.refine(
  (entry) => categoriesFor(entry.kind).includes(entry.category),
  {
    error: "Kategori tidak sesuai dengan jenis catatan",
    path: ["category"],
    // Check the category as soon as kind and category are valid, even if other fields are not.
    when: (payload) => KindAndCategory.safeParse(payload.value).success,
  },
);
export type CashbookEntryInput = z.infer<typeof CashbookEntrySchema>;

const entrySelect = {
  id: true,
  kind: true,
  category: true,
  amount: true,
  occurredOn: true,
  note: true,
  createdAt: true,
  recordedBy: { select: { name: true } },
  debtPayment: { select: { debtId: true } },
} satisfies Prisma.CashbookEntrySelect;

export interface CashbookEntryView {
  id: string;
  kind: CashbookKind;
  category: string;
  amount: number;
  /** Jakarta calendar day, `YYYY-MM-DD`. */
  occurredOn: string;
  note: string;
  recordedByName: string | null;
  createdAt: Date;
  /** The debt whose payment wrote this entry; such entries are undone in the debt book. */
  debtId: string | null;
}

function toEntryView(row: Prisma.CashbookEntryGetPayload<{ select: typeof entrySelect }>) {
  return {
    id: row.id,
    kind: row.kind,
    category: row.category,
    amount: Number(row.amount),
    occurredOn: jakartaDateOf(row.occurredOn),
    note: row.note,
    recordedByName: row.recordedBy?.name ?? null,
    createdAt: row.createdAt,
    debtId: row.debtPayment?.debtId ?? null,
  } satisfies CashbookEntryView;
}

export async function addCashbookEntry(
  db: Tx,
  input: { sellerId: string; recordedById: string | null; data: CashbookEntryInput },
): Promise<CashbookEntryView> {
  const parsed = CashbookEntrySchema.safeParse(input.data);
  if (!parsed.success) {
    throw invalidInput(parsed.error, "Catatan tidak valid");
  }
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { id: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const row = await db.cashbookEntry.create({
    data: {
      sellerId: input.sellerId,
      kind: parsed.data.kind,
      category: parsed.data.category,
      amount: parsed.data.amount,
      occurredOn: jakartaDayStart(parsed.data.occurredOn),
      note: parsed.data.note,
      recordedById: input.recordedById,
    },
    select: entrySelect,
  });
  return toEntryView(row);
}

/**
 * Deletes a manual entry of this seller; entries created from an order or written by a debt
 * payment stay (a debt payment is undone in the debt book, which removes its entry).
 */
export async function deleteCashbookEntry(
  db: Tx,
  input: { sellerId: string; entryId: string },
): Promise<void> {
  const { count } = await db.cashbookEntry.deleteMany({
    where: {
      id: input.entryId,
      sellerId: input.sellerId,
      orderId: null,
      debtPayment: { is: null },
    },
  });
  if (count === 1) return;
  const linked = await db.cashbookEntry.findFirst({
    where: { id: input.entryId, sellerId: input.sellerId },
    select: { orderId: true },
  });
  if (linked?.orderId) {
    throw new DomainError("CONFLICT", "Catatan dari pesanan marketplace tidak dapat dihapus");
  }
  if (linked) {
    throw new DomainError(
      "CONFLICT",
      "Catatan ini berasal dari pembayaran di buku utang-piutang; batalkan pembayarannya di sana",
    );
  }
  throw new DomainError("NOT_FOUND", "Catatan kas tidak ditemukan");
}

// ───────────────────────────── Totals ─────────────────────────────

interface Range {
  gte?: Date;
  gt?: Date;
  lt?: Date;
  lte?: Date;
}

/**
 * Manual entries only: rows linked to an order (`orderId` set) would count that order twice,
 * since completed orders are read from Order itself.
 */
async function manualTotalsByCategory(db: Tx, sellerId: string, occurredOn: Range) {
  const groups = await db.cashbookEntry.groupBy({
    by: ["kind", "category"],
    where: { sellerId, orderId: null, occurredOn },
    _sum: { amount: true },
  });
  return groups.map((g) => ({
    kind: g.kind,
    category: g.category,
    amount: Number(g._sum.amount ?? 0),
  }));
}

async function manualTotals(db: Tx, sellerId: string, occurredOn: Range) {
  const groups = await db.cashbookEntry.groupBy({
    by: ["kind"],
    where: { sellerId, orderId: null, occurredOn },
    _sum: { amount: true },
  });
  const sum = (kind: CashbookKind) => Number(groups.find((g) => g.kind === kind)?._sum.amount ?? 0);
  return { income: sum("INCOME"), expense: sum("EXPENSE") };
}

/** Completed marketplace orders in a range of `completedAt`: goods subtotal and count. */
export async function marketplaceSales(
  db: Tx,
  input: { sellerId: string; completedAt: Range },
): Promise<{ sales: number; orders: number }> {
  const result = await db.order.aggregate({
    where: { sellerId: input.sellerId, status: "COMPLETED", completedAt: input.completedAt },
    _sum: { subtotal: true },
    _count: { _all: true },
  });
  return { sales: result._sum.subtotal ?? 0, orders: result._count._all };
}

export interface MonthlyStatement {
  month: string;
  income: {
    total: number;
    /** Manual categories plus "penjualan marketplace" when the month has completed orders. */
    byCategory: Record<string, number>;
    marketplace: number;
    manual: number;
  };
  expense: { total: number; byCategory: Record<string, number> };
  profit: number;
  /** The month's manual entries, newest first. */
  entries: CashbookEntryView[];
  marketplaceOrders: number;
}

/** A month's profit and loss, in the spirit of SAK EMKM's laporan laba rugi. */
export async function monthlyStatement(
  db: Tx,
  input: { sellerId: string; month: string },
): Promise<MonthlyStatement> {
  const { start, end } = jakartaMonthRange(input.month);
  const range = { gte: start, lt: end };
  const [groups, market, rows] = await Promise.all([
    manualTotalsByCategory(db, input.sellerId, range),
    marketplaceSales(db, { sellerId: input.sellerId, completedAt: range }),
    db.cashbookEntry.findMany({
      where: { sellerId: input.sellerId, orderId: null, occurredOn: range },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      select: entrySelect,
    }),
  ]);
  const incomeByCategory: Record<string, number> = {};
  const expenseByCategory: Record<string, number> = {};
  let manualIncome = 0;
  let expense = 0;
  for (const g of groups) {
    if (g.kind === "INCOME") {
      incomeByCategory[g.category] = (incomeByCategory[g.category] ?? 0) + g.amount;
      manualIncome += g.amount;
    } else {
      expenseByCategory[g.category] = (expenseByCategory[g.category] ?? 0) + g.amount;
      expense += g.amount;
    }
  }
  if (market.orders > 0) incomeByCategory[MARKETPLACE_CATEGORY] = market.sales;
  const income = manualIncome + market.sales;
  return {
    month: input.month,
    income: {
      total: income,
      byCategory: incomeByCategory,
      marketplace: market.sales,
      manual: manualIncome,
    },
    expense: { total: expense, byCategory: expenseByCategory },
    profit: income - expense,
    entries: rows.map(toEntryView),
    marketplaceOrders: market.orders,
  };
}

export interface CashFlowMonth {
  month: string;
  inflow: number;
  outflow: number;
  net: number;
  /** Balance at the end of the month, from the seller's first entry or sale. */
  closing: number;
}

/**
 * Monthly cash in and out from `fromMonth` to `toMonth` (at most 24 months). The opening balance
 * is everything recorded before `fromMonth`.
 */
export async function cashFlow(
  db: Tx,
  input: { sellerId: string; fromMonth: string; toMonth: string },
): Promise<{ openingBalance: number; months: CashFlowMonth[] }> {
  const months = monthsBetween(input.fromMonth, input.toMonth, MAX_REPORT_MONTHS);
  const { start: periodStart } = jakartaMonthRange(input.fromMonth);
  const before = { lt: periodStart };
  const [openingManual, openingMarket, perMonth] = await Promise.all([
    manualTotals(db, input.sellerId, before),
    marketplaceSales(db, { sellerId: input.sellerId, completedAt: before }),
    Promise.all(
      months.map(async (month) => {
        const { start, end } = jakartaMonthRange(month);
        const range = { gte: start, lt: end };
        const [manual, market] = await Promise.all([
          manualTotals(db, input.sellerId, range),
          marketplaceSales(db, { sellerId: input.sellerId, completedAt: range }),
        ]);
        return { month, inflow: manual.income + market.sales, outflow: manual.expense };
      }),
    ),
  ]);
  const openingBalance = openingManual.income + openingMarket.sales - openingManual.expense;
  let balance = openingBalance;
  return {
    openingBalance,
    months: perMonth.map(({ month, inflow, outflow }) => {
      balance += inflow - outflow;
      return { month, inflow, outflow, net: inflow - outflow, closing: balance };
    }),
  };
}

// ───────────────────────────── Size class ─────────────────────────────

/**
 * Sales over the 12 months up to `asOf`: completed marketplace orders plus manual income in the
 * "penjualan" category.
 */
export async function annualSales(
  db: Tx,
  input: { sellerId: string; asOf: Date },
): Promise<number> {
  const start = new Date(input.asOf);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  const window = { gt: start, lte: input.asOf };
  const [market, manual] = await Promise.all([
    marketplaceSales(db, { sellerId: input.sellerId, completedAt: window }),
    db.cashbookEntry.aggregate({
      where: {
        sellerId: input.sellerId,
        orderId: null,
        kind: "INCOME",
        category: SALES_CATEGORY,
        occurredOn: window,
      },
      _sum: { amount: true },
    }),
  ]);
  return market.sales + Number(manual._sum.amount ?? 0);
}

/**
 * Re-derives the seller's PP 7/2021 class from annual sales. A change ("naik kelas", or back
 * down) updates the seller and is logged once in SizeClassChange.
 */
export async function recordSizeClass(
  db: Tx,
  input: { sellerId: string; asOf?: Date },
): Promise<{ sizeClass: SizeClass; changed: boolean; annualSales: number }> {
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { sizeClass: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const sales = await annualSales(db, { sellerId: input.sellerId, asOf: input.asOf ?? new Date() });
  const sizeClass = sizeClassFor(sales);
  if (sizeClass === seller.sizeClass) return { sizeClass, changed: false, annualSales: sales };
  return inTransaction(db, async (tx) => {
    // Conditional on the class we read, so two concurrent runs log the change only once.
    const { count } = await tx.seller.updateMany({
      where: { id: input.sellerId, sizeClass: seller.sizeClass },
      data: { sizeClass },
    });
    if (count !== 1) return { sizeClass, changed: false, annualSales: sales };
    await tx.sizeClassChange.create({
      data: {
        sellerId: input.sellerId,
        fromClass: seller.sizeClass,
        toClass: sizeClass,
        annualSales: BigInt(sales),
      },
    });
    return { sizeClass, changed: true, annualSales: sales };
  });
}

/** Records a manual entry and the size class it may change, in one transaction. */
export async function recordCashbookEntry(
  db: Db,
  input: { sellerId: string; recordedById: string | null; data: CashbookEntryInput },
): Promise<CashbookEntryView> {
  return db.$transaction(async (tx) => {
    const entry = await addCashbookEntry(tx, input);
    await recordSizeClass(tx, { sellerId: input.sellerId });
    return entry;
  });
}

/** Deletes a manual entry and updates the size class, in one transaction. */
export async function removeCashbookEntry(
  db: Db,
  input: { sellerId: string; entryId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await deleteCashbookEntry(tx, input);
    await recordSizeClass(tx, { sellerId: input.sellerId });
  });
}

/** The seller's size class (PP 7/2021), as last recorded. */
export async function getSizeClass(db: Db, sellerId: string): Promise<SizeClass> {
  const seller = await db.seller.findUnique({
    where: { id: sellerId },
    select: { sizeClass: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  return seller.sizeClass;
}
