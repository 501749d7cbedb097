/**
 * The debt book against a real database: payments reach the cashbook exactly once, a debt is never
 * overpaid (also under concurrent payments), totals match separately written SQL, and reminders
 * are written once per stage.
 */
import { describe, expect, it } from "vitest";
import {
  CashbookEntrySchema,
  addCashbookEntry,
  deleteCashbookEntry,
  monthlyStatement,
} from "~/modules/growth/cashbook.server";
import {
  addDebt,
  DebtSchema,
  debtTotals,
  deleteDebt,
  deleteDebtPayment,
  listDebts,
  recordDebtPayment,
  rescheduleDebt,
  sendDebtReminders,
} from "~/modules/growth/debts.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import { db } from "~/utils/db.server";
import { createSeller, createUser } from "../factories";
import { domainErrorOf } from "../domain-error";

const debt = (sellerId: string, fields: Record<string, unknown>) =>
  addDebt(db, {
    sellerId,
    recordedById: null,
    data: DebtSchema.parse({
      direction: "RECEIVABLE",
      partyName: "Bu Sri",
      category: "penjualan",
      incurredOn: "2026-03-02",
      ...fields,
    }),
  });
const pay = (sellerId: string, debtId: string, amount: number, paidOn = "2026-03-20") =>
  recordDebtPayment(db, { sellerId, recordedById: null, data: { debtId, amount, paidOn } });

