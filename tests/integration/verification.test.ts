/**
 * Seller verification against a real database: a staff decision sets the shop's status, keeps
 * who decided what and why, is audited, updates the search index and tells the shop, all in one
 * transaction; a refused decision writes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VerificationOutcome } from "~/generated/prisma/enums";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import { listNotifications } from "~/modules/notifications/inbox.server";
import { decideSellerVerification } from "~/modules/sellers/verification.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004";

let staffId: string;
let operatorId: string;

beforeAll(async () => {
  staffId = (await createUser(db, { name: "Bu Dewi" })).id;
  await db.userRole.create({ data: { userId: staffId, role: "STAFF", regionCode: "35.10" } });
  operatorId = (await createUser(db, { name: "Pak Agus" })).id;
  await db.userRole.create({ data: { userId: operatorId, role: "OPERATOR", regionCode: KEMIREN } });
});

async function pendingShop() {
  const owner = await createUser(db, { name: "Mbok Sum" });
  const seller = await createSeller(db, {
    ownerId: owner.id,
    desaCode: KEMIREN,
    verificationStatus: "PENDING",
  });
  return { ...seller, ownerId: owner.id };
}

const decide = (sellerId: string, outcome: VerificationOutcome, reason = "") =>
  decideSellerVerification(db, {
    sellerId,
    outcome,
    reason,
    decidedById: staffId,
    decidedByRole: "STAFF",
  });

/** The notification worker writes the in-app rows after the commit; no outside channel here. */
async function writeNotifications() {
  while ((await processNotificationOutbox(db, { workerId: "verification", senders: {} })) > 0);
}

/** Everything a decision writes about one shop, to show a refusal changed nothing. */
async function trail(sellerId: string) {
  return {
    seller: await db.seller.findUniqueOrThrow({
      where: { id: sellerId },
      select: { verificationStatus: true, verifiedAt: true },
    }),
    decisions: await db.verificationDecision.count({ where: { sellerId } }),
    audits: await db.auditLog.count({ where: { entityId: sellerId } }),
    // A decision's notification event is keyed by the decision, so count them all.
    outbox: await db.outboxEvent.count(),
  };
}

