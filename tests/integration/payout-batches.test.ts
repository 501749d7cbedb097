import { describe, expect, it } from "vitest";
import {
  cancelPayoutBatch,
  createPayoutBatch,
  getPayoutBatch,
  listPayoutsDue,
  markPayoutBatchSent,
} from "~/modules/ledger/payout-batches.server";
import { getLedger, recordPayout } from "~/modules/ledger/ledger.server";
import { payoutBatchCsv } from "~/modules/ledger/payout-csv";
import { db } from "~/utils/db.server";
import { createSeller, createUser } from "../factories";
import { domainErrorOf } from "../domain-error";

const regions = ["35.10"];
const account = { bankName: "BRI", bankAccountNumber: "0123456789", bankAccountName: "Siti" };

async function sellerWithBalance(amount: number, data: Parameters<typeof createSeller>[1] = {}) {
  const seller = await createSeller(db, { ...account, ...data });
  await db.ledgerEntry.create({
    data: { sellerId: seller.id, type: "SALE", amount, description: "uji" },
  });
  return seller;
}

async function staff() {
  const user = await createUser(db, { name: "Staf Uji" });
  return { actorId: user.id, actorRole: "STAFF" as const, regions, regionCode: "35.10" };
}

const sent = { bankReference: "BRI-MASSAL-001", sentOn: "2026-11-20" };

describe("payouts due", () => {
  it("lists sellers with a complete account apart from those missing one", async () => {
    const ready = await sellerWithBalance(40_000);
    const noAccount = await sellerWithBalance(30_000, {
      bankName: null,
      bankAccountNumber: null,
      bankAccountName: null,
    });
    const badNumber = await sellerWithBalance(20_000, { bankAccountNumber: "12-AB" });
    const elsewhere = await sellerWithBalance(10_000, { desaCode: "35.10.16.1008" });
    // Staff of one kecamatan see its sellers only.
    const due = await listPayoutsDue(db, { regions: ["35.10.15"] });
    const ids = (rows: { sellerId: string }[]) => rows.map((r) => r.sellerId);
    expect(ids(due.ready)).toContain(ready.id);
    expect(ids(due.ready)).not.toContain(noAccount.id);
    expect(due.blocked.find((r) => r.sellerId === noAccount.id)?.problems).toEqual([
      "bankName",
      "accountNumber",
      "accountName",
    ]);
    expect(due.blocked.find((r) => r.sellerId === badNumber.id)?.problems).toEqual([
      "accountNumberInvalid",
    ]);
    expect([...ids(due.ready), ...ids(due.blocked)]).not.toContain(elsewhere.id);

    const actor = { ...(await staff()), regions: ["35.10.15"] };
    const refused = await domainErrorOf(
      createPayoutBatch(db, { ...actor, data: { sellerIds: [ready.id, noAccount.id] } }),
    );
    expect(refused.message).toMatch(/Rekening penjual belum lengkap/);
    const outside = await domainErrorOf(
      createPayoutBatch(db, { ...actor, data: { sellerIds: [elsewhere.id] } }),
    );
    expect(outside.code).toBe("NOT_FOUND");
  });
});

