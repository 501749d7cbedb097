/**
 * Translation between the search contract and Meilisearch's search API. Pure functions: the
 * network side lives in `meilisearch.server.ts`, so this file is unit-tested without a server.
 */
import type {
  Highlight,
  SearchDocument,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchSort,
} from "~/modules/search/types";

/**
 * Highlight markers. Control characters never occur in product titles, so splitting on them is
 * unambiguous and no HTML from the index ever reaches the page.
 */
export const HIGHLIGHT_PRE_TAG = "\u0001";
export const HIGHLIGHT_POST_TAG = "\u0002";

export const MEILI_FACETS = [
  "categorySlug",
  "kecamatanCode",
  "desaCode",
  "halal",
  "nib",
  "pirt",
  "inStock",
  "price",
] as const;

/** The document fields a hit is built from; everything else stays on the server. */
export const MEILI_HIT_ATTRIBUTES = [
  "id",
  "title",
  "slug",
  "price",
  "sellerName",
  "sellerSlug",
  "desaName",
  "kecamatanName",
  "halal",
  "inStock",
  "image",
] as const;

export type MeiliHitDocument = Pick<SearchDocument, (typeof MEILI_HIT_ATTRIBUTES)[number]>;

/** The body of a Meilisearch search request, minus `q`. Assignable to the client's SearchParams. */
export interface MeiliSearchParams {
  filter: string[];
  sort?: string[];
  facets: string[];
  page: number;
  hitsPerPage: number;
  attributesToHighlight: string[];
  highlightPreTag: string;
  highlightPostTag: string;
  attributesToRetrieve: string[];
}

/** The parts of a Meilisearch search response (page/hitsPerPage pagination) that we read. */
export interface MeiliSearchResponse {
  hits: (MeiliHitDocument & { _formatted?: { title?: unknown } })[];
  processingTimeMs: number;
  totalHits?: number;
  totalPages?: number;
  page?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  facetStats?: Record<string, { min: number; max: number }>;
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ["publishedAt:desc"],
  price_asc: ["price:asc"],
  price_desc: ["price:desc"],
};

/** A double-quoted filter string; Meilisearch (≥ 1.4) unescapes `\\` and `\"` inside quotes. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function toMeiliSearchParams(query: SearchQuery): { q: string; params: MeiliSearchParams } {
  const filter: string[] = [];
  const equals = (attribute: string, value: string | undefined) => {
    if (value) filter.push(`${attribute} = ${quoteFilterValue(value)}`);
  };
  equals("categorySlug", query.category);
  equals("kecamatanCode", query.kecamatan);
  equals("desaCode", query.desa);
  if (query.minPrice !== undefined && Number.isFinite(query.minPrice)) {
    filter.push(`price >= ${query.minPrice}`);
  }
  if (query.maxPrice !== undefined && Number.isFinite(query.maxPrice)) {
    filter.push(`price <= ${query.maxPrice}`);
  }
  // `false` means "don't care", not "only products without it".
  for (const flag of ["halal", "nib", "pirt", "inStock"] as const) {
    if (query[flag] === true) filter.push(`${flag} = true`);
  }

  const sort = SORTS[query.sort];
  return {
    // An empty q is a placeholder search: every document matching the filters.
    q: query.q.trim(),
    params: {
      filter,
      ...(sort ? { sort: [...sort] } : {}),
      facets: [...MEILI_FACETS],
      page: query.page,
      hitsPerPage: query.pageSize,
      attributesToHighlight: ["title"],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
      attributesToRetrieve: [...MEILI_HIT_ATTRIBUTES],
    },
  };
}

export function parseHighlight(formatted: string): Highlight {
  const segments: Highlight = [];
  const push = (text: string, match: boolean) => {
    if (text === "") return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  let match = false;
  let text = "";
  for (const char of formatted) {
    if (char === HIGHLIGHT_PRE_TAG || char === HIGHLIGHT_POST_TAG) {
      push(text, match);
      text = "";
      match = char === HIGHLIGHT_PRE_TAG;
    } else {
      text += char;
    }
  }
  push(text, match);
  return segments;
}

function toHit(hit: MeiliSearchResponse["hits"][number]): SearchHit {
  const formatted = hit._formatted?.title;
  return {
    id: hit.id,
    title: hit.title,
    slug: hit.slug,
    price: hit.price,
    sellerName: hit.sellerName,
    sellerSlug: hit.sellerSlug,
    desa: hit.desaName,
    kecamatan: hit.kecamatanName,
    halal: hit.halal,
    inStock: hit.inStock,
    image: hit.image ?? null,
    highlight: parseHighlight(typeof formatted === "string" ? formatted : hit.title),
  };
}

export function fromMeiliResponse(response: MeiliSearchResponse, query: SearchQuery): SearchResult {
  const distribution = response.facetDistribution ?? {};
  const trueCount = (attribute: string) => distribution[attribute]?.["true"] ?? 0;
  const total = response.totalHits ?? response.hits.length;
  const priceStats = response.facetStats?.["price"];
  const facets: SearchFacets = {
    category: { ...distribution["categorySlug"] },
    kecamatan: { ...distribution["kecamatanCode"] },
    desa: { ...distribution["desaCode"] },
    halal: trueCount("halal"),
    nib: trueCount("nib"),
    pirt: trueCount("pirt"),
    inStock: trueCount("inStock"),
    price: total > 0 && priceStats ? { min: priceStats.min, max: priceStats.max } : null,
  };
  const totalPages = response.totalPages ?? Math.ceil(total / Math.max(1, query.pageSize));
  return {
    hits: response.hits.map(toHit),
    total,
    page: response.page ?? query.page,
    pageCount: Math.max(1, totalPages),
    facets,
    processingTimeMs: response.processingTimeMs,
  };
}
