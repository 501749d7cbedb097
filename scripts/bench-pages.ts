/**
 * Page-serving cost of the production app against the limit: a plain `node:http` server that
 * runs a category page's two queries through better-sqlite3 and renders a template string
 * (scripts/lib/baseline-server.ts). Both serve the same freshly seeded SQLite database, each in
 * its own process; `wrk -t1 -c4` loads them alternately (baseline, anonymous, signed in) for every
 * page, so all figures come from the same machine at the same moment.
 *
 *   npm run bench:pages -- --seconds 4 --rounds 2
 *
 * Needs `wrk` (Debian package). Prints progress, then one line of JSON.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";
import { ensureBuild } from "./lib/build";

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

const { dir, cleanup } = await benchDatabase("pages", false);
process.env.IMAGE_DIR ??= path.join(dir, "images");
process.env.NODE_ENV = "production";
ensureBuild();
const { migrateDatabase } = await import("./lib/migrate");
await migrateDatabase();
console.log("Seeding the demo data…");
const { db } = await import("../app/utils/db.server");
const { seedDatabase } = await import("../prisma/seed/seed");
const { createImageStorage } = await import("../app/modules/images/storage.server");
const { storageConfig } = await import("../app/utils/images.server");
const { getEnv } = await import("../app/utils/env.server");
await seedDatabase(db, createImageStorage(storageConfig(getEnv())), { log: () => undefined });
await db.$disconnect();
const sqliteFile = process.env.DATABASE_URL!.replace(/^file:/, "");

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const children: ChildProcess[] = [];
async function start(name: string, command: string[], env: Record<string, string>, port: number) {
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not start`);
}

const appPort = await freePort();
const basePort = await freePort();
console.log("Starting the production app and the baseline server…");
const app = await start(
  "app",
  [process.execPath, "build/node/serve.js"],
  {
    PORT: String(appPort),
    HOST: "127.0.0.1",
    LOG_REQUESTS: "0",
    SESSION_SECRET: "bench-pages-session-secret-0123456789abcdef",
  },
  appPort,
);
const baseline = await start(
  "baseline",
  ["node", "--import", "tsx", "scripts/lib/baseline-server.ts", sqliteFile, String(basePort)],
  {},
  basePort,
);

// Signed in as the demo buyer.
const form = new URLSearchParams({
  phone: "081200000001",
  password: "pasarkampung",
  redirectTo: "/",
});
const login = await fetch(`${app}/masuk`, {
  method: "POST",
  body: form,
  headers: { Origin: app, "Content-Type": "application/x-www-form-urlencoded" },
  redirect: "manual",
});
const session = login.headers
  .getSetCookie()
  .map((c) => c.split(";")[0]!)
  .find((c) => c.startsWith("pk_session="));
if (!session) throw new Error(`Signing in failed (${login.status})`);
const account = await fetch(`${app}/akun`, { headers: { Cookie: session }, redirect: "manual" });
if (account.status !== 200)
  throw new Error(`The session cookie does not sign in (${account.status})`);

// The pages: links read from the app's own pages.
const html = (p: string) => fetch(`${app}${p}`).then((r) => r.text());
const productPath = (await html("/kategori/kopi")).match(/href="(\/produk\/[^"]+)"/)?.[1];
const kecamatanPath = (await html("/kecamatan")).match(/href="(\/kecamatan\/[^"/]+)"/)?.[1];
if (!productPath || !kecamatanPath) throw new Error("No product or kecamatan link found");
const pages = {
  home: "/",
  category: "/kategori/kopi",
  product: productPath,
  kecamatan: kecamatanPath,
  search: "/cari?q=kopi",
};

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
  wrk(`${baseline}/kategori/kopi`, undefined, 1);
  wrk(`${app}${pagePath}`, undefined, 1);
  wrk(`${app}${pagePath}`, session, 1);
  const runs = { base: [] as Run[], anon: [] as Run[], signed: [] as Run[] };
  for (let round = 0; round < rounds; round++) {
    runs.base.push(wrk(`${baseline}/kategori/kopi`));
    runs.anon.push(wrk(`${app}${pagePath}`));
    runs.signed.push(wrk(`${app}${pagePath}`, session));
  }
  const failures = [...runs.anon, ...runs.signed].reduce((n, r) => n + r.non2xx, 0);
  if (failures > 0) throw new Error(`${pagePath}: ${failures} failed or non-2xx responses`);
  const base = median(runs.base.map((r) => r.rps));
  const anon = median(runs.anon.map((r) => r.rps));
  const signed = median(runs.signed.map((r) => r.rps));
  baselineAll.push(...runs.base.map((r) => r.rps));
  results[name] = {
    baseline_rps: base,
    anon_rps: anon,
    anon_ratio: Number((anon / base).toFixed(3)),
    anon_p50_ms: median(runs.anon.map((r) => r.p50_ms)),
    anon_p95_ms: median(runs.anon.map((r) => r.p95_ms)),
    signed_in_rps: signed,
    signed_in_ratio: Number((signed / base).toFixed(3)),
    signed_in_p50_ms: median(runs.signed.map((r) => r.p50_ms)),
    signed_in_p95_ms: median(runs.signed.map((r) => r.p95_ms)),
  };
  console.log(
    `${name.padEnd(10)} ${pagePath.slice(0, 40).padEnd(40)} baseline ${base} req/s · anonymous ${anon} (${results[name]!.anon_ratio}×) · signed in ${signed} (${results[name]!.signed_in_ratio}×)`,
  );
}

for (const child of children) child.kill();
await cleanup();
console.log(
  JSON.stringify({
    baseline_rps: median(baselineAll),
    seconds,
    rounds,
    connections,
    pages: results,
  }),
);
