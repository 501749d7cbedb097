import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type {
  BusinessSector,
  LegalityStatus,
  LegalityType,
  SizeClass,
  VerificationStatus,
} from "~/generated/prisma/enums";
import { formatRupiah } from "~/modules/money/money";
import { createTranslator } from "~/utils/i18n";
import { formatDate, formatMonth, formatNumber } from "~/utils/format";
import { pdfSafe } from "~/utils/pdf-text";
import { LEGALITY_LABELS } from "./legality-label";
import { SIZE_CLASS_LABELS } from "./size-class";

/**
 * A sales statement as a PDF: pdfkit with the built-in Helvetica (no font files), A4, every page
 * footed with the verification code.
 */

const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  PENDING: "Menunggu verifikasi",
  VERIFIED: "Terverifikasi",
  REJECTED: "Ditolak",
  SUSPENDED: "Ditangguhkan",
};

const LEGALITY_STATUS_LABELS: Record<LegalityStatus, string> = {
  UNVERIFIED: "belum diperiksa petugas",
  VERIFIED: "terverifikasi petugas",
  REJECTED: "ditolak petugas",
};

/** The statement is an Indonesian document (lenders and dinas read it), whatever the page language. */
const month = (value: string) => formatMonth("id", value);

function periodLabel(from: string, to: string): string {
  return from === to ? month(from) : `${month(from)} s.d. ${month(to)}`;
}

/** One month's marketplace orders and sales, as a statement lists them. */
export interface StatementMonth {
  month: string;
  orders: number;
  sales: number;
}

/**
 * A statement's totals over its period. `cashDifference` ("selisih kas") is marketplace sales plus
 * other income minus recorded expenses: not a profit, since the cashbook records no cost of goods
 * sold and unrecorded spending is missing from it.
 */
export interface PeriodTotals {
  marketplaceOrders: number;
  marketplaceSales: number;
  otherIncome: number;
  expense: number;
  cashDifference: number;
}

export interface StatementContent {
  code: string;
  /** Printed and encoded in the QR code: the public check page of this statement. */
  verifyUrl: string;
  issuedAt: Date;
  validUntil: Date;
  /** Who runs the platform (DISTRICT_NAME). */
  issuer: string;
  from: string;
  to: string;
  seller: {
    businessName: string;
    ownerName: string;
    /** In full or masked, as the owner chose; null when none is recorded. */
    ownerNik: string | null;
    address: string | null;
    phone: string;
    desa: string;
    kecamatan: string | null;
    kabupaten: string | null;
    sector: BusinessSector;
    verificationStatus: VerificationStatus;
    verifiedAt: Date | null;
    sizeClass: SizeClass;
    /** The documents current on the day of issue, numbers without a repeated name. */
    legalities: {
      type: LegalityType;
      number: string;
      status: LegalityStatus;
      expiresAt: Date | null;
    }[];
  };
  months: StatementMonth[];
  totals: PeriodTotals;
  debts: { receivable: number; payable: number };
  trainings: { title: string; organiser: string; date: Date; certificateNumber: string | null }[];
}

const MARGIN = 50;
const FOOTER_SPACE = 30;
const QR_SIZE = 96;

