/**
 * The search contract: the same cases and expectations for every engine. Runs against the
 * embedded engine always, and against Meilisearch when MEILI_HOST is set (no Meilisearch server
 * can be installed on the CI machines, so that half runs only where one is available).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedSearchEngine } from "~/modules/search/embedded.server";
import { rebuildSearchIndex } from "~/modules/search/indexer.server";
import { MeiliSearchEngine } from "~/modules/search/meilisearch.server";
import type { SearchEngine, SearchQuery } from "~/modules/search/types";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller } from "../factories";

const engines: { name: string; create: () => SearchEngine }[] = [
  { name: "embedded", create: () => new EmbeddedSearchEngine() },
];
if (process.env.MEILI_HOST) {
  engines.push({
    name: "meilisearch",
    create: () =>
      new MeiliSearchEngine({
        host: process.env.MEILI_HOST!,
        apiKey: process.env.MEILI_API_KEY,
        indexName: `contract_${process.pid}`,
      }),
  });
}

const q = (partial: Partial<SearchQuery>): SearchQuery => ({
  q: "",
  sort: "relevance",
  page: 1,
  pageSize: 24,
  ...partial,
});

beforeAll(async () => {
  const kopi = await createCategory(db, { slug: "kopi", nameId: "Kopi", nameEn: "Coffee" });
  const camilan = await createCategory(db, {
    slug: "camilan",
    nameId: "Keripik & Camilan",
    nameEn: "Snacks",
  });
  const batik = await createCategory(db, { slug: "batik", nameId: "Batik", nameEn: "Batik" });
  const oleh = await createCategory(db, {
    slug: "oleh-oleh",
    nameId: "Kue & Oleh-oleh",
    nameEn: "Souvenir snacks",
  });

  // Kemiren (Glagah) and Kampunganyar (Glagah); Tamansari (Licin).
  const kemiren = await createSeller(db, {
    slug: "kopi-kemiren",
    businessName: "Kopi Kemiren",
    desaCode: "35.10.15.2004",
    legalities: [
      { type: "NIB", verified: true },
      { type: "HALAL", verified: true },
      { type: "PIRT", verified: true },
    ],
  });
  const licin = await createSeller(db, {
    slug: "batik-licin",
    businessName: "Sanggar Batik Licin",
    desaCode: "35.10.24.2008",
    legalities: [{ type: "NIB", verified: false }],
  });
  const pending = await createSeller(db, { slug: "belum", verificationStatus: "PENDING" });

  const mk = (data: Parameters<typeof createProduct>[1]) => createProduct(db, data);
  await mk({
    sellerId: kemiren.id,
    categoryId: kopi.id,
    slug: "kopi-lanang",
    title: "Kopi Lanang Robusta",
    isHalal: true,
    variants: [{ price: 25_000, stock: 10 }],
  });
  await mk({
    sellerId: kemiren.id,
    categoryId: kopi.id,
    slug: "kopi-osing",
    title: "Kopi Osing Bubuk",
    isHalal: true,
    publishedAt: new Date("2026-11-20"),
    variants: [{ price: 18_000, stock: 0 }],
  });
  await mk({
    sellerId: kemiren.id,
    categoryId: camilan.id,
    slug: "keripik-pisang",
    title: "Keripik Pisang Agung",
    isHalal: true,
    variants: [{ price: 12_000, stock: 5 }],
  });
  await mk({
    sellerId: kemiren.id,
    categoryId: oleh.id,
    slug: "bagiak",
    title: "Bagiak Khas Banyuwangi",
    description: "Oleh-oleh renyah dari sagu",
    isHalal: true,
    variants: [{ price: 15_000, stock: 7 }],
  });
  await mk({
    sellerId: licin.id,
    categoryId: batik.id,
    slug: "batik-gajah-oling",
    title: "Batik Tulis Gajah Oling",
    publishedAt: new Date("2026-11-01"),
    variants: [{ price: 450_000, stock: 2 }],
  });
  await mk({
    sellerId: licin.id,
    categoryId: batik.id,
    slug: "batik-kangkung",
    title: "Batik Kangkung Setingkes",
    publishedAt: new Date("2026-11-21"),
    variants: [{ price: 300_000, stock: 4 }],
  });
  await mk({
    sellerId: licin.id,
    categoryId: kopi.id,
    slug: "kopi-arsip",
    title: "Kopi Lama",
    status: "ARCHIVED",
  });
  await mk({
    sellerId: pending.id,
    categoryId: kopi.id,
    slug: "kopi-pending",
    title: "Kopi Belum Terverifikasi",
  });
});

describe.each(engines)("search contract: $name engine", ({ create }) => {
  let engine: SearchEngine;
  const slugs = async (query: Partial<SearchQuery>) =>
    (await engine.search(q(query))).hits.map((h) => h.slug);

  beforeAll(async () => {
    engine = create();
    await rebuildSearchIndex(db, engine);
  }, 60_000);
  afterAll(async () => {
    await engine.clear();
  });

  it("indexes only public products", async () => {
    expect(await engine.count()).toBe(6);
    const all = await slugs({});
    expect(all).not.toContain("kopi-arsip");
    expect(all).not.toContain("kopi-pending");
  });

  it("tolerates typos and a prefix on the last word", async () => {
    expect(await slugs({ q: "batk gajah olin" })).toEqual(["batik-gajah-oling"]);
    expect((await slugs({ q: "kopi lanan" }))[0]).toBe("kopi-lanang");
    expect(await slugs({ q: "bagak" })).toEqual(["bagiak"]);
  });

  it("applies Indonesian synonyms and spelling variants", async () => {
    expect(await slugs({ q: "kripik pisang" })).toEqual(["keripik-pisang"]);
    expect(await slugs({ q: "coffee lanang" })).toEqual(["kopi-lanang"]);
    expect(await slugs({ q: "oleh oleh" })).toContain("bagiak");
  });

  it("ranks an exact title match first", async () => {
    expect((await slugs({ q: "Kopi Osing Bubuk" }))[0]).toBe("kopi-osing");
  });

  it("highlights the matched words of the title", async () => {
    const [hit] = (await engine.search(q({ q: "gajah" }))).hits;
    expect(hit?.highlight.filter((p) => p.match).map((p) => p.text)).toEqual(["Gajah"]);
    expect(hit?.highlight.map((p) => p.text).join("")).toBe("Batik Tulis Gajah Oling");
  });

  it("filters by category, region, price and badges, and counts facets", async () => {
    // "kopi" also matches the seller "Kopi Kemiren": every field is searchable, not only titles.
    const kopi = await engine.search(q({ q: "kopi" }));
    expect(kopi.facets.category).toEqual({ kopi: 2, camilan: 1, "oleh-oleh": 1 });
    expect((await engine.search(q({ q: "batik" }))).facets.category).toEqual({ batik: 2 });
    expect(await slugs({ category: "batik" })).toHaveLength(2);
    expect((await slugs({ kecamatan: "35.10.24" })).sort()).toEqual([
      "batik-gajah-oling",
      "batik-kangkung",
    ]);
    expect((await slugs({ desa: "35.10.15.2004" })).length).toBe(4);
    expect((await slugs({ minPrice: 15_000, maxPrice: 25_000 })).sort()).toEqual([
      "bagiak",
      "kopi-lanang",
      "kopi-osing",
    ]);
    expect((await slugs({ halal: true })).sort()).toEqual([
      "bagiak",
      "keripik-pisang",
      "kopi-lanang",
      "kopi-osing",
    ]);
    expect(await slugs({ nib: true, category: "batik" })).toEqual([]);
    expect(await slugs({ category: "kopi", inStock: true })).toEqual(["kopi-lanang"]);

    const all = await engine.search(q({}));
    expect(all.total).toBe(6);
    expect(all.facets.kecamatan).toEqual({ "35.10.15": 4, "35.10.24": 2 });
    expect(all.facets).toMatchObject({ halal: 4, nib: 4, pirt: 4, inStock: 5 });
    expect(all.facets.price).toEqual({ min: 12_000, max: 450_000 });
  });

  it("sorts by newest and by price", async () => {
    expect((await slugs({ sort: "price_asc" }))[0]).toBe("keripik-pisang");
    expect((await slugs({ sort: "price_desc" }))[0]).toBe("batik-gajah-oling");
    expect((await slugs({ sort: "newest", category: "batik" }))[0]).toBe("batik-kangkung");
  });

  it("paginates", async () => {
    const first = await engine.search(q({ sort: "price_asc", pageSize: 4 }));
    const second = await engine.search(q({ sort: "price_asc", pageSize: 4, page: 2 }));
    expect(first).toMatchObject({ total: 6, pageCount: 2, page: 1 });
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.slug)).size).toBe(6);
  });

  it("finds nothing for nonsense, without error", async () => {
    const result = await engine.search(q({ q: "xyzzyqwv" }));
    expect(result.total).toBe(0);
    expect(result.facets.price).toBeNull();
  });
});

describe("facet counts against the database", () => {
  it("equal a direct database count for the same filter", async () => {
    const engine = new EmbeddedSearchEngine();
    await rebuildSearchIndex(db, engine);
    const result = await engine.search(q({ kecamatan: "35.10.15" }));
    const inStockInDb = await db.product.count({
      where: {
        status: "ACTIVE",
        seller: { verificationStatus: "VERIFIED", desaCode: { startsWith: "35.10.15." } },
        variants: { some: { stock: { gt: 0 }, isActive: true } },
      },
    });
    expect(result.facets.inStock).toBe(inStockInDb);
    for (const [slug, count] of Object.entries(result.facets.category)) {
      const dbCount = await db.product.count({
        where: {
          status: "ACTIVE",
          category: { slug },
          seller: { verificationStatus: "VERIFIED", desaCode: { startsWith: "35.10.15." } },
        },
      });
      expect(count, slug).toBe(dbCount);
    }
  });
});
