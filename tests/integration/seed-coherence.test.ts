import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage } from "~/modules/images/storage.server";
import { db } from "~/utils/db.server";
import { CATEGORIES } from "../../prisma/seed/catalog-data";
import { SELLER_NAME_PARTS } from "../../prisma/seed/catalog-people";
import { DEMO_DESA_CODE, seedDatabase } from "../../prisma/seed/seed";

describe("demo seed coherence", () => {
  it("gives every shop a main category its name and products agree on, with stored photos", async () => {
    const imageDir = process.env.IMAGE_DIR!;
    await seedDatabase(db, new LocalDiskStorage(imageDir), {
      now: new Date("2026-11-23T00:00:00Z"),
    });

    const sellers = await db.seller.findMany({
      select: {
        id: true,
        businessName: true,
        sector: true,
        desaCode: true,
        products: { select: { category: { select: { slug: true } } } },
      },
    });
    expect(sellers.length).toBeGreaterThan(100);
    let withExtras = 0;
    for (const seller of sellers) {
      const counts = new Map<string, number>();
      for (const p of seller.products)
        counts.set(p.category.slug, (counts.get(p.category.slug) ?? 0) + 1);
      const [main, inMain] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(inMain / seller.products.length, seller.businessName).toBeGreaterThanOrEqual(0.8);
      if (counts.size > 1) withExtras++;

      // The name says what the shop sells: "Kopi Ijen" sells coffee, "Anyaman Gintangan" baskets.
      const category = CATEGORIES.find((c) => c.slug === main)!;
      expect(seller.sector, seller.businessName).toBe(category.sector);
      const prefixes = SELLER_NAME_PARTS[main]!.prefixes;
      expect(
        prefixes.some((prefix) => seller.businessName.startsWith(`${prefix} `)),
        `${seller.businessName} (${main})`,
      ).toBe(true);
      // Extras come from the categories a shop like it plausibly sells too.
      for (const other of counts.keys())
        if (other !== main) expect(category.alsoSells, seller.businessName).toContain(other);
    }
    expect(withExtras).toBeGreaterThan(10);

    const demo = sellers.find((s) => s.id === "slr_000000")!;
    expect(demo.businessName).toBe("Kopi Osing Mbok Sum");
    expect(demo.desaCode).toBe(DEMO_DESA_CODE);
    const demoCounts = demo.products.filter((p) => p.category.slug === "kopi").length;
    expect(demoCounts / demo.products.length).toBeGreaterThanOrEqual(0.8);

    // Every picture a product shows is in storage, in each width and format it claims.
    const images = await db.productImage.findMany({
      distinct: ["storageKey"],
      select: { storageKey: true, widths: true, formats: true },
    });
    expect(images.length).toBeGreaterThan(100);
    for (const image of images) {
      const widths = image.widths as number[];
      const formats = image.formats as string[];
      expect(widths.length).toBeGreaterThan(0);
      for (const width of widths)
        for (const format of formats) {
          const file = path.join(imageDir, `${image.storageKey}-${width}.${format}`);
          expect(fs.existsSync(file), file).toBe(true);
        }
    }
  }, 120_000);
});
