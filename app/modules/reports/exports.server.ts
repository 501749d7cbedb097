import { PassThrough, type Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { Db } from "~/utils/db.server";
import type { DashboardScope, RegionRow } from "./dashboard.server";
import { sellerRegionWhere } from "./dashboard.server";

export const REGION_HEADER = [
  "kode",
  "wilayah",
  "umkm_terdaftar",
  "umkm_terverifikasi",
  "umkm_aktif",
  "pesanan",
  "gmv_rupiah",
  "umkm_terlatih",
  "nib_terverifikasi",
  "halal_terverifikasi",
];

export function regionRowValues(row: RegionRow): (string | number)[] {
  return [
    row.code,
    row.name,
    row.registered,
    row.verified,
    row.active,
    row.orders,
    row.gmv,
    row.trained,
    row.nib,
    row.halal,
  ];
}

export const SELLER_HEADER = [
  "id",
  "nama_usaha",
  "pemilik",
  "desa",
  "kode_desa",
  "sektor",
  "status_verifikasi",
  "kelas_usaha",
  "nib",
  "pirt",
  "halal",
  "pelatihan_diikuti",
  "literasi_terakhir",
  "pesanan_periode",
  "penjualan_periode_rupiah",
];

/**
 * The seller list with legality, training, literacy and sales, in batches (keyset pagination
 * by id), so an export of a whole province streams instead of loading every row at once.
 */
export async function* sellerExportRows(
  db: Db,
  scope: DashboardScope,
  batchSize = 500,
): AsyncGenerator<(string | number)[]> {
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
        sizeClass: true,
        desa: { select: { name: true } },
        legalities: { select: { type: true, status: true } },
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
      const legal = (type: string) =>
        s.legalities.find((l) => l.type === type)?.status ?? "TIDAK_ADA";
      yield [
        s.id,
        s.businessName,
        s.ownerName,
        s.desa.name,
        s.desaCode,
        s.sector,
        s.verificationStatus,
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

/**
 * A table as a CSV (csv-stringify, with a BOM for spreadsheet programs) or XLSX (exceljs'
 * streaming writer) byte stream. Rows are written as they are read, so large regions stream; a
 * failure while reading ends the stream with that error.
 */
export function tableStream(
  format: ExportFormat,
  sheetName: string,
  header: readonly string[],
  rows: AsyncIterable<(string | number)[]>,
): Readable {
  const out = new PassThrough();
  const write = async () => {
    if (format === "csv") {
      const csv = stringify({ header: true, columns: [...header], bom: true });
      csv.pipe(out);
      for await (const row of rows) {
        if (!csv.write(row)) await new Promise((r) => csv.once("drain", r));
      }
      csv.end();
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
      const sheet = workbook.addWorksheet(sheetName);
      sheet.addRow([...header]).commit();
      for await (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    }
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
