import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/http/errors.server";
import { imageUrl } from "~/modules/images/image-url";
import { parseSearchParams } from "~/modules/search/search-params.server";
import { searchProducts } from "~/modules/search/search.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";

/** JSON search for the suggestions box and other clients. Bad parameters answer 400. */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const locale = requestLocale(request);
    return Response.json(
      {
        error: translateErrorMessage("Parameter pencarian tidak valid", locale),
        issues: parsed.issues.map((issue) => ({
          ...issue,
          message: translateErrorMessage(issue.message, locale),
        })),
      },
      { status: 400 },
    );
  }
  const result = await searchProducts(db, parsed.query);
  return Response.json(
    {
      hits: result.hits.map((h) => ({
        id: h.id,
        title: h.title,
        slug: h.slug,
        price: h.price,
        sellerName: h.sellerName,
        desa: h.desa,
        kecamatan: h.kecamatan,
        image: h.image
          ? imageUrl(h.image.storageKey, Math.min(...h.image.widths), h.image.formats[0] ?? "jpeg")
          : null,
        highlight: h.highlight,
      })),
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      facets: result.facets,
      processingTimeMs: result.processingTimeMs,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
