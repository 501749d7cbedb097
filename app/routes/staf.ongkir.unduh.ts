import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment } from "~/http/download.server";
import { requirePermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { can } from "~/modules/auth/permissions";
import { exportTariffsCsv } from "~/modules/shipping/tariffs.server";
import { db } from "~/utils/db.server";

/** One origin kecamatan's tariff table as CSV, in the layout the upload takes back. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "shipping.tariffs");
  const origin = new URL(request.url).searchParams.get("asal") ?? "";
  invariantResponse(
    /^\d{2}\.\d{2}\.\d{2}$/.test(origin) && can(user, "shipping.tariffs", { desaCode: origin }),
    "Kecamatan tidak ditemukan",
    { status: 404 },
  );
  return attachment(new TextEncoder().encode(await exportTariffsCsv(db, [origin])), {
    name: `tarif-ongkir-${origin}.csv`,
    type: "text/csv; charset=utf-8",
  });
}
