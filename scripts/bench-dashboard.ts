/**
 * Dashboard benchmark: a scratch SQLite database with Banyuwangi's regions, N sellers spread over
 * its desa and M orders over the last year (written with multi-row inserts), then the time of the
 * regency overview and the kecamatan table. Ends with one line of JSON.
 *
 *   npm run bench:dashboard -- --sellers 10000 --orders 500000
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({
  options: { sellers: { type: "string" }, orders: { type: "string" } },
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-bench-dashboard-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { importRegions } = await import("../app/modules/regions/import-regions.server");
const { insertRows } = await import("../app/utils/sql.server");
const { dashboardOverview, regionTable } = await import("../app/modules/reports/dashboard.server");

await migrateDatabase({ quiet: true });
await importRegions(db, "35.10");
const desa = await db.region.findMany({
  where: { level: "DESA_KELURAHAN", code: { startsWith: "35.10." } },
  select: { code: true },
});
const now = Date.now();
const year = 365 * 86_400_000;

console.log(`Writing ${sellerCount} sellers…`);
const t0 = performance.now();
const sellerIds: string[] = [];
for (let i = 0; i < sellerCount; i += 500) {
  const rows = Array.from({ length: Math.min(500, sellerCount - i) }, (_, j) => {
    const n = i + j;
    const id = `bs_${n}`;
    sellerIds.push(id);
    return {
      id,
      slug: `bench-${n}`,
      businessName: `UMKM ${n}`,
      ownerName: "Pemilik",
      desaCode: desa[n % desa.length]!.code,
      sector: "KULINER",
      whatsapp: "+6281200000000",
      description: "",
      verificationStatus: n % 10 === 0 ? "PENDING" : "VERIFIED",
      sizeClass: "MIKRO",
      createdAt: new Date(now - year - (n % 1000) * 86_400_000),
      updatedAt: new Date(now),
    };
  });
  await db.$executeRaw(
    insertRows(
      "Seller",
      {
        id: "text",
        slug: "text",
        businessName: "text",
        ownerName: "text",
        desaCode: "text",
        sector: "enum:BusinessSector",
        whatsapp: "text",
        description: "text",
        verificationStatus: "enum:VerificationStatus",
        sizeClass: "enum:SizeClass",
        createdAt: "timestamp",
        updatedAt: "timestamp",
      },
      rows,
    ),
  );
}

console.log(`Writing ${orderCount} orders over the last year…`);
const groupId = "bench-group";
await db.$executeRaw(
  insertRows(
    "OrderGroup",
    {
      id: "text",
      code: "text",
      buyerName: "text",
      buyerPhone: "text",
      address: "text",
      paymentMethod: "enum:PaymentMethod",
      total: "int",
      createdAt: "timestamp",
    },
    [
      {
        id: groupId,
        code: "PK-BENCH",
        buyerName: "Bench",
        buyerPhone: "+6281200000000",
        address: "Alamat bench",
        paymentMethod: "COD",
        total: 0,
        createdAt: new Date(now),
      },
    ],
  ),
);
const statuses = ["COMPLETED", "COMPLETED", "COMPLETED", "SHIPPED", "PAID", "CANCELLED"];
for (let i = 0; i < orderCount; i += 1000) {
  const rows = Array.from({ length: Math.min(1000, orderCount - i) }, (_, j) => {
    const n = i + j;
    const created = new Date(now - ((n * 7919) % year));
    const total = 10_000 + ((n * 131) % 200) * 1_000;
    return {
      id: `bo_${n}`,
      code: `PK-BENCH-${n}`,
      groupId,
      sellerId: sellerIds[(n * 17) % sellerIds.length]!,
      status: statuses[n % statuses.length]!,
      shippingMethod: "PICKUP_SELLER",
      shippingFee: 0,
      subtotal: total,
      total,
      expiresAt: null,
      createdAt: created,
      updatedAt: created,
    };
  });
  await db.$transaction([
    db.$executeRaw(
      insertRows(
        "Order",
        {
          id: "text",
          code: "text",
          groupId: "text",
          sellerId: "text",
          status: "enum:OrderStatus",
          shippingMethod: "enum:ShippingMethod",
          shippingFee: "int",
          subtotal: "int",
          total: "int",
          expiresAt: "timestamp",
          createdAt: "timestamp",
          updatedAt: "timestamp",
        },
        rows,
      ),
    ),
  ]);
  if (i > 0 && i % 100_000 === 0) console.log(`  ${i} orders…`);
}
const writeSeconds = (performance.now() - t0) / 1000;
console.log(`Data written in ${writeSeconds.toFixed(1)} s.`);

const scope = { regionCode: "35.10", from: new Date(now - year), to: new Date(now + 86_400_000) };
const time = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};
// One warm-up, then the median of three runs each.
await dashboardOverview(db, scope);
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
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    sellers: sellerCount,
    orders: orderCount,
    overview_ms: Math.round(median(overview)),
    kecamatan_table_ms: Math.round(median(table)),
    write_s: Number(writeSeconds.toFixed(1)),
  }),
);
