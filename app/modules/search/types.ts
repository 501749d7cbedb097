/**
 * The search contract. Two engines implement it — the embedded in-process engine (default) and
 * Meilisearch (scale mode) — and one contract test suite holds both to the same expectations.
 */

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** One public product as the index sees it. Only public products are ever indexed. */
export interface SearchDocument {
  id: string;
  slug: string;
  title: string;
  description: string;
  /** Lowest active variant price, integer rupiah. */
  price: number;
  sellerId: string;
  sellerName: string;
  sellerSlug: string;
  categorySlug: string;
  categoryName: string;
  desaCode: string;
  desaName: string;
  kecamatanCode: string;
  kecamatanName: string;
  /** Product marked halal and the seller's halal certificate verified. */
  halal: boolean;
  nib: boolean;
  pirt: boolean;
  inStock: boolean;
  /** Epoch milliseconds. */
  publishedAt: number;
  /** Higher is more popular (ratings and completed sales). */
  popularity: number;
  image: SearchImage | null;
}

export interface SearchImage {
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  formats: string[];
  placeholder: string;
}

export interface SearchQuery {
  q: string;
  category?: string;
  /** Kemendagri codes. */
  kecamatan?: string;
  desa?: string;
  minPrice?: number;
  maxPrice?: number;
  halal?: boolean;
  nib?: boolean;
  pirt?: boolean;
  inStock?: boolean;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** Title split into plain and matched parts, so the UI marks matches without HTML strings. */
export type Highlight = { text: string; match: boolean }[];

export interface SearchHit {
  id: string;
  title: string;
  slug: string;
  price: number;
  sellerName: string;
  sellerSlug: string;
  desa: string;
  kecamatan: string;
  halal: boolean;
  inStock: boolean;
  image: SearchImage | null;
  highlight: Highlight;
}

/** Value → count over the results matching the query and all filters. */
export type FacetCounts = Record<string, number>;

export interface SearchFacets {
  category: FacetCounts;
  kecamatan: FacetCounts;
  desa: FacetCounts;
  halal: number;
  nib: number;
  pirt: number;
  inStock: number;
  price: { min: number; max: number } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: SearchFacets;
  processingTimeMs: number;
}

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Apply index settings (idempotent). */
  setup(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Remove every document. */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  health(): Promise<{ ok: boolean; detail?: string }>;
}
