import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { acceptPhoto, MAX_UPLOAD_BYTES } from "~/modules/images/upload.server";
import { imageStorage } from "./images.server";
import { DomainError } from "./errors";

/**
 * Reads a multipart form with one photo field, capping bytes while streaming, and stores the
 * photo through the image pipeline (content checked, metadata stripped). Returns the form and
 * the stored JPEG's file name, or throws an INVALID domain error a user can act on.
 */
export async function readPhotoForm(
  request: Request,
  field: string,
): Promise<{ formData: FormData; fileName: string }> {
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
  const image = await acceptPhoto(Buffer.from(await file.arrayBuffer()), imageStorage());
  return { formData, fileName: `${image.storageKey}-${Math.max(...image.widths)}.jpeg` };
}
