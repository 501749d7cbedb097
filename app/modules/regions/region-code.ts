import type { RegionKind, RegionLevel } from "~/generated/prisma/enums";

/** Banyuwangi, the first regency served. */
export const BANYUWANGI_CODE = "35.10";

/**
 * Level and kind of a Kemendagri code: `35` province, `35.10` regency (`35.7x` a city),
 * `35.10.16` kecamatan, `35.10.16.2001` village — desa when the last segment starts with 2,
 * kelurahan when it starts with 1, and 3 for the few desa adat (customary villages, in Papua),
 * which are desa for our purposes.
 */
export function classifyRegionCode(code: string): { level: RegionLevel; kind: RegionKind } {
  const parts = code.split(".");
  if (!parts.every((p) => /^\d+$/.test(p))) throw new Error(`Not a Kemendagri code: ${code}`);
  switch (parts.length) {
    case 1:
      return { level: "PROVINSI", kind: "PROVINSI" };
    case 2:
      return { level: "KABUPATEN_KOTA", kind: parts[1]!.startsWith("7") ? "KOTA" : "KABUPATEN" };
    case 3:
      return { level: "KECAMATAN", kind: "KECAMATAN" };
    case 4: {
      const first = parts[3]!.charAt(0);
      if (first === "2" || first === "3") return { level: "DESA_KELURAHAN", kind: "DESA" };
      if (first === "1") return { level: "DESA_KELURAHAN", kind: "KELURAHAN" };
      throw new Error(
        `Village code must start with 1 (kelurahan), 2 (desa) or 3 (desa adat): ${code}`,
      );
    }
    default:
      throw new Error(`Not a Kemendagri code: ${code}`);
  }
}

export function parentRegionCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i === -1 ? null : code.slice(0, i);
}
