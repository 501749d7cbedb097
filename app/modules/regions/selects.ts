import type { Prisma } from "~/generated/prisma/client";

/** A desa with its kecamatan's name, as pages name a place ("Kemiren, Glagah"). */
export const desaWithKecamatan = {
  select: { name: true, parent: { select: { name: true } } },
} as const satisfies Prisma.RegionDefaultArgs;

/** A desa up to its province, for a full place name on an address or a shipping label. */
export const desaUpToProvince = {
  select: {
    name: true,
    parent: {
      select: {
        name: true,
        parent: { select: { name: true, parent: { select: { name: true } } } },
      },
    },
  },
} as const satisfies Prisma.RegionDefaultArgs;

/** "Ketabang, Genteng, Kota Surabaya, Jawa Timur": a desa and the regions above it. */
export function placeName(desa: Prisma.RegionGetPayload<typeof desaUpToProvince> | null): string {
  const kecamatan = desa?.parent;
  const kabupaten = kecamatan?.parent;
  return [desa?.name, kecamatan?.name, kabupaten?.name, kabupaten?.parent?.name]
    .filter(Boolean)
    .join(", ");
}
