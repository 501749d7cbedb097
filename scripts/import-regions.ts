/** Imports (or refreshes) a regency's regions: `npm run regions:import -- 35.10`. */
import { importRegions } from "../app/modules/regions/import-regions.server";
import { BANYUWANGI_CODE } from "../app/modules/regions/region-code";
import { db } from "../app/utils/db.server";

const code = process.argv[2] ?? BANYUWANGI_CODE;
if (!/^\d{2}\.\d{2}$/.test(code)) {
  console.error(`Expected a regency code like 35.10; got "${code}"`);
  process.exit(2);
}
const { count } = await importRegions(db, code);
console.log(`Imported ${count} regions for ${code}`);
await db.$disconnect();
