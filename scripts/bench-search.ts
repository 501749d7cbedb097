/**
 * Embedded search benchmark at catalog scale: builds the index from 100k generated product
 * documents (the seed's Banyuwangi catalog and real regions), then times a fixed set of ≥ 200
 * queries — typos, prefixes, synonyms, filters, facets, sorts. Ends with one line of JSON.
 *
 *   npm run bench:search -- --products 100000
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { z } from "zod";
import { mulberry32 } from "../app/modules/catalog/featured";
import { loadRegencyRegions } from "../app/modules/regions/import-regions.server";
import { EmbeddedSearchEngine } from "../app/modules/search/embedded.server";
import type { SearchDocument, SearchQuery } from "../app/modules/search/types";
import { CATEGORIES, PRODUCT_TEMPLATES } from "../prisma/seed/catalog-data";
import { SELLER_NAME_PARTS } from "../prisma/seed/catalog-people";

const { values } = parseArgs({ options: { products: { type: "string" } } });
const productCount = z.coerce
  .number()
  .int()
  .min(1_000)
  .max(1_000_000)
  .parse(values.products ?? 100_000);
const random = mulberry32(3510);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

// Documents
const regions = await loadRegencyRegions("35.10");
const kecamatan = regions.filter((r) => r.code.split(".").length === 3);
const desa = regions.filter((r) => r.code.split(".").length === 4);
const kecamatanName = new Map(kecamatan.map((k) => [k.code, k.name]));
const categoryBySlug = new Map(CATEGORIES.map((c) => [c.slug, c]));
const sellers = Array.from({ length: Math.round(productCount / 10) }, (_, i) => {
  const category = pick(CATEGORIES);
  const parts = SELLER_NAME_PARTS[category.slug]!;
  const village = pick(desa);
  return {
    id: `s${i}`,
    name: `${pick(parts.prefixes)} ${pick(parts.cores)}`,
    village,
    category: category.slug,
    nib: random() < 0.7,
    pirt: random() < 0.5,
    halal: random() < 0.35,
  };
});
console.log(`Generating ${productCount.toLocaleString("en")} documents…`);
const documents: SearchDocument[] = Array.from({ length: productCount }, (_, i) => {
  const seller = sellers[i % sellers.length]!;
  const candidates = PRODUCT_TEMPLATES.filter((t) => t.category === seller.category);
  const template = pick(candidates.length > 0 ? candidates : PRODUCT_TEMPLATES);
  const category = categoryBySlug.get(template.category)!;
  const kecCode = seller.village.code.split(".").slice(0, 3).join(".");
  return {
    id: `p${i}`,
    slug: `p-${i}`,
    title: random() < 0.5 ? `${template.title} ${seller.name.split(" ").pop()}` : template.title,
    description: template.description,
    price:
      Math.round(
        (template.basePrice[0] + random() * (template.basePrice[1] - template.basePrice[0])) / 500,
      ) * 500,
    sellerId: seller.id,
    sellerName: seller.name,
    sellerSlug: seller.id,
    categorySlug: category.slug,
    categoryName: category.nameId,
    desaCode: seller.village.code,
    desaName: seller.village.name,
    kecamatanCode: kecCode,
    kecamatanName: kecamatanName.get(kecCode) ?? "",
    halal: template.halal && seller.halal,
    nib: seller.nib,
    pirt: seller.pirt,
    inStock: random() > 0.08,
    publishedAt: Date.UTC(2025, 0, 1) + Math.floor(random() * 700 * 864e5),
    popularity: Math.floor(random() * 50),
    image: null,
  };
});

// Build, watching the event loop the way a server handling requests would feel it.
const engine = new EmbeddedSearchEngine();
const before = heapMb();
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const started = performance.now();
let lastReport = started;
for (let i = 0; i < documents.length; i += 2_000) {
  await engine.upsert(documents.slice(i, i + 2_000));
  if (performance.now() - lastReport > 2_000) {
    lastReport = performance.now();
    console.log(`  indexed ${i + 2_000}/${documents.length}`);
  }
}
const buildS = (performance.now() - started) / 1000;
loop.disable();
const maxStallMs = loop.max / 1e6;
const memoryMb = heapMb() - before;
console.log(
  `Built in ${buildS.toFixed(1)} s, +${memoryMb.toFixed(0)} MB heap, max event-loop stall ${maxStallMs.toFixed(1)} ms`,
);

// Queries
const typo = (word: string) => {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
};
const queries: SearchQuery[] = [];
const base = { sort: "relevance" as const, page: 1, pageSize: 24 };
for (let i = 0; i < 60; i++) {
  const words = pick(PRODUCT_TEMPLATES).title.split(" ");
  queries.push({ ...base, q: words.slice(0, 3).map(typo).join(" ") }); // typos
}
for (let i = 0; i < 50; i++) {
  const words = pick(PRODUCT_TEMPLATES).title.split(" ");
  const second = words[1] ?? words[0]!;
  queries.push({ ...base, q: `${words[0]} ${second.slice(0, Math.max(2, second.length - 2))}` }); // prefix
}
for (const q of [
  "kripik",
  "coffee",
  "oleh oleh",
  "gula merah",
  "sambel",
  "kopi",
  "batik",
  "madu",
  "kue",
  "jamu",
]) {
  queries.push({ ...base, q }); // synonyms and broad words
}
for (let i = 0; i < 50; i++) {
  const category = pick(CATEGORIES);
  queries.push({
    ...base,
    q: random() < 0.5 ? typo(category.nameId.split(" ")[0]!) : "",
    category: random() < 0.5 ? category.slug : undefined,
    kecamatan: random() < 0.5 ? pick(kecamatan).code : undefined,
    minPrice: random() < 0.3 ? 10_000 : undefined,
    maxPrice: random() < 0.3 ? 100_000 : undefined,
    halal: random() < 0.3 ? true : undefined,
    inStock: random() < 0.5 ? true : undefined,
    sort: pick(["relevance", "newest", "price_asc", "price_desc"] as const),
  });
}
for (let i = 0; i < 30; i++) {
  queries.push({
    ...base,
    q: "",
    desa: pick(desa).code,
    sort: "newest",
    page: 1 + Math.floor(random() * 2),
  });
}
for (let i = 0; i < 10; i++) queries.push({ ...base, q: "", sort: "price_asc", page: 1 + i });

for (const q of queries.slice(0, 20)) await engine.search(q); // warm-up
const times: number[] = [];
const timed: { ms: number; q: SearchQuery; total: number }[] = [];
let hits = 0;
for (const q of queries) {
  const t0 = performance.now();
  const result = await engine.search(q);
  const ms = performance.now() - t0;
  times.push(ms);
  timed.push({ ms, q, total: result.total });
  if (result.total > 0) hits++;
}
console.log("Slowest queries:");
for (const { ms, q, total } of timed.sort((a, b) => b.ms - a.ms).slice(0, 5)) {
  const filters = Object.entries(q)
    .filter(([k, v]) => !["q", "page", "pageSize"].includes(k) && v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  console.log(`  ${ms.toFixed(1).padStart(6)} ms  "${q.q}" ${filters} → ${total}`);
}
times.sort((a, b) => a - b);
const pct = (p: number) =>
  Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2));
console.log(
  `${queries.length} queries, ${hits} with results: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`,
);
console.log(
  JSON.stringify({
    engine: "embedded",
    documents: documents.length,
    build_s: Number(buildS.toFixed(2)),
    memory_mb: Math.round(memoryMb),
    max_stall_ms: Number(maxStallMs.toFixed(1)),
    queries: queries.length,
    queries_with_hits: hits,
    p50_ms: pct(50),
    p95_ms: pct(95),
    p99_ms: pct(99),
  }),
);
