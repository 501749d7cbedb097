/**
 * Curated seed data describing typical Banyuwangi UMKM products.
 *
 * Categories and product templates (kept by theme in catalog-products-*.ts) used by the
 * deterministic seed to generate products that resemble real village businesses in Kabupaten
 * Banyuwangi; the sellers' names are in catalog-people.ts. All names are invented; prices are
 * realistic rupiah ranges.
 */

import type { CategorySeed, ProductTemplate } from "./catalog-options";
import { CRAFT_TEMPLATES } from "./catalog-products-crafts";
import { DRINK_TEMPLATES } from "./catalog-products-drinks";
import { PRODUCE_TEMPLATES } from "./catalog-products-produce";
import { SNACK_TEMPLATES } from "./catalog-products-snacks";

export const CATEGORIES: CategorySeed[] = [
  {
    slug: "kopi",
    nameId: "Kopi",
    nameEn: "Coffee",
    sector: "MINUMAN",
    palette: ["#4b2e1e", "#8b5a2b", "#d9b38c"],
    alsoSells: ["gula-aren-kelapa", "minuman"],
  },
  {
    slug: "batik",
    nameId: "Batik",
    nameEn: "Batik",
    sector: "FASHION",
    palette: ["#1f2a44", "#8b5a2b", "#e8d8b0"],
    alsoSells: ["fashion-aksesoris"],
  },
  {
    slug: "fashion-aksesoris",
    nameId: "Fashion & Aksesoris",
    nameEn: "Fashion & Accessories",
    sector: "FASHION",
    palette: ["#7a1f1f", "#1c1c1c", "#d4a017"],
    alsoSells: ["batik", "kerajinan-bambu"],
  },
  {
    slug: "kue-oleh-oleh",
    nameId: "Kue & Oleh-oleh",
    nameEn: "Cakes & Traditional Treats",
    sector: "KULINER",
    palette: ["#c98b3e", "#f3dcb2", "#7a4a21"],
    alsoSells: ["keripik-camilan", "gula-aren-kelapa"],
  },
  {
    slug: "keripik-camilan",
    nameId: "Keripik & Camilan",
    nameEn: "Chips & Snacks",
    sector: "KULINER",
    palette: ["#e3a72f", "#f7e3a1", "#b5521b"],
    alsoSells: ["kue-oleh-oleh", "sambal-makanan-beku"],
  },
  {
    slug: "olahan-ikan",
    nameId: "Olahan Ikan",
    nameEn: "Processed Seafood",
    sector: "PERIKANAN",
    palette: ["#1f5f7a", "#9fc9d6", "#e07a3f"],
    alsoSells: ["sambal-makanan-beku", "rempah-bumbu"],
  },
  {
    slug: "madu",
    nameId: "Madu",
    nameEn: "Honey",
    sector: "PETERNAKAN",
    palette: ["#b86b00", "#f2b233", "#fff1c1"],
    alsoSells: ["jamu-herbal", "gula-aren-kelapa"],
  },
  {
    slug: "jamu-herbal",
    nameId: "Jamu & Herbal",
    nameEn: "Jamu & Herbal Remedies",
    sector: "HERBAL",
    palette: ["#d98e04", "#6b8e23", "#f4e1a1"],
    alsoSells: ["madu", "rempah-bumbu"],
  },
  {
    slug: "gula-aren-kelapa",
    nameId: "Gula Aren & Gula Kelapa",
    nameEn: "Palm & Coconut Sugar",
    sector: "PERTANIAN",
    palette: ["#5a3319", "#a0652f", "#e8c99b"],
    alsoSells: ["kopi", "kue-oleh-oleh"],
  },
  {
    slug: "kerajinan-bambu",
    nameId: "Kerajinan Bambu & Anyaman",
    nameEn: "Bamboo & Woven Crafts",
    sector: "KRIYA",
    palette: ["#a67c3d", "#e0c48a", "#6b4f2a"],
    alsoSells: ["kerajinan-kayu", "fashion-aksesoris"],
  },
  {
    slug: "kerajinan-kayu",
    nameId: "Kerajinan Kayu & Suvenir",
    nameEn: "Wood Crafts & Souvenirs",
    sector: "KRIYA",
    palette: ["#6e3b1f", "#b0703c", "#e9cfa5"],
    alsoSells: ["kerajinan-bambu"],
  },
  {
    slug: "buah-hasil-tani",
    nameId: "Buah & Hasil Tani",
    nameEn: "Fruit & Farm Produce",
    sector: "PERTANIAN",
    palette: ["#c2185b", "#7cb342", "#ffd54f"],
    alsoSells: ["keripik-camilan", "minuman"],
  },
  {
    slug: "rempah-bumbu",
    nameId: "Rempah & Bumbu",
    nameEn: "Spices & Seasonings",
    sector: "KULINER",
    palette: ["#a8321c", "#d98e2b", "#5b3a1a"],
    alsoSells: ["sambal-makanan-beku", "jamu-herbal"],
  },
  {
    slug: "sambal-makanan-beku",
    nameId: "Sambal & Makanan Beku",
    nameEn: "Sambal & Frozen Food",
    sector: "KULINER",
    palette: ["#c62828", "#ff7043", "#3e2723"],
    alsoSells: ["rempah-bumbu", "olahan-ikan"],
  },
  {
    slug: "minuman",
    nameId: "Minuman",
    nameEn: "Beverages",
    sector: "MINUMAN",
    palette: ["#b0124f", "#f48fb1", "#fff3e0"],
    alsoSells: ["jamu-herbal", "buah-hasil-tani"],
  },
  {
    slug: "hasil-ternak",
    nameId: "Hasil Ternak",
    nameEn: "Livestock Products",
    sector: "PETERNAKAN",
    palette: ["#8d6e63", "#f5f0e1", "#6d8b3a"],
    alsoSells: ["madu", "minuman"],
  },
];

/** Every product template, in the categories' order (the seed is deterministic on this order). */
export const PRODUCT_TEMPLATES: ProductTemplate[] = CATEGORIES.flatMap((category) =>
  [...DRINK_TEMPLATES, ...SNACK_TEMPLATES, ...PRODUCE_TEMPLATES, ...CRAFT_TEMPLATES].filter(
    (template) => template.category === category.slug,
  ),
);
