/**
 * The fields of a delivery address, one way everywhere they are typed: the address book, the
 * checkout, and the shop's own pickup address (its postal code).
 */
import { z } from "zod";
import { normalizeIndonesianPhone } from "~/modules/auth/phone";
import { blankToUndefined } from "~/utils/forms";

export const recipientNameField = z
  .string({ error: "Nama penerima wajib diisi" })
  .trim()
  .min(2, { error: "Nama penerima minimal 2 huruf" })
  .max(80, { error: "Nama penerima maksimal 80 huruf" });

/** A mobile number as people type it, stored as +62…. */
export const recipientPhoneField = z
  .string({ error: "Nomor HP wajib diisi" })
  .transform((v, ctx) => {
    const phone = normalizeIndonesianPhone(v);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "Nomor HP tidak valid (contoh: 0812 3456 7890)" });
      return z.NEVER;
    }
    return phone;
  });

/** What a courier reads to find the door: dusun, RT/RW, a landmark. */
export const streetAddressField = z
  .string({ error: "Alamat wajib diisi" })
  .trim()
  .min(10, { error: "Tulis alamat lengkap (minimal 10 huruf): dusun, RT/RW, patokan" })
  .max(300, { error: "Alamat maksimal 300 huruf" });

/** Optional; couriers' aggregators price by it. */
export const postalCodeField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: "Kode pos 5 angka" })
    .optional(),
);
