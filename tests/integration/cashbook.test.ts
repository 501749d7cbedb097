import { describe, expect, it } from "vitest";
import type { OrderStatus } from "~/generated/prisma/enums";
import {
  addCashbookEntry,
  annualSales,
  cashFlow,
  CashbookEntrySchema,
  deleteCashbookEntry,
  monthlyStatement,
  recordSizeClass,
} from "~/modules/growth/cashbook.server";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { db } from "~/utils/db.server";
import { createOrder as createTestOrder, createSeller } from "../factories";

const createOrder = (
  sellerId: string,
  order: { subtotal: number; shippingFee?: number; status?: OrderStatus; completedAt?: Date },
) => createTestOrder(db, { sellerId, ...order });

const entry = (
  sellerId: string,
  kind: "INCOME" | "EXPENSE",
  category: string,
  amount: number,
  occurredOn: string,
) =>
  addCashbookEntry(db, {
    sellerId,
    recordedById: null,
    data: CashbookEntrySchema.parse({ kind, category, amount, occurredOn }),
  });

describe("cashbook", () => {
  it("builds a month's P&L from manual entries and completed marketplace sales only", async () => {
    const seller = await createSeller(db);
    const other = await createSeller(db);
    const march = (day: string) => `2025-03-${day}`;

    await entry(seller.id, "EXPENSE", "bahan baku", 200_000, march("01"));
    await entry(seller.id, "INCOME", "penjualan", 500_000, march("05"));
    await entry(seller.id, "EXPENSE", "kemasan", 50_000, march("10"));
    await entry(seller.id, "INCOME", "lainnya", 1_000_000, march("31"));
    // Neighbouring months and another seller.
    await entry(seller.id, "EXPENSE", "sewa", 70_000, "2025-02-28");
    await entry(seller.id, "INCOME", "lainnya", 90_000, "2025-04-01");
    await entry(other.id, "INCOME", "penjualan", 999_000, march("15"));

    // Goods only: the shipping fee passes through to the courier.
    await createOrder(seller.id, {
      subtotal: 150_000,
      shippingFee: 10_000,
      completedAt: new Date("2025-03-15T03:00:00Z"),
    });
    // 00:00 WIB on 1 March and 23:59 WIB on 31 March belong to March in Jakarta.
    await createOrder(seller.id, {
      subtotal: 20_000,
      completedAt: new Date("2025-02-28T17:00:00Z"),
    });
    await createOrder(seller.id, {
      subtotal: 80_000,
      completedAt: new Date("2025-03-31T16:59:59Z"),
    });
    await createOrder(seller.id, {
      subtotal: 40_000,
      completedAt: new Date("2025-03-31T17:00:00Z"),
    });
    await createOrder(seller.id, { subtotal: 60_000, status: "SHIPPED" });
    await createOrder(seller.id, {
      subtotal: 70_000,
      status: "REFUNDED",
      completedAt: new Date("2025-03-20T03:00:00Z"),
    });
    await createOrder(other.id, {
      subtotal: 700_000,
      completedAt: new Date("2025-03-20T03:00:00Z"),
    });
    // An entry copied from an order must not count that order twice.
    const linkedOrder = await createOrder(seller.id, {
      subtotal: 30_000,
      completedAt: new Date("2025-03-22T03:00:00Z"),
    });
    const linked = await db.cashbookEntry.create({
      data: {
        sellerId: seller.id,
        kind: "INCOME",
        category: "penjualan marketplace",
        amount: 30_000,
        occurredOn: new Date("2025-03-22T03:00:00Z"),
        orderId: linkedOrder,
      },
    });

    const statement = await monthlyStatement(db, { sellerId: seller.id, month: "2025-03" });
    expect(statement).toMatchObject({
      month: "2025-03",
      income: {
        total: 1_780_000,
        marketplace: 280_000,
        manual: 1_500_000,
        byCategory: { penjualan: 500_000, lainnya: 1_000_000, "penjualan marketplace": 280_000 },
      },
      expense: { total: 250_000, byCategory: { "bahan baku": 200_000, kemasan: 50_000 } },
      profit: 1_530_000,
      marketplaceOrders: 4,
    });
    expect(statement.entries.map((e) => [e.occurredOn, e.category, e.amount])).toEqual([
      ["2025-03-31", "lainnya", 1_000_000],
      ["2025-03-10", "kemasan", 50_000],
      ["2025-03-05", "penjualan", 500_000],
      ["2025-03-01", "bahan baku", 200_000],
    ]);
    const signed = statement.entries.reduce(
      (sum, e) => sum + (e.kind === "INCOME" ? e.amount : -e.amount),
      0,
    );
    expect(statement.profit).toBe(signed + statement.income.marketplace);

    await expect(
      deleteCashbookEntry(db, { sellerId: seller.id, entryId: linked.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const empty = await monthlyStatement(db, { sellerId: seller.id, month: "2024-07" });
    expect(empty).toMatchObject({
      income: { total: 0, byCategory: {}, marketplace: 0, manual: 0 },
      expense: { total: 0, byCategory: {} },
      profit: 0,
      entries: [],
      marketplaceOrders: 0,
    });
    await expect(
      monthlyStatement(db, { sellerId: seller.id, month: "2025-3" }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("chains cash-flow closing balances from the opening balance", async () => {
    const seller = await createSeller(db);
    // Before the period: opening balance 1.000.000 + 200.000 - 300.000.
    await entry(seller.id, "INCOME", "lainnya", 1_000_000, "2024-12-15");
    await entry(seller.id, "EXPENSE", "sewa", 300_000, "2024-12-20");
    await createOrder(seller.id, {
      subtotal: 200_000,
      completedAt: new Date("2024-12-10T05:00:00Z"),
    });
    // January: +500.000 -100.000; February: nothing; March: +250.000 -600.000.
    await entry(seller.id, "INCOME", "penjualan", 500_000, "2025-01-02");
    await entry(seller.id, "EXPENSE", "upah", 100_000, "2025-01-31");
    await createOrder(seller.id, {
      subtotal: 250_000,
      completedAt: new Date("2025-03-03T05:00:00Z"),
    });
    await entry(seller.id, "EXPENSE", "bahan baku", 600_000, "2025-03-04");
    // After the period.
    await entry(seller.id, "INCOME", "lainnya", 5_000, "2025-04-01");

    const flow = await cashFlow(db, {
      sellerId: seller.id,
      fromMonth: "2025-01",
      toMonth: "2025-03",
    });
    expect(flow).toEqual({
      openingBalance: 900_000,
      months: [
        { month: "2025-01", inflow: 500_000, outflow: 100_000, net: 400_000, closing: 1_300_000 },
        { month: "2025-02", inflow: 0, outflow: 0, net: 0, closing: 1_300_000 },
        { month: "2025-03", inflow: 250_000, outflow: 600_000, net: -350_000, closing: 950_000 },
      ],
    });
    let previous = flow.openingBalance;
    for (const month of flow.months) {
      expect(month.closing).toBe(previous + month.net);
      previous = month.closing;
    }
    // The next period opens where this one closed.
    const next = await cashFlow(db, {
      sellerId: seller.id,
      fromMonth: "2025-04",
      toMonth: "2025-04",
    });
    expect(next.openingBalance).toBe(950_000);
    expect(next.months[0]?.closing).toBe(955_000);

    await expect(
      cashFlow(db, { sellerId: seller.id, fromMonth: "2025-03", toMonth: "2025-01" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Bulan awal tidak boleh sesudah bulan akhir",
    });
    await expect(
      cashFlow(db, { sellerId: seller.id, fromMonth: "2023-01", toMonth: "2025-01" }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Periode paling panjang 24 bulan" });
  });

  it("records naik kelas once, when trailing-12-month sales cross Rp2 miliar", async () => {
    const seller = await createSeller(db);
    const asOf = new Date("2025-06-30T10:00:00Z");
    await createOrder(seller.id, {
      subtotal: 1_500_000_000,
      completedAt: new Date("2024-09-01T05:00:00Z"),
    });
    // Older than 12 months, capital and non-completed orders do not count as sales.
    await createOrder(seller.id, {
      subtotal: 1_000_000_000,
      completedAt: new Date("2024-06-01T05:00:00Z"),
    });
    await createOrder(seller.id, { subtotal: 900_000_000, status: "PAID" });
    await entry(seller.id, "INCOME", "lainnya", 900_000_000, "2025-02-01");
    await entry(seller.id, "INCOME", "penjualan", 400_000_000, "2025-01-10");

    expect(await annualSales(db, { sellerId: seller.id, asOf })).toBe(1_900_000_000);
    expect(await recordSizeClass(db, { sellerId: seller.id, asOf })).toEqual({
      sizeClass: "MIKRO",
      changed: false,
      annualSales: 1_900_000_000,
    });

    // Exactly Rp2 miliar is still mikro.
    await entry(seller.id, "INCOME", "penjualan", 100_000_000, "2025-05-10");
    expect(await recordSizeClass(db, { sellerId: seller.id, asOf })).toMatchObject({
      sizeClass: "MIKRO",
      changed: false,
    });

    await entry(seller.id, "INCOME", "penjualan", 1, "2025-06-30");
    expect(await recordSizeClass(db, { sellerId: seller.id, asOf })).toEqual({
      sizeClass: "KECIL",
      changed: true,
      annualSales: 2_000_000_001,
    });
    expect(await recordSizeClass(db, { sellerId: seller.id, asOf })).toMatchObject({
      sizeClass: "KECIL",
      changed: false,
    });

    const changes = await db.sizeClassChange.findMany({ where: { sellerId: seller.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      fromClass: "MIKRO",
      toClass: "KECIL",
      annualSales: 2_000_000_001n,
    });
    expect((await db.seller.findUniqueOrThrow({ where: { id: seller.id } })).sizeClass).toBe(
      "KECIL",
    );
  });

  it("validates entries in Indonesian and accepts rupiah as people type it", () => {
    const bad = CashbookEntrySchema.safeParse({
      kind: "INCOME",
      category: "bahan baku",
      amount: "-5",
      occurredOn: "2025-02-30",
      note: "x".repeat(301),
    });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["category", "Kategori tidak sesuai dengan jenis catatan"],
        ["amount", "Jumlah minimal Rp1"],
        ["occurredOn", "Tanggal tidak valid"],
        ["note", "Catatan maksimal 300 huruf"],
      ]),
    );
    const messages = (input: Record<string, unknown>) =>
      CashbookEntrySchema.safeParse({
        kind: "EXPENSE",
        category: "sewa",
        amount: 10_000,
        occurredOn: "2025-01-01",
        ...input,
      }).error?.issues.map((i) => i.message);
    const inThreeDays = jakartaDateOf(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
    const tomorrow = jakartaDateOf(new Date(Date.now() + 24 * 60 * 60 * 1000));
    expect(messages({ occurredOn: inThreeDays })).toEqual([
      "Tanggal tidak boleh lebih dari satu hari ke depan",
    ]);
    expect(messages({ occurredOn: tomorrow })).toBeUndefined();
    expect(messages({ occurredOn: "1-1-2025" })).toEqual(["Tanggal tidak valid (TTTT-BB-HH)"]);
    expect(messages({ kind: "TRANSFER" })).toEqual(["Pilih jenis: pemasukan atau pengeluaran"]);
    expect(messages({ amount: 1.5 })).toEqual(["Jumlah harus bilangan bulat rupiah"]);
    expect(messages({ amount: 10_000_000_001 })).toEqual(["Jumlah maksimal Rp10.000.000.000"]);
    expect(messages({ amount: "" })).toEqual(["Jumlah wajib diisi (angka rupiah)"]);
    expect(messages({ category: "penjualan marketplace" })).toEqual([
      "Kategori tidak sesuai dengan jenis catatan",
    ]);
    expect(
      CashbookEntrySchema.parse({
        kind: "EXPENSE",
        category: "listrik & air",
        amount: "Rp15.000",
        occurredOn: "2025-01-01",
      }),
    ).toEqual({
      kind: "EXPENSE",
      category: "listrik & air",
      amount: 15_000,
      occurredOn: "2025-01-01",
      note: "",
    });
  });

  it("stores large amounts and lets only the owner delete an entry", async () => {
    const seller = await createSeller(db);
    const other = await createSeller(db);
    const user = await db.user.create({ data: { phone: "+6281299990001", name: "Bu Sum" } });
    const big = await addCashbookEntry(db, {
      sellerId: seller.id,
      recordedById: user.id,
      data: CashbookEntrySchema.parse({
        kind: "INCOME",
        category: "lainnya",
        amount: 10_000_000_000,
        occurredOn: "2025-01-15",
        note: "  Pinjaman KUR  ",
      }),
    });
    expect(big).toMatchObject({
      kind: "INCOME",
      amount: 10_000_000_000,
      occurredOn: "2025-01-15",
      note: "Pinjaman KUR",
      recordedByName: "Bu Sum",
    });
    // Stored at 00:00 WIB.
    expect(
      (await db.cashbookEntry.findUniqueOrThrow({ where: { id: big.id } })).occurredOn,
    ).toEqual(new Date("2025-01-14T17:00:00Z"));

    await expect(
      deleteCashbookEntry(db, { sellerId: other.id, entryId: big.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Catatan kas tidak ditemukan" });
    expect(await db.cashbookEntry.count({ where: { id: big.id } })).toBe(1);
    await deleteCashbookEntry(db, { sellerId: seller.id, entryId: big.id });
    expect(await db.cashbookEntry.count({ where: { id: big.id } })).toBe(0);
    await expect(
      deleteCashbookEntry(db, { sellerId: seller.id, entryId: big.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(entry("tidak-ada", "INCOME", "lainnya", 1, "2025-01-01")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "UMKM tidak ditemukan",
    });
  });
});
