/**
 * Dashboard benchmark: a scratch database with Banyuwangi's regions, N sellers and M orders over
 * the last year (scripts/lib/dashboard-data.ts); then the time of the regency overview and the
 * kecamatan table. Ends with one line of JSON.
 *
 *   npm run bench:dashboard -- --sellers 10000 --orders 500000
 *   npm run bench:dashboard -- --postgres     (a throwaway PostgreSQL cluster)
 */
import { dashboardBenchDatabase, time } from "./lib/dashboard-bench";

const { db, database, sellerCount, orderCount, now, writeSeconds, cleanup } =
  await dashboardBenchDatabase("dashboard");
const { dashboardOverview, regionTable } = await import("../app/modules/reports/dashboard.server");
const { parsePeriod } = await import("../app/modules/reports/period");

// The default dashboard period: the last 12 calendar months.
const period = parsePeriod(new URLSearchParams(), new Date(now));
const scope = { regionCode: "35.10", from: period.from, to: period.to };
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
    database,
    sellers: sellerCount,
    orders: orderCount,
    first_overview_ms: Math.round(firstRead),
    overview_ms: Math.round(median(overview)),
    overview_after_1000_changes_ms: Math.round(afterChanges),
    kecamatan_table_ms: Math.round(median(table)),
    write_s: Number(writeSeconds.toFixed(1)),
  }),
);
