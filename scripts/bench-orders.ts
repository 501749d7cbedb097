/**
 * Order placement benchmark: concurrent clients place COD orders for two sellers through the
 * same module the checkout page uses (`placeOrder`), on a fresh migrated database. Prints
 * orders/second and latency percentiles, then one line of JSON.
 *
 *   npm run bench:orders -- --clients 20 --orders 3000
 *   npm run bench:orders -- --postgres        (a throwaway PostgreSQL cluster, default settings)
 *
 * Without --postgres, DATABASE_URL selects the database (default: a throwaway SQLite file).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";

const { values } = parseArgs({
  options: {
    clients: { type: "string" },
    orders: { type: "string" },
    postgres: { type: "boolean" },
  },
});
const clients = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .parse(values.clients ?? 20);
const total = z.coerce
  .number()
  .int()
  .min(100)
  .max(100_000)
  .parse(values.orders ?? 3000);

const { dir, cleanup } = await benchDatabase("orders", !!values.postgres);
if (values.postgres) process.env.DATABASE_POOL_SIZE ??= String(clients);
process.env.IMAGE_DIR ??= path.join(dir, "images");

const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { placeOrder } = await import("../app/modules/orders/checkout.server");
const { DomainError } = await import("../app/utils/errors");

console.log(`Migrating ${(process.env.DATABASE_URL ?? "").replace(/\/\/[^@]*@/, "//…@")}…`);
await migrateDatabase({ quiet: true });

console.log("Creating 2 sellers, 20 products and 200 buyers…");
const regions = [
  { code: "35", name: "JAWA TIMUR", slug: "jawa-timur", level: "PROVINSI", kind: "PROVINSI" },
  {
    code: "35.10",
    name: "KABUPATEN BANYUWANGI",
    slug: "banyuwangi",
    level: "KABUPATEN_KOTA",
    kind: "KABUPATEN",
    parentCode: "35",
  },
  {
    code: "35.10.15",
    name: "Glagah",
    slug: "glagah",
    level: "KECAMATAN",
    kind: "KECAMATAN",
    parentCode: "35.10",
  },
  {
    code: "35.10.15.2004",
    name: "Kemiren",
    slug: "kemiren",
    level: "DESA_KELURAHAN",
    kind: "DESA",
    parentCode: "35.10.15",
  },
] as const;
for (const region of regions) {
  await db.region.upsert({ where: { code: region.code }, create: region, update: {} });
}
const category = await db.category.create({
  data: { slug: `bench-${Date.now()}`, nameId: "Bench", nameEn: "Bench" },
});
const variantsBySeller: { sellerId: string; variants: { id: string; price: number }[] }[] = [];
for (let s = 0; s < 2; s++) {
  const seller = await db.seller.create({
    data: {
      slug: `bench-${Date.now()}-${s}`,
      businessName: `Toko Bench ${s + 1}`,
      ownerName: "Bench",
      desaCode: "35.10.15.2004",
      sector: "KULINER",
      whatsapp: "+6281200009999",
      verificationStatus: "VERIFIED",
    },
  });
  const variants: { id: string; price: number }[] = [];
  for (let p = 0; p < 10; p++) {
    const price = 5_000 + p * 1_000;
    const product = await db.product.create({
      data: {
        slug: `bench-${seller.id}-${p}`,
        title: `Produk Bench ${p}`,
        sellerId: seller.id,
        categoryId: category.id,
        status: "ACTIVE",
        price,
        variants: {
          create: { sku: `B-${seller.id}-${p}`, name: "Biasa", options: {}, price, stock: 1e8 },
        },
      },
      include: { variants: true },
    });
    variants.push({ id: product.variants[0]!.id, price });
  }
  variantsBySeller.push({ sellerId: seller.id, variants });
}
const buyers = await Promise.all(
  Array.from({ length: 200 }, (_, i) =>
    db.user.create({
      data: { phone: `+62819${String(Date.now() % 1e6).padStart(6, "0")}${i}`, name: "Pembeli" },
    }),
  ),
);

const settings = { feePercent: 0, paymentTtlMs: 86_400_000, stripeEnabled: false };
const latencies: number[] = [];
let failures = 0;
let next = 0;

async function client(id: number) {
  while (next < total) {
    const n = next++;
    const lines = variantsBySeller.map(({ sellerId, variants }) => ({
      sellerId,
      variant: variants[(n + id) % variants.length]!,
      quantity: 1 + (n % 3),
    }));
    const t0 = performance.now();
    try {
      await placeOrder(db, {
        buyerId: buyers[n % buyers.length]!.id,
        settings,
        checkout: {
          buyerName: "Pembeli Bench",
          buyerPhone: "+6281299990000",
          address: "Dusun Krajan RT 01 RW 01, Kemiren",
          paymentMethod: "COD",
          lines: lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })),
          shipping: lines.map((l) => ({ sellerId: l.sellerId, method: "PICKUP_SELLER" as const })),
          expectedSubtotal: lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0),
        },
      });
      latencies.push(performance.now() - t0);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failures++;
    }
    if (n > 0 && n % 500 === 0) console.log(`  ${n} orders placed…`);
  }
}

console.log(`Placing ${total} checkouts (2 sellers each) with ${clients} concurrent clients…`);
const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
const seconds = (performance.now() - started) / 1000;

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const orders = await db.order.count();
console.log(
  `${latencies.length} checkouts (${orders} seller orders) in ${seconds.toFixed(1)} s; ` +
    `p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, failures ${failures}`,
);
await db.$disconnect();
await cleanup();
console.log(
  JSON.stringify({
    database: (process.env.DATABASE_URL ?? "").startsWith("file:") ? "sqlite" : "postgresql",
    clients,
    checkouts_per_s: Math.round(latencies.length / seconds),
    orders_per_s: Math.round(orders / seconds),
    p50_ms: Number(pct(0.5).toFixed(1)),
    p95_ms: Number(pct(0.95).toFixed(1)),
    failures,
  }),
);
