import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressedAssets } from "./static-assets";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-assets-"));
const source = "export const a = 1;\n".repeat(200);
fs.writeFileSync(path.join(dir, "entry-abc.js"), source);
fs.writeFileSync(path.join(dir, "entry-abc.js.br"), zlib.brotliCompressSync(source));
fs.writeFileSync(path.join(dir, "entry-abc.js.gz"), zlib.gzipSync(source));
fs.writeFileSync(path.join(dir, "plain.css"), "a{}");

let base = "";
let server: http.Server;
beforeAll(async () => {
  const app = express();
  app.use("/assets", precompressedAssets(dir), express.static(dir));
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The response as sent (no decompression). */
function raw(url: string, acceptEncoding: string) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer; status: number }>(
    (resolve, reject) => {
      http
        .get(`${base}${url}`, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ headers: res.headers, body: Buffer.concat(chunks), status: res.statusCode! }),
          );
        })
        .on("error", reject);
    },
  );
}

describe("precompressed assets", () => {
  it("serves the brotli copy to clients that take it, with the file's type and a year's caching", async () => {
    const res = await raw("/assets/entry-abc.js", "gzip, deflate, br");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(source);
  });

  it("falls back to gzip, then to the plain file", async () => {
    const gz = await raw("/assets/entry-abc.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(source);
    const plain = await raw("/assets/entry-abc.js", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(source);
    const css = await raw("/assets/plain.css", "br");
    expect(css.headers["content-encoding"]).toBeUndefined();
    expect(css.body.toString()).toBe("a{}");
  });

  it("never serves a path outside the folder", async () => {
    expect((await raw("/assets/..%2Fentry-abc.js.br", "br")).status).toBe(404);
  });
});
