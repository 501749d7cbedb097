import { PassThrough, type Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { RUPIAH_NUMFMT } from "~/modules/money/money";
import { isLegalityCurrent } from "~/modules/sellers/legality";
import type { Db } from "~/utils/db.server";
import { formatNumber } from "~/utils/format";
import { createTranslator, type Locale, type MessageKey } from "~/utils/i18n";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import type { DashboardScope, RegionRow } from "./dashboard.server";
import { sellerRegionWhere } from "./dashboard.server";

/**
 * What a column holds decides how the spreadsheet shows it: counts with thousands grouping,
 * rupiah as whole numbers with the rupiah format, shares as fractions with a percent format,
 * days as real dates. CSV files carry the same values plainly (days as `YYYY-MM-DD`).
 */
export type ColumnKind = "text" | "count" | "rupiah" | "percent" | "date";
export interface ExportColumn {
  header: MessageKey;
  kind: ColumnKind;
}
/** A day is a UTC midnight `Date` of its Jakarta calendar day, so no time zone moves it. */
export type ExportCell = string | number | Date | null;

/** The export's headers in the reader's language. */
export function exportHeaders(
  columns: readonly ExportColumn[],
  locale: Locale,
): { header: string; kind: ColumnKind }[] {
  const t = createTranslator(locale);
  return columns.map((c) => ({ header: t(c.header), kind: c.kind }));
}

export const REGION_COLUMNS: readonly ExportColumn[] = [
  { header: "export.code", kind: "text" },
  { header: "dash.region", kind: "text" },
  { header: "export.registered", kind: "count" },
  { header: "export.verified", kind: "count" },
  { header: "export.active", kind: "count" },
  { header: "dash.orders", kind: "count" },
  { header: "export.gmv", kind: "rupiah" },
  { header: "export.trained", kind: "count" },
  { header: "export.trainedShare", kind: "percent" },
  { header: "export.nib", kind: "count" },
  { header: "export.halal", kind: "count" },
];

export function regionRowValues(row: RegionRow): ExportCell[] {
  return [
    row.code,
    row.name,
    row.registered,
    row.verified,
    row.active,
    row.orders,
    row.gmv,
    row.trained,
    row.registered === 0 ? 0 : row.trained / row.registered,
    row.nib,
    row.halal,
  ];
}

export const SELLER_COLUMNS: readonly ExportColumn[] = [
  { header: "export.id", kind: "text" },
  { header: "export.businessName", kind: "text" },
  { header: "export.owner", kind: "text" },
  { header: "export.desa", kind: "text" },
  { header: "export.desaCode", kind: "text" },
  { header: "export.sector", kind: "text" },
  { header: "export.verification", kind: "text" },
  { header: "export.registeredOn", kind: "date" },
  { header: "export.sizeClass", kind: "text" },
  { header: "export.nibStatus", kind: "text" },
  { header: "export.pirtStatus", kind: "text" },
  { header: "export.halalStatus", kind: "text" },
  { header: "export.trainings", kind: "count" },
  { header: "export.literacy", kind: "text" },
  { header: "export.periodOrders", kind: "count" },
  { header: "export.periodSales", kind: "rupiah" },
];

/** A Jakarta calendar day as the UTC midnight a spreadsheet stores for that date. */
export function exportDay(instant: Date): Date {
  return new Date(`${jakartaDateOf(instant)}T00:00:00Z`);
}

/**
 * The seller list with legality, training, literacy and sales, in batches (keyset pagination
 * by id), so an export of a whole province streams instead of loading every row at once.
 */
export async function* sellerExportRows(
  db: Db,
  scope: DashboardScope,
  batchSize = 500,
): AsyncGenerator<ExportCell[]> {
  let after = "";
  for (;;) {
    const sellers = await db.seller.findMany({
      where: { ...sellerRegionWhere(scope.regionCode), id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        businessName: true,
        ownerName: true,
        desaCode: true,
        sector: true,
        verificationStatus: true,
        createdAt: true,
        sizeClass: true,
        desa: { select: { name: true } },
        legalities: { select: { type: true, status: true, expiresAt: true } },
      },
    });
    if (sellers.length === 0) return;
    const ids = sellers.map((s) => s.id);
    const [sales, trainings, assessments] = await Promise.all([
      db.order.groupBy({
        by: ["sellerId"],
        where: {
          sellerId: { in: ids },
          createdAt: { gte: scope.from, lt: scope.to },
          status: { notIn: ["CANCELLED", "REFUNDED"] },
        },
        _sum: { total: true },
        _count: { _all: true },
      }),
      db.trainingAttendance.groupBy({
        by: ["sellerId"],
        where: { sellerId: { in: ids }, status: "ATTENDED" },
        _count: { _all: true },
      }),
      db.literacyAssessment.findMany({
        where: { sellerId: { in: ids } },
        orderBy: [{ sellerId: "asc" }, { assessedAt: "desc" }],
        distinct: ["sellerId"],
        select: { sellerId: true, stratum: true },
      }),
    ]);
    const sale = new Map(sales.map((s) => [s.sellerId, s]));
    const trained = new Map(trainings.map((t) => [t.sellerId, t._count._all]));
    const literacy = new Map(assessments.map((a) => [a.sellerId, a.stratum]));
    for (const s of sellers) {
      const legal = (type: string) => {
        const doc = s.legalities.find((l) => l.type === type);
        if (!doc) return "TIDAK_ADA";
        // A verified document past its last day no longer counts, and the export says so.
        return doc.status === "VERIFIED" && !isLegalityCurrent(doc) ? "KEDALUWARSA" : doc.status;
      };
      yield [
        s.id,
        s.businessName,
        s.ownerName,
        s.desa.name,
        s.desaCode,
        s.sector,
        s.verificationStatus,
        exportDay(s.createdAt),
        s.sizeClass,
        legal("NIB"),
        legal("PIRT"),
        legal("HALAL"),
        trained.get(s.id) ?? 0,
        literacy.get(s.id) ?? "",
        sale.get(s.id)?._count._all ?? 0,
        sale.get(s.id)?._sum.total ?? 0,
      ];
    }
    after = sellers[sellers.length - 1]!.id;
  }
}

export type ExportFormat = "csv" | "xlsx";

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: "#,##0",
  rupiah: RUPIAH_NUMFMT,
  percent: "0.0%",
  date: "d mmm yyyy",
};