export async function renderStatementPdf(content: StatementContent): Promise<Buffer> {
  // A quiet zone of four modules, as scanners expect; medium error correction survives a crease.
  const qr = await QRCode.toBuffer(content.verifyUrl, {
    errorCorrectionLevel: "M",
    margin: 4,
    scale: 8,
  });
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: "id-ID",
    info: {
      Title: `Laporan Penjualan UMKM - ${content.seller.businessName}`,
      Author: pdfSafe(`Pasar Kampung - ${content.issuer}`),
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

  const textWidth = width - QR_SIZE - 12;
  doc.image(qr, MARGIN + width - QR_SIZE, MARGIN - 6, { width: QR_SIZE, height: QR_SIZE });
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text("Laporan Penjualan UMKM", MARGIN, MARGIN, { width: textWidth });
  body().text(`Periode: ${periodLabel(content.from, content.to)}`, { width: textWidth });
  doc.text(`Kode verifikasi: ${content.code}`, { width: textWidth });
  doc.text(
    `Terbit ${formatDate("id", content.issuedAt)}, berlaku sampai ${formatDate("id", content.validUntil)}`,
    { width: textWidth },
  );
  doc
    .fontSize(8)
    .fillColor("#444444")
    .text(pdfSafe(`Pasar Kampung, platform UMKM desa yang diselenggarakan ${content.issuer}`), {
      width: textWidth,
    });
  doc.text("Pindai kode QR untuk memeriksa keaslian dokumen ini.", { width: textWidth });
  body();
  doc.y = Math.max(doc.y, MARGIN - 6 + QR_SIZE) + 4;
  rule();

  heading("Identitas Usaha");
  field("Nama usaha", seller.businessName);
  field("Nama pemilik", seller.ownerName);
  field("NIK pemilik", seller.ownerNik ?? "Belum dicatat");
  field("Sektor", t(`sector.${seller.sector}`));
  field("Alamat usaha", seller.address ?? "Belum dicatat");
  field("Desa/Kelurahan", seller.desa);
  if (seller.kecamatan) field("Kecamatan", seller.kecamatan);
  if (seller.kabupaten) {
    // Region names carry their kind ("Kabupaten Banyuwangi"): the kind becomes the label.
    const kind = /^(Kabupaten|Kota) (.+)$/.exec(seller.kabupaten);
    if (kind) field(kind[1]!, kind[2]!);
    else field("Kabupaten/Kota", seller.kabupaten);
  }
  field("Telepon/WhatsApp", seller.phone);
  field("Kelas usaha", `${SIZE_CLASS_LABELS[seller.sizeClass]} (PP 7/2021, saat diterbitkan)`);

  heading("Status Verifikasi dan Legalitas");
  field(
    "Verifikasi Pasar Kampung",
    seller.verificationStatus === "VERIFIED" && seller.verifiedAt
      ? `${VERIFICATION_LABELS.VERIFIED} sejak ${formatDate("id", seller.verifiedAt)}`
      : VERIFICATION_LABELS[seller.verificationStatus],
  );
  if (seller.legalities.length === 0) {
    field("Legalitas", "Belum ada dokumen legalitas yang terverifikasi dan masih berlaku");
  }
  for (const legality of seller.legalities) {
    const validity = legality.expiresAt
      ? `berlaku s.d. ${formatDate("id", legality.expiresAt)}`
      : "tanpa masa berlaku";
    field(
      LEGALITY_LABELS[legality.type],
      `${legality.number} (${LEGALITY_STATUS_LABELS[legality.status]}, ${validity})`,
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
    columns(month(m.month), formatNumber("id", m.orders), formatRupiah(m.sales));
  }
  rule();
  columns(
    "Jumlah",
    formatNumber("id", totals.marketplaceOrders),
    formatRupiah(totals.marketplaceSales),
    true,
  );
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
  summary("Penjualan marketplace (pesanan selesai)", totals.marketplaceSales);
  summary("Pemasukan lain (buku kas)", totals.otherIncome);
  summary("Pengeluaran tercatat (buku kas)", totals.expense);
  rule();
  summary("Selisih kas", totals.cashDifference, true);
  doc.font("Helvetica-Oblique").fontSize(8);
  ensureSpace(36);
  doc.text(
    "Selisih kas = penjualan marketplace + pemasukan lain - pengeluaran tercatat. Ini bukan laba: " +
      "harga pokok penjualan tidak dicatat terpisah, dan pengeluaran yang tidak dicatat pelaku " +
      "usaha tidak ikut terhitung.",
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

  heading("Sumber Data");
  const source = (label: string, text: string) => field(label, text);
  source(
    "Penjualan marketplace",
    "Dihitung sistem Pasar Kampung dari pesanan berstatus selesai (harga barang, tanpa ongkos kirim).",
  );
  source(
    "Pemasukan lain, pengeluaran, utang-piutang",
    "Dicatat sendiri oleh pelaku usaha di buku kas dan buku utang-piutang Pasar Kampung; tidak diaudit.",
  );
  source("Pelatihan", "Daftar hadir yang dicatat penyelenggara pelatihan.");
  source(
    "Legalitas",
    "Hanya dokumen yang sudah diperiksa petugas dan belum kedaluwarsa pada tanggal terbit.",
  );

  heading("Keaslian Dokumen");
  field("Tanggal terbit", formatDate("id", content.issuedAt));
  field("Berlaku sampai", formatDate("id", content.validUntil));
  field("Kode verifikasi", content.code);
  field("Penyelenggara platform", content.issuer);
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
