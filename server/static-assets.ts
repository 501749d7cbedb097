import fs from "node:fs";
import path from "node:path";
import type express from "express";

/**
 * The build's assets as compressed at build time (`.br`, `.gz` beside each file, by
 * scripts/build.mjs): no compression work per request, and brotli at its best level. Files
 * without a compressed copy, and clients that take neither, fall through to the plain file.
 */
export function precompressedAssets(dir: string): express.RequestHandler {
  const available = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const name = decodeURIComponent(req.path.slice(1));
    if (!available.has(name) || name.includes("/")) return next();
    res.setHeader("Vary", "Accept-Encoding");
    const accepts = req.headers["accept-encoding"] ?? "";
    const encoding =
      /\bbr\b/.test(accepts) && available.has(`${name}.br`)
        ? "br"
        : /\bgzip\b/.test(accepts) && available.has(`${name}.gz`)
          ? "gzip"
          : null;
    if (!encoding) return next();
    res.setHeader("Content-Encoding", encoding);
    res.type(path.extname(name));
    res.sendFile(path.join(dir, `${name}.${encoding === "br" ? "br" : "gz"}`), {
      immutable: true,
      maxAge: "1y",
    });
  };
}
