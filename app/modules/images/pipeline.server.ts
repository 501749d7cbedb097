import crypto from "node:crypto";
import sharp from "sharp";
import type { ImageStorage } from "./storage.server";

export const IMAGE_WIDTHS = [320, 640, 1024] as const;
export const IMAGE_FORMATS = ["webp", "jpeg"] as const;
/** Refuse decompression bombs: 40 MP covers any phone camera. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** AVIF is encoded later, in the background (seconds per photo at sharp's default effort). */
export const AVIF_EFFORT = 2;

export interface ProcessedImage {
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  formats: string[];
  placeholder: string;
}

/**
 * Turns one source photo into its stored variants: auto-oriented, metadata stripped (no EXIF,
 * no GPS), resized to the standard widths it can fill, in WebP and a JPEG fallback, plus a tiny
 * blurred placeholder. Files are content-addressed, so the same photo is stored once.
 */
export async function processImage(
  source: Buffer,
  storage: ImageStorage,
  options: { onFirstVariant?: () => void } = {},
): Promise<ProcessedImage> {
  const base = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  const { data: normalised, info } = await base
    .clone()
    .resize({ width: Math.max(...IMAGE_WIDTHS), withoutEnlargement: true })
    .toBuffer({ resolveWithObject: true });

  const storageKey = crypto.createHash("sha256").update(normalised).digest("hex").slice(0, 32);
  const widths = IMAGE_WIDTHS.filter((w) => w <= info.width);
  if (widths.length === 0) widths.push(info.width as (typeof IMAGE_WIDTHS)[number]);

  for (const width of widths) {
    const resized = sharp(normalised).resize({ width, withoutEnlargement: true });
    for (const format of IMAGE_FORMATS) {
      const name = `${storageKey}-${width}.${format}`;
      if (await storage.exists(name)) continue;
      const body =
        format === "webp"
          ? await resized.clone().webp({ quality: 78, effort: 4 }).toBuffer()
          : await resized.clone().jpeg({ quality: 80, progressive: true }).toBuffer();
      await storage.put(name, body, `image/${format}`);
      if (width === widths[0] && format === "webp") options.onFirstVariant?.();
    }
  }

  const tiny = await sharp(normalised)
    .resize(16, 16, { fit: "inside" })
    .webp({ quality: 40 })
    .toBuffer();
  return {
    storageKey,
    width: info.width,
    height: info.height,
    widths: [...widths],
    formats: [...IMAGE_FORMATS],
    placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
  };
}

/**
 * Adds AVIF renditions of a stored image, made from its largest JPEG (the source itself is not
 * kept). Idempotent: existing files are left alone.
 */
export async function addAvifVariants(
  storage: ImageStorage & { read(name: string): Promise<Buffer> },
  image: { storageKey: string; widths: number[] },
): Promise<void> {
  const largest = Math.max(...image.widths);
  const source = await storage.read(`${image.storageKey}-${largest}.jpeg`);
  for (const width of image.widths) {
    const name = `${image.storageKey}-${width}.avif`;
    if (await storage.exists(name)) continue;
    const body = await sharp(source)
      .resize({ width, withoutEnlargement: true })
      .avif({ quality: 55, effort: AVIF_EFFORT })
      .toBuffer();
    await storage.put(name, body, "image/avif");
  }
}
