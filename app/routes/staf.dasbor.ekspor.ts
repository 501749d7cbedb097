import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { regionTable } from "~/modules/reports/dashboard.server";
import {
  EXPORT_CONTENT_TYPE,
  exportHeaders,
  REGION_COLUMNS,
  regionRowValues,
  SELLER_COLUMNS,
  sellerExportRows,
  tableStream,
} from "~/modules/reports/exports.server";
import {
  IMPACT_COLUMNS,
  impactRowValues,
  impactWindowParam,
  regionTrainingImpact,
} from "~/modules/reports/training-impact.server";
import { requestLocale } from "~/http/errors.server";
import { requireDashboardScope } from "~/http/guards.server";
import { createTranslator } from "~/utils/i18n";
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
  // Headers and the sheet's name in the reader's language; the values stay machine-friendly.
  const locale = requestLocale(request);
  const t = createTranslator(locale);
  const [sheet, columns] =
    table === "wilayah"
      ? [t("export.sheet.regions"), REGION_COLUMNS]
      : table === "umkm"
        ? [t("export.sheet.sellers"), SELLER_COLUMNS]
        : [t("export.sheet.impact"), IMPACT_COLUMNS];
  const out = tableStream(format, sheet, exportHeaders(columns, locale), rows());
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
