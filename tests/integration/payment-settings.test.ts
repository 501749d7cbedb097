import { describe, expect, it } from "vitest";
import { buildStaticQris } from "~/modules/payments/qris";
import {
  getPaymentSettings,
  PaymentSettingsSchema,
  updatePaymentSettings,
} from "~/modules/sellers/payment-settings.server";
import { db } from "~/utils/db.server";
import { createSeller, createUser } from "../factories";

const qris = buildStaticQris({
  merchantName: "KOPI OSING UJI",
  merchantCity: "BANYUWANGI",
  merchantId: "ID1020000000001",
});

const messages = (input: Record<string, string>) => {
  const result = PaymentSettingsSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("seller payment settings", () => {
  it("accept a QRIS code pasted over two lines (its merchant name keeps its spaces), an account number with spaces, and blanks as nothing", () => {
    const parsed = PaymentSettingsSchema.parse({
      bankName: "BRI",
      bankAccountNumber: "0123 4567-8901.234",
      bankAccountName: "Sumiati",
      qrisStatic: `  ${qris.slice(0, 40)}\r\n${qris.slice(40)}\n`,
      localDeliveryFee: "",
    });
    expect(parsed).toEqual({
      bankName: "BRI",
      bankAccountNumber: "012345678901234",
      bankAccountName: "Sumiati",
      qrisStatic: qris,
      localDeliveryFee: undefined,
    });
  });

  it("refuse a damaged QRIS code, half a bank account and a negative fee, each by its field", () => {
    const damaged = `${qris.slice(0, -4)}0000`; // wrong checksum
    const errors = messages({
      bankName: "BRI",
      bankAccountNumber: "",
      bankAccountName: "",
      qrisStatic: damaged,
      localDeliveryFee: "-5000",
      postalCode: "6843",
    });
    expect(Object.keys(errors).sort()).toEqual([
      "bankAccountName",
      "bankAccountNumber",
      "localDeliveryFee",
      "postalCode",
      "qrisStatic",
    ]);
    expect(errors.postalCode).toBe("Kode pos 5 angka");
    expect(errors.bankAccountNumber).toBe("Lengkapi nama bank, nomor rekening dan nama pemilik");
    expect(errors.localDeliveryFee).toBe("Ongkir tidak boleh negatif");
    expect(
      messages({ bankAccountNumber: "12ab", bankName: "BNI", bankAccountName: "A" }),
    ).toMatchObject({ bankAccountNumber: "Nomor rekening hanya angka, 6–20 digit" });
  });

  it("are saved, audited, and cleared again", async () => {
    const seller = await createSeller(db);
    const operator = await createUser(db);
    const data = PaymentSettingsSchema.parse({
      bankName: "Bank Jatim",
      bankAccountNumber: "0011223344",
      bankAccountName: "Pemilik Uji",
      qrisStatic: qris,
      localDeliveryFee: "7500",
      postalCode: " 68432 ",
    });
    await updatePaymentSettings(db, {
      sellerId: seller.id,
      actorId: operator.id,
      actorRole: "OPERATOR",
      data,
    });
    expect(await getPaymentSettings(db, seller.id)).toEqual({
      ...data,
      localDeliveryFee: 7_500,
      postalCode: "68432",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "seller.paymentSettings", entityId: seller.id },
    });
    expect(audit.actorRole).toBe("OPERATOR");

    await updatePaymentSettings(db, {
      sellerId: seller.id,
      actorId: operator.id,
      actorRole: "OPERATOR",
      data: PaymentSettingsSchema.parse({}),
    });
    expect(await getPaymentSettings(db, seller.id)).toEqual({
      bankName: null,
      bankAccountNumber: null,
      bankAccountName: null,
      qrisStatic: null,
      localDeliveryFee: null,
      postalCode: null,
    });
  });
});
