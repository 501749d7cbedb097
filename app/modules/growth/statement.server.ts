import crypto from "node:crypto";
import PDFDocument from "pdfkit";
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import type {
  BusinessSector,
  LegalityStatus,
  LegalityType,
  SizeClass,
  VerificationStatus,
} from "~/generated/prisma/enums";
import { formatRupiah } from "~/modules/money/money";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createTranslator, formatDate } from "~/utils/i18n";
import { jakartaMonthOf, jakartaMonthRange, monthsBetween } from "~/utils/jakarta-calendar";
import { marketplaceSales, MAX_REPORT_MONTHS } from "./cashbook.server";
import { debtTotals } from "./debts.server";
import { SIZE_CLASS_LABELS } from "./size-class";

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

/** What is stored in SalesStatement.totals: the figures and the identity as printed. */
const StatementTotalsSchema = z.object({
  version: z.literal(1),
  from: z.string(),
  to: z.string(),
  seller: z.object({
    businessName: z.string(),
    ownerName: z.string(),
    desa: z.string(),
    kecamatan: z.string().nullable(),
    verificationStatus: z.string(),
    sizeClass: z.enum(["MIKRO", "KECIL", "MENENGAH"]),
    legalities: z.array(z.object({ type: z.string(), number: z.string(), status: z.string() })),
  }),
  months: z.array(MonthFigures),
  marketplaceOrders: z.number(),
  marketplaceSales: z.number(),
  otherIncome: z.number(),
  expense: z.number(),
  profit: z.number(),
  trainingsAttended: z.number(),
  /** Open debt-book balances on the day of issue (statements issued before it have none). */
  debts: z.object({ receivable: z.number(), payable: z.number() }).optional(),
});
type StatementTotals = z.infer<typeof StatementTotalsSchema>;

const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  PENDING: "Menunggu verifikasi",
  VERIFIED: "Terverifikasi",
  REJECTED: "Ditolak",
  SUSPENDED: "Ditangguhkan",
};

const LEGALITY_LABELS: Record<LegalityType, string> = {
  NIB: "NIB",
  PIRT: "P-IRT",
  HALAL: "Sertifikat Halal",
};

const LEGALITY_STATUS_LABELS: Record<LegalityStatus, string> = {
  UNVERIFIED: "belum diperiksa petugas",
  VERIFIED: "terverifikasi petugas",
  REJECTED: "ditolak petugas",
};

const monthFormat = new Intl.DateTimeFormat("id-ID", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "Maret 2026" for "2026-03". */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

function periodLabel(from: string, to: string): string {
  return from === to ? monthLabel(from) : `${monthLabel(from)} s.d. ${monthLabel(to)}`;
}

interface StatementContent {
  code: string;
  verifyUrl: string;
  issuedAt: Date;
  from: string;
  to: string;
  seller: {
    businessName: string;
    ownerName: string;
    address: string | null;
    desa: string;
    kecamatan: string | null;
    kabupaten: string | null;
    sector: BusinessSector;
    verificationStatus: VerificationStatus;
    verifiedAt: Date | null;
    sizeClass: SizeClass;
    legalities: { type: LegalityType; number: string; status: LegalityStatus }[];
  };
  months: { month: string; orders: number; sales: number }[];
  totals: Pick<
    StatementTotals,
    "marketplaceOrders" | "marketplaceSales" | "otherIncome" | "expense" | "profit"
  >;
  debts: { receivable: number; payable: number };
  trainings: { title: string; organiser: string; date: Date; certificateNumber: string | null }[];
}

// ───────────────────────────── PDF ─────────────────────────────

// Beyond Latin-1, the standard Helvetica (WinAnsi) only has these; anything else would print as
// garbage, so it becomes "?".
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function pdfSafe(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      const printable = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff);
      return printable || c === "\n" || WIN_ANSI_EXTRAS.has(c) ? c : "?";
    })
    .join("");
}

const MARGIN = 50;
const FOOTER_SPACE = 30;

