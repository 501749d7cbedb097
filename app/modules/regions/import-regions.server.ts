import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { insertRows } from "~/utils/sql.server";
import { classifyRegionCode, parentRegionCode } from "./region-code";

/** Names as they read in Indonesian: "KABUPATEN BANYUWANGI" and "Kabupaten Banyuwangi" alike. */
function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

export interface RegionRow {
  code: string;
  name: string;
}

/** Every province, kabupaten/kota, kecamatan and desa/kelurahan in `idn-area-data` (Kepmendagri; data ODbL). */
export async function loadAllRegions(): Promise<RegionRow[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return [...provinces, ...regencies, ...districts, ...villages].map((r) => ({
    code: r.code,
    name: tidyName(r.name),
  }));
}

/** Regions for one regency from `idn-area-data`: province down to villages. */
export async function loadRegencyRegions(regencyCode: string): Promise<RegionRow[]> {
  const provinceCode = parentRegionCode(regencyCode);
  const all = await loadAllRegions();
  const province = all.find((r) => r.code === provinceCode);
  const regency = all.find((r) => r.code === regencyCode);
  if (!province || !regency) throw new Error(`Unknown regency ${regencyCode}`);
  return [province, regency, ...all.filter((r) => r.code.startsWith(`${regencyCode}.`))];
}

/**
 * The regions of some regencies (their province and the regency itself, down to villages), or of
 * all Indonesia with "all". Used by the CLI, the seed and the tests' template.
 */
export async function loadRegions(scope: "all" | string[]): Promise<RegionRow[]> {
  const all = await loadAllRegions();
  if (scope === "all") return all;
  const keep = (code: string) =>
    scope.some(
      (regency) =>
        code === regency || code.startsWith(`${regency}.`) || code === parentRegionCode(regency),
    );
  const rows = all.filter((r) => keep(r.code));
  for (const regency of scope) {
    if (!rows.some((r) => r.code === regency)) throw new Error(`Unknown regency ${regency}`);
  }
  return rows;
}

/** Rows per INSERT: 6 bound values each keeps a statement well under SQLite's 32,766 limit. */
const CHUNK = 2000;

/**
 * Slugs are unique per parent, yet a province holds both "Kabupaten Bandung" and "Kota Bandung"
 * and a kecamatan may hold two villages of one name. The first (by code) keeps the plain slug —
 * so Banyuwangi's page addresses never change — and later ones get a suffix: "kota-bandung" for a
 * city, the code's last segment otherwise. Codes never move, so the result is stable.
 */
function withSlugs(rows: RegionRow[]) {
  const sorted = [...rows].sort(
    (a, b) => a.code.split(".").length - b.code.split(".").length || a.code.localeCompare(b.code),
  );
  const taken = new Set<string>();
  return sorted.map((row) => {
    const { level, kind } = classifyRegionCode(row.code);
    const parentCode = parentRegionCode(row.code);
    const base = slugify(row.name.replace(/^(Kabupaten|Kota)\s+/i, "")) || row.code;
    let slug = base;
    if (taken.has(`${parentCode}|${slug}`)) {
      slug = kind === "KOTA" ? `kota-${base}` : `${base}-${row.code.split(".").pop()}`;
    }
    if (taken.has(`${parentCode}|${slug}`)) slug = `${base}-${row.code.replaceAll(".", "-")}`;
    taken.add(`${parentCode}|${slug}`);
    return { code: row.code, level, kind, name: row.name, slug, parentCode };
  });
}

/**
 * Writes regions parents first in chunked multi-row upserts inside one transaction: a re-run
 * refreshes names and adds new codes, and never deletes (sellers and orders point at codes).
 */
export async function upsertRegions(
  db: Db,
  rows: RegionRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ count: number }> {
  const prepared = withSlugs(rows);
  const conflict = Prisma.raw(
    ` ON CONFLICT ("code") DO UPDATE SET "name" = excluded."name", "slug" = excluded."slug",` +
      ` "level" = excluded."level", "kind" = excluded."kind", "parentCode" = excluded."parentCode"`,
  );
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < prepared.length; i += CHUNK) {
        const chunk = prepared.slice(i, i + CHUNK);
        await tx.$executeRaw(Prisma.sql`${insertRows("Region", chunk)}${conflict}`);
        onProgress?.(Math.min(i + CHUNK, prepared.length), prepared.length);
      }
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { count: prepared.length };
}

/** Upserts a regency's regions, parents first. Safe to run again. */
export async function importRegions(db: Db, regencyCode: string): Promise<{ count: number }> {
  return upsertRegions(db, await loadRegions([regencyCode]));
}

/** Upserts every region of Indonesia (about 91k rows). Safe to run again. */
export async function importAllRegions(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<{ count: number }> {
  return upsertRegions(db, await loadRegions("all"), onProgress);
}
