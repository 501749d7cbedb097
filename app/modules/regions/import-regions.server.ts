import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import type { Db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { classifyRegionCode, parentRegionCode } from "./region-code";

/** Names as they read in Indonesian: "KABUPATEN BANYUWANGI" and "Kabupaten Banyuwangi" alike. */
function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

export interface RegionRow {
  code: string;
  name: string;
}

/** Regions for one regency from `idn-area-data` (Kepmendagri; data ODbL): province down to villages. */
export async function loadRegencyRegions(regencyCode: string): Promise<RegionRow[]> {
  const provinceCode = parentRegionCode(regencyCode);
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const province = provinces.find((p) => p.code === provinceCode);
  const regency = regencies.find((r) => r.code === regencyCode);
  if (!province || !regency) throw new Error(`Unknown regency ${regencyCode}`);
  const kecamatan = districts.filter((d) => d.regency_code === regencyCode);
  const kecamatanCodes = new Set(kecamatan.map((k) => k.code));
  const desa = villages.filter((v) => kecamatanCodes.has(v.district_code));
  return [province, regency, ...kecamatan, ...desa].map((r) => ({
    code: r.code,
    name: tidyName(r.name),
  }));
}

/** Upserts a regency's regions, parents first. Safe to run again. */
export async function importRegions(db: Db, regencyCode: string): Promise<{ count: number }> {
  const rows = await loadRegencyRegions(regencyCode);
  await db.$transaction(
    rows.map((row) => {
      const { level, kind } = classifyRegionCode(row.code);
      const data = {
        level,
        kind,
        name: row.name,
        slug: slugify(row.name.replace(/^(Kabupaten|Kota)\s+/i, "")),
        parentCode: parentRegionCode(row.code),
      };
      return db.region.upsert({
        where: { code: row.code },
        create: { code: row.code, ...data },
        update: data,
      });
    }),
  );
  return { count: rows.length };
}
