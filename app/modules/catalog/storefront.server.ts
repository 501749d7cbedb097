import {
  getDesaBySlugs,
  getKecamatanBySlug,
  getRegencyStats,
  listKecamatan,
} from "~/modules/regions/regions.server";
import { getPublicShop, listPublicSellersIn } from "~/modules/sellers/sellers.server";
import type { Db } from "~/utils/db.server";
import {
  getCategoryBySlug,
  getPublicProduct,
  listCategories,
  listPublicProducts,
} from "./catalog.server";
import { calendarDay } from "./featured";
import { listFeaturedProducts } from "./featured.server";
import { catalogRead } from "./read-cache.server";

const featured = catalogRead(
  "featured",
  // The day is the key: the rotation changes once a day (and with the catalog).
  (db: Db, input: { day: string; timeZone: string; count: number }) =>
    listFeaturedProducts(db, { now: new Date(), timeZone: input.timeZone, count: input.count }),
);

/**
 * What the public storefront pages read, shared by every visitor while the catalog stands (see
 * read-cache.server): the same functions as their modules', for pages only. Anything that
 * decides (checkout, the cart, a seller's own pages) reads the database itself.
 */
export const storefront = {
  products: catalogRead("products", listPublicProducts),
  product: catalogRead("product", getPublicProduct),
  category: catalogRead("category", getCategoryBySlug),
  categories: catalogRead("categories", listCategories),
  shop: catalogRead("shop", getPublicShop),
  sellersIn: catalogRead("sellersIn", listPublicSellersIn),
  kecamatanList: catalogRead("kecamatanList", listKecamatan),
  kecamatan: catalogRead("kecamatan", getKecamatanBySlug),
  desa: catalogRead("desa", getDesaBySlugs),
  regencyStats: catalogRead("regencyStats", getRegencyStats),
  featured: (db: Db, input: { now: Date; timeZone: string; count: number }) =>
    featured(db, {
      day: calendarDay(input.now, input.timeZone),
      timeZone: input.timeZone,
      count: input.count,
    }),
};
