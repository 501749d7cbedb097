import { PassThrough, Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { regionTable } from "~/modules/reports/dashboard.server";
import {
  REGION_HEADER,
  regionRowValues,
  SELLER_HEADER,
  sellerExportRows,
} from "~/modules/reports/exports.server";
import { requireDashboardScope } from "~/utils/dashboard.server";
import { db } from "~/utils/db.server";

/**
 * CSV (csv-stringify) and XLSX (exceljs' streaming writer) downloads of the region table and the
 * seller list; rows are written as they are read, so large regions stream.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { region, period } = await requireDashboardScope(request);
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  const table = params.get("tabel");
  if ((format !== "csv" && format !== "xlsx") || (table !== "wilayah" && table !== "umkm")) {
    return new Response("Format atau tabel tidak dikenal", { status: 400 });
  }
  const scope = { regionCode: region.code, from: period.from, to: period.to };
  const header = table === "wilayah" ? REGION_HEADER : SELLER_HEADER;
  async function* rows() {
    if (table === "wilayah") {
      for (const row of await regionTable(db, scope)) yield regionRowValues(row);
    } else {
      yield* sellerExportRows(db, scope);
    }
  }
  const name = `${table}-${region.code}-${period.fromMonth}-${period.toMonth}.${format}`;
  const out = new PassThrough();
  if (format === "csv") {
    const csv = stringify({ header: true, columns: header, bom: true });
    csv.pipe(out);
    void (async () => {
      try {
        for await (const row of rows()) {
          if (!csv.write(row)) await new Promise((r) => csv.once("drain", r));
        }
        csv.end();
      } catch (error) {
        out.destroy(error as Error);
      }
    })();
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
    const sheet = workbook.addWorksheet(table === "wilayah" ? "Wilayah" : "UMKM");
    sheet.addRow(header).commit();
    void (async () => {
      try {
        for await (const row of rows()) sheet.addRow(row).commit();
        sheet.commit();
        await workbook.commit();
      } catch (error) {
        out.destroy(error as Error);
      }
    })();
  }
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type":
        format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
