import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/http/errors.server";
import { listChildRegions, RegionParentSchema } from "~/modules/regions/region-picker.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";

/**
 * The regions under one region, for the address form's dependent selects:
 * `/api/wilayah?induk=35.78` → `[{ code, name }]` (no `induk`: the provinces). Public data that
 * changes once a year at most, so browsers and proxies may keep it for a day.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = RegionParentSchema.safeParse(new URL(request.url).searchParams.get("induk") ?? "");
  if (!parsed.success) {
    return Response.json(
      { error: translateErrorMessage("Kode wilayah tidak valid", requestLocale(request)) },
      { status: 400 },
    );
  }
  const regions = await listChildRegions(db, parsed.data || null);
  return Response.json(regions, {
    headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
