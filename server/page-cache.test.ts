import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  contentVersion,
  createPageCache,
  inlineScriptHashes,
  isCacheableRequest,
} from "./page-cache";

let version: number | null = 1;
let renders = 0;
let nextPrice = 10_000;
let renderDelay: (() => Promise<void>) | null = null;
let status = 200;
let setCookie = false;

const cache = createPageCache({
  version: () => version,
  ttlMs: 60_000,
  maxBytes: 2 * 1024 * 1024,
  render: async (request, context) => {
    renders += 1;
    const price = nextPrice;
    await renderDelay?.();
    const url = new URL(request.url);
    const body = url.pathname.endsWith(".data")
      ? `[{"price":${price}}]`
      : `<!doctype html><p>Rp${price}</p><p>${request.headers.get("cookie") ?? ""}</p>` +
        `<script nonce="${context.cspNonce}">window.__ctx = ${JSON.stringify(url.pathname)}</script>` +
        `<script type="module" src="/assets/entry.js"></script>` +
        "x".repeat(url.searchParams.has("big") ? 100_000 : 0);
    const headers = new Headers({
      "Content-Type": url.pathname.endsWith(".data") ? "text/x-script" : "text/html; charset=utf-8",
    });
    if (setCookie) headers.set("Set-Cookie", "pk_flash=1");
    return new Response(body, { status, headers });
  },
});

let base = "";
let server: ReturnType<express.Express["listen"]>;
beforeAll(async () => {
  const app = express();
  // As helmet does in the app: a nonce per request in the policy.
  app.use((_req, res, next) => {
    const nonce = crypto.randomBytes(8).toString("base64");
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
    next();
  });
  app.use(cache.middleware);
  app.use((_req, res) => void res.send("not cached"));
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  version = 1;
  renders = 0;
  nextPrice = 10_000;
  renderDelay = null;
  status = 200;
  setCookie = false;
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { "Accept-Encoding": "identity", ...headers } });

