/**
 * The stepwise province → kabupaten/kota → kecamatan → desa/kelurahan picker for addresses
 * anywhere in Indonesia. Without JavaScript each step is a form submission carrying the chosen
 * codes; with it, the selects fetch the next level from /api/wilayah.
 */
import { z } from "zod";
import type { Db } from "~/utils/db.server";
import { parentRegionCode } from "./region-code";

export interface RegionOption {
  code: string;
  name: string;
}

/** `induk` (parent) of a children request: empty for the provinces, else a code above desa. */
export const RegionParentSchema = z.union([
  z.literal(""),
  z.string().regex(/^\d{2}(\.\d{2}){0,2}$/),
]);

/** The regions directly under `parentCode` (provinces when null), by name. */
export async function listChildRegions(db: Db, parentCode: string | null): Promise<RegionOption[]> {
  return db.region.findMany({
    where: parentCode ? { parentCode } : { level: "PROVINSI" },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

export const PICKER_LEVELS = ["provinsi", "kabupaten", "kecamatan", "desaCode"] as const;
export type PickerLevel = (typeof PICKER_LEVELS)[number];

export interface RegionPickerState {
  /** One entry per level reached so far, each with its options and chosen code ("" = none). */
  steps: { level: PickerLevel; options: RegionOption[]; selected: string }[];
}

/**
 * The picker's lists for the codes chosen so far. A code that does not belong under the one
 * above it (a tampered form, or a province changed before pressing "Lanjut") is dropped with
 * everything below it, so the buyer chooses again from there.
 */
export async function regionPickerState(
  db: Db,
  chosen: Partial<Record<PickerLevel, string>>,
): Promise<RegionPickerState> {
  const steps: RegionPickerState["steps"] = [];
  let parent: string | null = null;
  for (const level of PICKER_LEVELS) {
    const options = await listChildRegions(db, parent);
    const want = chosen[level] ?? "";
    const selected = options.some((o) => o.code === want) ? want : "";
    steps.push({ level, options, selected });
    if (!selected) break;
    parent = selected;
    if (level === "desaCode") break;
  }
  return { steps };
}

/** The chosen codes leading to a desa, for opening the picker on a saved address. */
export function chainOfDesa(desaCode: string): Record<PickerLevel, string> {
  const kecamatan = parentRegionCode(desaCode) ?? "";
  const kabupaten = parentRegionCode(kecamatan) ?? "";
  return {
    provinsi: parentRegionCode(kabupaten) ?? "",
    kabupaten,
    kecamatan,
    desaCode,
  };
}

/** The picker codes of a submitted form (anything not a string is ignored). */
export function pickerCodesOf(form: FormData): Partial<Record<PickerLevel, string>> {
  const codes: Partial<Record<PickerLevel, string>> = {};
  for (const level of PICKER_LEVELS) {
    const v = form.get(level);
    if (typeof v === "string" && v.length <= 20) codes[level] = v;
  }
  return codes;
}
