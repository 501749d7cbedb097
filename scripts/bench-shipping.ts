/**
 * Shipping quote benchmark: a 5-shop cart (shops in five Banyuwangi kecamatan, 1–3 variants each
 * with weights and sizes) quoted through the embedded tariff provider to 1,000 random desa across
 * Indonesia, on a fresh migrated database with the seed's tariff table. Each cart quote asks all
 * five shops (as the checkout will), first with the per-process tariff cache, then with a
 * database read per quote for comparison. Prints progress, then one line of JSON.
 *
 *   npm run bench:shipping
 *   npm run bench:shipping -- --destinations 5000 --postgres
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";
import { percentile } from "./lib/bench-checkouts";

const { values } = parseArgs({
  options: { destinations: { type: "string" }, postgres: { type: "boolean" } },
});
const count = z.coerce
  .number()
  .int()
  .min(100)
  .max(100_000)
  .parse(values.destinations ?? 1000);

const { cleanup } = await benchDatabase("shipping", !!values.postgres);
const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { importRegions } = await import("../app/modules/regions/import-regions.server");
const { seedShippingTariffs } = await import("../prisma/seed/shipping-tariffs");
const { createTariffProvider } = await import("../app/modules/shipping/tariff-provider.server");

console.log(`Migrating ${(process.env.DATABASE_URL ?? "").replace(/\/\/[^@]*@/, "//…@")}…`);
await migrateDatabase({ quiet: true });
console.log("Importing Banyuwangi's regions and the seed's tariff table…");
await importRegions(db, "35.10");
const kecamatan = (
  await db.region.findMany({
    where: { level: "KECAMATAN", parentCode: "35.10" },
    orderBy: { code: "asc" },
    select: { code: true },
  })
).map((k) => k.code);
const tariffRows = await seedShippingTariffs(db, kecamatan);
console.log(`  ${kecamatan.length} kecamatan, ${tariffRows} tariff rows`);

// A small deterministic generator (mulberry32), so every run quotes the same cart and places.
let state = 3510;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

console.log("Reading every desa/kelurahan of Indonesia from idn-area-data…");
const villages = fs
  .readFileSync("node_modules/idn-area-data/data/villages.csv", "utf8")
  .split("\n")
  .slice(1)
  .map((line) => line.split(",")[0] ?? "")
  .filter((code) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code));
const destinations = Array.from({ length: count }, () => pick(villages));
const provinces = new Set(destinations.map((d) => d.slice(0, 2)));
console.log(`  ${destinations.length} destinations in ${provinces.size} provinces`);

// Five shops in five kecamatan, each with 1–3 variants in the cart (some measured, some not).
const shops = [0, 5, 10, 15, 20].map((i) => {
  const kecamatanCode = kecamatan[i % kecamatan.length]!;
  const parcels = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const weightGrams = 100 + Math.floor(random() * 2900);
    return random() < 0.5
      ? { weightGrams }
      : {
          weightGrams,
          lengthCm: 10 + Math.floor(random() * 30),
          widthCm: 10 + Math.floor(random() * 20),
          heightCm: 5 + Math.floor(random() * 20),
        };
  });
  return { origin: { kecamatanCode, desaCode: `${kecamatanCode}.2001` }, parcels };
});

async function run(label: string, cache: boolean) {
  const provider = createTariffProvider(db, { cache });
  const quoteCart = (desaCode: string) =>
    Promise.all(
      shops.map((shop) =>
        provider.quote({ origin: shop.origin, destination: { desaCode }, parcels: shop.parcels }),
      ),
    );
  // Warm-up: the JIT, the database's page cache and (when on) the tariff cache.
  for (const desa of destinations.slice(0, 50)) await quoteCart(desa);
  const latencies: number[] = [];
  let unquoted = 0;
  const started = performance.now();
  for (const [i, desa] of destinations.entries()) {
    const t0 = performance.now();
    const quotes = await quoteCart(desa);
    latencies.push(performance.now() - t0);
    unquoted += quotes.filter((q) => q.length === 0).length;
    if ((i + 1) % Math.max(1, Math.floor(count / 4)) === 0) {
      console.log(`  ${label}: ${i + 1}/${count}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const p50 = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  console.log(
    `${label}: ${count} cart quotes (5 shops each) in ${seconds.toFixed(2)} s; ` +
      `p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, shops without a quote ${unquoted}`,
  );
  return { p50, p95, unquoted };
}

const cached = await run("cached", true);
const cold = await run("database read per quote", false);
await db.$disconnect();
await cleanup();

const round = (n: number) => Number(n.toFixed(3));
console.log(
  JSON.stringify({
    database: (process.env.DATABASE_URL ?? "").startsWith("file:") ? "sqlite" : "postgresql",
    shops: shops.length,
    destinations: count,
    quote_p50_ms: round(cached.p50),
    quote_p95_ms: round(cached.p95),
    uncached_quote_p50_ms: round(cold.p50),
    uncached_quote_p95_ms: round(cold.p95),
    uncached_to_cached_p95: Number((cold.p95 / Math.max(cached.p95, 0.001)).toFixed(1)),
    shops_without_quote: cached.unquoted,
    target_p95_ms: 10,
  }),
);
