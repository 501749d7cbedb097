import crypto from "node:crypto";
import zlib from "node:zlib";
import type { AppLoadContext } from "@remix-run/node";
import type express from "express";
import { getLocaleFromCookieHeader } from "../app/utils/i18n";
import { isLiteRequest } from "../app/utils/lite";

/**
 * A response cache for anonymous visitors' public pages (home, categories, products, shops,
 * kecamatan, search) and their client-navigation data (`.data`).
 *
 * - Only for requests with neither a session nor a cart cookie; keyed by URL, language and
 *   data-saving mode; only 200 responses that set no cookie are kept.
 * - Exact: an entry is served only while the catalog version it was rendered at is current
 *   (`version()` moves when a catalog event commits, here or in another instance), and a response
 *   rendered while the version moved is served but not kept. `ttlMs` is a backstop for what
 *   changes without a catalog event (a review's stars, a shop's description).
 * - The pages' inline scripts are allowed by their hashes in the cached response's CSP, so no
 *   nonce is shared between visitors.
 * - `ETag` and `Cache-Control: public, max-age=0, s-maxage=1` let browsers revalidate cheaply and
 *   a CDN in front share a response for at most a second; `Vary` names what the key holds.
 */
export interface PageCacheOptions {
  /** Renders a request (the app's fetch-style handler). */
  render: (request: Request, context: AppLoadContext) => Promise<Response>;
  /**
   * What a page's content follows, as a value that changes when the page may have: the catalog
   * version (and, for search results, the search index's too). Null when changes cannot be
   * followed: nothing is kept then.
   */
  version: (path: string) => string | number | null;
  ttlMs?: number;
  maxBytes?: number;
  /** The public origin, when the app sits behind a proxy that rewrites Host. */
  publicUrl?: string;
}

const PUBLIC_PAGE =
  /^\/(?:_root\.data|kategori\/[^/]+|produk\/[^/]+|toko\/[^/]+|kecamatan(?:\/[^/]+){0,2}|cari)?$/;
const PRIVATE_COOKIES = /(?:^|;\s*)(?:pk_session|pk_cart|pk_flash)=/;
const HEADERS_KEPT = ["content-type", "link", "x-remix-response", "x-remix-reload-document"];

interface Entry {
  version: string | number;
  storedAt: number;
  status: number;
  headers: [string, string][];
  etag: string;
  scriptHashes: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  bytes: number;
}

export interface PageCache {
  middleware: express.RequestHandler;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
  clear(): void;
}

function isPublicPage(method: string, path: string) {
  return (
    (method === "GET" || method === "HEAD") &&
    PUBLIC_PAGE.test(path.replace(/\.data$/, "").replace(/\/$/, "") || "/")
  );
}

/**
 * The version a page's content follows: the catalog's; for search results also the search
 * index's, which applies a catalog change a moment after it commits (a result read in between
 * must not be kept). Null (keep nothing) when either cannot be followed.
 */
export function contentVersion(
  path: string,
  catalog: number | null,
  searchIndex: number | null,
): string | number | null {
  if (catalog === null || !path.startsWith("/cari")) return catalog;
  return searchIndex === null ? null : `${catalog}:${searchIndex}`;
}

/** Whether a request may be answered from (and stored in) the cache. */
export function isCacheableRequest(method: string, path: string, cookie: string | undefined) {
  return isPublicPage(method, path) && !(cookie && PRIVATE_COOKIES.test(cookie));
}

