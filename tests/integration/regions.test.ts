import { describe, expect, it } from "vitest";
import { importAllRegions, importRegions } from "~/modules/regions/import-regions.server";
import { listChildRegions, regionPickerState } from "~/modules/regions/region-picker.server";
import {
  getDesaBySlugs,
  getKecamatanBySlug,
  getRegencyStats,
  listDesaOptions,
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

describe("all of Indonesia from idn-area-data", () => {
  it("imports every region once, refreshes names on a re-run, and leaves Banyuwangi's pages as they were", async () => {
    const storefront = async () => ({
      kecamatan: await listKecamatan(db),
      glagah: await getKecamatanBySlug(db, "glagah"),
      stats: await getRegencyStats(db),
      options: await listDesaOptions(db),
    });
    const before = await storefront();

    const { count } = await importAllRegions(db);
    expect(count).toBeGreaterThan(90_000);
    expect(await db.region.count()).toBe(count);
    expect(await db.region.count({ where: { level: "PROVINSI" } })).toBe(38);

    // Kota Surabaya: 31 kecamatan, and Ketabang in Genteng.
    const surabaya = await db.region.findUniqueOrThrow({ where: { code: "35.78" } });
    expect(surabaya).toMatchObject({ name: "Kota Surabaya", kind: "KOTA", parentCode: "35" });
    expect(await db.region.count({ where: { parentCode: "35.78" } })).toBe(31);
    expect(await db.region.findUnique({ where: { code: "35.78.07.1004" } })).toMatchObject({
      name: "Ketabang",
      level: "DESA_KELURAHAN",
      kind: "KELURAHAN",
      parentCode: "35.78.07",
    });
    // Kabupaten and Kota Bandung share a name in one province: the city's slug says so.
    const bandung = await db.region.findMany({
      where: { parentCode: "32", name: { endsWith: "Bandung" } },
      orderBy: { code: "asc" },
      select: { name: true, slug: true },
    });
    expect(bandung).toEqual([
      { name: "Kabupaten Bandung", slug: "bandung" },
      { name: "Kota Bandung", slug: "kota-bandung" },
    ]);

    await db.region.update({ where: { code: "35.78" }, data: { name: "Surabaya Lama" } });
    expect((await importAllRegions(db)).count).toBe(count);
    expect(await db.region.count()).toBe(count);
    expect((await db.region.findUniqueOrThrow({ where: { code: "35.78" } })).name).toBe(
      "Kota Surabaya",
    );

    expect(await storefront()).toEqual(before);
    expect(before.kecamatan).toHaveLength(25);
    expect(before.stats.villages).toBe(217);
    expect(before.options.flatMap((k) => k.desa)).toHaveLength(217);
  }, 120_000);

  it("walks the picker from province to desa, dropping a desa that is not under its kecamatan", async () => {
    const provinces = await listChildRegions(db, null);
    expect(provinces.map((p) => p.name)).toContain("Jawa Timur");
    const state = await regionPickerState(db, {
      provinsi: "35",
      kabupaten: "35.78",
      kecamatan: "35.78.07",
      desaCode: "35.78.07.1004",
    });
    expect(state.steps.map((s) => [s.level, s.selected])).toEqual([
      ["provinsi", "35"],
      ["kabupaten", "35.78"],
      ["kecamatan", "35.78.07"],
      ["desaCode", "35.78.07.1004"],
    ]);
    const tampered = await regionPickerState(db, {
      provinsi: "35",
      kabupaten: "35.78",
      kecamatan: "35.78.07",
      desaCode: "35.10.15.2004",
    });
    expect(tampered.steps.at(-1)).toMatchObject({ level: "desaCode", selected: "" });
    const wrongRegency = await regionPickerState(db, { provinsi: "35", kabupaten: "32.73" });
    expect(wrongRegency.steps.map((s) => s.level)).toEqual(["provinsi", "kabupaten"]);
  });
});
