/**
 * `npm run build`: the Remix app (client assets and server bundle, by Vite), then the Node entry
 * points (`npm start`'s start-up and `npm run serve`'s server) compiled to plain JavaScript in
 * build/node, so production runs without a TypeScript transpiler.
 *
 *   node scripts/build.mjs             build
 *   node scripts/build.mjs --if-stale  build only when a source is newer than the build
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { build } from "esbuild";

const SOURCES = [
  "app",
  "server",
  "prisma/seed",
  "scripts/start.ts",
  "scripts/lib",
  "public",
  "vite.config.ts",
  "tailwind.config.ts",
  "package.json",
];
const OUTPUTS = ["build/server/index.js", "build/node/start.js", "build/node/serve.js"];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function isStale() {
  const built = Math.min(...OUTPUTS.map((o) => (fs.existsSync(o) ? fs.statSync(o).mtimeMs : 0)));
  return built <= Math.max(...SOURCES.map((s) => newestMtime(s)));
}

/** Brotli (best) and gzip copies of the client assets, served as they are (server/static-assets). */
function compressAssets(dir) {
  for (const name of fs.readdirSync(dir)) {
    if (!/\.(js|css|svg|json)$/.test(name)) continue;
    const body = fs.readFileSync(path.join(dir, name));
    if (body.length < 1024) continue;
    fs.writeFileSync(
      path.join(dir, `${name}.br`),
      zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    );
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(body, { level: 9 }));
  }
}

export async function buildAll() {
  const vite = spawnSync(path.resolve("node_modules/.bin/remix"), ["vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (vite.status !== 0) throw new Error("remix vite:build failed");
  compressAssets("build/client/assets");
  await build({
    entryPoints: { start: "scripts/start.ts", serve: "server/serve.ts" },
    outdir: "build/node",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages stay in node_modules; the app's own modules (and its `~/` alias) are compiled in.
    packages: "external",
    alias: { "~": "./app" },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/build.mjs")) {
  if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);
  console.log("Membangun aplikasi…");
  await buildAll();
}
