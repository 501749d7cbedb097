/**
 * Dashboard benchmark: a scratch database with Banyuwangi's regions, N sellers spread over its desa
 * (each with a product, legality numbers, a training attendance and two literacy assessments) and
 * M one-item orders over the last year, written with multi-row inserts; then the time of the
 * regency overview and the kecamatan table. Ends with one line of JSON.
 *
 *   npm run bench:dashboard -- --sellers 10000 --orders 500000
 *   npm run bench:dashboard -- --postgres     (a throwaway PostgreSQL cluster)
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";
import type { InsertRow, InsertTable } from "../app/utils/sql.server";

const { values } = parseArgs({
  options: {
    sellers: { type: "string" },
    orders: { type: "string" },
    postgres: { type: "boolean" },
  },
});
const sellerCount = z.coerce
  .number()
  .int()
  .min(100)
  .max(200_000)
  .parse(values.sellers ?? 10_000);
const orderCount = z.coerce
  .number()
  .int()
  .min(1000)
  .max(5_000_000)
  .parse(values.orders ?? 500_000);

const { cleanup } = await benchDatabase("dashboard", !!values.postgres);
const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { importRegions } = await import("../app/modules/regions/import-regions.server");
const { insertRows, databaseProvider } = await import("../app/utils/sql.server");
const { dashboardOverview, regionTable } = await import("../app/modules/reports/dashboard.server");
const { parsePeriod } = await import("../app/modules/reports/period");

console.log(`Migrating ${databaseProvider()}…`);
await migrateDatabase({ quiet: true });
await importRegions(db, "35.10");
const desa = await db.region.findMany({
  where: { level: "DESA_KELURAHAN", code: { startsWith: "35.10." } },
  select: { code: true },
});
const now = Date.now();
const day = 86_400_000;
const year = 365 * day;
/** Writes rows in batches of `size`, one multi-row INSERT each. */
async function write<T extends InsertTable>(
  table: T,
  count: number,
  row: (n: number) => InsertRow<T>,
  size = 500,
) {
  for (let i = 0; i < count; i += size) {
    const rows = Array.from({ length: Math.min(size, count - i) }, (_, j) => row(i + j));
    await db.$executeRaw(insertRows(table, rows));
    if (i > 0 && i % 100_000 === 0) console.log(`  ${table}: ${i}…`);
  }
}

const t0 = performance.now();
console.log(`Writing ${sellerCount} sellers with a product each, legality and growth records…`);
const sellerId = (n: number) => `bs_${n}`;
await write("Seller", sellerCount, (n) => ({
  id: sellerId(n),
  slug: `bench-${n}`,
  businessName: `UMKM ${n}`,
  ownerName: "Pemilik",
  desaCode: desa[n % desa.length]!.code,
  sector: "KULINER",
  whatsapp: "+6281200000000",
  description: "",
  verificationStatus: n % 10 === 0 ? "PENDING" : "VERIFIED",
  sizeClass: "MIKRO",
  createdAt: new Date(now - year - (n % 1000) * day),
  updatedAt: new Date(now),
}));
const categories = ["kopi", "keripik", "batik", "madu", "sambal", "kue", "anyaman", "jamu"];
await write("Category", categories.length, (n) => ({
  id: `bc_${n}`,
  slug: categories[n]!,
  nameId: categories[n]!,
  nameEn: categories[n]!,
}));
await write("Product", sellerCount, (n) => ({
  id: `bp_${n}`,
  slug: `bench-product-${n}`,
  sellerId: sellerId(n),
  categoryId: `bc_${n % categories.length}`,
  title: `Produk ${n}`,
  status: "ACTIVE",
  price: 10_000,
  createdAt: new Date(now - year),
  updatedAt: new Date(now),
}));
await write("ProductVariant", sellerCount, (n) => ({
  id: `bv_${n}`,
  productId: `bp_${n}`,
  sku: `BENCH-${n}`,
  name: "Standar",
  options: "{}",
  price: 10_000,
  createdAt: new Date(now - year),
  updatedAt: new Date(now),
}));
await write("SellerLegality", sellerCount * 2, (n) => ({
  id: `bl_${n}`,
  sellerId: sellerId(n >> 1),
  type: n % 2 === 0 ? "NIB" : "HALAL",
  number: String(1e12 + n),
  status: n % 3 === 0 ? "UNVERIFIED" : "VERIFIED",
  createdAt: new Date(now - year),
  updatedAt: new Date(now),
}));
// Training: one programme per topic, a session per kecamatan-month, every seller attends one.
const topics = ["DIGITAL_MARKETING", "PRODUCT_PHOTO", "BOOKKEEPING", "FINANCIAL_LITERACY"];
const staff = "bench-staff";
await write("User", 1, () => ({
  id: staff,
  phone: "+6281299999999",
  name: "Staf",
  passwordHash: "-",
  createdAt: new Date(now),
  updatedAt: new Date(now),
}));
await write("TrainingProgramme", topics.length, (n) => ({
  id: `btp_${n}`,
  title: topics[n]!,
  topic: topics[n]!,
  organiser: "Dinas",
  createdById: staff,
  createdAt: new Date(now - year),
}));
const sessions = 12 * 25;
await write("TrainingSession", sessions, (n) => ({
  id: `bts_${n}`,
  programmeId: `btp_${n % topics.length}`,
  startsAt: new Date(now - ((n % 12) + 0.5) * 30 * day),
  desaCode: desa[n % desa.length]!.code,
  venue: "Balai desa",
  trainer: "Pelatih",
  capacity: 50,
  createdAt: new Date(now - year),
}));
await write("TrainingAttendance", sellerCount, (n) => ({
  id: `bta_${n}`,
  sessionId: `bts_${n % sessions}`,
  sellerId: sellerId(n),
  status: n % 5 === 0 ? "ABSENT" : "ATTENDED",
  preScore: 40 + (n % 30),
  postScore: 60 + (n % 35),
  createdAt: new Date(now - year),
  updatedAt: new Date(now),
}));
// Literacy: two assessments per seller, half a year apart.
const strata = ["WELL_LITERATE", "SUFFICIENT_LITERATE", "LESS_LITERATE", "NOT_LITERATE"];
await write("LiteracyAssessment", sellerCount * 2, (n) => ({
  id: `bla_${n}`,
  sellerId: sellerId(n >> 1),
  instrumentVersion: "PK-LIT-1",
  answers: "{}",
  knowledgeScore: 50,
  skillScore: 50,
  confidenceScore: 50,
  attitudeScore: 50,
  behaviourScore: 50,
  totalScore: 50,
  stratum: strata[(n >> 1) % 4 === 0 ? 0 : ((n >> 1) + (n % 2 === 0 ? 1 : 0)) % 4]!,
  hasBankAccount: n % 2 === 1 || n % 3 === 0,
  usesEwallet: n % 4 < 2,
  hasSavings: n % 5 < 3,
  hasCredit: n % 7 === 0,
  hasKur: n % 11 === 0,
  hasInsurance: n % 13 === 0,
  assessedAt: new Date(now - (n % 2 === 0 ? 300 : 60) * day - (n % 50) * day),
  createdAt: new Date(now),
}));

