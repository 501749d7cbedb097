import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "~/modules/images/storage.server";
import { processAvifOutbox } from "~/modules/images/avif-jobs.server";
import { acceptPhoto, addProductPhotos, editProductPhoto } from "~/modules/images/upload.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createCategory, createProduct, createSeller } from "../factories";

const storage = () => new LocalDiskStorage(process.env.IMAGE_DIR!);

/** A phone-like JPEG with GPS coordinates in its EXIF, rotated by the orientation tag. */
async function photoWithGps(width = 1600, height = 1200) {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 80, b: 40 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="400" cy="300" r="200" fill="#fff"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: "Xiaomi", Model: "Redmi Note" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "8/1 13/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "114/1 22/1 0/1",
      },
    })
    .toBuffer();
}

async function rejection(body: Buffer): Promise<string> {
  try {
    await acceptPhoto(body, storage());
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as Error).message;
  }
  throw new Error("expected the upload to be rejected");
}

describe("photo uploads", () => {
  it("strips EXIF and GPS and writes every variant", async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const image = await acceptPhoto(original, storage());
    expect(image.widths).toEqual([320, 640, 1024]);
    for (const width of image.widths) {
      for (const format of image.formats) {
        const file = path.join(process.env.IMAGE_DIR!, `${image.storageKey}-${width}.${format}`);
        const meta = await sharp(file).metadata();
        expect(meta.exif, file).toBeUndefined();
        expect(meta.width).toBe(width);
      }
    }
    expect(image.placeholder).toMatch(/^data:image\/webp;base64,/);
  });

  it.each([
    [
      "a pixel bomb",
      async () =>
        sharp({ create: { width: 9000, height: 9000, channels: 3, background: "#000" } })
          .png({ compressionLevel: 9 })
          .toBuffer(),
      /megapiksel/,
    ],
    [
      "a truncated JPEG",
      async () => {
        const full = await photoWithGps();
        return full.subarray(0, Math.floor(full.length / 2));
      },
      /rusak atau terpotong/,
    ],
    [
      "an SVG",
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        ),
      /SVG tidak diterima/,
    ],
    [
      "an executable renamed to .jpg",
      async () =>
        Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(4096, 1)]),
      /bukan foto/,
    ],
    [
      "a GIF",
      async () =>
        sharp({ create: { width: 10, height: 10, channels: 3, background: "#f00" } })
          .gif()
          .toBuffer(),
      /Jenis berkas tidak diterima/,
    ],
    ["a file over 10 MB", async () => Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), /maksimal 10 MB/],
    ["an empty file", async () => Buffer.alloc(0), /kosong/],
  ])("rejects %s with a clear message", async (_name, make, message) => {
    expect(await rejection(await make())).toMatch(message);
  });

  describe("on a product", () => {
    let sellerId: string;
    let productId: string;
    beforeAll(async () => {
      const category = await createCategory(db);
      sellerId = (await createSeller(db)).id;
      productId = (
        await createProduct(db, { sellerId, categoryId: category.id, title: "Madu Hutan" })
      ).id;
    });

    it("adds, describes, reorders and removes photos, and saves nothing when one file is bad", async () => {
      const actor = { id: "u1", role: "SELLER" as const };
      const good = await photoWithGps(800, 800);
      const other = await photoWithGps(900, 700);
      await expect(
        addProductPhotos(db, storage(), {
          productId,
          sellerId,
          actor,
          files: [good, Buffer.from("<svg/>")],
        }),
      ).rejects.toThrow(/SVG|bukan foto/);
      expect(await db.productImage.count({ where: { productId } })).toBe(0);

      expect(
        await addProductPhotos(db, storage(), { productId, sellerId, actor, files: [good, other] }),
      ).toBe(2);
      const [first, second] = await db.productImage.findMany({
        where: { productId },
        orderBy: { sortOrder: "asc" },
      });
      expect(first?.alt).toBe("Madu Hutan");
      await editProductPhoto(db, {
        productId,
        sellerId,
        imageId: second!.id,
        actor,
        change: { kind: "move", direction: -1 },
      });
      const reordered = await db.productImage.findMany({
        where: { productId },
        orderBy: { sortOrder: "asc" },
      });
      expect(reordered.map((i) => i.id)).toEqual([second!.id, first!.id]);
      await editProductPhoto(db, {
        productId,
        sellerId,
        imageId: first!.id,
        actor,
        change: { kind: "alt", alt: "Botol madu 250 ml" },
      });
      await editProductPhoto(db, {
        productId,
        sellerId,
        imageId: second!.id,
        actor,
        change: { kind: "delete" },
      });
      const left = await db.productImage.findMany({ where: { productId } });
      expect(left.map((i) => i.alt)).toEqual(["Botol madu 250 ml"]);
      expect(
        fs.existsSync(path.join(process.env.IMAGE_DIR!, `${second!.storageKey}-320.webp`)),
      ).toBe(true);
    });

    it("adds AVIF renditions in the background and lists them", async () => {
      const before = await db.productImage.findFirstOrThrow({ where: { productId } });
      expect(before.formats).toEqual(["webp", "jpeg"]);
      let drained = 0;
      while ((await processAvifOutbox(db, storage(), { workerId: "t" })) > 0) drained++;
      expect(drained).toBeGreaterThan(0);
      const after = await db.productImage.findFirstOrThrow({ where: { id: before.id } });
      expect(after.formats).toEqual(["avif", "webp", "jpeg"]);
      const file = path.join(process.env.IMAGE_DIR!, `${after.storageKey}-320.avif`);
      expect((await sharp(file).metadata()).format).toBe("heif");
      expect(
        await db.outboxEvent.count({ where: { topic: "image.avif", status: { not: "DONE" } } }),
      ).toBe(0);
    });

    it("refuses photos for another seller's product", async () => {
      const actor = { id: "u2", role: "SELLER" as const };
      const other = await createSeller(db);
      await expect(
        addProductPhotos(db, storage(), {
          productId,
          sellerId: other.id,
          actor,
          files: [await photoWithGps(400, 400)],
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });
});
