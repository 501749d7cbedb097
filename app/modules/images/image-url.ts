/** What the UI needs to render a stored product image responsively. */
export interface StoredImage {
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  widths: number[];
  formats: string[];
  placeholder: string;
}

export const IMAGE_URL_PREFIX = "/images";

export function imageUrl(storageKey: string, width: number, format: string): string {
  return `${IMAGE_URL_PREFIX}/${storageKey}-${width}.${format}`;
}

export function imageSrcSet(
  image: Pick<StoredImage, "storageKey" | "widths">,
  format: string,
): string {
  return [...image.widths]
    .sort((a, b) => a - b)
    .map((w) => `${imageUrl(image.storageKey, w, format)} ${w}w`)
    .join(", ");
}

/** Prisma returns Json columns as unknown; keep only well-formed values. */
export function toStoredImage(row: {
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  widths: unknown;
  formats: unknown;
  placeholder: string;
}): StoredImage {
  const widths = Array.isArray(row.widths)
    ? row.widths.filter((w): w is number => typeof w === "number")
    : [];
  const formats = Array.isArray(row.formats)
    ? row.formats.filter((f): f is string => typeof f === "string")
    : [];
  return { ...row, widths, formats };
}

/** The columns `toStoredImage` needs, for Prisma selects. */
export const storedImageSelect = {
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  widths: true,
  formats: true,
  placeholder: true,
} as const;