/** The CSP hash source of each inline script in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[1]!)) continue;
    hashes.add(`'sha256-${crypto.createHash("sha256").update(m[2]!).digest("base64")}'`);
  }
  return [...hashes];
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };

  const store = (key: string, entry: Entry) => {
    drop(key);
    if (entry.bytes > maxBytes / 8) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    // Least recently used first: hits move an entry to the end.
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };

  const send = (req: express.Request, res: express.Response, entry: Entry, hit: boolean) => {
    res.statusCode = entry.status;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("Cache-Control", "public, max-age=0, s-maxage=1, must-revalidate");
    res.setHeader("Vary", "Cookie, Save-Data, Accept-Encoding");
    res.setHeader("ETag", entry.etag);
    res.setHeader("X-Page-Cache", hit ? "hit" : "miss");
    const csp = res.getHeader("Content-Security-Policy");
    if (typeof csp === "string" && entry.scriptHashes) {
      res.setHeader("Content-Security-Policy", csp.replace(/'nonce-[^']*'/, entry.scriptHashes));
    }
    if (req.headers["if-none-match"] === entry.etag) {
      res.statusCode = 304;
      return void res.end();
    }
    const accepted = req.headers["accept-encoding"] ?? "";
    const [body, encoding] = /\bbr\b/.test(accepted)
      ? [entry.brotli, "br"]
      : /\bgzip\b/.test(accepted)
        ? [entry.gzip, "gzip"]
        : [entry.identity, null];
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const middleware: express.RequestHandler = (req, res, next) => {
    if (!isCacheableRequest(req.method, req.path, req.headers.cookie)) {
      // The same public page, made for one visitor (their header, their cart): no shared cache
      // may keep it.
      if (isPublicPage(req.method, req.path)) {
        res.setHeader("Cache-Control", "private, no-cache");
        res.setHeader("Vary", "Cookie");
      }
      return next();
    }
    const version = options.version(req.path);
    if (version === null) return next();
    const locale = getLocaleFromCookieHeader(req.headers.cookie ?? null);
    const lite = isLiteRequest({ cookie: req.headers.cookie, saveData: req.get("save-data") })
      ? "lite"
      : "full";
    const key = `${locale} ${lite} ${req.originalUrl}`;
    const cached = entries.get(key);
    if (cached && cached.version === version && Date.now() - cached.storedAt < ttlMs) {
      hits += 1;
      entries.delete(key);
      entries.set(key, cached);
      return send(req, res, cached, true);
    }
    misses += 1;
    void (async () => {
      const origin = options.publicUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
      const headers = new Headers();
      for (const name of ["cookie", "save-data", "accept-language", "user-agent", "accept"]) {
        const value = req.get(name);
        if (value) headers.set(name, value);
      }
      const response = await options.render(
        new Request(new URL(req.originalUrl, origin), {
          headers,
        }),
        {
          cspNonce: crypto.randomBytes(16).toString("base64"),
          clientIp: (req.ip ?? "unknown").replace(/^::ffff:(?=\d+\.)/, ""),
        },
      );
      const identity = Buffer.from(await response.arrayBuffer());
      const keepable = response.status === 200 && !response.headers.has("set-cookie");
      if (!keepable) {
        res.statusCode = response.status;
        response.headers.forEach((value, name) => res.append(name, value));
        res.setHeader("Cache-Control", "no-cache");
        return void res.end(req.method === "HEAD" ? undefined : identity);
      }
      const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
      const gzip = zlib.gzipSync(identity);
      const brotli = zlib.brotliCompressSync(identity, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 },
      });
      const entry: Entry = {
        version,
        storedAt: Date.now(),
        status: response.status,
        headers: HEADERS_KEPT.flatMap((name) => {
          const value = response.headers.get(name);
          return value === null ? [] : [[name, value] as [string, string]];
        }),
        etag: `"${crypto.createHash("sha1").update(identity).digest("base64url")}"`,
        scriptHashes: html ? inlineScriptHashes(identity.toString("utf8")).join(" ") : "",
        identity,
        gzip,
        brotli,
        bytes: identity.length + gzip.length + brotli.length,
      };
      // Rendered while the catalog changed: it may show either side of the change.
      if (options.version(req.path) === version) store(key, entry);
      send(req, res, entry, false);
    })().catch(next);
  };

  return {
    middleware,
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
    clear: () => {
      entries.clear();
      bytes = 0;
    },
  };
}