/** Rows read before the columns are sized: enough to judge the widths, few enough to stream. */
const SIZING_ROWS = 200;

/** About how many characters a cell takes on screen, to size its column. */
function displayLength(value: ExportCell, kind: ColumnKind): number {
  if (value === null || value === "") return 0;
  if (kind === "date") return 11;
  if (kind === "percent") return 6;
  if (typeof value === "number") {
    const grouped = formatNumber("id", value, 0).length;
    return kind === "rupiah" ? grouped + 2 : grouped;
  }
  return String(value).length;
}

const csvValue = (value: ExportCell) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "");

/**
 * A table as a CSV (csv-stringify, with a BOM for spreadsheet programs) or XLSX (exceljs'
 * streaming writer) byte stream. Rows are written as they are read, so large regions stream; a
 * failure while reading ends the stream with that error. The XLSX has a bold, frozen header row,
 * number formats by column kind, and columns sized to the header and the first rows.
 */
export function tableStream(
  format: ExportFormat,
  sheetName: string,
  columns: readonly { header: string; kind: ColumnKind }[],
  rows: AsyncIterable<ExportCell[]>,
): Readable {
  const out = new PassThrough();
  const header = columns.map((c) => c.header);
  const write = async () => {
    if (format === "csv") {
      const csv = stringify({ header: true, columns: header, bom: true });
      csv.pipe(out);
      for await (const row of rows) {
        if (!csv.write(row.map(csvValue))) await new Promise((r) => csv.once("drain", r));
      }
      csv.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName, {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    const iterator = rows[Symbol.asyncIterator]();
    const first: ExportCell[][] = [];
    for (let next = await iterator.next(); ; next = await iterator.next()) {
      if (next.done) break;
      first.push(next.value);
      if (first.length === SIZING_ROWS) break;
    }
    sheet.columns = columns.map((c, i) => ({
      width: Math.min(
        60,
        Math.max(8, c.header.length, ...first.map((row) => displayLength(row[i] ?? null, c.kind))) +
          2,
      ),
    }));
    const headerRow = sheet.addRow(header);
    headerRow.font = { bold: true };
    headerRow.commit();
    const add = (values: ExportCell[]) => {
      const row = sheet.addRow(values);
      columns.forEach((c, i) => {
        const numFmt = NUM_FMT[c.kind];
        if (numFmt) row.getCell(i + 1).numFmt = numFmt;
      });
      row.commit();
    };
    first.forEach(add);
    if (first.length === SIZING_ROWS) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        add(next.value);
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
