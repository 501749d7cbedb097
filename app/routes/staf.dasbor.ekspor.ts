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
import {
  IMPACT_HEADER,
  impactRowValues,
  impactWindowParam,
  regionTrainingImpact,
} from "~/modules/reports/training-impact.server";
import { requireDashboardScope } from "~/http/guards.server";
import { db } from "~/utils/db.server";

/**
 * CSV and XLSX downloads of the region table, the seller list and training impact (every
 * programme, or one with `program=`), streamed as they are read.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { region, period } = await requireDashboardScope(request);
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  const table = params.get("tabel");
  if (
    (format !== "csv" && format !== "xlsx") ||
    (table !== "wilayah" && table !== "umkm" && table !== "dampak")
  ) {
    return new Response("Format atau tabel tidak dikenal", { status: 400 });
  }
  const scope = { regionCode: region.code, from: period.from, to: period.to };
  const months = impactWindowParam(params.get("bulan"));
  const programme = params.get("program");
  async function* rows() {
    if (table === "dampak") {
      const impact = await regionTrainingImpact(db, { regionCode: region.code, months });
      for (const row of impact) {
        if (!programme || row.id === programme) yield impactRowValues(row);
      }
    } else if (table === "wilayah") {
      for (const row of await regionTable(db, scope)) yield regionRowValues(row);
    } else {
      yield* sellerExportRows(db, scope);
    }
  }
  const [sheet, header] =
    table === "wilayah"
      ? ["Wilayah", REGION_HEADER]
      : table === "umkm"
        ? ["UMKM", SELLER_HEADER]
        : ["Dampak pelatihan", IMPACT_HEADER];
  const out = tableStream(format, sheet, header, rows());
  const name =
    table === "dampak"
      ? `dampak-pelatihan-${region.code}-${months}-bulan.${format}`
      : `${table}-${region.code}-${period.fromMonth}-${period.toMonth}.${format}`;
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
