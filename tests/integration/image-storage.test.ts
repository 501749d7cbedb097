/**
 * One storage contract, two backends: local disk, and S3 through the official AWS SDK. S3 itself
 * is outside this machine, so the S3 cases run against s3rver, a local S3-compatible stand-in.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processImage } from "~/modules/images/pipeline.server";
import { LocalDiskStorage, S3Storage, type ImageStorage } from "~/modules/images/storage.server";
import { createApp } from "../../server/app";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pk-storage-"));
let s3rver: S3rver;
let s3Endpoint: string;

beforeAll(async () => {
  s3rver = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(tmp, "s3"),
    configureBuckets: [{ name: "pk-images" }],
  });
  const { port } = await s3rver.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3rver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const backends: [string, () => ImageStorage][] = [
  ["local disk", () => new LocalDiskStorage(path.join(tmp, "local"))],
  [
    "S3 (AWS SDK against the s3rver stand-in)",
    () =>
      new S3Storage({
        bucket: "pk-images",
        region: "us-east-1",
        endpoint: s3Endpoint,
        forcePathStyle: true,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        prefix: "img/",
      }),
  ],
];

describe.each(backends)("image storage: %s", (_name, make) => {
  it("puts, reads, checks and deletes by name, and refuses unsafe names", async () => {
    const storage = make();
    const body = Buffer.from("bukan foto, hanya byte");
    expect(await storage.exists("abc-320.webp")).toBe(false);
    await storage.put("abc-320.webp", body, "image/webp");
    expect(await storage.exists("abc-320.webp")).toBe(true);
    expect(Buffer.compare(await storage.read("abc-320.webp"), body)).toBe(0);
    await storage.delete("abc-320.webp");
    expect(await storage.exists("abc-320.webp")).toBe(false);
    await expect(storage.put("../etc/passwd", body, "text/plain")).rejects.toThrow(/Unsafe/);
  });

  it("holds every variant the photo pipeline writes, served by the app under /images", async () => {
    const storage = make();
    const photo = await sharp({
      create: { width: 900, height: 600, channels: 3, background: "#7a4b2a" },
    })
      .jpeg()
      .toBuffer();
    const image = await processImage(photo, storage);
    for (const width of image.widths) {
      for (const format of ["webp", "jpeg"]) {
        expect(await storage.exists(`${image.storageKey}-${width}.${format}`)).toBe(true);
      }
    }
    const app = createApp({
      production: true,
      getBuild: async () => {
        throw new Error("not used");
      },
      imageDir: path.join(tmp, "local"),
      imageStore: storage,
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/images/${image.storageKey}-${image.widths[0]}.webp`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
      expect(res.headers.get("cache-control")).toContain("immutable");
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("webp");
      expect((await fetch(`${base}/images/tidak-ada-320.webp`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
