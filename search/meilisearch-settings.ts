import { SYNONYM_GROUPS, synonymMap } from "./synonyms";

/** The products index in Meilisearch. Applied idempotently by `setup()` and `npm run search:setup`. */
export const MEILI_PRODUCTS_INDEX = "products";

export const MEILI_SETTINGS = {
  searchableAttributes: [
    "title",
    "categoryName",
    "sellerName",
    "desaName",
    "kecamatanName",
    "description",
  ],
  filterableAttributes: [
    "categorySlug",
    "kecamatanCode",
    "desaCode",
    "price",
    "halal",
    "nib",
    "pirt",
    "inStock",
  ],
  sortableAttributes: ["price", "publishedAt", "popularity"],
  rankingRules: [
    "words",
    "typo",
    "proximity",
    "attribute",
    "exactness",
    "popularity:desc",
    "publishedAt:desc",
  ],
  typoTolerance: {
    enabled: true,
    // Same thresholds as the embedded engine: one typo from 4 letters ("batk"), two from 8.
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  },
  faceting: { maxValuesPerFacet: 300 },
  pagination: { maxTotalHits: 100_000 },
  synonyms: Object.fromEntries(synonymMap(SYNONYM_GROUPS)),
} as const;