function renderStatementPdf(content: StatementContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: "id-ID",
    info: {
      Title: `Laporan Penjualan UMKM - ${content.seller.businessName}`,
      Author: "Pasar Kampung",
      Subject: `Periode ${periodLabel(content.from, content.to)}`,
      CreationDate: content.issuedAt,
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const body = () => doc.font("Helvetica").fontSize(10).fillColor("black");
  const heading = (text: string) => {
    doc.moveDown(1);
    ensureSpace(48);
    doc.font("Helvetica-Bold").fontSize(12).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    body();
  };
  /** One row of text cells laid out side by side; wraps the page before a row, never inside. */
  const row = (
    cells: { text: string; x: number; width: number; align?: "left" | "right" }[],
    bold = false,
  ) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    const height = Math.max(
      ...cells.map((c) => doc.heightOfString(pdfSafe(c.text), { width: c.width })),
    );
    ensureSpace(height + 4);
    const y = doc.y;
    for (const cell of cells) {
      doc.text(pdfSafe(cell.text), MARGIN + cell.x, y, {
        width: cell.width,
        align: cell.align ?? "left",
      });
    }
    doc.x = MARGIN;
    doc.y = y + height + 4;
  };
  const field = (label: string, value: string) =>
    row([
      { text: label, x: 0, width: 150 },
      { text: value, x: 160, width: width - 160 },
    ]);
  const rule = () => {
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor("#888888")
      .stroke();
    doc.y += 4;
  };

  const { seller, totals } = content;
  const t = createTranslator("id");

  doc.font("Helvetica-Bold").fontSize(18).text("Laporan Penjualan UMKM", MARGIN, MARGIN, { width });
  body().text(`Periode: ${periodLabel(content.from, content.to)}`);
  doc.text(`Kode verifikasi: ${content.code}`);
  doc.moveDown(0.5);
  rule();

  heading("Identitas Usaha");
  field("Nama usaha", seller.businessName);
  field("Nama pemilik", seller.ownerName);
  field("Sektor", t(`sector.${seller.sector}`));
  if (seller.address) field("Alamat", seller.address);
  field("Desa/Kelurahan", seller.desa);
  if (seller.kecamatan) field("Kecamatan", seller.kecamatan);
  if (seller.kabupaten) field("Kabupaten/Kota", seller.kabupaten);
  field("Kelas usaha", `${SIZE_CLASS_LABELS[seller.sizeClass]} (PP 7/2021, saat diterbitkan)`);

  heading("Status Verifikasi dan Legalitas");
  field(
    "Verifikasi Pasar Kampung",
    seller.verificationStatus === "VERIFIED" && seller.verifiedAt
      ? `${VERIFICATION_LABELS.VERIFIED} sejak ${formatDate("id", seller.verifiedAt)}`
      : VERIFICATION_LABELS[seller.verificationStatus],
  );
  if (seller.legalities.length === 0) {
    field("Legalitas", "Belum ada nomor legalitas yang dicatat");
  }
  for (const legality of seller.legalities) {
    field(
      LEGALITY_LABELS[legality.type],
      `${legality.number} (${LEGALITY_STATUS_LABELS[legality.status]})`,
    );
  }

  heading("Penjualan Marketplace per Bulan");
  const columns = (a: string, b: string, c: string, bold = false) =>
    row(
      [
        { text: a, x: 0, width: 200 },
        { text: b, x: 210, width: 120, align: "right" },
        { text: c, x: 340, width: width - 340, align: "right" },
      ],
      bold,
    );
  columns("Bulan", "Pesanan selesai", "Penjualan", true);
  rule();
  for (const m of content.months) {
    columns(monthLabel(m.month), String(m.orders), formatRupiah(m.sales));
  }
  rule();
  columns("Jumlah", String(totals.marketplaceOrders), formatRupiah(totals.marketplaceSales), true);
  doc.font("Helvetica-Oblique").fontSize(8);
  ensureSpace(24);
  doc.text(
    "Penjualan dihitung dari pesanan berstatus selesai di Pasar Kampung, senilai harga barang " +
      "tanpa ongkos kirim.",
    MARGIN,
    doc.y,
    { width },
  );
  body();

  heading("Ringkasan Periode");
  const summary = (label: string, amount: number, bold = false) =>
    row(
      [
        { text: label, x: 0, width: 330 },
        { text: formatRupiah(amount), x: 340, width: width - 340, align: "right" },
      ],
      bold,
    );
  summary("Penjualan marketplace", totals.marketplaceSales);
  summary("Pemasukan lain (buku kas)", totals.otherIncome);
  summary("Pengeluaran (buku kas)", totals.expense);
  rule();
  summary(totals.profit < 0 ? "Rugi" : "Laba", totals.profit, true);
  doc.font("Helvetica-Oblique").fontSize(8);
  ensureSpace(24);
  doc.text(
    "Pemasukan lain dan pengeluaran dicatat sendiri oleh pelaku usaha di buku kas Pasar Kampung " +
      "dan tidak diaudit.",
    MARGIN,
    doc.y,
    { width },
  );
  body();

  heading(`Utang-Piutang per ${formatDate("id", content.issuedAt)}`);
  summary("Piutang usaha belum tertagih", content.debts.receivable);
  summary("Utang usaha belum dibayar", content.debts.payable);
  doc.font("Helvetica-Oblique").fontSize(8);
  ensureSpace(24);
  doc.text(
    "Dari buku utang-piutang yang dicatat sendiri oleh pelaku usaha; tidak diaudit.",
    MARGIN,
    doc.y,
    { width },
  );
  body();

  heading("Pelatihan yang Diikuti");
  if (content.trainings.length === 0) {
    doc.text("Tidak ada pelatihan yang diikuti dalam periode ini.", MARGIN, doc.y, { width });
  }
  for (const training of content.trainings) {
    const certificate = training.certificateNumber
      ? `\nSertifikat no. ${training.certificateNumber}`
      : "";
    row([
      { text: formatDate("id", training.date), x: 0, width: 110 },
      {
        text: `${training.title} (${training.organiser})${certificate}`,
        x: 120,
        width: width - 120,
      },
    ]);
  }

  heading("Keaslian Dokumen");
  field("Tanggal terbit", formatDate("id", content.issuedAt));
  field("Kode verifikasi", content.code);
  doc.moveDown(0.3);
  ensureSpace(16);
  doc.text(pdfSafe(`Periksa keaslian dokumen di ${content.verifyUrl}`), MARGIN, doc.y, { width });

  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#555555")
      .text(
        `Pasar Kampung - Laporan Penjualan UMKM - Kode ${content.code} - ` +
          `Halaman ${i - pages.start + 1} dari ${pages.count}`,
        MARGIN,
        doc.page.height - MARGIN,
        { width, align: "center", lineBreak: false },
      );
  }
  doc.end();
  return done;
}

