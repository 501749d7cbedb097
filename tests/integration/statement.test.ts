import crypto from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { addCashbookEntry, CashbookEntrySchema } from "~/modules/growth/cashbook.server";
import { addDebt, DebtSchema, recordDebtPayment } from "~/modules/growth/debts.server";
import {
  buildSalesStatement,
  getLatestStatement,
  getStatementByCode,
} from "~/modules/growth/statement.server";
import { setOwnerNik } from "~/modules/sellers/owner-identity.server";
import { db } from "~/utils/db.server";
import { createSeller } from "../factories";

async function completedOrder(sellerId: string, subtotal: number, completedAt: string) {
  const code = crypto.randomBytes(5).toString("hex").toUpperCase();
  await db.orderGroup.create({
    data: {
      code: `PK-${code}`,
      buyerName: "Pembeli Uji",
      buyerPhone: "+6281299991000",
      address: "Jl. Kemiren No. 2",
      paymentMethod: "BANK_TRANSFER",
      total: subtotal + 12_000,
      orders: {
        create: [
          {
            code: `PK-${code}-1`,
            sellerId,
            status: "COMPLETED",
            shippingMethod: "COURIER",
            shippingFee: 12_000,
            subtotal,
            total: subtotal + 12_000,
            completedAt: new Date(completedAt),
          },
        ],
      },
    },
  });
}

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

