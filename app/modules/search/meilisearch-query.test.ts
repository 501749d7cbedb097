import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_POST_TAG as POST,
  HIGHLIGHT_PRE_TAG as PRE,
  fromMeiliResponse,
  parseHighlight,
  quoteFilterValue,
  toMeiliSearchParams,
  type MeiliSearchResponse,
} from "~/modules/search/meilisearch-query";
import type { SearchQuery } from "~/modules/search/types";

function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: "kopi", sort: "relevance", page: 1, pageSize: 24, ...overrides };
}

function filterOf(overrides: Partial<SearchQuery>): string[] {
  return toMeiliSearchParams(query(overrides)).params.filter;
}

type Hit = MeiliSearchResponse["hits"][number];

function hit(overrides: Partial<Hit> = {}): Hit {
  return {
    id: "p1",
    title: "Kopi Robusta Temanggung",
    slug: "kopi-robusta-temanggung",
    price: 45_000,
    sellerName: "Kopi Bu Sri",
    sellerSlug: "kopi-bu-sri",
    desaName: "Kledung",
    kecamatanName: "Kledung",
    halal: true,
    inStock: true,
    image: null,
    ...overrides,
  };
}

function response(overrides: Partial<MeiliSearchResponse> = {}): MeiliSearchResponse {
  return {
    hits: [hit()],
    processingTimeMs: 3,
    totalHits: 1,
    totalPages: 1,
    page: 1,
    facetDistribution: {},
    facetStats: {},
    ...overrides,
  };
}