// ───────────────────────────── Issue and verify ─────────────────────────────

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Issues a sales statement for `from`..`to` (months `YYYY-MM`, at most 24, not in the future) and
 * stores it under a fresh verification code.
 *
 * `verifyUrl` is either the site origin (e.g. "https://pasarkampung.id", the code page is appended)
 * or a function from code to URL; without it the PDF prints the relative path.
 */
export async function buildSalesStatement(
  db: Tx,
  input: {
    sellerId: string;
    from: string;
    to: string;
    issuedById: string | null;
    verifyUrl?: string | ((code: string) => string);
    now?: Date;
  },
): Promise<{ statementId: string; verificationCode: string; pdf: Buffer }> {
  const issuedAt = input.now ?? new Date();
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
      legalities: { select: { type: true, number: true, status: true }, orderBy: { type: "asc" } },
    },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");

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
    profit: marketplaceTotal + otherIncome - expense,
  };
  const kecamatan = seller.desa.parent;
  const trainings = attendances.map((a) => ({
    title: a.session.programme.title,
    organiser: a.session.programme.organiser,
    date: a.session.startsAt,
    certificateNumber: a.certificateNumber,
  }));
  const totals: StatementTotals = {
    version: 1,
    from: input.from,
    to: input.to,
    seller: {
      businessName: seller.businessName,
      ownerName: seller.ownerName,
      desa: seller.desa.name,
      kecamatan: kecamatan?.name ?? null,
      verificationStatus: seller.verificationStatus,
      sizeClass: seller.sizeClass,
      legalities: seller.legalities,
    },
    months: monthly,
    ...figures,
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
      from: input.from,
      to: input.to,
      seller: {
        businessName: seller.businessName,
        ownerName: seller.ownerName,
        address: seller.address,
        desa: seller.desa.name,
        kecamatan: kecamatan?.name ?? null,
        kabupaten: kecamatan?.parent?.name ?? null,
        sector: seller.sector,
        verificationStatus: seller.verificationStatus,
        verifiedAt: seller.verifiedAt,
        sizeClass: seller.sizeClass,
        legalities: seller.legalities,
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
        },
        select: { id: true },
      });
      return { statementId: statement.id, verificationCode: code, pdf };
    } catch (error) {
      // 31^10 codes make a clash very unlikely; retry a couple of times rather than fail.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export interface StatementSummary {
  verificationCode: string;
  issuedAt: Date;
  businessName: string;
  desa: string;
  kecamatan: string | null;
  sizeClass: SizeClass;
  verificationStatus: string;
  legalities: { type: string; number: string; status: string }[];
  /** Months `YYYY-MM`, both included. */
  period: { from: string; to: string };
  months: { month: string; orders: number; sales: number }[];
  totals: {
    marketplaceOrders: number;
    marketplaceSales: number;
    otherIncome: number;
    expense: number;
    profit: number;
  };
  trainingsAttended: number;
  debts: { receivable: number; payable: number } | null;
}

/**
 * The public record behind a statement's verification code, as printed on the PDF (the seller's
 * name and details as they were when it was issued). Null for an unknown or malformed code.
 */
export async function getStatementByCode(db: Tx, code: string): Promise<StatementSummary | null> {
  const verificationCode = normalizeVerificationCode(code);
  if (!verificationCode) return null;
  const statement = await db.salesStatement.findUnique({
    where: { verificationCode },
    select: { verificationCode: true, totals: true, createdAt: true },
  });
  if (!statement) return null;
  const totals = StatementTotalsSchema.parse(statement.totals);
  return {
    verificationCode: statement.verificationCode,
    issuedAt: statement.createdAt,
    businessName: totals.seller.businessName,
    desa: totals.seller.desa,
    kecamatan: totals.seller.kecamatan,
    sizeClass: totals.seller.sizeClass,
    verificationStatus: totals.seller.verificationStatus,
    legalities: totals.seller.legalities,
    period: { from: totals.from, to: totals.to },
    months: totals.months,
    totals: {
      marketplaceOrders: totals.marketplaceOrders,
      marketplaceSales: totals.marketplaceSales,
      otherIncome: totals.otherIncome,
      expense: totals.expense,
      profit: totals.profit,
    },
    trainingsAttended: totals.trainingsAttended,
    debts: totals.debts ?? null,
  };
}

/** The seller's latest statements (newest first), for the page that lists and re-opens them. */
export async function listSalesStatements(db: Db, sellerId: string) {
  return db.salesStatement.findMany({
    where: { sellerId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { verificationCode: true, createdAt: true, periodStart: true, periodEnd: true },
  });
}
