/**
 * Brotli size of the JavaScript a visitor's browser loads for a product page, read from the
 * page the production build actually serves. Needs a seeded database (run `npm start` once).
 * Ends with one line of JSON.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { ensureBuild } from "./lib/build";

process.env.NODE_ENV = "production";
// Production requires these; the benchmark prints no document and reads no NIK.
process.env.PUBLIC_URL ??= "http://localhost";
process.env.NIK_ENCRYPTION_KEY ??= "YnVuZGxlLWJlbmNoLW5pay1rZXktMDEyMzQ1Njc4OWE=";
ensureBuild();
const build = (await import(
  pathToFileURL(path.resolve("build/server/index.js")).href
)) as ServerBuild;
const handle = createRequestHandler(build, "production");
const get = async (pathname: string) => {
  const res = await handle(new Request(`http://localhost${pathname}`), {
    cspNonce: "bench",
    clientIp: "127.0.0.1",
  });
  return { status: res.status, html: await res.text() };
};

const home = await get("/");
const productPath = home.html.match(/href="(\/produk\/[^"]+)"/)?.[1];
if (!productPath)
  throw new Error("No product link on the home page: seed the database first (npm start).");
const page = await get(productPath);
const scripts = new Set<string>();
// What the browser fetches: module preloads and the entry's imports (the inline route manifest
// names other routes too, but those load only on navigation).
for (const m of page.html.matchAll(/<link rel="modulepreload" href="(\/assets\/[^"]+\.js)"/g))
  scripts.add(m[1]!);
for (const m of page.html.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) scripts.add(m[1]!);

let raw = 0;
let brotli = 0;
for (const src of scripts) {
  const body = fs.readFileSync(path.join("build/client", src));
  const br = zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  });
  raw += body.length;
  brotli += br.length;
  console.log(
    `  ${src.padEnd(60)} ${(body.length / 1024).toFixed(1).padStart(7)} KiB → ${(br.length / 1024).toFixed(1).padStart(6)} KiB br`,
  );
}
const htmlBr = zlib.brotliCompressSync(Buffer.from(page.html)).length;
console.log(`${productPath}: ${scripts.size} scripts`);
console.log(
  JSON.stringify({
    page: productPath,
    scripts: scripts.size,
    js_kib: Number((raw / 1024).toFixed(1)),
    js_brotli_kib: Number((brotli / 1024).toFixed(1)),
    html_brotli_kib: Number((htmlBr / 1024).toFixed(1)),
  }),
);
