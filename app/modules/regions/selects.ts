import type { Prisma } from "~/generated/prisma/client";

/** A desa with its kecamatan's name, as pages name a place ("Kemiren, Glagah"). */
export const desaWithKecamatan = {
  select: { name: true, parent: { select: { name: true } } },
} as const satisfies Prisma.RegionDefaultArgs;
