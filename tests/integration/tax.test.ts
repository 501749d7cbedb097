/**
 * The PPh Final tracker's turnover against separately written SQL (one range query per Jakarta
 * month), and the tax the page shows for a year that crosses Rp500 juta.
 */
import { describe, expect, it } from "vitest";
import type { OrderStatus } from "~/generated/prisma/enums";
import { addCashbookEntry, CashbookEntrySchema } from "~/modules/growth/cashbook.server";
import { addDebt, DebtSchema, recordDebtPayment } from "~/modules/growth/debts.server";
import { pphFinalTracker, turnoverByMonth, updateTaxProfile } from "~/modules/growth/tax.server";
import { db } from "~/utils/db.server";
import { jakartaMonthRange, jakartaYearOf } from "~/utils/jakarta-calendar";
import { sqlTimestamp } from "~/utils/sql.server";
import { createOrder, createSeller } from "../factories";
import { domainErrorOf } from "../domain-error";

const order = (
  sellerId: string,
  subtotal: number,
  completedAt: Date,
  status: OrderStatus = "COMPLETED",
) =>
  createOrder(db, {
    sellerId,
    subtotal,
    shippingFee: 9_000,
    status,
    completedAt: status === "COMPLETED" ? completedAt : null,
  });
const cash = (
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

describe("PPh Final tracker", () => {
  it("reads a year's turnover per Jakarta month as separate SQL does", async () => {
    const seller = await createSeller(db);
    const other = await createSeller(db);
    // 31 Jan 23:30 Jakarta is January; 1 Feb 00:30 Jakarta is February.
    await order(seller.id, 100_000, new Date("2026-01-31T16:30:00Z"));
    await order(seller.id, 200_000, new Date("2026-01-31T17:30:00Z"));
    await order(seller.id, 50_000, new Date("2026-03-03T03:00:00Z"));
    await order(seller.id, 70_000, new Date("2026-03-03T03:00:00Z"), "CANCELLED");
    await order(seller.id, 90_000, new Date("2025-12-31T16:59:00Z")); // 23:59 on 31 Dec 2025
    await order(other.id, 999_000, new Date("2026-02-10T03:00:00Z"));
    await cash(seller.id, "INCOME", "penjualan", 40_000, "2026-02-01");
    await cash(seller.id, "INCOME", "lainnya", 55_000, "2026-02-01");
    await cash(seller.id, "EXPENSE", "bahan baku", 10_000, "2026-02-01");
    const bon = await addDebt(db, {
      sellerId: seller.id,
      recordedById: null,
      data: DebtSchema.parse({
        direction: "RECEIVABLE",
        partyName: "Pak Joko",
        category: "penjualan",
        amount: 30_000,
        incurredOn: "2026-02-20",
      }),
    });
    await recordDebtPayment(db, {
      sellerId: seller.id,
      recordedById: null,
      data: { debtId: bon.id, amount: 30_000, paidOn: "2026-03-31" },
    });

    const rows = await turnoverByMonth(db, {
      sellerId: seller.id,
      year: 2026,
      lastMonth: "2026-04",
    });
    const expected = [];
    for (const month of ["2026-01", "2026-02", "2026-03", "2026-04"]) {
      const { start, end } = jakartaMonthRange(month);
      const [row] = await db.$queryRaw<{ m: unknown; c: unknown }[]>`
        SELECT
          (SELECT COALESCE(SUM("subtotal"), 0) FROM "Order"
            WHERE "sellerId" = ${seller.id} AND "status" = 'COMPLETED'
              AND "completedAt" >= ${sqlTimestamp(start)} AND "completedAt" < ${sqlTimestamp(end)}) AS "m",
          (SELECT COALESCE(SUM("amount"), 0) FROM "CashbookEntry"
            WHERE "sellerId" = ${seller.id} AND "kind" = 'INCOME' AND "category" = 'penjualan'
              AND "orderId" IS NULL
              AND "occurredOn" >= ${sqlTimestamp(start)} AND "occurredOn" < ${sqlTimestamp(end)}) AS "c"`;
      expected.push({ month, marketplace: Number(row!.m), cashbook: Number(row!.c) });
    }
    expect(rows).toEqual(expected);
    expect(rows).toEqual([
      { month: "2026-01", marketplace: 100_000, cashbook: 0 },
      { month: "2026-02", marketplace: 200_000, cashbook: 40_000 },
      { month: "2026-03", marketplace: 50_000, cashbook: 30_000 },
      { month: "2026-04", marketplace: 0, cashbook: 0 },
    ]);
  });

  it("estimates the tax above Rp500 juta for an individual, and on all of it for a CV", async () => {
    const seller = await createSeller(db);
    await cash(seller.id, "INCOME", "penjualan", 300_000_000, "2026-01-15");
    await cash(seller.id, "INCOME", "penjualan", 250_000_000, "2026-02-15");
    await cash(seller.id, "INCOME", "penjualan", 100_000_000, "2026-03-15");
    const now = new Date("2026-03-20T05:00:00Z");
    const tracker = await pphFinalTracker(db, { sellerId: seller.id, year: 2026, now });
    expect(tracker.taxpayerType).toBe("ORANG_PRIBADI");
    expect(tracker.facility).toBeNull();
    expect(tracker.tax.months.map((m) => m.tax)).toEqual([0, 250_000, 500_000]);
    expect(tracker.tax).toMatchObject({ turnover: 650_000_000, tax: 750_000, exemptLeft: 0 });

    await updateTaxProfile(db, {
      sellerId: seller.id,
      data: { taxpayerType: "CV", pphFinalSinceYear: 2024 },
    });
    // A first year still to come is refused, whatever year the server started in.
    const nextYear = jakartaYearOf(new Date()) + 1;
    const future = await domainErrorOf(
      updateTaxProfile(db, {
        sellerId: seller.id,
        data: { taxpayerType: "CV", pphFinalSinceYear: nextYear },
      }),
    );
    expect(future.message).toBe("Tahun tidak boleh di masa depan");
    const cv = await pphFinalTracker(db, { sellerId: seller.id, year: 2026, now });
    expect(cv.tax.tax).toBe(3_250_000);
    expect(cv.facility).toMatchObject({
      firstYear: 2024,
      lastYear: 2027,
      yearNumber: 3,
      within: true,
    });
    // A past year shows all twelve months; a future one is refused.
    const last = await pphFinalTracker(db, { sellerId: seller.id, year: 2025, now });
    expect(last.sources).toHaveLength(12);
    expect(last.tax.turnover).toBe(0);
    expect(
      (await domainErrorOf(pphFinalTracker(db, { sellerId: seller.id, year: 2027, now }))).code,
    ).toBe("INVALID");
  });
});
