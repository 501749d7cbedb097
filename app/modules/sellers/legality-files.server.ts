import crypto from "node:crypto";
import sharp from "sharp";
import type { ImageStorage } from "~/modules/images/storage.server";
import { assertReadablePhoto } from "~/modules/images/upload.server";
import { DomainError } from "~/utils/errors";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Longest side of the stored photo of a document: enough to read a certificate's small print. */
const DOCUMENT_PHOTO_PX = 2400;
/** Width of the preview staff read beside the form. */
const PREVIEW_PX = 1200;
const MAX_PDF_PAGES = 30;

export interface StoredDocument {
  documentKey: string;
  documentMime: "application/pdf" | "image/jpeg";
  documentSize: number;
  previewKey: string;
}

const randomName = () => `doc-${crypto.randomBytes(16).toString("hex")}`;

/**
 * The first page of a PDF as PNG, through MuPDF (WebAssembly: nothing to install, and a hostile
 * file cannot reach outside its memory). Loaded on first use: the module is large.
 */
async function renderFirstPage(body: Buffer): Promise<Buffer> {
  const mupdf = await import("mupdf");
  let document: InstanceType<typeof mupdf.Document> | undefined;
  try {
    document = mupdf.Document.openDocument(body, "application/pdf");
  } catch {
    throw new DomainError("INVALID", "Berkas PDF rusak atau tidak bisa dibaca.");
  }
  try {
    if (document.needsPassword()) {
      throw new DomainError(
        "INVALID",
        "PDF ini dikunci sandi. Unggah PDF tanpa sandi atau fotonya.",
      );
    }
    const pages = document.countPages();
    if (pages < 1) throw new DomainError("INVALID", "Berkas PDF rusak atau tidak bisa dibaca.");
    if (pages > MAX_PDF_PAGES) {
      throw new DomainError("INVALID", "PDF maksimal 30 halaman. Unggah halaman dokumennya saja.");
    }
    const page = document.loadPage(0);
    const [x0, y0, x1, y1] = page.getBounds();
    const width = Math.max(1, x1 - x0);
    const height = Math.max(1, y1 - y0);
    // Bounded both ways: an absurdly tall page cannot make an absurdly large picture.
    const scale = Math.min(PREVIEW_PX / width, (PREVIEW_PX * 2) / height);
    const pixmap = page.toPixmap(
      mupdf.Matrix.scale(scale, scale),
      mupdf.ColorSpace.DeviceRGB,
      false,
      true,
    );
    return Buffer.from(pixmap.asPNG());
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError("INVALID", "Berkas PDF rusak atau tidak bisa dibaca.");
  } finally {
    document.destroy();
  }
}

/**
 * Checks a document scan by its content (PDF, or a JPEG/PNG/WebP photo), stores it in private
 * storage and stores a WebP preview. Photos are re-encoded, which drops their metadata (a
 * phone's location among it). Returns the stored names; nothing is stored when refused.
 */
export async function storeDocumentFile(
  body: Buffer,
  storage: ImageStorage,
): Promise<StoredDocument> {
  if (body.length === 0) throw new DomainError("INVALID", "Berkas dokumen kosong.");
  if (body.length > MAX_DOCUMENT_BYTES) {
    throw new DomainError("INVALID", "Berkas dokumen maksimal 10 MB.");
  }
  const name = randomName();
  if (body.subarray(0, 5).toString("latin1") === "%PDF-") {
    const page = await renderFirstPage(body);
    const preview = await sharp(page).webp({ quality: 80 }).toBuffer();
    await storage.put(`${name}.pdf`, body, "application/pdf");
    await storage.put(`${name}-preview.webp`, preview, "image/webp");
    return {
      documentKey: `${name}.pdf`,
      documentMime: "application/pdf",
      documentSize: body.length,
      previewKey: `${name}-preview.webp`,
    };
  }
  const notADocument = "Unggah dokumen sebagai PDF atau foto JPEG, PNG atau WebP.";
  await assertReadablePhoto(body, notADocument, notADocument);
  try {
    const photo = sharp(body).rotate();
    const full = await photo
      .clone()
      .resize({
        width: DOCUMENT_PHOTO_PX,
        height: DOCUMENT_PHOTO_PX,
        fit: "inside",
        withoutEnlargement: true,
      })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
    const preview = await photo
      .clone()
      .resize({ width: PREVIEW_PX, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    await storage.put(`${name}.jpeg`, full, "image/jpeg");
    await storage.put(`${name}-preview.webp`, preview, "image/webp");
    return {
      documentKey: `${name}.jpeg`,
      documentMime: "image/jpeg",
      documentSize: full.length,
      previewKey: `${name}-preview.webp`,
    };
  } catch {
    throw new DomainError("INVALID", "Foto rusak atau terpotong. Coba ambil atau unggah ulang.");
  }
}

/** Removes a document's files; a file already gone is fine. */
export async function deleteDocumentFiles(
  storage: ImageStorage,
  doc: { documentKey: string | null; previewKey: string | null },
): Promise<void> {
  for (const key of [doc.documentKey, doc.previewKey]) {
    if (key) await storage.delete(key).catch(() => undefined);
  }
}
