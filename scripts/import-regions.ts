/**
 * Imports (or refreshes) regions from idn-area-data: `npm run regions:import -- 35.10` for one
 * regency (with its province), `-- 35.10,35.78` for several, `npm run regions:import -- all` for all of Indonesia.
 */
import {
  importAllRegions,
  loadRegions,
  upsertRegions,
} from "../app/modules/regions/import-regions.server";
import { BANYUWANGI_CODE } from "../app/modules/regions/region-code";
import { db } from "../app/utils/db.server";

const code = process.argv[2] ?? BANYUWANGI_CODE;
if (code !== "all" && !/^\d{2}\.\d{2}(,\d{2}\.\d{2})*$/.test(code)) {
  console.error(`Expected regency codes like 35.10 or 35.10,35.78, or "all"; got "${code}"`);
  process.exit(2);
}
const started = performance.now();
const { count } =
  code === "all"
    ? await importAllRegions(db, (done, total) => {
        if (done === total || done % 20_000 < 2000) console.log(`  ${done}/${total}`);
      })
    : await upsertRegions(db, await loadRegions(code.split(",")));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Imported ${count} regions for ${code} in ${seconds} s`);
await db.$disconnect();
