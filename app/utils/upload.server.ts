import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { acceptPhoto, MAX_UPLOAD_BYTES } from "~/modules/images/upload.server";
import { imageStorage } from "./images.server";
import { DomainError } from "./errors";

/**
 * Reads a multipart form with one photo field, capping bytes while streaming. Returns the form
 * and the photo's bytes, or throws an INVALID domain error a user can act on.
 */
export async function readPhotoForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; photo: Buffer }> {
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      throw new DomainError("INVALID", "Foto maksimal 10 MB.");
    }
    throw error;
  }
  const file = formData.get(field);
  if (!file || typeof file === "string" || file.size === 0) {
    throw new DomainError("INVALID", "Pilih foto dulu.");
  }
  return { formData, photo: Buffer.from(await file.arrayBuffer()) };
}

/**
 * Stores a photo through the image pipeline (content checked, metadata stripped) and returns
 * the largest JPEG's file name.
 */
export async function storePhoto(photo: Buffer): Promise<string> {
  const image = await acceptPhoto(photo, imageStorage());
  return `${image.storageKey}-${Math.max(...image.widths)}.jpeg`;
}