describe("sales statement", () => {
  it("issues a verifiable PDF with the period's sales, cashbook and trainings", async () => {
    const staff = await db.user.create({ data: { phone: "+6281299991001", name: "Dewi" } });
    const seller = await createSeller(db, {
      businessName: "Kopi Osing Mbok Sum",
      ownerName: "Sumiati",
      address: "Jl. Kemiren No. 7, Dusun Krajan",
      whatsapp: "+6281234567890",
      verifiedAt: new Date("2024-11-05T03:00:00Z"),
    });
    // Only documents verified and unexpired on the day of issue are printed; the P-IRT number was
    // typed with its name in front.
    await db.sellerLegality.createMany({
      data: [
        { sellerId: seller.id, type: "NIB", number: "NIB 9120304050607", status: "VERIFIED" },
        {
          sellerId: seller.id,
          type: "PIRT",
          number: "P-IRT 851835101234567",
          status: "VERIFIED",
          expiresAt: new Date("2027-01-31T17:00:00Z"),
        },
        {
          sellerId: seller.id,
          type: "HALAL",
          number: "ID35110000123",
          status: "VERIFIED",
          expiresAt: new Date("2025-01-01T00:00:00Z"),
        },
        { sellerId: seller.id, type: "SKU", number: "470/12/2024", status: "UNVERIFIED" },
        { sellerId: seller.id, type: "KTP", number: "3510014501900001", status: "VERIFIED" },
      ],
    });
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: "3510014501900001",
      actor: { id: staff.id, role: "OPERATOR" },
    });

    // January: 2 orders, Rp500.000. February: none. March: 1 order, Rp1.250.000.
    await completedOrder(seller.id, 150_000, "2025-01-04T03:00:00Z");
    await completedOrder(seller.id, 350_000, "2025-01-31T16:00:00Z");
    await completedOrder(seller.id, 1_250_000, "2025-03-12T03:00:00Z");
    // Outside the period.
    await completedOrder(seller.id, 777_000, "2024-12-31T16:59:59Z");
    await completedOrder(seller.id, 888_000, "2025-03-31T17:00:00Z");
    for (const data of [
      { kind: "INCOME", category: "lainnya", amount: 300_000, occurredOn: "2025-02-14" },
      { kind: "EXPENSE", category: "kemasan", amount: 200_000, occurredOn: "2025-02-20" },
      { kind: "EXPENSE", category: "sewa", amount: 55_000, occurredOn: "2025-04-02" },
    ]) {
      await addCashbookEntry(db, {
        sellerId: seller.id,
        recordedById: null,
        data: CashbookEntrySchema.parse(data),
      });
    }

    const programme = await db.trainingProgramme.create({
      data: {
        title: "Foto Produk dengan Ponsel",
        topic: "PRODUCT_PHOTO",
        organiser: "Dinas Koperasi dan UMKM",
        createdById: staff.id,
      },
    });
    const session = (startsAt: string) =>
      db.trainingSession.create({
        data: {
          programmeId: programme.id,
          startsAt: new Date(startsAt),
          desaCode: "35.10.15.2004",
          venue: "Balai Desa Kemiren",
          trainer: "Pak Hadi",
          capacity: 30,
        },
      });
    const attended = await session("2025-02-10T02:00:00Z");
    const skipped = await session("2025-02-17T02:00:00Z");
    const later = await session("2025-05-10T02:00:00Z");
    await db.trainingAttendance.createMany({
      data: [
        {
          sessionId: attended.id,
          sellerId: seller.id,
          status: "ATTENDED",
          certificateNumber: "PK-SERT-2025-0042",
        },
        { sessionId: skipped.id, sellerId: seller.id, status: "ABSENT" },
        { sessionId: later.id, sellerId: seller.id, status: "ATTENDED" },
      ],
    });

    // Open debts on the day of issue; the supplier's payment falls after the period.
    const debt = (fields: Record<string, unknown>) =>
      addDebt(db, {
        sellerId: seller.id,
        recordedById: null,
        data: DebtSchema.parse({ incurredOn: "2025-04-01", ...fields }),
      });
    await debt({
      direction: "RECEIVABLE",
      partyName: "Bu Sri",
      category: "penjualan",
      amount: 45_000,
    });
    const supplier = await debt({
      direction: "PAYABLE",
      partyName: "UD Sumber Rejeki",
      category: "bahan baku",
      amount: 120_000,
    });
    await recordDebtPayment(db, {
      sellerId: seller.id,
      recordedById: null,
      data: { debtId: supplier.id, amount: 20_000, paidOn: "2025-04-05" },
    });

    const issuedAt = new Date("2025-04-10T03:00:00Z");
    const issued = await buildSalesStatement(db, {
      sellerId: seller.id,
      from: "2025-01",
      to: "2025-03",
      issuedById: staff.id,
      verifyUrl: "https://pasarkampung.test",
      now: issuedAt,
    });
    expect(issued.verificationCode).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(issued.pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const text = await pdfText(issued.pdf);
    for (const expected of [
      "Laporan Penjualan UMKM",
      "Kopi Osing Mbok Sum",
      "Sumiati",
      "Kemiren",
      "Glagah",
      "Januari 2025 s.d. Maret 2025",
      "Rp500.000",
      "Rp0",
      "Rp1.250.000",
      "Rp1.750.000",
      "Rp300.000",
      "Rp200.000",
      "Rp1.850.000",
      "Foto Produk dengan Ponsel",
      "PK-SERT-2025-0042",
      "Usaha Mikro",
      issued.verificationCode,
      `Periksa keaslian dokumen di https://pasarkampung.test/cek-dokumen/${issued.verificationCode}`,
      "Piutang usaha belum tertagih Rp45.000",
      "Utang usaha belum dibayar Rp100.000",
      // Bank-grade identity, validity and issuer.
      "NIK pemilik 3510••••••••0001",
      "Alamat usaha Jl. Kemiren No. 7, Dusun Krajan",
      "Telepon/WhatsApp 0812-3456-7890",
      "Kabupaten Banyuwangi",
      "diselenggarakan Pemerintah Kabupaten Banyuwangi",
      "Terbit 10 April 2025, berlaku sampai 9 Juli 2025",
      "Pemerintah Kabupaten Banyuwangi",
      // Honest terms: sales, other income, recorded expenses, the cash difference.
      "Penjualan marketplace (pesanan selesai) Rp1.750.000",
      "Pemasukan lain (buku kas) Rp300.000",
      "Pengeluaran tercatat (buku kas) Rp200.000",
      "Selisih kas Rp1.850.000",
      "Ini bukan laba",
      "Sumber Data",
      "Dicatat sendiri oleh pelaku usaha",
      "NIB 9120304050607 (terverifikasi petugas, tanpa masa berlaku)",
      "P-IRT 851835101234567 (terverifikasi petugas, berlaku s.d. 1 Februari 2027)",
    ]) {
      expect(text).toContain(expected);
    }
    for (const excluded of [
      "Rp777.000",
      "Rp888.000",
      "Rp55.000",
      "Rp12.000",
      "Laba",
      "P-IRT P-IRT",
      // Expired, unverified and identity documents are not legality lines.
      "ID35110000123",
      "470/12/2024",
      "3510014501900001",
    ]) {
      expect(text).not.toContain(excluded);
    }

    const stored = await db.salesStatement.findUniqueOrThrow({ where: { id: issued.statementId } });
    expect(stored).toMatchObject({
      sellerId: seller.id,
      verificationCode: issued.verificationCode,
      issuedById: staff.id,
      periodStart: new Date("2024-12-31T17:00:00Z"),
      periodEnd: new Date("2025-03-31T17:00:00Z"),
      validUntil: new Date("2025-07-09T03:00:00Z"),
      showsNik: false,
    });
    // The stored record never holds the full NIK.
    expect(JSON.stringify(stored.totals)).not.toContain("3510014501900001");

    const summary = {
      verificationCode: issued.verificationCode,
      businessName: "Kopi Osing Mbok Sum",
      ownerName: "Sumiati",
      ownerNikMasked: "3510••••••••0001",
      address: "Jl. Kemiren No. 7, Dusun Krajan",
      phone: "0812-3456-7890",
      kabupaten: "Kabupaten Banyuwangi",
      issuer: "Pemerintah Kabupaten Banyuwangi",
      validUntil: new Date("2025-07-09T03:00:00Z"),
      legalities: [
        { type: "NIB", number: "9120304050607", status: "VERIFIED", expiresAt: null },
        {
          type: "PIRT",
          number: "851835101234567",
          status: "VERIFIED",
          expiresAt: "2027-01-31T17:00:00.000Z",
        },
      ],
      desa: "Kemiren",
      kecamatan: "Glagah",
      sizeClass: "MIKRO",
      period: { from: "2025-01", to: "2025-03" },
      months: [
        { month: "2025-01", orders: 2, sales: 500_000 },
        { month: "2025-02", orders: 0, sales: 0 },
        { month: "2025-03", orders: 1, sales: 1_250_000 },
      ],
      totals: {
        marketplaceOrders: 3,
        marketplaceSales: 1_750_000,
        otherIncome: 300_000,
        expense: 200_000,
        cashDifference: 1_850_000,
      },
      trainingsAttended: 1,
      debts: { receivable: 45_000, payable: 100_000 },
      issuedAt: stored.createdAt,
    };
    const onIssue = new Date("2025-05-01T00:00:00Z");
    expect(await getStatementByCode(db, issued.verificationCode, onIssue)).toMatchObject({
      ...summary,
      current: true,
    });
    // After 90 days it still verifies, but no longer reads as current.
    expect(
      await getStatementByCode(db, issued.verificationCode, new Date("2025-07-09T03:00:01Z")),
    ).toMatchObject({ ...summary, current: false });
    const sloppy = issued.verificationCode.replace("-", "").toLowerCase();
    expect(await getStatementByCode(db, ` ${sloppy} `)).toMatchObject(summary);
    expect(await getStatementByCode(db, "AAAAA-AAAAA")).toBeNull();
    expect(await getStatementByCode(db, "bukan kode")).toBeNull();

    // Each statement gets its own code; the default link is relative.
    const again = await buildSalesStatement(db, {
      sellerId: seller.id,
      from: "2025-03",
      to: "2025-03",
      issuedById: null,
    });
    expect(again.verificationCode).not.toBe(issued.verificationCode);
    const againText = await pdfText(again.pdf);
    expect(againText).toContain(
      `Periksa keaslian dokumen di /cek-dokumen/${again.verificationCode}`,
    );
    expect(againText).toContain("Tidak ada pelatihan yang diikuti dalam periode ini.");

    // The owner asked for the full NIK: printed on this PDF, still masked on record.
    const withNik = await buildSalesStatement(db, {
      sellerId: seller.id,
      from: "2025-03",
      to: "2025-03",
      issuedById: null,
      showNik: true,
    });
    expect(await pdfText(withNik.pdf)).toContain("NIK pemilik 3510014501900001");
    const storedWithNik = await db.salesStatement.findUniqueOrThrow({
      where: { id: withNik.statementId },
    });
    expect(storedWithNik.showsNik).toBe(true);
    expect(JSON.stringify(storedWithNik.totals)).not.toContain("3510014501900001");
    expect(await getLatestStatement(db, seller.id)).toMatchObject({
      verificationCode: withNik.verificationCode,
      ownerNikMasked: "3510••••••••0001",
    });
  });

  it("rejects invalid periods and unknown sellers", async () => {
    const seller = await createSeller(db, { businessName: "Café “Gandrung” ☕" });
    const build = (from: string, to: string, sellerId = seller.id) =>
      buildSalesStatement(db, { sellerId, from, to, issuedById: null });
    await expect(build("2025-03", "2025-01")).rejects.toMatchObject({
      code: "INVALID",
      message: "Bulan awal tidak boleh sesudah bulan akhir",
    });
    await expect(build("2023-01", "2025-01")).rejects.toMatchObject({
      code: "INVALID",
      message: "Periode paling panjang 24 bulan",
    });
    const longest = await build("2023-02", "2025-01");
    const text = await pdfText(longest.pdf);
    // Helvetica has no emoji; the rest of the name survives.
    expect(text).toContain("Café “Gandrung” ?");
    expect(text).toContain("Februari 2023 0 Rp0");
    expect(text).toContain("Januari 2025 0 Rp0");
    expect(text).toContain(`Kode ${longest.verificationCode} - Halaman 1 dari`);
    await expect(build("2025-13", "2025-12")).rejects.toMatchObject({ code: "INVALID" });
    await expect(build("2099-01", "2099-02")).rejects.toMatchObject({
      code: "INVALID",
      message: "Bulan akhir tidak boleh melewati bulan ini",
    });
    await expect(build("2025-01", "2025-02", "tidak-ada")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.salesStatement.count({ where: { sellerId: seller.id } })).toBe(1);
  });
});