console.log(`Writing ${orderCount} orders with an item each over the last year…`);
const groupId = "bench-group";
await write("OrderGroup", 1, () => ({
  id: groupId,
  code: "PK-BENCH",
  buyerName: "Bench",
  buyerPhone: "+6281200000000",
  address: "Alamat bench",
  paymentMethod: "COD",
  total: 0,
  createdAt: new Date(now),
}));
const statuses = ["COMPLETED", "COMPLETED", "COMPLETED", "SHIPPED", "PAID", "CANCELLED"];
const orderTotal = (n: number) => 10_000 + ((n * 131) % 200) * 1_000;
const orderSeller = (n: number) => (n * 17) % sellerCount;
await write(
  "Order",
  orderCount,
  (n) => {
    const created = new Date(now - ((n * 7919) % year));
    return {
      id: `bo_${n}`,
      code: `PK-BENCH-${n}`,
      groupId,
      sellerId: sellerId(orderSeller(n)),
      status: statuses[n % statuses.length]!,
      shippingMethod: "PICKUP_SELLER",
      shippingFee: 0,
      subtotal: orderTotal(n),
      total: orderTotal(n),
      createdAt: created,
      updatedAt: created,
    };
  },
  1000,
);
await write(
  "OrderItem",
  orderCount,
  (n) => ({
    id: `boi_${n}`,
    orderId: `bo_${n}`,
    productId: `bp_${orderSeller(n)}`,
    variantId: `bv_${orderSeller(n)}`,
    productTitle: "Produk",
    variantName: "Standar",
    unitPrice: orderTotal(n),
    quantity: 1,
    lineTotal: orderTotal(n),
  }),
  1000,
);
const writeSeconds = (performance.now() - t0) / 1000;
console.log(`Data written in ${writeSeconds.toFixed(1)} s.`);
if (databaseProvider() === "postgresql") await db.$executeRawUnsafe("ANALYZE");

// The default dashboard period: the last 12 calendar months.
const period = parsePeriod(new URLSearchParams(), new Date(now));
const scope = { regionCode: "35.10", from: period.from, to: period.to };
const time = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};
// The first read builds the monthly sales summary from every order.
const firstRead = await time(() => dashboardOverview(db, scope));
console.log(`First overview (builds the sales summary) ${firstRead.toFixed(0)} ms.`);
// Then the median of three runs each.
await regionTable(db, scope);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const overview: number[] = [];
const table: number[] = [];
for (let r = 0; r < 3; r++) {
  overview.push(await time(() => dashboardOverview(db, scope)));
  table.push(await time(() => regionTable(db, scope)));
}
console.log(
  `Regency overview ${median(overview).toFixed(0)} ms, kecamatan table ${median(table).toFixed(0)} ms (median of 3).`,
);
// A busy minute: 1,000 orders change status, then the next read refreshes what they touched.
for (let batch = 0; batch < 2; batch++) {
  await db.order.updateMany({
    where: { id: { in: Array.from({ length: 500 }, (_, k) => `bo_${(batch * 500 + k) * 97}`) } },
    data: { status: "CANCELLED" },
  });
}
const afterChanges = await time(() => dashboardOverview(db, scope));
console.log(`Overview after 1,000 orders changed ${afterChanges.toFixed(0)} ms.`);
await db.$disconnect();
await cleanup();
console.log(
  JSON.stringify({
    database: databaseProvider(),
    sellers: sellerCount,
    orders: orderCount,
    first_overview_ms: Math.round(firstRead),
    overview_ms: Math.round(median(overview)),
    overview_after_1000_changes_ms: Math.round(afterChanges),
    kecamatan_table_ms: Math.round(median(table)),
    write_s: Number(writeSeconds.toFixed(1)),
  }),
);
