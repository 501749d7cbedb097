import { z } from "zod";

/** A bank share link's form: which bank, and for how many days (the seller's consent, limited). */
export const MAX_SHARE_DAYS = 30;
export const SHARE_DAY_CHOICES = [7, 14, 30] as const;

export const BankShareSchema = z.object({
  bankName: z
    .string({ error: "Nama bank wajib diisi" })
    .trim()
    .min(1, { error: "Nama bank wajib diisi" })
    .min(2, { error: "Nama bank minimal 2 huruf" })
    .max(80, { error: "Nama bank maksimal 80 huruf" }),
  days: z.coerce
    .number({ error: "Pilih masa berlaku tautan" })
    .int({ error: "Pilih masa berlaku tautan" })
    .min(1, { error: "Masa berlaku tautan 1 sampai 30 hari" })
    .max(MAX_SHARE_DAYS, { error: "Masa berlaku tautan 1 sampai 30 hari" }),
});
export type BankShareInput = z.infer<typeof BankShareSchema>;
