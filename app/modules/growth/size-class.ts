import type { SizeClass } from "~/generated/prisma/enums";

/** Upper bounds of annual sales (rupiah, inclusive) per class, from PP 7/2021. */
export const SIZE_CLASS_LIMITS = {
  MIKRO: 2_000_000_000,
  KECIL: 15_000_000_000,
  MENENGAH: 50_000_000_000,
} as const satisfies Record<SizeClass, number>;

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  MIKRO: "Usaha Mikro",
  KECIL: "Usaha Kecil",
  MENENGAH: "Usaha Menengah",
};

/**
 * The PP 7/2021 class for a year's sales: mikro up to Rp2 miliar, kecil above that up to Rp15
 * miliar, menengah above that up to Rp50 miliar.
 */
export function sizeClassFor(annualSales: number): SizeClass {
  if (annualSales <= SIZE_CLASS_LIMITS.MIKRO) return "MIKRO";
  if (annualSales <= SIZE_CLASS_LIMITS.KECIL) return "KECIL";
  // Above Rp50 miliar a business is "usaha besar" and outside UMKM; the platform only serves
  // UMKM and the schema has no larger class, so it stays at MENENGAH.
  return "MENENGAH";
}
