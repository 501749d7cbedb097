import { z } from "zod";

/**
 * The NIK (Nomor Induk Kependudukan) on an Indonesian identity card: 16 digits — province (2),
 * regency (2), kecamatan (2), birth date as DDMMYY with 40 added to the day for women, and a
 * 4-digit serial.
 */

/** Kemendagri province codes, including the Papua provinces formed in 2022 (93–96). */
const PROVINCE_CODES = new Set([
  "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
  "31", "32", "33", "34", "35", "36",
  "51", "52", "53",
  "61", "62", "63", "64", "65",
  "71", "72", "73", "74", "75", "76",
  "81", "82",
  "91", "92", "93", "94", "95", "96",
]); // prettier-ignore

function plausibleBirthDate(nik: string): boolean {
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const dayOfMonth = day > 40 ? day - 40 : day;
  return dayOfMonth >= 1 && dayOfMonth <= 31 && month >= 1 && month <= 12;
}

/** A NIK as typed (spaces, dots and dashes allowed between digits), checked and reduced to digits. */
export const NikSchema = z
  .string({ error: "NIK wajib diisi" })
  .transform((value) => value.replace(/[\s.-]/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "NIK wajib diisi" })
      .regex(/^\d{16}$/, { error: "NIK harus 16 angka, sesuai KTP" })
      .refine((nik) => PROVINCE_CODES.has(nik.slice(0, 2)), {
        error: "NIK tidak valid: dua angka pertama bukan kode provinsi",
      })
      .refine(plausibleBirthDate, {
        error: "NIK tidak valid: angka tanggal lahir (angka ke-7 sampai ke-12) tidak mungkin",
      }),
  );

/** The form that sets an owner's NIK. */
export const OwnerNikFormSchema = z.object({ nik: NikSchema });

/** Shown everywhere but on the statement the owner chose to print it on: `3510••••••••0001`. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${"•".repeat(nik.length - 8)}${nik.slice(-4)}`;
}
