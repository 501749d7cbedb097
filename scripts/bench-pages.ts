/**
 * Page-serving cost of the production app against the limit: a plain `node:http` server that
 * runs a category page's two queries through better-sqlite3 and renders a template string
 * (scripts/lib/baseline-server.ts). Both serve the same freshly seeded SQLite database, each in
 * its own process; `wrk -t1 -c4` loads them alternately (baseline; anonymous from the page cache;
 * anonymous with the cache off, in a second app process; signed in) for every page, so all figures
 * come from the same machine at the same moment.
 *
 *   npm run bench:pages -- --seconds 4 --rounds 2
 *
 * Needs `wrk` (Debian package). Prints progress, then one line of JSON.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  freePort,
  samplePages,
  seededProductionApp,
  signIn,
  startProcess,
  startProductionApp,
} from "./lib/bench-app";

const { values } = parseArgs({
  options: {
    seconds: { type: "string" },
    rounds: { type: "string" },
    connections: { type: "string" },
  },
});
const seconds = z.coerce
  .number()
  .int()
  .min(1)
  .max(60)
  .parse(values.seconds ?? 4);
const rounds = z.coerce
  .number()
  .int()
  .min(1)
  .max(10)
  .parse(values.rounds ?? 2);
const connections = z.coerce
  .number()
  .int()
  .min(1)
  .max(64)
  .parse(values.connections ?? 4);

if (spawnSync("wrk", ["--version"]).error) {
  console.error("wrk is needed: apt-get install wrk");
  process.exit(1);
}

const subject = await seededProductionApp("pages");
const { url: app, dir } = subject;
const basePort = await freePort();
console.log("Starting the baseline server…");
const baseline = await startProcess(
  "baseline",
  [
    process.execPath,
    "--import",
    "tsx",
    "scripts/lib/baseline-server.ts",
    subject.sqliteFile,
    String(basePort),
  ],
  {},
  basePort,
);
// The same build with no caching at all (page cache and shared storefront reads off), on the
// same database: what visitors got before them.
const uncached = await startProductionApp("uncached app", { PAGE_CACHE: "0", RUN_JOBS: "0" });
const session = await signIn(app, "081200000001");
const pages = await samplePages(app);

const script = path.join(dir, "report.lua");
fs.writeFileSync(
  script,
  `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\n{"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50_us":%d,"p95_us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95)))
end
`,
);
interface Run {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  non2xx: number;
}
function wrk(url: string, cookie?: string, secs = seconds): Run {
  const args = ["-t1", `-c${connections}`, `-d${secs}s`, "-s", script];
  if (cookie) args.push("-H", `Cookie: ${cookie}`);
  const out = spawnSync("wrk", [...args, url], { encoding: "utf8" });
  const line = out.stdout.trim().split("\n").pop() ?? "";
  const r = JSON.parse(line) as {
    requests: number;
    duration_us: number;
    errors: number;
    non2xx: number;
    p50_us: number;
    p95_us: number;
  };
  return {
    rps: Math.round((r.requests / r.duration_us) * 1e6),
    p50_ms: Number((r.p50_us / 1000).toFixed(2)),
    p95_ms: Number((r.p95_us / 1000).toFixed(2)),
    non2xx: r.non2xx + r.errors,
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results: Record<string, Record<string, number>> = {};
const baselineAll: number[] = [];
for (const [name, pagePath] of Object.entries(pages)) {
  // Warm both (and fill the app's cache) before measuring.
  wrk(`${baseline.url}/kategori/kopi`, undefined, 1);
  wrk(`${app}${pagePath}`, undefined, 1);
  wrk(`${app}${pagePath}`, session, 1);
  wrk(`${uncached.url}${pagePath}`, undefined, 1);
  const runs = {
    base: [] as Run[],
    anon: [] as Run[],
    uncached: [] as Run[],
    signed: [] as Run[],
  };
  for (let round = 0; round < rounds; round++) {
    runs.base.push(wrk(`${baseline.url}/kategori/kopi`));
    runs.anon.push(wrk(`${app}${pagePath}`));
    runs.uncached.push(wrk(`${uncached.url}${pagePath}`));
    runs.signed.push(wrk(`${app}${pagePath}`, session));
  }
  const failures = [...runs.anon, ...runs.signed].reduce((n, r) => n + r.non2xx, 0);
  if (failures > 0) throw new Error(`${pagePath}: ${failures} failed or non-2xx responses`);
  const base = median(runs.base.map((r) => r.rps));
  const anon = median(runs.anon.map((r) => r.rps));
  const signed = median(runs.signed.map((r) => r.rps));
  const anonUncached = median(runs.uncached.map((r) => r.rps));
  baselineAll.push(...runs.base.map((r) => r.rps));
  results[name] = {
    baseline_rps: base,
    anon_rps: anon,
    anon_ratio: Number((anon / base).toFixed(3)),
    anon_p50_ms: median(runs.anon.map((r) => r.p50_ms)),
    anon_p95_ms: median(runs.anon.map((r) => r.p95_ms)),
    anon_uncached_rps: anonUncached,
    anon_uncached_ratio: Number((anonUncached / base).toFixed(3)),
    anon_uncached_p50_ms: median(runs.uncached.map((r) => r.p50_ms)),
    signed_in_rps: signed,
    signed_in_ratio: Number((signed / base).toFixed(3)),
    signed_in_p50_ms: median(runs.signed.map((r) => r.p50_ms)),
    signed_in_p95_ms: median(runs.signed.map((r) => r.p95_ms)),
  };
  console.log(
    `${name.padEnd(10)} ${pagePath.slice(0, 32).padEnd(32)} baseline ${base} req/s · anonymous ${anon} (${results[name]!.anon_ratio}×; uncached ${anonUncached}) · signed in ${signed} (${results[name]!.signed_in_ratio}×)`,
  );
}

baseline.child.kill();
uncached.child.kill();
await subject.stop();
console.log(
  JSON.stringify({
    baseline_rps: median(baselineAll),
    seconds,
    rounds,
    connections,
    pages: results,
  }),
);