describe("debt book", () => {
  it("writes each payment to the cashbook once and settles the debt when nothing is left", async () => {
    const seller = await createSeller(db);
    const { id } = await debt(seller.id, { amount: "150.000", partyPhone: "0812-3456-7890" });
    const supplier = await debt(seller.id, {
      direction: "PAYABLE",
      partyName: "Pak Harto (gula aren)",
      category: "bahan baku",
      amount: 80_000,
    });

    // The debt itself is not cash: the month has no income yet.
    expect(
      (await monthlyStatement(db, { sellerId: seller.id, month: "2026-03" })).income.total,
    ).toBe(0);

    await pay(seller.id, id, 50_000, "2026-03-10");
    await pay(seller.id, supplier.id, 80_000, "2026-03-11");
    const march = await monthlyStatement(db, { sellerId: seller.id, month: "2026-03" });
    expect(march.income.byCategory).toEqual({ penjualan: 50_000 });
    expect(march.expense.byCategory).toEqual({ "bahan baku": 80_000 });
    const entry = march.entries.find((e) => e.kind === "INCOME")!;
    expect(entry.debtId).toBe(id);
    expect(entry.note).toBe("Pembayaran piutang: Bu Sri");

    const tooMuch = await domainErrorOf(pay(seller.id, id, 100_001));
    expect(tooMuch.code).toBe("INVALID");
    expect(tooMuch.message).toBe("Jumlah melebihi sisa yang belum dibayar");
    const early = await domainErrorOf(pay(seller.id, id, 1_000, "2026-03-01"));
    expect(early.message).toBe("Tanggal bayar tidak boleh sebelum tanggal utang");

    expect(await pay(seller.id, id, 100_000, "2026-04-02")).toEqual({
      settled: true,
      remaining: 0,
    });
    expect((await domainErrorOf(pay(seller.id, id, 1))).code).toBe("CONFLICT");
    const [settled] = await listDebts(db, { sellerId: seller.id, settled: true });
    expect(settled).toMatchObject({ id, state: "settled", paid: 150_000, remaining: 0 });
    expect(settled!.payments.map((p) => p.amount)).toEqual([50_000, 100_000]);
    expect(
      (await monthlyStatement(db, { sellerId: seller.id, month: "2026-04" })).income.total,
    ).toBe(100_000);

    // A cashbook entry written by a payment is undone in the debt book, not in the cashbook.
    const refused = await domainErrorOf(
      deleteCashbookEntry(db, { sellerId: seller.id, entryId: entry.id }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect((await domainErrorOf(deleteDebt(db, { sellerId: seller.id, debtId: id }))).code).toBe(
      "CONFLICT",
    );
    await deleteDebtPayment(db, { sellerId: seller.id, paymentId: settled!.payments[0]!.id });
    const [reopened] = (await listDebts(db, { sellerId: seller.id, settled: false })).filter(
      (d) => d.id === id,
    );
    expect(reopened).toMatchObject({ paid: 100_000, remaining: 50_000, settledOn: null });
    expect(
      (await monthlyStatement(db, { sellerId: seller.id, month: "2026-03" })).income.total,
    ).toBe(0);
    expect(await db.cashbookEntry.count({ where: { id: entry.id } })).toBe(0);
  });

  it("refuses another shop's debts and deletes only unpaid ones", async () => {
    const seller = await createSeller(db);
    const other = await createSeller(db);
    const { id } = await debt(seller.id, { amount: 10_000 });
    expect((await domainErrorOf(pay(other.id, id, 1_000))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(deleteDebt(db, { sellerId: other.id, debtId: id }))).code).toBe(
      "NOT_FOUND",
    );
    await deleteDebt(db, { sellerId: seller.id, debtId: id });
    expect(await db.debt.count({ where: { id } })).toBe(0);
  });

  it("never overpays under concurrent payments", async () => {
    const seller = await createSeller(db);
    const { id } = await debt(seller.id, { amount: 30_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => pay(seller.id, id, 30_000)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toHaveProperty("code");
    }
    const row = await db.debt.findUniqueOrThrow({ where: { id } });
    expect(row.paidAmount).toBe(30_000n);
    expect(row.settledAt).not.toBeNull();
    expect(await db.cashbookEntry.count({ where: { sellerId: seller.id } })).toBe(1);
  });

  it("validates what people type", () => {
    const base = {
      direction: "PAYABLE",
      partyName: "Toko Plastik",
      category: "kemasan",
      amount: "25.000",
      incurredOn: "2026-03-02",
    };
    const message = (fields: Record<string, unknown>) =>
      DebtSchema.safeParse({ ...base, ...fields }).error?.issues[0]?.message;
    expect(DebtSchema.parse(base)).toMatchObject({ amount: 25_000, remind: false, note: "" });
    expect(message({ category: "penjualan" })).toBe("Kategori tidak sesuai dengan jenis catatan");
    expect(message({ dueOn: "2026-03-01" })).toBe("Jatuh tempo tidak boleh sebelum tanggal utang");
    expect(message({ remind: "on" })).toBe("Isi tanggal jatuh tempo agar bisa diingatkan");
    expect(message({ partyPhone: "12345" })).toBe("Nomor HP tidak valid (contoh 0812-3456-7890)");
    expect(message({ amount: "0" })).toBe("Jumlah minimal Rp1");
    expect(message({ incurredOn: "2026-02-30" })).toBe("Tanggal tidak valid");
  });

  it("totals open balances as separately written SQL does", async () => {
    const seller = await createSeller(db);
    const now = new Date("2026-03-15T05:00:00Z");
    const a = await debt(seller.id, { amount: 40_000, dueOn: "2026-03-10" });
    await debt(seller.id, { amount: 25_000, dueOn: "2026-03-15" });
    await debt(seller.id, { amount: 5_000 });
    const b = await debt(seller.id, {
      direction: "PAYABLE",
      partyName: "Koperasi",
      category: "bahan baku",
      amount: 300_000,
      dueOn: "2026-03-14",
    });
    await pay(seller.id, a.id, 15_000, "2026-03-05");
    await pay(seller.id, b.id, 300_000, "2026-03-05");
    // Manual cashbook entries do not touch the debt book.
    await addCashbookEntry(db, {
      sellerId: seller.id,
      recordedById: null,
      data: CashbookEntrySchema.parse({
        kind: "INCOME",
        category: "lainnya",
        amount: 7_000,
        occurredOn: "2026-03-05",
      }),
    });
    const totals = await debtTotals(db, { sellerId: seller.id, now });
    const expected = await db.$queryRaw<
      { direction: string; open: unknown; n: unknown; late: unknown }[]
    >`
      SELECT d."direction",
        SUM(d."amount") - COALESCE(SUM((SELECT SUM(p."amount") FROM "DebtPayment" p WHERE p."debtId" = d."id")), 0) AS "open",
        COUNT(*) AS "n",
        SUM(CASE WHEN d."dueOn" < ${new Date("2026-03-14T17:00:00Z")} THEN 1 ELSE 0 END) AS "late"
      FROM "Debt" d
      WHERE d."sellerId" = ${seller.id}
        AND d."amount" > (SELECT COALESCE(SUM(p."amount"), 0) FROM "DebtPayment" p WHERE p."debtId" = d."id")
      GROUP BY d."direction"`;
    expect(expected.map((r) => r.direction)).toEqual(["RECEIVABLE"]);
    const row = expected[0]!;
    expect(totals.receivable).toEqual({
      open: Number(row.open),
      count: Number(row.n),
      overdue: Number(row.late),
    });
    expect(totals.receivable).toEqual({ open: 55_000, count: 3, overdue: 1 });
    expect(totals.payable).toEqual({ open: 0, count: 0, overdue: 0 });
  });

  it("reminds the shop 3 days before and on the due date, once each, from 07:00 Jakarta", async () => {
    const owner = await createUser(db);
    const seller = await createSeller(db, { ownerId: owner.id });
    const due = await debt(seller.id, { amount: 60_000, dueOn: "2026-05-20", remind: "on" });
    // Not asked for, and settled: no reminders.
    await debt(seller.id, { amount: 1_000, dueOn: "2026-05-20" });
    const paid = await debt(seller.id, { amount: 2_000, dueOn: "2026-05-20", remind: "on" });
    await pay(seller.id, paid.id, 2_000, "2026-05-01");
    await pay(seller.id, due.id, 10_000, "2026-05-01");

    const at = (iso: string) => sendDebtReminders(db, { now: new Date(iso) });
    const drain = async () => {
      while ((await processNotificationOutbox(db, { workerId: "debts" })) > 0);
    };
    const mine = () =>
      db.notification.findMany({
        where: { userId: owner.id },
        orderBy: { createdAt: "asc" },
        select: { kind: true, params: true, link: true },
      });
    expect(await at("2026-05-16T10:00:00Z")).toBe(0); // four days before
    expect(await at("2026-05-16T23:30:00Z")).toBe(0); // 06:30 on the 17th, Jakarta
    expect(await at("2026-05-17T01:00:00Z")).toBe(1); // 08:00 on the 17th
    await at("2026-05-18T01:00:00Z");
    await drain();
    expect(await mine()).toHaveLength(1);
    await at("2026-05-20T00:30:00Z");
    await at("2026-05-20T09:00:00Z");
    await at("2026-05-21T01:00:00Z");
    await drain();
    const notes = await mine();
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({
      kind: "seller.receivableDue",
      params: { party: "Bu Sri", amount: 50_000 },
      link: `/kelola/${seller.id}/buku-kas/utang-piutang`,
    });
  });

  it("moves a due date: the state and the reminders follow the new date", async () => {
    const owner = await createUser(db);
    const seller = await createSeller(db, { ownerId: owner.id });
    const { id } = await debt(seller.id, { amount: 75_000, dueOn: "2026-06-10", remind: "on" });
    const reschedule = (fields: Record<string, unknown>) =>
      rescheduleDebt(db, { sellerId: seller.id, data: { debtId: id, remind: false, ...fields } });
    const today = new Date("2026-06-10T02:00:00Z"); // 09:00 on the due date
    expect(await sendDebtReminders(db, { now: today })).toBe(1);
    // "Janji bayar minggu depan": moved a week on, the day is no longer a due date…
    await reschedule({ dueOn: "2026-06-17", remind: "on" });
    const [moved] = await listDebts(db, { sellerId: seller.id, settled: false, now: today });
    expect(moved).toMatchObject({ dueOn: "2026-06-17", state: "open", remind: true });
    expect(await sendDebtReminders(db, { now: new Date("2026-06-11T02:00:00Z") })).toBe(0);
    // …and the new date gets its own reminders.
    expect(await sendDebtReminders(db, { now: new Date("2026-06-17T02:00:00Z") })).toBe(1);
    while ((await processNotificationOutbox(db, { workerId: "debts" })) > 0);
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(2);

    // Reminders need a date; a date before the debt, another shop and a settled debt are refused.
    expect((await domainErrorOf(reschedule({ dueOn: "", remind: "on" }))).message).toBe(
      "Isi tanggal jatuh tempo agar bisa diingatkan",
    );
    expect((await domainErrorOf(reschedule({ dueOn: "2026-03-01" }))).message).toBe(
      "Jatuh tempo tidak boleh sebelum tanggal utang",
    );
    const other = await createSeller(db);
    expect(
      (
        await domainErrorOf(
          rescheduleDebt(db, { sellerId: other.id, data: { debtId: id, remind: false } }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await reschedule({ dueOn: "" });
    const [cleared] = await listDebts(db, { sellerId: seller.id, settled: false });
    expect(cleared).toMatchObject({ dueOn: null, remind: false });
    await pay(seller.id, id, 75_000);
    expect((await domainErrorOf(reschedule({ dueOn: "2026-07-01" }))).code).toBe("CONFLICT");
  });

  it("stores amounts beyond 32 bits", async () => {
    const seller = await createSeller(db);
    const { id } = await debt(seller.id, {
      direction: "PAYABLE",
      partyName: "Bank BRI (KUR)",
      category: "lainnya",
      amount: 3_000_000_000,
    });
    await pay(seller.id, id, 2_500_000_000);
    const [view] = await listDebts(db, { sellerId: seller.id, settled: false });
    expect(view).toMatchObject({ amount: 3_000_000_000, remaining: 500_000_000 });
  });
});
