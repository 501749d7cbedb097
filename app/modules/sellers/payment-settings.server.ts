import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { postalCodeField } from "~/modules/accounts/address-fields";
import { recordAudit } from "~/modules/audit/audit.server";
import { parseQris, QrisError } from "~/modules/payments/qris";
import type { Db } from "~/utils/db.server";
import { blankToUndefined } from "~/utils/forms";

/** How a seller is paid and whether they deliver locally. Every field is optional. */
export const PaymentSettingsSchema = z
  .object({
    bankName: z.preprocess(
      blankToUndefined,
      z.string().trim().max(40, { error: "Nama bank maksimal 40 huruf" }).optional(),
    ),
    bankAccountNumber: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(/[\s.-]/g, "") : v),
      z.preprocess(
        blankToUndefined,
        z
          .string()
          .regex(/^\d{6,20}$/, { error: "Nomor rekening hanya angka, 6–20 digit" })
          .optional(),
      ),
    ),
    bankAccountName: z.preprocess(
      blankToUndefined,
      z.string().trim().max(80, { error: "Nama pemilik rekening maksimal 80 huruf" }).optional(),
    ),
    // A pasted code may be wrapped over lines; spaces inside it (the merchant name) count.
    qrisStatic: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(/[\r\n]+/g, "").trim() : v),
      z.preprocess(
        blankToUndefined,
        z
          .string()
          .max(512, { error: "Kode QRIS terlalu panjang" })
          .superRefine((value, ctx) => {
            try {
              parseQris(value);
            } catch (error) {
              if (!(error instanceof QrisError)) throw error;
              ctx.addIssue({ code: "custom", message: error.message });
            }
          })
          .optional(),
      ),
    ),
    localDeliveryFee: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Ongkir harus angka rupiah" })
        .int({ error: "Ongkir harus bilangan bulat rupiah" })
        .min(0, { error: "Ongkir tidak boleh negatif" })
        .max(1_000_000, { error: "Ongkir maksimal Rp1.000.000" })
        .optional(),
    ),
    /** Where couriers pick up: aggregators price by postal code. */
    postalCode: postalCodeField,
  })
  .superRefine((v, ctx) => {
    const bank = [v.bankName, v.bankAccountNumber, v.bankAccountName];
    if (bank.some(Boolean) && !bank.every(Boolean)) {
      for (const [key, value] of [
        ["bankName", v.bankName],
        ["bankAccountNumber", v.bankAccountNumber],
        ["bankAccountName", v.bankAccountName],
      ] as const) {
        if (!value) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: "Lengkapi nama bank, nomor rekening dan nama pemilik",
          });
        }
      }
    }
  });
export type PaymentSettings = z.infer<typeof PaymentSettingsSchema>;

export async function getPaymentSettings(db: Db, sellerId: string) {
  return db.seller.findUniqueOrThrow({
    where: { id: sellerId },
    select: {
      bankName: true,
      bankAccountNumber: true,
      bankAccountName: true,
      qrisStatic: true,
      localDeliveryFee: true,
      postalCode: true,
    },
  });
}

export async function updatePaymentSettings(
  db: Db,
  input: { sellerId: string; actorId: string; actorRole: Role; data: PaymentSettings },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.seller.update({
      where: { id: input.sellerId },
      data: {
        bankName: input.data.bankName ?? null,
        bankAccountNumber: input.data.bankAccountNumber ?? null,
        bankAccountName: input.data.bankAccountName ?? null,
        qrisStatic: input.data.qrisStatic ?? null,
        localDeliveryFee: input.data.localDeliveryFee ?? null,
        postalCode: input.data.postalCode ?? null,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "seller.paymentSettings",
      entityType: "Seller",
      entityId: input.sellerId,
      sellerId: input.sellerId,
      data: {
        bank: !!input.data.bankAccountNumber,
        qris: !!input.data.qrisStatic,
        localDeliveryFee: input.data.localDeliveryFee ?? null,
        postalCode: input.data.postalCode ?? null,
      },
    });
  });
}
