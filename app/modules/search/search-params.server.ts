import { z } from "zod";
import { SEARCH_SORTS, type SearchQuery } from "./types";

const flag = z
  .enum(["1", "0", "true", "false", "on"], { error: "Gunakan 1 atau 0" })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true" || v === "on"));

const rupiah = (name: string) =>
  z.coerce
    .number({ error: `${name} harus angka rupiah` })
    .int({ error: `${name} harus bilangan bulat` })
    .min(0, { error: `${name} tidak boleh negatif` })
    .max(10_000_000_000, { error: `${name} terlalu besar` })
    .optional();

/** The search parameters shared by `/cari` and `/api/search`; messages in Bahasa Indonesia. */
export const SearchParamsSchema = z
  .object({
    q: z.string().trim().max(200, { error: "Kata kunci maksimal 200 huruf" }).default(""),
    category: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, { error: "Kategori tidak dikenal" })
      .optional(),
    kecamatan: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: "Kode kecamatan seperti 35.10.15" })
      .optional(),
    desa: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Kode desa seperti 35.10.15.2004" })
      .optional(),
    minPrice: rupiah("Harga minimum"),
    maxPrice: rupiah("Harga maksimum"),
    halal: flag,
    nib: flag,
    pirt: flag,
    inStock: flag,
    sort: z
      .enum(SEARCH_SORTS, { error: `Urutan: ${SEARCH_SORTS.join(", ")}` })
      .default("relevance"),
    page: z.coerce
      .number({ error: "Halaman harus angka" })
      .int({ error: "Halaman harus bilangan bulat" })
      .min(1, { error: "Halaman mulai dari 1" })
      .max(1_000, { error: "Halaman maksimal 1000" })
      .default(1),
    pageSize: z.coerce
      .number({ error: "pageSize harus angka" })
      .int()
      .min(1, { error: "pageSize minimal 1" })
      .max(48, { error: "pageSize maksimal 48" })
      .default(24),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    error: "Harga minimum tidak boleh lebih dari harga maksimum",
    path: ["minPrice"],
  });

export type SearchParamsIssue = { param: string; message: string };

/** Parses URL search parameters; empty values count as absent (a GET form sends them). */
export function parseSearchParams(
  params: URLSearchParams,
): { ok: true; query: SearchQuery } | { ok: false; issues: SearchParamsIssue[] } {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value !== "") raw[key] = value;
  const parsed = SearchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        param: i.path.join(".") || "query",
        message: i.message,
      })),
    };
  }
  return { ok: true, query: parsed.data };
}