describe("page cache", () => {
  it("answers an anonymous visitor's second request from memory", async () => {
    const first = await get("/kategori/kopi");
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(await first.text()).toContain("Rp10000");
    nextPrice = 99;
    const second = await get("/kategori/kopi");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toContain("Rp10000");
    expect(renders).toBe(1);
    expect(second.headers.get("cache-control")).toBe(
      "public, max-age=0, s-maxage=1, must-revalidate",
    );
    expect(second.headers.get("vary")).toBe("Cookie, Save-Data, Accept-Encoding");
  });

  it("renders again once the catalog version moves", async () => {
    await get("/produk/kopi-osing");
    nextPrice = 12_500;
    version = 2;
    const after = await get("/produk/kopi-osing");
    expect(after.headers.get("x-page-cache")).toBe("miss");
    expect(await after.text()).toContain("Rp12500");
  });

  it("does not keep a page rendered while the catalog changed", async () => {
    renderDelay = async () => {
      version = 2;
    };
    await get("/toko/kopi-osing");
    renderDelay = null;
    nextPrice = 13_000;
    const next = await get("/toko/kopi-osing");
    expect(next.headers.get("x-page-cache")).toBe("miss");
    expect(await next.text()).toContain("Rp13000");
  });

  it("keeps nothing while changes cannot be followed", async () => {
    version = null;
    expect(await (await get("/kategori/kopi")).text()).toBe("not cached");
    expect(renders).toBe(0);
  });

  it("never serves or keeps pages for a session or a cart", async () => {
    for (const cookie of ["pk_session=abc", "lang=en; pk_cart=xyz"]) {
      const res = await get("/kategori/kopi", { Cookie: cookie });
      expect(await res.text()).toBe("not cached");
      // Nor may a shared cache in front.
      expect(res.headers.get("cache-control")).toBe("private, no-cache");
      expect(res.headers.get("vary")).toBe("Cookie");
    }
    expect(renders).toBe(0);
    // The device cookie left after signing out is no session.
    const res = await get("/kategori/kopi", { Cookie: "pk_device=1" });
    expect(res.headers.get("x-page-cache")).toBe("miss");
  });

  it("keys by language and data-saving mode", async () => {
    await get("/", { Cookie: "lang=en" });
    const id = await get("/");
    expect(id.headers.get("x-page-cache")).toBe("miss");
    expect(await id.text()).not.toContain("lang=en");
    const lite = await get("/", { "Save-Data": "on" });
    expect(lite.headers.get("x-page-cache")).toBe("miss");
    expect((await get("/", { Cookie: "lang=en" })).headers.get("x-page-cache")).toBe("hit");
    // The data-saving switch, on or off, counts as much as the header.
    expect((await get("/", { Cookie: "hemat=1" })).headers.get("x-page-cache")).toBe("hit");
    const optedOut = await get("/", { Cookie: "hemat=0", "Save-Data": "on" });
    expect(optedOut.headers.get("x-page-cache")).toBe("hit");
    expect(renders).toBe(3);
  });

  it("allows the page's inline scripts by hash, never by a shared nonce", async () => {
    await get("/kategori/batik");
    const hit = await get("/kategori/batik");
    const html = await hit.text();
    const csp = hit.headers.get("content-security-policy")!;
    expect(csp).not.toContain("'nonce-");
    const [hash] = inlineScriptHashes(html);
    const script = html.match(/<script nonce="[^"]*">([^<]*)<\/script>/)![1]!;
    expect(hash).toBe(`'sha256-${crypto.createHash("sha256").update(script).digest("base64")}'`);
    expect(csp).toContain(`script-src 'self' ${hash}`);
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });

  it("answers a matching If-None-Match with 304, and compresses for clients that ask", async () => {
    const first = await get("/kecamatan/glagah");
    const etag = first.headers.get("etag")!;
    const revalidated = await get("/kecamatan/glagah", { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    // The bytes as sent (fetch would decompress them).
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}/kecamatan/glagah`, { headers: { "Accept-Encoding": "gzip, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });
    expect(raw.encoding).toBe("br");
    expect(zlib.brotliDecompressSync(raw.body).toString()).toContain("Rp10000");
  });

  it("keeps neither errors nor responses that set cookies, nor private paths", async () => {
    status = 404;
    expect((await get("/produk/tidak-ada")).status).toBe(404);
    expect((await get("/produk/tidak-ada")).headers.get("x-page-cache")).toBeNull();
    status = 200;
    setCookie = true;
    await get("/cari?q=kopi");
    await get("/cari?q=kopi");
    expect(renders).toBe(4);
    for (const path of ["/keranjang", "/akun", "/kelola/x", "/produk/a/b", "/checkout"]) {
      expect(isCacheableRequest("GET", path, undefined), path).toBe(false);
    }
    expect(isCacheableRequest("POST", "/kategori/kopi", undefined)).toBe(false);
    expect(isCacheableRequest("GET", "/kategori/kopi.data", undefined)).toBe(true);
  });

  it("stays within its memory budget, dropping the least recently used", async () => {
    for (let i = 0; i < 40; i++) await get(`/cari?q=${i}&big=1`);
    expect(cache.stats().bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(cache.stats().entries).toBeLessThan(40);
    expect((await get("/cari?q=39&big=1")).headers.get("x-page-cache")).toBe("hit");
    expect((await get("/cari?q=0&big=1")).headers.get("x-page-cache")).toBe("miss");
  });

  it("follows the search index too for search results, and keeps nothing without it", () => {
    expect(contentVersion("/kategori/kopi", 7, null)).toBe(7);
    expect(contentVersion("/kategori/kopi", null, 3)).toBeNull();
    expect(contentVersion("/cari", 7, 3)).toBe("7:3");
    expect(contentVersion("/cari.data", 7, 4)).toBe("7:4");
    // Meilisearch, or an index not built yet: search results are not kept.
    expect(contentVersion("/cari", 7, null)).toBeNull();
  });
});
