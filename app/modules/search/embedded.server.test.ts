import { describe, expect, it } from "vitest";
import { EmbeddedSearchEngine } from "./embedded.server";
import type { SearchDocument, SearchQuery } from "./types";

const doc = (i: number, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `p${i}`,
  slug: `p-${i}`,
  title: `Kopi Robusta ${i}`,
  description: "",
  price: ((i * 7919) % 997) * 500 + 500,
  sellerId: `s${i % 50}`,
  sellerName: `Toko ${i % 50}`,
  sellerSlug: `toko-${i % 50}`,
  categorySlug: i % 2 ? "kopi" : "teh",
  categoryName: i % 2 ? "Kopi" : "Teh",
  desaCode: "35.10.15.2004",
  desaName: "Kemiren",
  kecamatanCode: "35.10.15",
  kecamatanName: "Glagah",
  halal: i % 3 === 0,
  nib: true,
  pirt: false,
  inStock: i % 5 !== 0,
  publishedAt: Date.UTC(2026, 0, 1) + ((i * 104729) % 1000) * 3_600_000,
  popularity: i % 13,
  image: null,
  ...extra,
});
const all = (partial: Partial<SearchQuery> = {}): SearchQuery => ({
  q: "",
  sort: "price_asc",
  page: 1,
  pageSize: 48,
  ...partial,
});

/** Every page of a query, concatenated. */
async function everything(engine: EmbeddedSearchEngine, query: Partial<SearchQuery>) {
  const first = await engine.search(all(query));
  const ids = first.hits.map((h) => h.id);
  for (let page = 2; page <= first.pageCount; page++) {
    ids.push(...(await engine.search(all({ ...query, page }))).hits.map((h) => h.id));
  }
  return ids;
}

describe("embedded engine sort orders", () => {
  it("keeps price and newest orders exact through bulk loads, single writes and removals", async () => {
    const engine = new EmbeddedSearchEngine();
    const docs = new Map(Array.from({ length: 600 }, (_, i) => [`p${i}`, doc(i)]));
    await engine.upsert([...docs.values()]); // bulk path
    for (const i of [3, 77, 599, 1000, 1001]) {
      const updated = doc(i, {
        price: (i % 4) * 1000 + 500,
        publishedAt: Date.UTC(2026, 5, i % 28),
      });
      docs.set(updated.id, updated);
      await engine.upsert([updated]); // single-write path
    }
    for (const id of ["p10", "p11", "p1000"]) docs.delete(id);
    await engine.remove(["p10", "p11", "p1000"]);

    const expected = [...docs.values()];
    const byPrice = [...expected].sort((a, b) => a.price - b.price).map((d) => d.price);
    const prices = (await everything(engine, { sort: "price_asc" })).map(
      (id) => docs.get(id)!.price,
    );
    expect(prices).toEqual(byPrice);
    const desc = (await everything(engine, { sort: "price_desc" })).map(
      (id) => docs.get(id)!.price,
    );
    expect(desc).toEqual([...byPrice].reverse());
    const hours = (d: SearchDocument) => Math.floor(d.publishedAt / 3_600_000);
    const newest = (await everything(engine, { sort: "newest" })).map((id) => hours(docs.get(id)!));
    expect(newest).toEqual([...expected].map(hours).sort((a, b) => b - a));
    expect(await engine.count()).toBe(docs.size);
  });

  it("compacts after many replacements without losing or duplicating documents", async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.upsert(Array.from({ length: 1_500 }, (_, i) => doc(i)));
    for (let round = 0; round < 2; round++) {
      await engine.upsert(
        Array.from({ length: 1_500 }, (_, i) => doc(i, { title: `Teh Hijau ${round} ${i}` })),
      );
    }
    expect(await engine.count()).toBe(1_500);
    const result = await engine.search({
      q: "teh hijau",
      sort: "relevance",
      page: 1,
      pageSize: 10,
    });
    expect(result.total).toBe(1_500);
    expect(
      (await engine.search({ q: "robusta", sort: "relevance", page: 1, pageSize: 10 })).total,
    ).toBe(0);
    expect(new Set(await everything(engine, { sort: "price_asc" })).size).toBe(1_500);
  });

  it("returns the best matches first on every page of a large result", async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.upsert([
      ...Array.from({ length: 400 }, (_, i) => doc(i, { title: `Kopi Bubuk ${i}` })),
      doc(9_999, { title: "Kopi Lanang" }),
    ]);
    const first = await engine.search({
      q: "kopi lanang",
      sort: "relevance",
      page: 1,
      pageSize: 24,
    });
    expect(first.hits[0]?.title).toBe("Kopi Lanang");
    const broad = await everything(engine, { q: "kopi", sort: "relevance" });
    expect(new Set(broad).size).toBe(401);
  });
});
