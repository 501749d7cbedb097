import sharp from "sharp";
import type { Prisma } from "~/generated/prisma/client";
import { auditOnBehalf, type SellerActor } from "~/modules/audit/audit.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { MAX_INPUT_PIXELS, processImage, type ProcessedImage } from "./pipeline.server";
import type { ImageStorage } from "./storage.server";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_PRODUCT = 8;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

/**
 * Refuses, by its content, anything that is not a JPEG, PNG or WebP photo within the pixel limit:
 * SVG and HEIC with their own advice, anything else with the caller's words for a file that
 * cannot be read or is of another type.
 */
export async function assertReadablePhoto(
  body: Buffer,
  unreadable: string,
  unsupported: string,
): Promise<void> {
  let format: string | undefined;
  let pixels = 0;
  try {
    const meta = await sharp(body, { limitInputPixels: false }).metadata();
    format = meta.format;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw new DomainError("INVALID", unreadable);
  }
  if (format === "svg")
    throw new DomainError(
      "INVALID",
      "Berkas SVG tidak diterima. Gunakan foto JPEG, PNG atau WebP.",
    );
  if (format === "heif") {
    throw new DomainError(
      "INVALID",
      'Foto HEIC belum didukung. Ubah kamera ke format JPEG ("Paling kompatibel").',
    );
  }
  if (!format || !ACCEPTED.has(format)) {
    throw new DomainError("INVALID", unsupported);
  }
  if (pixels > MAX_INPUT_PIXELS) {
    throw new DomainError("INVALID", "Ukuran foto terlalu besar (maksimal 40 megapiksel).");
  }
}

/**
 * Checks a photo by its content (never its name or declared type) and turns it into stored
 * variants. Anything that is not a readable JPEG, PNG or WebP within the pixel limit is refused
 * with a message a seller can act on.
 */
export async function acceptPhoto(body: Buffer, storage: ImageStorage): Promise<ProcessedImage> {
  if (body.length === 0) throw new DomainError("INVALID", "Berkas foto kosong.");
  if (body.length > MAX_UPLOAD_BYTES) throw new DomainError("INVALID", "Foto maksimal 10 MB.");
  await assertReadablePhoto(
    body,
    "Berkas ini bukan foto yang bisa dibaca. Gunakan JPEG, PNG atau WebP.",
    "Jenis berkas tidak diterima. Gunakan foto JPEG, PNG atau WebP.",
  );
  try {
    return await processImage(body, storage);
  } catch {
    throw new DomainError("INVALID", "Foto rusak atau terpotong. Coba ambil atau unggah ulang.");
  }
}

/** Checks and stores every photo first: one bad file refuses them all, nothing half-saved. */
export async function acceptPhotos(
  files: Buffer[],
  storage: ImageStorage,
): Promise<ProcessedImage[]> {
  if (files.length > MAX_PHOTOS_PER_PRODUCT) {
    throw new DomainError("INVALID", `Maksimal ${MAX_PHOTOS_PER_PRODUCT} foto per produk.`);
  }
  const processed: ProcessedImage[] = [];
  for (const file of files) processed.push(await acceptPhoto(file, storage));
  return processed;
}

/**
 * Links stored photos to a product after its last one, in the caller's transaction, and queues
 * the search refresh and the AVIF variants.
 */
export async function attachPhotos(
  tx: Prisma.TransactionClient,
  input: { productId: string; alt: string; photos: ProcessedImage[] },
): Promise<void> {
  const last = await tx.productImage.aggregate({
    where: { productId: input.productId },
    _max: { sortOrder: true },
  });
  let order = (last._max.sortOrder ?? -1) + 1;
  for (const image of input.photos) {
    await tx.productImage.create({
      data: {
        productId: input.productId,
        storageKey: image.storageKey,
        width: image.width,
        height: image.height,
        widths: image.widths,
        formats: image.formats,
        placeholder: image.placeholder,
        alt: input.alt,
        sortOrder: order++,
      },
    });
  }
  await enqueueOutbox(tx, [
    { topic: "search.product", aggregateId: input.productId },
    ...input.photos.map((image) => ({
      topic: "image.avif" as const,
      aggregateId: image.storageKey,
    })),
  ]);
}

type Actor = SellerActor;

async function ownedProduct(tx: Prisma.TransactionClient, productId: string, sellerId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId, sellerId },
    select: { id: true, title: true, _count: { select: { images: true } } },
  });
  if (!product) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
  return product;
}

export async function addProductPhotos(
  db: Db,
  storage: ImageStorage,
  input: { productId: string; sellerId: string; actor: Actor; files: Buffer[] },
): Promise<number> {
  const existing = await db.product.findFirst({
    where: { id: input.productId, sellerId: input.sellerId },
    select: { _count: { select: { images: true } } },
  });
  if (!existing) throw new DomainError("NOT_FOUND", "Produk tidak ditemukan");
  if (existing._count.images + input.files.length > MAX_PHOTOS_PER_PRODUCT) {
    throw new DomainError("INVALID", `Maksimal ${MAX_PHOTOS_PER_PRODUCT} foto per produk.`);
  }
  const processed = await acceptPhotos(input.files, storage);
  await db.$transaction(async (tx) => {
    const product = await ownedProduct(tx, input.productId, input.sellerId);
    await attachPhotos(tx, { productId: product.id, alt: product.title, photos: processed });
    await auditOnBehalf(tx, input.actor, {
      action: "product.photos.add",
      entityType: "Product",
      entityId: product.id,
      sellerId: input.sellerId,
    });
  });
  notifyOutbox();
  return processed.length;
}

/** Alt text, reordering and removal of one photo, always through the owning product. */
export async function editProductPhoto(
  db: Db,
  input: {
    productId: string;
    sellerId: string;
    imageId: string;
    actor: Actor;
    change: { kind: "alt"; alt: string } | { kind: "move"; direction: -1 | 1 } | { kind: "delete" };
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const product = await ownedProduct(tx, input.productId, input.sellerId);
    const images = await tx.productImage.findMany({
      where: { productId: product.id },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const index = images.findIndex((i) => i.id === input.imageId);
    if (index === -1) throw new DomainError("NOT_FOUND", "Foto tidak ditemukan");
    const change = input.change;
    if (change.kind === "alt") {
      await tx.productImage.update({
        where: { id: input.imageId },
        data: { alt: change.alt.trim().slice(0, 200) },
      });
    } else if (change.kind === "delete") {
      // Files are content-addressed and may be shared; only the product's link is removed.
      await tx.productImage.delete({ where: { id: input.imageId } });
    } else {
      const target = index + change.direction;
      if (target < 0 || target >= images.length) return;
      const ids = images.map((i) => i.id);
      [ids[index], ids[target]] = [ids[target]!, ids[index]!];
      for (const [order, id] of ids.entries())
        await tx.productImage.update({ where: { id }, data: { sortOrder: order } });
    }
    await auditOnBehalf(tx, input.actor, {
      action: `product.photos.${change.kind}`,
      entityType: "Product",
      entityId: product.id,
      sellerId: input.sellerId,
    });
    await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: product.id }]);
  });
  notifyOutbox();
}
