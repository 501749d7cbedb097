/**
 * Training-impact benchmark on the dashboard benchmark's data (10,000 sellers, 500,000 orders,
 * 10,000 attendances by default): the time of one programme's impact across the regency, for a
 * 3- and a 6-month window, beside the regency dashboard overview on the same data in the same
 * run. Ends with one line of JSON.
 *
 *   npm run bench:impact
 *   npm run bench:impact -- --sellers 2000 --orders 100000 --postgres
 */
import { dashboardBenchDatabase, time } from "./lib/dashboard-bench";

const TARGET_MS = 500;

const { db, database, sellerCount, orderCount, now, cleanup } =
  await dashboardBenchDatabase("impact");
const { dashboardOverview } = await import("../app/modules/reports/dashboard.server");
const { parsePeriod } = await import("../app/modules/reports/period");
const { programmeImpact } = await import("../app/modules/reports/training-impact.server");
const { refreshSalesSummary } = await import("../app/modules/reports/sales-summary.server");

console.log("Building the monthly sales summary…");
await refreshSalesSummary(db);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const programme = await db.trainingProgramme.findFirstOrThrow({
  where: { topic: "BOOKKEEPING" },
  select: { id: true, title: true },
});
const attendances = await db.trainingAttendance.count({
  where: { status: "ATTENDED", session: { programmeId: programme.id } },
});
console.log(`Programme ${programme.title}: ${attendances} attendances.`);
const scope = { regionCode: "35.10", ...parsePeriod(new URLSearchParams(), new Date(now)) };
const runs = { impact3: [] as number[], impact6: [] as number[], overview: [] as number[] };
let last3: Awaited<ReturnType<typeof programmeImpact>> | undefined;
for (let r = 0; r < 5; r++) {
  runs.impact3.push(
    await time(async () => {
      last3 = await programmeImpact(db, {
        programmeId: programme.id,
        regionCode: "35.10",
        months: 3,
      });
    }),
  );
  runs.impact6.push(
    await time(() =>
      programmeImpact(db, { programmeId: programme.id, regionCode: "35.10", months: 6 }),
    ),
  );
  runs.overview.push(await time(() => dashboardOverview(db, scope)));
  console.log(
    `  run ${r + 1}: impact 3 months ${runs.impact3[r]!.toFixed(0)} ms, 6 months ` +
      `${runs.impact6[r]!.toFixed(0)} ms, dashboard overview ${runs.overview[r]!.toFixed(0)} ms`,
  );
}
const impact = last3!;
console.log(
  `Attendees ${impact.attendees.sellers} UMKM, comparison ${impact.comparison.sellers} UMKM ` +
    `(${impact.comparison.n} pairs), ${impact.cohorts} cohorts; difference in cashbook months ` +
    `${impact.difference.cashbookMonths}, in GMV Rp${impact.difference.gmv}.`,
);
await db.$disconnect();
await cleanup();
const impactMs = median(runs.impact3);
const overviewMs = median(runs.overview);
console.log(
  JSON.stringify({
    database,
    sellers: sellerCount,
    orders: orderCount,
    attendances,
    impact_ms: Math.round(impactMs),
    impact_6_months_ms: Math.round(median(runs.impact6)),
    target_ms: TARGET_MS,
    impact_to_target: Number((impactMs / TARGET_MS).toFixed(2)),
    overview_ms: Math.round(overviewMs),
    impact_to_overview: Number((impactMs / overviewMs).toFixed(2)),
    attendees: impact.attendees.sellers,
    comparison: impact.comparison.sellers,
    cohorts: impact.cohorts,
    cashbook_months_difference: impact.difference.cashbookMonths,
  }),
);
