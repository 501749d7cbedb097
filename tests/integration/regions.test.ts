import { describe, expect, it } from "vitest";
import { importRegions } from "~/modules/regions/import-regions.server";
import {
  getDesaBySlugs,
  getKecamatanBySlug,
  listKecamatan,
} from "~/modules/regions/regions.server";
import { db } from "~/utils/db.server";

describe("Banyuwangi regions from idn-area-data", () => {
  it("holds the regency's 25 kecamatan and 217 desa/kelurahan under Jawa Timur", async () => {
    const regency = await db.region.findUnique({
      where: { code: "35.10" },
      include: { parent: true },
    });
    expect(regency?.name).toBe("Kabupaten Banyuwangi");
    expect(regency?.kind).toBe("KABUPATEN");
    expect(regency?.parent?.name).toBe("Jawa Timur");
    expect(await db.region.count({ where: { parentCode: "35.10", level: "KECAMATAN" } })).toBe(25);
    expect(
      await db.region.count({ where: { level: "DESA_KELURAHAN", code: { startsWith: "35.10." } } }),
    ).toBe(217);
  });

  it("keeps real names and tells desa from kelurahan", async () => {
    const kemiren = await db.region.findUnique({ where: { code: "35.10.15.2004" } });
    expect(kemiren).toMatchObject({ name: "Kemiren", kind: "DESA", parentCode: "35.10.15" });
    const kepatihan = await db.region.findUnique({ where: { code: "35.10.16.1008" } });
    expect(kepatihan).toMatchObject({ name: "Kepatihan", kind: "KELURAHAN" });
    const names = (await listKecamatan(db)).map((k) => k.name);
    expect(names).toHaveLength(25);
    expect(names).toEqual(
      expect.arrayContaining(["Glagah", "Kalibaru", "Muncar", "Licin", "Blimbingsari"]),
    );
    expect(
      await db.region.count({ where: { kind: "KELURAHAN", code: { startsWith: "35.10." } } }),
    ).toBe(28);
  });

  it("finds kecamatan and desa pages by slug, and nothing for a desa of another kecamatan", async () => {
    const glagah = await getKecamatanBySlug(db, "glagah");
    expect(glagah?.desa.map((d) => d.name)).toContain("Kemiren");
    expect(
      await getDesaBySlugs(db, { kecamatanSlug: "glagah", desaSlug: "kemiren" }),
    ).toMatchObject({
      code: "35.10.15.2004",
      kecamatan: { name: "Glagah" },
    });
    expect(await getDesaBySlugs(db, { kecamatanSlug: "muncar", desaSlug: "kemiren" })).toBeNull();
  });

  it("imports again without duplicating anything", async () => {
    const before = await db.region.count();
    await importRegions(db, "35.10");
    expect(await db.region.count()).toBe(before);
  });
});