describe("Meilisearch query translation (no server)", () => {
  describe("filters", () => {
    it("adds no filter when none is set", () => {
      expect(filterOf({})).toEqual([]);
    });

    it("translates each filter on its own", () => {
      expect(filterOf({ category: "makanan" })).toEqual(['categorySlug = "makanan"']);
      expect(filterOf({ kecamatan: "33.23.05" })).toEqual(['kecamatanCode = "33.23.05"']);
      expect(filterOf({ desa: "33.23.05.2001" })).toEqual(['desaCode = "33.23.05.2001"']);
      expect(filterOf({ minPrice: 10_000 })).toEqual(["price >= 10000"]);
      expect(filterOf({ maxPrice: 50_000 })).toEqual(["price <= 50000"]);
      expect(filterOf({ minPrice: 0 })).toEqual(["price >= 0"]);
      expect(filterOf({ halal: true })).toEqual(["halal = true"]);
      expect(filterOf({ nib: true })).toEqual(["nib = true"]);
      expect(filterOf({ pirt: true })).toEqual(["pirt = true"]);
      expect(filterOf({ inStock: true })).toEqual(["inStock = true"]);
    });

    it("AND-s every set filter as one array entry each", () => {
      expect(
        filterOf({
          category: "kerajinan",
          kecamatan: "33.23.05",
          desa: "33.23.05.2001",
          minPrice: 5_000,
          maxPrice: 75_000,
          halal: true,
          nib: true,
          pirt: true,
          inStock: true,
        }),
      ).toEqual([
        'categorySlug = "kerajinan"',
        'kecamatanCode = "33.23.05"',
        'desaCode = "33.23.05.2001"',
        "price >= 5000",
        "price <= 75000",
        "halal = true",
        "nib = true",
        "pirt = true",
        "inStock = true",
      ]);
    });

    it("treats false booleans as no filter", () => {
      expect(filterOf({ halal: false, nib: false, pirt: false, inStock: false })).toEqual([]);
    });

    it("ignores empty strings and non-finite prices", () => {
      expect(filterOf({ category: "", desa: "", minPrice: Number.NaN })).toEqual([]);
    });

    it("escapes backslashes and double quotes inside the quoted value", () => {
      const value = 'a"b\\c';
      expect(quoteFilterValue(value)).toBe('"a\\"b\\\\c"');
      expect(filterOf({ category: value })).toEqual(['categorySlug = "a\\"b\\\\c"']);
      expect(filterOf({ kecamatan: '" OR halal = false' })).toEqual([
        'kecamatanCode = "\\" OR halal = false"',
      ]);
    });
  });

  describe("sort, paging and query text", () => {
    it("omits sort for relevance", () => {
      expect(toMeiliSearchParams(query({ sort: "relevance" })).params).not.toHaveProperty("sort");
    });

    it("maps the other sorts to sortable attributes", () => {
      const sortOf = (sort: SearchQuery["sort"]) =>
        toMeiliSearchParams(query({ sort })).params.sort;
      expect(sortOf("newest")).toEqual(["publishedAt:desc"]);
      expect(sortOf("price_asc")).toEqual(["price:asc"]);
      expect(sortOf("price_desc")).toEqual(["price:desc"]);
    });

    it("uses page/hitsPerPage pagination", () => {
      const { params } = toMeiliSearchParams(query({ page: 3, pageSize: 12 }));
      expect(params.page).toBe(3);
      expect(params.hitsPerPage).toBe(12);
      expect(params).not.toHaveProperty("offset");
      expect(params).not.toHaveProperty("limit");
    });

    it("sends an empty q for a placeholder search that lists everything", () => {
      expect(toMeiliSearchParams(query({ q: "" })).q).toBe("");
      expect(toMeiliSearchParams(query({ q: "   " })).q).toBe("");
      expect(toMeiliSearchParams(query({ q: " keripik pisang " })).q).toBe("keripik pisang");
    });

    it("asks for facets, title highlighting with the markers, and only hit fields", () => {
      const { params } = toMeiliSearchParams(query());
      expect(params.facets).toEqual([
        "categorySlug",
        "kecamatanCode",
        "desaCode",
        "halal",
        "nib",
        "pirt",
        "inStock",
        "price",
      ]);
      expect(params.attributesToHighlight).toEqual(["title"]);
      expect(params.highlightPreTag).toBe(PRE);
      expect(params.highlightPostTag).toBe(POST);
      expect(params.attributesToRetrieve).toContain("title");
      expect(params.attributesToRetrieve).toContain("desaName");
      expect(params.attributesToRetrieve).not.toContain("description");
    });
  });

  describe("highlight parsing", () => {
    it("returns one plain segment for a title without matches", () => {
      expect(parseHighlight("Keripik Singkong")).toEqual([
        { text: "Keripik Singkong", match: false },
      ]);
    });

    it("handles a match at the start", () => {
      expect(parseHighlight(`${PRE}Kopi${POST} Robusta`)).toEqual([
        { text: "Kopi", match: true },
        { text: " Robusta", match: false },
      ]);
    });

    it("handles a match in the middle", () => {
      expect(parseHighlight(`Madu ${PRE}Hutan${POST} Asli`)).toEqual([
        { text: "Madu ", match: false },
        { text: "Hutan", match: true },
        { text: " Asli", match: false },
      ]);
    });

    it("handles a match at the end", () => {
      expect(parseHighlight(`Tas ${PRE}Anyaman${POST}`)).toEqual([
        { text: "Tas ", match: false },
        { text: "Anyaman", match: true },
      ]);
    });

    it("handles several matches and a whole-title match", () => {
      expect(parseHighlight(`${PRE}Gula${POST} ${PRE}Aren${POST} Murni`)).toEqual([
        { text: "Gula", match: true },
        { text: " ", match: false },
        { text: "Aren", match: true },
        { text: " Murni", match: false },
      ]);
      expect(parseHighlight(`${PRE}Jamu${POST}`)).toEqual([{ text: "Jamu", match: true }]);
    });

    it("merges adjacent matches and drops empty segments", () => {
      expect(parseHighlight(`${PRE}Bat${POST}${PRE}ik${POST}${PRE}${POST} Tulis`)).toEqual([
        { text: "Batik", match: true },
        { text: " Tulis", match: false },
      ]);
      expect(parseHighlight("")).toEqual([]);
    });
  });

  describe("response mapping", () => {
    it("maps hits, paging and facets", () => {
      const result = fromMeiliResponse(
        response({
          hits: [
            hit({ _formatted: { title: `${PRE}Kopi${POST} Robusta Temanggung` } }),
            hit({ id: "p2", title: "Kopi Arabika", halal: false, inStock: false }),
          ],
          totalHits: 30,
          totalPages: 2,
          page: 2,
          processingTimeMs: 7,
          facetDistribution: {
            categorySlug: { minuman: 25, makanan: 5 },
            kecamatanCode: { "33.23.05": 30 },
            desaCode: { "33.23.05.2001": 20, "33.23.05.2002": 10 },
            halal: { true: 12, false: 18 },
            nib: { false: 30 },
            pirt: { true: 4 },
            inStock: { true: 28, false: 2 },
          },
          facetStats: { price: { min: 15_000, max: 120_000 } },
        }),
        query({ page: 2 }),
      );
      expect(result.total).toBe(30);
      expect(result.page).toBe(2);
      expect(result.pageCount).toBe(2);
      expect(result.processingTimeMs).toBe(7);
      expect(result.hits).toHaveLength(2);
      expect(result.hits[0]).toEqual({
        id: "p1",
        title: "Kopi Robusta Temanggung",
        slug: "kopi-robusta-temanggung",
        price: 45_000,
        sellerName: "Kopi Bu Sri",
        sellerSlug: "kopi-bu-sri",
        desa: "Kledung",
        kecamatan: "Kledung",
        halal: true,
        inStock: true,
        image: null,
        highlight: [
          { text: "Kopi", match: true },
          { text: " Robusta Temanggung", match: false },
        ],
      });
      expect(result.hits[1]?.highlight).toEqual([{ text: "Kopi Arabika", match: false }]);
      expect(result.facets).toEqual({
        category: { minuman: 25, makanan: 5 },
        kecamatan: { "33.23.05": 30 },
        desa: { "33.23.05.2001": 20, "33.23.05.2002": 10 },
        halal: 12,
        nib: 0,
        pirt: 4,
        inStock: 28,
        price: { min: 15_000, max: 120_000 },
      });
    });

    it("defaults missing facets to empty counts and no price range", () => {
      const result = fromMeiliResponse(
        response({ facetDistribution: undefined, facetStats: undefined }),
        query(),
      );
      expect(result.facets).toEqual({
        category: {},
        kecamatan: {},
        desa: {},
        halal: 0,
        nib: 0,
        pirt: 0,
        inStock: 0,
        price: null,
      });
    });

    it("maps an empty result to one empty page without a price range", () => {
      const result = fromMeiliResponse(
        response({
          hits: [],
          totalHits: 0,
          totalPages: 0,
          facetDistribution: {},
          facetStats: { price: { min: 0, max: 0 } },
        }),
        query(),
      );
      expect(result.hits).toEqual([]);
      expect(result.total).toBe(0);
      expect(result.page).toBe(1);
      expect(result.pageCount).toBe(1);
      expect(result.facets.price).toBeNull();
      expect(result.facets.category).toEqual({});
    });
  });
});
