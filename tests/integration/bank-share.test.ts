import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createBankShareLink,
  hashShareToken,
  listBankShareLinks,
  openBankShare,
  revokeBankShareLink,
} from "~/modules/growth/bank-share.server";
import { getKurReadiness } from "~/modules/growth/kur-readiness.server";
import { buildSalesStatement } from "~/modules/growth/statement.server";
import { setOwnerNik } from "~/modules/sellers/owner-identity.server";
import { addCashbookEntry, CashbookEntrySchema } from "~/modules/growth/cashbook.server";
import { db } from "~/utils/db.server";
import { createSeller } from "../factories";

const NOW = new Date("2025-06-15T05:00:00Z");
const DAY = 86_400_000;

async function shop(phone: string) {
  const user = await db.user.create({ data: { phone, name: "Sumiati" } });
  const seller = await createSeller(db, {
    ownerId: user.id,
    ownerName: "Sumiati",
    businessName: "Kopi Osing Mbok Sum",
  });
  return { user, seller, actor: { id: user.id, role: "SELLER" as const } };
}

describe("bank share links", () => {
  it("opens read-only for the named bank, records each opening, and shows no scan or full NIK", async () => {
    const { seller, actor } = await shop("+6281299993001");
    await setOwnerNik(db, { sellerId: seller.id, nik: "3510014501900001", actor });
    await db.sellerLegality.createMany({
      data: [
        {
          sellerId: seller.id,
          type: "NIB",
          number: "9120304050607",
          status: "VERIFIED",
          documentKey: "dokumen/rahasia-nib.pdf",
        },
        {
          sellerId: seller.id,
          type: "PIRT",
          number: "851835101234567",
          status: "VERIFIED",
          expiresAt: new Date("2025-01-01T00:00:00Z"),
        },
      ],
    });
    const statement = await buildSalesStatement(db, {
      sellerId: seller.id,
      from: "2025-05",
      to: "2025-05",
      issuedById: null,
      now: new Date("2025-06-01T03:00:00Z"),
    });

    const link = await createBankShareLink(db, {
      sellerId: seller.id,
      data: { bankName: "BRI Unit Genteng", days: 14 },
      actor,
      now: NOW,
    });
    // At least 128 random bits, and only the hash is stored.
    expect(Buffer.from(link.token, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(link.expiresAt).toEqual(new Date(NOW.getTime() + 14 * DAY));
    const stored = await db.bankShareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashShareToken(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const opened = await openBankShare(db, {
      token: link.token,
      ip: "198.51.100.7",
      userAgent: "Mozilla/5.0 (BankBrowser)",
      now: new Date(NOW.getTime() + DAY),
    });
    expect(opened).toMatchObject({
      status: "ok",
      page: {
        bankName: "BRI Unit Genteng",
        seller: { businessName: "Kopi Osing Mbok Sum", ownerNikMasked: "3510••••••••0001" },
        statement: { verificationCode: statement.verificationCode, current: true },
        documents: [
          { type: "NIB", status: "VERIFIED", current: true },
          { type: "PIRT", status: "VERIFIED", current: false },
        ],
      },
    });
    const shown = JSON.stringify(opened);
    for (const hidden of ["3510014501900001", "rahasia-nib", "documentKey"]) {
      expect(shown).not.toContain(hidden);
    }

    const { links, views } = await listBankShareLinks(db, {
      sellerId: seller.id,
      now: new Date(NOW.getTime() + DAY),
    });
    expect(links).toMatchObject([
      { id: link.id, bankName: "BRI Unit Genteng", status: "active", views: 1 },
    ]);
    expect(views).toMatchObject([
      { bankName: "BRI Unit Genteng", ip: "198.51.100.7", userAgent: "Mozilla/5.0 (BankBrowser)" },
    ]);

    const audit = await db.auditLog.findMany({
      where: { entityType: "BankShareLink", entityId: link.id },
    });
    expect(audit.map((a) => a.action)).toEqual(["bank-share.create"]);
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  it("is gone once expired or revoked, and unknown tokens are not found", async () => {
    const { seller, actor } = await shop("+6281299993002");
    const link = await createBankShareLink(db, {
      sellerId: seller.id,
      data: { bankName: "Bank Jatim", days: 7 },
      actor,
      now: NOW,
    });
    const at = (days: number) => new Date(NOW.getTime() + days * DAY);
    expect((await openBankShare(db, { token: link.token, now: at(6.9) })).status).toBe("ok");
    expect(await openBankShare(db, { token: link.token, now: at(7) })).toEqual({
      status: "gone",
      reason: "expired",
      bankName: "Bank Jatim",
    });

    const other = await createBankShareLink(db, {
      sellerId: seller.id,
      data: { bankName: "BNI", days: 30 },
      actor,
      now: NOW,
    });
    // Another shop cannot revoke it.
    const stranger = await shop("+6281299993003");
    await expect(
      revokeBankShareLink(db, {
        sellerId: stranger.seller.id,
        linkId: other.id,
        actor: stranger.actor,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeBankShareLink(db, { sellerId: seller.id, linkId: other.id, actor, now: at(1) });
    await revokeBankShareLink(db, { sellerId: seller.id, linkId: other.id, actor, now: at(2) });
    expect(await openBankShare(db, { token: other.token, now: at(1.5) })).toEqual({
      status: "gone",
      reason: "revoked",
      bankName: "BNI",
    });
    const revokes = await db.auditLog.count({
      where: { action: "bank-share.revoke", entityId: other.id },
    });
    expect(revokes).toBe(1);

    // Only openings of a live link are recorded.
    expect(await db.bankShareView.count({ where: { link: { sellerId: seller.id } } })).toBe(1);

    expect(
      await openBankShare(db, { token: crypto.randomBytes(32).toString("base64url") }),
    ).toEqual({
      status: "not-found",
    });
    expect(await openBankShare(db, { token: "../../etc" })).toEqual({ status: "not-found" });
  });

  it("allows at most 30 days and needs a bank name", async () => {
    const { seller, actor } = await shop("+6281299993004");
    const create = (bankName: string, days: number) =>
      createBankShareLink(db, { sellerId: seller.id, data: { bankName, days }, actor });
    await expect(create("BRI", 31)).rejects.toThrow("Masa berlaku tautan 1 sampai 30 hari");
    await expect(create(" ", 7)).rejects.toThrow("Nama bank wajib diisi");
    expect(await db.bankShareLink.count({ where: { sellerId: seller.id } })).toBe(0);
  });
});

describe("KUR readiness from a shop's records", () => {
  it("reads licences, activity, training, cashbook months, statement and NIK", async () => {
    const { seller, actor } = await shop("+6281299993005");
    const before = await getKurReadiness(db, { sellerId: seller.id, now: NOW });
    expect(before).toMatchObject({ met: 0, ready: false });

    await db.sellerLegality.create({
      data: {
        sellerId: seller.id,
        type: "SKU",
        number: "470/12/2024",
        status: "VERIFIED",
        issuedAt: new Date("2024-09-01T00:00:00Z"),
      },
    });
    for (const occurredOn of ["2025-02-10", "2025-04-02", "2025-06-01", "2025-06-03"]) {
      await addCashbookEntry(db, {
        sellerId: seller.id,
        recordedById: null,
        data: CashbookEntrySchema.parse({
          kind: "EXPENSE",
          category: "kemasan",
          amount: 10_000,
          occurredOn,
        }),
      });
    }
    const staff = await db.user.create({ data: { phone: "+6281299993006", name: "Staf" } });
    const programme = await db.trainingProgramme.create({
      data: { title: "Pembukuan", topic: "BOOKKEEPING", organiser: "Dinas", createdById: staff.id },
    });
    const session = await db.trainingSession.create({
      data: {
        programmeId: programme.id,
        startsAt: new Date("2025-03-01T02:00:00Z"),
        desaCode: "35.10.15.2004",
        venue: "Balai Desa",
        trainer: "Pak Hadi",
        capacity: 20,
      },
    });
    await db.trainingAttendance.create({
      data: { sessionId: session.id, sellerId: seller.id, status: "ATTENDED" },
    });
    await buildSalesStatement(db, {
      sellerId: seller.id,
      from: "2025-05",
      to: "2025-05",
      issuedById: null,
      now: new Date("2025-06-01T03:00:00Z"),
    });
    await setOwnerNik(db, { sellerId: seller.id, nik: "3510014501900001", actor });

    const after = await getKurReadiness(db, { sellerId: seller.id, now: NOW });
    expect(after.items).toMatchObject([
      { key: "legality", met: true, types: ["SKU"] },
      { key: "activity", met: true, since: new Date("2024-09-01T00:00:00Z"), months: 9 },
      { key: "training", met: true, count: 1 },
      { key: "cashbook", met: true, months: 3 },
      { key: "statement", met: true },
      { key: "nik", met: true },
    ]);
    expect(after.ready).toBe(true);
    // 90 days after issue the statement no longer counts.
    const later = await getKurReadiness(db, {
      sellerId: seller.id,
      now: new Date("2025-09-01T00:00:00Z"),
    });
    expect(later.items.find((i) => i.key === "statement")).toMatchObject({ met: false });
  });
});
