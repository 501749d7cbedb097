import crypto from "node:crypto";
import { z } from "zod";
import { type Prisma } from "~/generated/prisma/client";
import type { SizeClass } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { isUniqueViolation } from "~/utils/sql.server";
import { DomainError } from "~/utils/errors";
import { jakartaMonthOf, jakartaMonthRange, monthsBetween } from "~/utils/jakarta-calendar";
import { marketplaceSales, MAX_REPORT_MONTHS } from "./cashbook.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { isLegalityCurrent } from "~/modules/sellers/legality";
import { maskNik } from "~/modules/sellers/nik";
import { revealOwnerNik } from "~/modules/sellers/owner-identity.server";
import { getEnv } from "~/utils/env.server";
import { debtTotals } from "./debts.server";
import { legalityNumberText } from "./legality-label";
import { renderStatementPdf, type StatementMonth, type PeriodTotals } from "./statement-pdf.server";

/**
 * Sales statements ("laporan penjualan") a seller can hand to a bank, a KUR officer or the dinas.
 * Each issued statement is stored with its figures and a verification code, so anyone holding the
 * PDF can check it against /cek-dokumen/<code>.
 */

type Tx = Prisma.TransactionClient | Db;

// No 0/O, 1/I/L: the code is read off paper and typed by hand.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

function generateVerificationCode(): string {
  let raw = "";
  for (let i = 0; i < CODE_LENGTH; i++)
    raw += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** Upper-cases and re-inserts the dash; null when the input cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, "");
  if (raw.length !== CODE_LENGTH || [...raw].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

const MonthFigures = z.object({ month: z.string(), orders: z.number(), sales: z.number() });

/**
 * What is stored in SalesStatement.totals: the figures and the identity as printed. Version 2
 * adds the owner's masked NIK, the address and phone, the issuer, and lists only the legality
 * documents that were current (verified, unexpired) on the day of issue; version 1 statements
 * (every document with its status) still verify.
 */
const StatementTotalsSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  from: z.string(),
  to: z.string(),
  issuer: z.string().optional(),
  seller: z.object({
    businessName: z.string(),
    ownerName: z.string(),
    /** Masked (`3510••••••••0001`) even when the PDF printed it in full. */
    ownerNikMasked: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    phone: z.string().optional(),
    desa: z.string(),
    kecamatan: z.string().nullable(),
    kabupaten: z.string().nullable().optional(),
    verificationStatus: z.string(),
    sizeClass: z.enum(["MIKRO", "KECIL", "MENENGAH"]),
    legalities: z.array(
      z.object({
        type: z.string(),
        number: z.string(),
        status: z.string(),
        expiresAt: z.string().nullable().optional(),
      }),
    ),
  }),
  months: z.array(MonthFigures),
  marketplaceOrders: z.number(),
  marketplaceSales: z.number(),
  otherIncome: z.number(),
  expense: z.number(),
  /** Sales plus other income minus recorded expenses ("selisih kas"); not a profit. */
  profit: z.number(),
  trainingsAttended: z.number(),
  /** Open debt-book balances on the day of issue (statements issued before it have none). */
  debts: z.object({ receivable: z.number(), payable: z.number() }).optional(),
});
type StatementTotals = z.infer<typeof StatementTotalsSchema>;

/**
 * How long a bank may read a statement as current: 90 days, the age a KUR officer usually
 * accepts for supporting documents, and long enough to cover the weeks a loan file takes.
 */
export const STATEMENT_VALID_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Issues a sales statement for `from`..`to` (months `YYYY-MM`, at most 24, not in the future) and
 * stores it under a fresh verification code, valid for STATEMENT_VALID_DAYS.
 *
 * `verifyUrl` is either the site origin (e.g. "https://pasarkampung.id", the code page is appended)
 * or a function from code to URL; without it the PDF prints the relative path. `showNik` prints
 * the owner's full NIK (their choice); otherwise it is masked.
 */
