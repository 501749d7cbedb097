import { z } from "zod";
import { PRODUCT_SORTS } from "./sort";

/** Query parameters of a product listing; anything unknown falls back to defaults. */
export const ListingQuerySchema = z.object({
  sort: z.enum(PRODUCT_SORTS).catch("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function parseListingQuery(url: URL) {
  return ListingQuerySchema.parse({
    sort: url.searchParams.get("sort") ?? undefined,
    page: url.searchParams.get("page") ?? undefined,
  });
}
