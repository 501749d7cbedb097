/**
 * Photo pipeline benchmark on 12-megapixel phone-sized photos: time to the first displayable
 * variant (320 px WebP), throughput for the whole synchronous variant set (3 widths × WebP + JPEG
 * + placeholder), and the background AVIF step. Ends with one line of JSON.
 *
 *   npm run bench:images -- --photos 12
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { z } from "zod";
import { addAvifVariants, processImage } from "../app/modules/images/pipeline.server";
import { LocalDiskStorage } from "../app/modules/images/storage.server";

const { values } = parseArgs({ options: { photos: { type: "string" } } });
const count = z.coerce
  .number()
  .int()
  .min(3)
  .max(100)
  .parse(values.photos ?? 12);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-bench-images-"));
const storage = new LocalDiskStorage(dir);

console.log(`Making ${count} photos of 4000×3000 (12 MP) with camera-like noise…`);
const photos: Buffer[] = [];
for (let i = 0; i < count; i++) {
  const base = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 90 + i * 7, g: 120, b: 60 },
      noise: { type: "gaussian", mean: 120, sigma: 40 },
    },
  })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .withExif({ IFD3: { GPSLatitudeRef: "S", GPSLatitude: "8/1 13/1 0/1" } })
    .toBuffer();
  photos.push(base);
}
console.log(
  `  average ${(photos.reduce((n, p) => n + p.length, 0) / count / 1e6).toFixed(1)} MB per photo`,
);

const firstVariant: number[] = [];
const whole: number[] = [];
const avif: number[] = [];
const started = performance.now();
for (const [i, photo] of photos.entries()) {
  const t0 = performance.now();
  let first = 0;
  const image = await processImage(photo, storage, {
    onFirstVariant: () => (first = performance.now() - t0),
  });
  whole.push(performance.now() - t0);
  firstVariant.push(first);
  const a0 = performance.now();
  await addAvifVariants(storage, image);
  avif.push(performance.now() - a0);
  console.log(
    `  photo ${i + 1}: first variant ${first.toFixed(0)} ms, all variants ${whole.at(-1)!.toFixed(0)} ms, AVIF (background) ${avif.at(-1)!.toFixed(0)} ms`,
  );
}
const syncSeconds = whole.reduce((a, b) => a + b, 0) / 1000;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!;
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    photos: count,
    megapixels: 12,
    images_per_s: Number((count / syncSeconds).toFixed(2)),
    first_variant_p95_ms: Math.round(p95(firstVariant)),
    all_variants_p95_ms: Math.round(p95(whole)),
    avif_background_p95_ms: Math.round(p95(avif)),
    wall_s: Number(((performance.now() - started) / 1000).toFixed(1)),
  }),
);