export async function buildSalesStatement(
  db: Tx,
  input: {
    sellerId: string;
    from: string;
    to: string;
    issuedById: string | null;
    verifyUrl?: string | ((code: string) => string);
    showNik?: boolean;
    now?: Date;
  },
): Promise<{ statementId: string; verificationCode: string; pdf: Buffer; validUntil: Date }> {
  const issuedAt = input.now ?? new Date();
  const validUntil = new Date(issuedAt.getTime() + STATEMENT_VALID_DAYS * DAY_MS);
  const months = monthsBetween(input.from, input.to, MAX_REPORT_MONTHS);
  if (input.to > jakartaMonthOf(issuedAt)) {
    throw new DomainError("INVALID", "Bulan akhir tidak boleh melewati bulan ini", {
      to: input.to,
    });
  }
  const periodStart = jakartaMonthRange(input.from).start;
  const periodEnd = jakartaMonthRange(input.to).end;
  const period = { gte: periodStart, lt: periodEnd };

  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: {
      businessName: true,
      ownerName: true,
      address: true,
      whatsapp: true,
      sector: true,
      verificationStatus: true,
      verifiedAt: true,
      sizeClass: true,
      desa: {
        select: {
          name: true,
          parent: { select: { name: true, parent: { select: { name: true } } } },
        },
      },
      legalities: {
        select: { type: true, number: true, status: true, expiresAt: true },
        orderBy: { type: "asc" },
      },
    },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const nik = await revealOwnerNik(db, input.sellerId);
  // Only documents staff verified and that have not expired; the KTP is identity, not legality
  // (its number is the NIK, printed above as the owner chose).
  const legalities = seller.legalities
    .filter((l) => l.type !== "KTP" && isLegalityCurrent(l, issuedAt))
    .map((l) => ({ ...l, number: legalityNumberText(l.type, l.number) }));
  const issuer = getEnv().DISTRICT_NAME;

  const [monthly, manual, attendances, debts] = await Promise.all([
    Promise.all(
      months.map(async (month) => {
        const { start, end } = jakartaMonthRange(month);
        const sales = await marketplaceSales(db, {
          sellerId: input.sellerId,
          completedAt: { gte: start, lt: end },
        });
        return { month, orders: sales.orders, sales: sales.sales };
      }),
    ),
    db.cashbookEntry.groupBy({
      by: ["kind"],
      where: { sellerId: input.sellerId, orderId: null, occurredOn: period },
      _sum: { amount: true },
    }),
    db.trainingAttendance.findMany({
      where: { sellerId: input.sellerId, status: "ATTENDED", session: { startsAt: period } },
      orderBy: { session: { startsAt: "asc" } },
      select: {
        certificateNumber: true,
        session: {
          select: { startsAt: true, programme: { select: { title: true, organiser: true } } },
        },
      },
    }),
    debtTotals(db, { sellerId: input.sellerId, now: issuedAt }),
  ]);
  const openDebts = { receivable: debts.receivable.open, payable: debts.payable.open };

  const manualSum = (kind: "INCOME" | "EXPENSE") =>
    Number(manual.find((g) => g.kind === kind)?._sum.amount ?? 0);
  const marketplaceOrders = monthly.reduce((n, m) => n + m.orders, 0);
  const marketplaceTotal = monthly.reduce((n, m) => n + m.sales, 0);
  const otherIncome = manualSum("INCOME");
  const expense = manualSum("EXPENSE");
  const figures = {
    marketplaceOrders,
    marketplaceSales: marketplaceTotal,
    otherIncome,
    expense,
    cashDifference: marketplaceTotal + otherIncome - expense,
  };
  const kecamatan = seller.desa.parent;
  const trainings = attendances.map((a) => ({
    title: a.session.programme.title,
    organiser: a.session.programme.organiser,
    date: a.session.startsAt,
    certificateNumber: a.certificateNumber,
  }));
  const phone = formatIndonesianPhone(seller.whatsapp);
  const totals: StatementTotals = {
    version: 2,
    from: input.from,
    to: input.to,
    issuer,
    seller: {
      businessName: seller.businessName,
      ownerName: seller.ownerName,
      ownerNikMasked: nik ? maskNik(nik) : null,
      address: seller.address,
      phone,
      desa: seller.desa.name,
      kecamatan: kecamatan?.name ?? null,
      kabupaten: kecamatan?.parent?.name ?? null,
      verificationStatus: seller.verificationStatus,
      sizeClass: seller.sizeClass,
      legalities: legalities.map((l) => ({
        type: l.type,
        number: l.number,
        status: l.status,
        expiresAt: l.expiresAt?.toISOString() ?? null,
      })),
    },
    months: monthly,
    marketplaceOrders,
    marketplaceSales: marketplaceTotal,
    otherIncome,
    expense,
    profit: figures.cashDifference,
    trainingsAttended: trainings.length,
    debts: openDebts,
  };

  for (let attempt = 1; ; attempt++) {
    const code = generateVerificationCode();
    const verifyUrl =
      typeof input.verifyUrl === "function"
        ? input.verifyUrl(code)
        : `${(input.verifyUrl ?? "").replace(/\/+$/, "")}/cek-dokumen/${code}`;
    const pdf = await renderStatementPdf({
      code,
      verifyUrl,
      issuedAt,
      validUntil,
      issuer,
      from: input.from,
      to: input.to,
      seller: {
        businessName: seller.businessName,
        ownerName: seller.ownerName,
        ownerNik: nik ? (input.showNik ? nik : maskNik(nik)) : null,
        address: seller.address,
        phone,
        desa: seller.desa.name,
        kecamatan: kecamatan?.name ?? null,
        kabupaten: kecamatan?.parent?.name ?? null,
        sector: seller.sector,
        verificationStatus: seller.verificationStatus,
        verifiedAt: seller.verifiedAt,
        sizeClass: seller.sizeClass,
        legalities,
      },
      months: monthly,
      totals: figures,
      debts: openDebts,
      trainings,
    });
    try {
      const statement = await db.salesStatement.create({
        data: {
          sellerId: input.sellerId,
          verificationCode: code,
          periodStart,
          periodEnd,
          totals,
          issuedById: input.issuedById,
          createdAt: issuedAt,
          validUntil,
          showsNik: !!(input.showNik && nik),
        },
        select: { id: true },
      });
      return { statementId: statement.id, verificationCode: code, pdf, validUntil };
    } catch (error) {
      // 31^10 codes make a clash very unlikely; retry a couple of times rather than fail.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export interface StatementSummary {
  verificationCode: string;
  issuedAt: Date;
  /** Null for statements issued before validity was recorded. */
  validUntil: Date | null;
  /** Whether a bank may still read it as current on `now`. */
  current: boolean;
  issuer: string | null;
  businessName: string;
  ownerName: string;
  ownerNikMasked: string | null;
  address: string | null;
  phone: string | null;
  desa: string;
  kecamatan: string | null;
  kabupaten: string | null;
  sizeClass: SizeClass;
  verificationStatus: string;
  /** Version 2: the documents current on the day of issue; version 1: every document. */
  legalities: { type: string; number: string; status: string; expiresAt: string | null }[];
  /** Months `YYYY-MM`, both included. */
  period: { from: string; to: string };
  months: StatementMonth[];
  totals: PeriodTotals;
  trainingsAttended: number;
  debts: { receivable: number; payable: number } | null;
}

const summarySelect = {
  verificationCode: true,
  totals: true,
  createdAt: true,
  validUntil: true,
} satisfies Prisma.SalesStatementSelect;

function toSummary(
  statement: Prisma.SalesStatementGetPayload<{ select: typeof summarySelect }>,
  now: Date,
): StatementSummary {
  const totals = StatementTotalsSchema.parse(statement.totals);
  const { seller } = totals;
  return {
    verificationCode: statement.verificationCode,
    issuedAt: statement.createdAt,
    validUntil: statement.validUntil,
    current: !!statement.validUntil && statement.validUntil.getTime() > now.getTime(),
    issuer: totals.issuer ?? null,
    businessName: seller.businessName,
    ownerName: seller.ownerName,
    ownerNikMasked: seller.ownerNikMasked ?? null,
    address: seller.address ?? null,
    phone: seller.phone ?? null,
    desa: seller.desa,
    kecamatan: seller.kecamatan,
    kabupaten: seller.kabupaten ?? null,
    sizeClass: seller.sizeClass,
    verificationStatus: seller.verificationStatus,
    // Version 1 listed every document; only the verified ones are facts a lender may rely on.
    legalities: seller.legalities
      .filter((l) => l.status === "VERIFIED")
      .map((l) => ({ ...l, expiresAt: l.expiresAt ?? null })),
    period: { from: totals.from, to: totals.to },
    months: totals.months,
    totals: {
      marketplaceOrders: totals.marketplaceOrders,
      marketplaceSales: totals.marketplaceSales,
      otherIncome: totals.otherIncome,
      expense: totals.expense,
      cashDifference: totals.profit,
    },
    trainingsAttended: totals.trainingsAttended,
    debts: totals.debts ?? null,
  };
}

/**
 * The public record behind a statement's verification code, as printed on the PDF (the seller's
 * name and details as they were when it was issued, the NIK masked). Null for an unknown or
 * malformed code.
 */
export async function getStatementByCode(
  db: Tx,
  code: string,
  now: Date = new Date(),
): Promise<StatementSummary | null> {
  const verificationCode = normalizeVerificationCode(code);
  if (!verificationCode) return null;
  const statement = await db.salesStatement.findUnique({
    where: { verificationCode },
    select: summarySelect,
  });
  return statement ? toSummary(statement, now) : null;
}

/** The seller's most recently issued statement, for the KUR checklist and a bank's page. */
export async function getLatestStatement(
  db: Tx,
  sellerId: string,
  now: Date = new Date(),
): Promise<StatementSummary | null> {
  const statement = await db.salesStatement.findFirst({
    where: { sellerId },
    orderBy: { createdAt: "desc" },
    select: summarySelect,
  });
  return statement ? toSummary(statement, now) : null;
}

/** The seller's latest statements (newest first), for the page that lists and re-opens them. */
export async function listSalesStatements(db: Db, sellerId: string) {
  return db.salesStatement.findMany({
    where: { sellerId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      verificationCode: true,
      createdAt: true,
      validUntil: true,
      periodStart: true,
      periodEnd: true,
    },
  });
}