describe("a payout batch", () => {
  it("reserves the balance: a manual payout and a second batch find nothing left", async () => {
    const seller = await sellerWithBalance(50_000);
    const actor = await staff();
    const batch = await createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } });
    const ledger = await getLedger(db, { sellerId: seller.id });
    expect(ledger).toMatchObject({ balance: 50_000, reserved: 50_000, available: 0 });
    const manual = await domainErrorOf(
      recordPayout(db, {
        sellerId: seller.id,
        actorId: actor.actorId,
        actorRole: "STAFF",
        data: { amount: 1, reference: "TRF-1", paidOn: "2026-11-20" },
      }),
    );
    expect(manual.message).toMatch(/melebihi saldo/);
    const second = await domainErrorOf(
      createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } }),
    );
    expect(second.code).toBe("CONFLICT");
    expect((await listPayoutsDue(db, { regions })).ready.map((r) => r.sellerId)).not.toContain(
      seller.id,
    );
    expect(await db.auditLog.count({ where: { entityId: batch.id } })).toBe(1);
  });

  it("never pays more than the balance when batches and a payout race", async () => {
    const seller = await sellerWithBalance(70_000);
    const actor = await staff();
    const results = await Promise.allSettled([
      createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } }),
      createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } }),
      recordPayout(db, {
        sellerId: seller.id,
        actorId: actor.actorId,
        actorRole: "STAFF",
        data: { amount: 70_000, reference: "TRF-RACE", paidOn: "2026-11-20" },
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const ledger = await getLedger(db, { sellerId: seller.id });
    expect(ledger.available).toBe(0);
    expect(ledger.balance - ledger.reserved).toBe(0);
    expect(ledger.reserved + (70_000 - ledger.balance)).toBe(70_000);
  });

  it("records each line once when marked sent twice, and tells the seller", async () => {
    const a = await sellerWithBalance(25_000);
    const b = await sellerWithBalance(35_000);
    const actor = await staff();
    const batch = await createPayoutBatch(db, { ...actor, data: { sellerIds: [a.id, b.id] } });
    const mark = () => markPayoutBatchSent(db, { ...actor, batchId: batch.id, data: sent });
    const [first, second] = await Promise.all([mark(), mark()]);
    expect([first.recorded, second.recorded].sort()).toEqual([0, 2]);
    expect((await mark()).recorded).toBe(0);
    for (const [seller, amount] of [
      [a, 25_000],
      [b, 35_000],
    ] as const) {
      expect(await db.payout.count({ where: { sellerId: seller.id } })).toBe(1);
      expect(await getLedger(db, { sellerId: seller.id })).toMatchObject({
        balance: 0,
        reserved: 0,
        available: 0,
      });
      expect(
        await db.ledgerEntry.findFirst({
          where: { sellerId: seller.id, type: "PAYOUT" },
          select: { amount: true },
        }),
      ).toEqual({ amount: -amount });
    }
    expect(await db.auditLog.count({ where: { action: "payout.record", sellerId: a.id } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { action: "payoutBatch.send", entityId: batch.id } }),
    ).toBe(1);
    const view = await getPayoutBatch(db, { batchId: batch.id, regions });
    expect(view).toMatchObject({ status: "SENT", bankReference: "BRI-MASSAL-001", total: 60_000 });
    const cancel = await domainErrorOf(cancelPayoutBatch(db, { ...actor, batchId: batch.id }));
    expect(cancel.code).toBe("CONFLICT");
  });

  it("releases the reservation when a draft is cancelled", async () => {
    const seller = await sellerWithBalance(45_000);
    const actor = await staff();
    const batch = await createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } });
    await cancelPayoutBatch(db, { ...actor, batchId: batch.id });
    await cancelPayoutBatch(db, { ...actor, batchId: batch.id });
    expect(await getLedger(db, { sellerId: seller.id })).toMatchObject({
      balance: 45_000,
      reserved: 0,
      available: 45_000,
    });
    const mark = await domainErrorOf(
      markPayoutBatchSent(db, { ...actor, batchId: batch.id, data: sent }),
    );
    expect(mark.code).toBe("CONFLICT");
    expect(await db.payout.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(
      await db.auditLog.count({ where: { action: "payoutBatch.cancel", entityId: batch.id } }),
    ).toBe(1);
    const again = await createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } });
    expect((await getPayoutBatch(db, { batchId: again.id, regions }))?.total).toBe(45_000);
  });

  it("exports the batch as a bank bulk-transfer CSV", async () => {
    const owner = await createUser(db, { email: `=cmd${Date.now()}@contoh.id` });
    const seller = await sellerWithBalance(1_234_567, {
      ownerId: owner.id,
      businessName: "AAA Keripik",
      bankName: "Bank Jatim",
      bankAccountNumber: "0011223344",
      bankAccountName: 'Sri "Ayu", S.E.',
      whatsapp: "+6281200001111",
    });
    const actor = await staff();
    const batch = await createPayoutBatch(db, { ...actor, data: { sellerIds: [seller.id] } });
    const view = await getPayoutBatch(db, { batchId: batch.id, regions });
    expect(payoutBatchCsv(view!)).toBe(
      "nomor_rekening_tujuan,nama_pemilik_rekening,nama_bank,jumlah,berita,email,telepon\r\n" +
        `0011223344,"Sri ""Ayu"", S.E.",Bank Jatim,1234567,${batch.code} Pasar Kampung,'${owner.email},6281200001111\r\n`,
    );
    expect(batch.code).toMatch(/^PKB-\d{6}-[2-9A-Z]{4}$/);
  });
});
