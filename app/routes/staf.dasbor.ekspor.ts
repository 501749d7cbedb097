import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { regionTable } from "~/modules/reports/dashboard.server";
import {
  EXPORT_CONTENT_TYPE,
  REGION_HEADER,
  regionRowValues,
  SELLER_HEADER,
  sellerExportRows,
  tableStream,
} from "~/modules/reports/exports.server";
import { requireDashboardScope } from "~/utils/dashboard.server";
import { db } from "~/utils/db.server";

/** CSV and XLSX downloads of the region table and the seller list, streamed as they are read. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { region, period } = await requireDashboardScope(request);
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  const table = params.get("tabel");
  if ((format !== "csv" && format !== "xlsx") || (table !== "wilayah" && table !== "umkm")) {
    return new Response("Format atau tabel tidak dikenal", { status: 400 });
  }
  const scope = { regionCode: region.code, from: period.from, to: period.to };
  async function* rows() {
    if (table === "wilayah") {
      for (const row of await regionTable(db, scope)) yield regionRowValues(row);
    } else {
      yield* sellerExportRows(db, scope);
    }
  }
  const [sheet, header] =
    table === "wilayah" ? ["Wilayah", REGION_HEADER] : ["UMKM", SELLER_HEADER];
  const out = tableStream(format, sheet, header, rows());
  const name = `${table}-${region.code}-${period.fromMonth}-${period.toMonth}.${format}`;
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
