/** Types and option axes (sizes, grinds, flavours) shared by the seed catalogue. */

export type Sector =
  | "KULINER"
  | "MINUMAN"
  | "FASHION"
  | "KRIYA"
  | "PERTANIAN"
  | "PERIKANAN"
  | "PETERNAKAN"
  | "HERBAL"
  | "JASA"
  | "LAINNYA";

export interface CategorySeed {
  slug: string;
  nameId: string;
  nameEn: string;
  sector: Sector;
  /** Colours of its product pictures, darkest first. */
  palette: [string, string, string];
  /** Categories a shop of this one plausibly sells from too (a coffee shop also has gula aren). */
  alsoSells: string[];
}

export interface OptionSeed {
  name: string;
  values: { label: string; priceFactor: number }[];
}

export interface ProductTemplate {
  category: string;
  title: string;
  description: string;
  basePrice: [number, number];
  weightGrams: number;
  halal: boolean;
  options: OptionSeed[];
}

/** Builds an option axis from `[label, priceFactor]` pairs (a fresh object on every call). */
export const opt = (name: string, values: [string, number][]): OptionSeed => ({
  name,
  values: values.map(([label, priceFactor]) => ({ label, priceFactor })),
});

export const ukuranKopi = (): OptionSeed =>
  opt("Ukuran", [
    ["100 g", 1],
    ["250 g", 2.3],
    ["500 g", 4.4],
  ]);

export const gilingan = (): OptionSeed =>
  opt("Gilingan", [
    ["Biji", 1],
    ["Bubuk", 1],
  ]);

export const ukuranBaju = (): OptionSeed =>
  opt("Ukuran", [
    ["S", 1],
    ["M", 1],
    ["L", 1.05],
    ["XL", 1.1],
  ]);

export const ukuranMadu = (): OptionSeed =>
  opt("Ukuran", [
    ["250 ml", 1],
    ["500 ml", 1.9],
    ["1 L", 3.6],
  ]);

export const rasaKeripik = (): OptionSeed =>
  opt("Rasa", [
    ["Original", 1],
    ["Pedas", 1],
    ["Balado", 1.05],
  ]);

export const beratKg = (): OptionSeed =>
  opt("Berat", [
    ["1 kg", 1],
    ["2 kg", 1.95],
    ["5 kg", 4.6],
  ]);
