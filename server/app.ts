import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import type { TrustProxy } from "../app/utils/env.server";
import type { PageCache } from "./page-cache";
import { precompressedAssets } from "./static-assets";
import { serverTimingMiddleware } from "./timing";

export interface AppOptions {
  /** Loads the Remix server build (fresh on every request in development). */
  getBuild: () => Promise<ServerBuild>;
  /** Directory of built client assets (production only). */
  clientDir?: string;
  /** Local image storage directory, served under /images. */
  imageDir: string;
  /** Images kept elsewhere (S3): served through the app with the same URLs and caching. */
  imageStore?: { read(name: string): Promise<Buffer> };
  /** Extra middleware mounted before Remix (the Vite dev server in development). */
  devMiddleware?: express.RequestHandler;
  production: boolean;
  logRequests?: boolean;
  /** The public origin, when the app sits behind a proxy that rewrites Host. */
  publicUrl?: string;
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** Adds a `Server-Timing` header to every response (loaders, SQL, rendering). */
  serverTiming?: boolean;
  /** Anonymous visitors' public pages, answered from memory (production). */
  pageCache?: PageCache;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every state-changing request must come from our own pages: its Origin (or, failing that,
 * Referer) must name this host. Cross-site form posts are refused before any action runs.
 * Provider webhooks, which authenticate by signature, are exempt.
 */
export function sameOriginWrites(publicUrl?: string): express.RequestHandler {
  const publicHost = publicUrl ? new URL(publicUrl).host : null;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.path.startsWith("/webhooks/")) return next();
    const source = req.get("origin") ?? req.get("referer");
    let host: string | null = null;
    try {
      host = source && source !== "null" ? new URL(source).host : null;
    } catch {
      host = null;
    }
    if (host && (host === req.get("host") || host === publicHost)) return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Permintaan ditolak: asal formulir tidak sah.");
  };
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The client's address: the connection's, or as named through trusted proxies. */
    clientIp: string;
  }
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Only a trusted proxy may name the client: otherwise anyone could rotate X-Forwarded-For to
  // escape per-address limits.
  app.set("trust proxy", options.trustProxy ?? false);

  if (options.serverTiming) app.use(serverTimingMiddleware);

  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "script-src": [
            "'self'",
            (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`,
            // Vite's dev client needs eval-free inline modules only in development.
            ...(options.production ? [] : ["'unsafe-inline'"]),
          ],
          "connect-src": ["'self'", ...(options.production ? [] : ["ws:"])],
          "img-src": ["'self'", "data:"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "form-action": ["'self'"],
          "upgrade-insecure-requests": null,
        },
      },
      // Same-origin isolation would break WhatsApp and payment redirects.
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: options.production,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    }),
  );
  // A bank share link carries its token in the address: the page sends no referrer at all (the
  // route says so; this leaves its header the only one).
  app.use("/bank", (_req, res, next) => {
    res.removeHeader("Referrer-Policy");
    next();
  });
  if (options.pageCache) app.use(options.pageCache.middleware);
  app.use(compression());
  app.use(sameOriginWrites(options.publicUrl));

  const imageStore = options.imageStore;
  if (imageStore) {
    app.get("/images/:name", async (req, res) => {
      const name = req.params.name;
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) return void res.status(404).end();
      try {
        const body = await imageStore.read(name);
        res.set("Cache-Control", "public, max-age=31536000, immutable");
        res.type(path.extname(name)).send(body);
      } catch {
        res.status(404).end();
      }
    });
  } else {
    app.use(
      "/images",
      express.static(path.resolve(options.imageDir), {
        immutable: true,
        maxAge: "1y",
        fallthrough: false,
        index: false,
      }),
    );
  }

  if (options.devMiddleware) {
    app.use(options.devMiddleware);
  } else if (options.clientDir) {
    const assets = path.join(options.clientDir, "assets");
    app.use(
      "/assets",
      precompressedAssets(assets),
      express.static(assets, { immutable: true, maxAge: "1y" }),
    );
    app.use(express.static(options.clientDir, { maxAge: "1h", index: false }));
  }

  if (options.logRequests) {
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
      next();
    });
  }

  app.all(
    "*",
    createRequestHandler({
      build: options.getBuild,
      mode: options.production ? "production" : "development",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: (req.ip ?? "unknown").replace(/^::ffff:(?=\d+\.)/, ""),
      }),
    }),
  );

  return app;
}