describe("seller verification", () => {
  it("approves a pending shop: verified from now, decided, audited, re-indexed and told", async () => {
    const shop = await pendingShop();
    const before = new Date();
    await decide(shop.id, "APPROVED");
    const after = new Date();

    const seller = await db.seller.findUniqueOrThrow({
      where: { id: shop.id },
      select: { verificationStatus: true, verifiedAt: true },
    });
    expect(seller.verificationStatus).toBe("VERIFIED");
    expect(seller.verifiedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(seller.verifiedAt!.getTime()).toBeLessThanOrEqual(after.getTime());

    expect(
      await db.verificationDecision.findMany({
        where: { sellerId: shop.id },
        select: { outcome: true, reason: true, decidedById: true },
      }),
    ).toEqual([{ outcome: "APPROVED", reason: "", decidedById: staffId }]);
    expect(
      await db.auditLog.findMany({
        where: { entityId: shop.id },
        select: {
          action: true,
          actorId: true,
          actorRole: true,
          entityType: true,
          sellerId: true,
          data: true,
        },
      }),
    ).toEqual([
      {
        action: "seller.verification",
        actorId: staffId,
        actorRole: "STAFF",
        entityType: "Seller",
        sellerId: shop.id,
        data: { from: "PENDING", to: "VERIFIED", outcome: "APPROVED", reason: "" },
      },
    ]);
    // Its products may now appear in search.
    expect(
      await db.outboxEvent.count({ where: { topic: "search.seller", aggregateId: shop.id } }),
    ).toBe(1);

    // The owner and the desa's operator hear of it; the staff member who decided does not.
    await writeNotifications();
    const told = await db.notification.findMany({
      where: { kind: "seller.verification", link: `/kelola/${shop.id}` },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([shop.ownerId, operatorId].sort());
    const [day] = await listNotifications(db, { userId: shop.ownerId, locale: "id" });
    expect(day!.items).toEqual([
      expect.objectContaining({
        title: `Verifikasi ${shop.businessName}: disetujui / approved`,
        body: "Catatan petugas: —",
        link: `/kelola/${shop.id}`,
      }),
    ]);
  });

  it("refuses a rejection, suspension or reinstatement without a reason of five letters, and writes nothing", async () => {
    const shop = await pendingShop();
    const before = await trail(shop.id);
    for (const outcome of ["REJECTED", "SUSPENDED", "REINSTATED"] as const) {
      for (const reason of ["", "    ", " Foto "]) {
        const error = await domainErrorOf(decide(shop.id, outcome, reason));
        expect(error).toMatchObject({
          code: "INVALID",
          message: "Alasan wajib diisi (minimal 5 huruf)",
        });
      }
    }
    expect(await trail(shop.id)).toEqual(before);
    expect(before.seller).toEqual({ verificationStatus: "PENDING", verifiedAt: null });
    // Five letters are enough.
    await decide(shop.id, "REJECTED", " Palsu ");
    expect((await trail(shop.id)).seller).toEqual({
      verificationStatus: "REJECTED",
      verifiedAt: null,
    });
  });

  it("refuses a shop that does not exist", async () => {
    const decisions = await db.verificationDecision.count();
    const audits = await db.auditLog.count();
    const outbox = await db.outboxEvent.count();
    const error = await domainErrorOf(decide("tidak-ada", "SUSPENDED", "Foto produk palsu"));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "UMKM tidak ditemukan" });
    expect([
      await db.verificationDecision.count(),
      await db.auditLog.count(),
      await db.outboxEvent.count(),
    ]).toEqual([decisions, audits, outbox]);
  });

  it("keeps every decision with its reason as a shop is rejected, approved, suspended and reinstated", async () => {
    const shop = await pendingShop();
    const steps: [VerificationOutcome, string, "VERIFIED" | "REJECTED" | "SUSPENDED"][] = [
      ["REJECTED", "  Foto KTP tidak terbaca  ", "REJECTED"],
      ["APPROVED", "", "VERIFIED"],
      ["SUSPENDED", "Produk tidak sesuai foto", "SUSPENDED"],
      ["REINSTATED", "Sudah diperbaiki pemilik", "VERIFIED"],
    ];
    for (const [outcome, reason, status] of steps) {
      await decide(shop.id, outcome, reason);
      const seller = await db.seller.findUniqueOrThrow({
        where: { id: shop.id },
        select: { verificationStatus: true, verifiedAt: true },
      });
      expect(seller.verificationStatus).toBe(status);
      // Only a verified shop has a verification date: a suspension clears it.
      expect(seller.verifiedAt === null).toBe(status !== "VERIFIED");
    }

    const decisions = await db.verificationDecision.findMany({
      where: { sellerId: shop.id },
      orderBy: { createdAt: "asc" },
      select: { outcome: true, reason: true, decidedById: true },
    });
    expect(decisions).toEqual([
      { outcome: "REJECTED", reason: "Foto KTP tidak terbaca", decidedById: staffId },
      { outcome: "APPROVED", reason: "", decidedById: staffId },
      { outcome: "SUSPENDED", reason: "Produk tidak sesuai foto", decidedById: staffId },
      { outcome: "REINSTATED", reason: "Sudah diperbaiki pemilik", decidedById: staffId },
    ]);
    const audits = await db.auditLog.findMany({
      where: { entityId: shop.id, action: "seller.verification" },
      orderBy: { createdAt: "asc" },
      select: { data: true },
    });
    expect(audits.map((a) => a.data)).toEqual([
      { from: "PENDING", to: "REJECTED", outcome: "REJECTED", reason: "Foto KTP tidak terbaca" },
      { from: "REJECTED", to: "VERIFIED", outcome: "APPROVED", reason: "" },
      {
        from: "VERIFIED",
        to: "SUSPENDED",
        outcome: "SUSPENDED",
        reason: "Produk tidak sesuai foto",
      },
      {
        from: "SUSPENDED",
        to: "VERIFIED",
        outcome: "REINSTATED",
        reason: "Sudah diperbaiki pemilik",
      },
    ]);
    expect(
      await db.outboxEvent.count({ where: { topic: "search.seller", aggregateId: shop.id } }),
    ).toBe(4);

    // The shop is told of each decision once, with the officer's note.
    await writeNotifications();
    await writeNotifications();
    const inbox = (await listNotifications(db, { userId: shop.ownerId, locale: "id" })).flatMap(
      (d) => d.items,
    );
    expect(inbox.map((i) => [i.title, i.body]).sort()).toEqual(
      [
        [
          `Verifikasi ${shop.businessName}: ditolak / rejected`,
          "Catatan petugas: Foto KTP tidak terbaca",
        ],
        [`Verifikasi ${shop.businessName}: disetujui / approved`, "Catatan petugas: —"],
        [
          `Verifikasi ${shop.businessName}: ditangguhkan / suspended`,
          "Catatan petugas: Produk tidak sesuai foto",
        ],
        [
          `Verifikasi ${shop.businessName}: diaktifkan lagi / reinstated`,
          "Catatan petugas: Sudah diperbaiki pemilik",
        ],
      ].sort(),
    );
    const english = await listNotifications(db, { userId: shop.ownerId, locale: "en" });
    expect(english.flatMap((d) => d.items.map((i) => i.title))).toContain(
      `Verification of ${shop.businessName}: ditangguhkan / suspended`,
    );
  });

  it("allows only the decisions a status allows: approving never lifts a suspension", async () => {
    const shop = await pendingShop();
    const refused = async (outcome: VerificationOutcome, reason = "Alasan yang cukup panjang") => {
      const error = await domainErrorOf(decide(shop.id, outcome, reason));
      expect(error.code).toBe("CONFLICT");
    };
    // Pending: approve or reject, nothing else.
    await refused("SUSPENDED");
    await refused("REINSTATED");
    await decide(shop.id, "APPROVED");
    // Verified: only a suspension.
    await refused("APPROVED");
    await refused("REJECTED");
    await refused("REINSTATED");
    await decide(shop.id, "SUSPENDED", "Produk tidak sesuai foto");
    // Suspended: only reinstating, which needs a reason; approving would skip it.
    await refused("APPROVED");
    await refused("SUSPENDED");
    expect((await db.seller.findUniqueOrThrow({ where: { id: shop.id } })).verificationStatus).toBe(
      "SUSPENDED",
    );
    expect(await db.verificationDecision.count({ where: { sellerId: shop.id } })).toBe(2);
    await decide(shop.id, "REINSTATED", "Sudah diperbaiki pemilik");
    expect((await db.seller.findUniqueOrThrow({ where: { id: shop.id } })).verificationStatus).toBe(
      "VERIFIED",
    );
  });

  it("records an admin's decision with the admin's role", async () => {
    const shop = await pendingShop();
    const admin = await createUser(db, { name: "Admin Kabupaten" });
    await decideSellerVerification(db, {
      sellerId: shop.id,
      outcome: "REJECTED",
      reason: "Usaha sudah tutup",
      decidedById: admin.id,
      decidedByRole: "ADMIN",
    });
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { entityId: shop.id, action: "seller.verification" },
        select: { actorId: true, actorRole: true },
      }),
    ).toEqual({ actorId: admin.id, actorRole: "ADMIN" });
    expect(
      await db.verificationDecision.findFirstOrThrow({
        where: { sellerId: shop.id },
        select: { decidedById: true, outcome: true },
      }),
    ).toEqual({ decidedById: admin.id, outcome: "REJECTED" });
  });
});
