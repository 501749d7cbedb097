/** Rebuilds the search index from the database: `npm run search:reindex`. */
import { rebuildSearchIndex } from "../app/modules/search/indexer.server";
import { createSearchEngine } from "../app/modules/search/search.server";
import { db } from "../app/utils/db.server";

const engine = createSearchEngine();
const total = await db.product.count({
  where: { status: "ACTIVE", seller: { verificationStatus: "VERIFIED" } },
});
console.log(`Reindexing ${total} public products into the ${engine.name} engine…`);
const started = performance.now();
const count = await rebuildSearchIndex(db, engine, (n) =>
  console.log(`  ${n}/${total} (${Math.round((100 * n) / Math.max(1, total))} %)`),
);
const seconds = (performance.now() - started) / 1000;
console.log(`Done: ${count} documents in ${seconds.toFixed(1)} s.`);
if (engine.name === "embedded") {
  console.log("(The embedded index lives in the app process and is rebuilt when the app starts.)");
}
console.log(
  JSON.stringify({ engine: engine.name, documents: count, reindex_s: Number(seconds.toFixed(2)) }),
);
await db.$disconnect();
