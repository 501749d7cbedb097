import { acceptPhoto, MAX_UPLOAD_BYTES } from "~/modules/images/upload.server";
import { imageStorage } from "~/modules/images/storage.server";
import { MAX_DOCUMENT_BYTES } from "~/modules/sellers/legality-files.server";
import { DomainError } from "~/utils/errors";
import { rejection, tryReadForm } from "./body.server";

/**
 * Reads a multipart form with one photo field, capping bytes while streaming. Returns the form
 * and the photo's bytes, or throws an INVALID domain error a user can act on.
 */
export async function readPhotoForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; photo: Buffer }> {
  const read = await tryReadForm(request, {
    files: { field, maxFileBytes: MAX_UPLOAD_BYTES, maxFiles: 1 },
  });
  if (!read.ok) {
    if (read.error.key === "fileTooLarge") throw new DomainError("INVALID", "Foto maksimal 10 MB.");
    throw rejection(read.error, request);
  }
  const file = read.formData.get(field);
  if (!file || typeof file === "string" || file.size === 0) {
    throw new DomainError("INVALID", "Pilih foto dulu.");
  }
  return { formData: read.formData, photo: Buffer.from(await file.arrayBuffer()) };
}

/**
 * Stores a photo through the image pipeline (content checked, metadata stripped) and returns
 * the largest JPEG's file name.
 */
export async function storePhoto(photo: Buffer): Promise<string> {
  const image = await acceptPhoto(photo, imageStorage());
  return `${image.storageKey}-${Math.max(...image.widths)}.jpeg`;
}

/**
 * Reads a multipart form with an optional document (PDF or photo) field, capping bytes while
 * streaming. An empty file field is no file.
 */
export async function readDocumentForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; file: Buffer | null }> {
  const { formData, file } = await readOneFile(
    request,
    field,
    MAX_DOCUMENT_BYTES,
    "Berkas dokumen maksimal 10 MB.",
  );
  return { formData, file: file ? Buffer.from(await file.arrayBuffer()) : null };
}

/**
 * A form with one file field, the file read whole up to `maxBytes` (refused with `tooLarge`
 * beyond). An empty file field is no file.
 */
async function readOneFile(
  request: Request,
  field: string,
  maxBytes: number,
  tooLarge: string,
): Promise<{ formData: FormData; file: File | null }> {
  const read = await tryReadForm(request, {
    files: { field, maxFileBytes: maxBytes, maxFiles: 1 },
  });
  if (!read.ok) {
    if (read.error.key === "fileTooLarge") throw new DomainError("INVALID", tooLarge);
    throw rejection(read.error, request);
  }
  const file = read.formData.get(field);
  const chosen = file && typeof file !== "string" && file.size > 0 ? file : null;
  return { formData: read.formData, file: chosen };
}

const MAX_STATEMENT_FILE_BYTES = 2 * 1024 * 1024;

/**
 * A bank statement upload: the form and the file as text. Banks export UTF-8 or, from older
 * internet banking, Windows-1252; bytes that are not UTF-8 are read as the latter.
 */
export async function readStatementForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; text: string | null; fileName: string }> {
  const { formData, file } = await readOneFile(
    request,
    field,
    MAX_STATEMENT_FILE_BYTES,
    "Berkas mutasi maksimal 2 MB",
  );
  if (!file) return { formData, text: null, fileName: "" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return { formData, text, fileName: file.name };
}

const MAX_TARIFF_FILE_BYTES = 1024 * 1024;

/** A shipping tariff CSV upload: the form and the file as UTF-8 text (null when none was chosen). */
export async function readTariffCsvForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; text: string | null }> {
  const { formData, file } = await readOneFile(
    request,
    field,
    MAX_TARIFF_FILE_BYTES,
    "Berkas tarif maksimal 1 MB",
  );
  return {
    formData,
    text: file ? new TextDecoder("utf-8").decode(await file.arrayBuffer()) : null,
  };
}
