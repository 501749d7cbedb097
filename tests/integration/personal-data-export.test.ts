/**
 * Personal-data export against a real database: it holds everything about one person and
 * nothing about another, as JSON, CSV files and a ZIP; staff export for someone only with a
 * reason, audited without the person's details.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import {
  personalDataCsvFiles,
  personalDataZip,
  personalDataZipName,
} from "~/modules/privacy/personal-data-files";
import { exportPersonalData } from "~/modules/privacy/export.server";
import { findUserForPrivacyRequest } from "~/modules/privacy/personal-data.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import {
  buyerWithHistory,
  json,
  OTHER_DESA,
  setUpShops,
  tag,
  type Buyer,
  type PrivacyShops,
} from "./personal-data-fixtures";

let staff: PrivacyShops["staff"];
let owner: PrivacyShops["owner"];
let shopA: PrivacyShops["shopA"];
let shopB: PrivacyShops["shopB"];
let certificateNumber: string;

beforeAll(async () => {
  ({ staff, owner, shopA, shopB, certificateNumber } = await setUpShops());
});

describe("export", () => {
  let buyer: Buyer;
  let other: Buyer;
  beforeAll(async () => {
    buyer = await buyerWithHistory({ owner, shopA, shopB }, tag());
    other = await buyerWithHistory({ owner, shopA, shopB }, tag());
  });

  it("holds the account, sessions, orders, addresses, reviews and notifications, and no one else's", async () => {
    const data = await exportPersonalData(db, { userId: buyer.userId });
    expect(data.account).toMatchObject({
      name: buyer.name,
      phone: buyer.phone,
      email: buyer.email,
      locale: "id",
      notifyWhatsapp: true,
      notifyEmail: false,
    });
    expect(data.account.roles.map((r) => r.role)).toEqual(["BUYER"]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ ip: "10.20.30.40" });
    expect(data.sessions[0]!.userAgent).toContain("Android 13");

    expect(data.orders.map((c) => c.groupCode).sort()).toEqual([...buyer.groupCodes].sort());
    const first = data.orders.find((c) => c.orders[0]!.code === buyer.completed[0])!;
    expect(first.recipient).toMatchObject({
      name: buyer.name,
      phone: buyer.phone,
      address: buyer.home,
      desaCode: OTHER_DESA,
    });
    expect(first.orders[0]).toMatchObject({
      status: "COMPLETED",
      shippingMethod: "LOCAL_DELIVERY",
      subtotal: 25_000,
      shippingFee: 5_000,
      total: 30_000,
      items: [{ variant: "250 g", unitPrice: 12_500, quantity: 2, lineTotal: 25_000 }],
      payments: [{ method: "COD", status: "SUCCEEDED", amount: 30_000 }],
    });
    expect(first.orders[0]!.timeline.map((t) => t.status)).toEqual([
      "COD_PENDING",
      "PACKED",
      "SHIPPED",
      "RECEIVED",
      "COMPLETED",
    ]);
    const cancelled = data.orders.flatMap((c) => c.orders).find((o) => o.code === buyer.cancelled)!;
    expect(cancelled).toMatchObject({ status: "CANCELLED", total: 40_000 });
    expect(cancelled.payments).toEqual([expect.objectContaining({ status: "CANCELLED" })]);

    // Two checkouts went home, one to the market: two addresses, the first used twice.
    expect(data.addresses).toHaveLength(2);
    expect(data.addresses.find((a) => a.address === buyer.home)).toMatchObject({
      checkouts: 2,
      phone: buyer.phone,
    });
    expect(data.addresses.find((a) => a.address.startsWith(buyer.work))).toMatchObject({
      checkouts: 1,
      phone: buyer.relativePhone,
    });
    expect(data.reviews).toEqual([
      expect.objectContaining({ rating: 4, orderCode: buyer.completed[0] }),
    ]);
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.notifications.every((n) => n.title.length > 0)).toBe(true);
    expect(data.sellers).toEqual([]);

    const text = json(data);
    for (const n of [other.name, other.phone, other.email, other.home, ...other.groupCodes]) {
      expect(text).not.toContain(n);
    }
  });

  it("gives one CSV per table and a ZIP of data.json with them", async () => {
    const data = await exportPersonalData(db, { userId: buyer.userId });
    const files = personalDataCsvFiles(data);
    expect(files.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "akun.csv",
        "pesanan.csv",
        "item-pesanan.csv",
        "pembayaran.csv",
        "alamat.csv",
        "ulasan.csv",
        "notifikasi.csv",
        "buku-kas.csv",
        "utang-piutang.csv",
        "asesmen-literasi.csv",
        "sertifikat.csv",
      ]),
    );
    const csv = (name: string) => files.find((f) => f.name === name)!.csv;
    // Phone numbers start with "+": kept as text, not read as a formula by a spreadsheet.
    expect(csv("akun.csv")).toContain(`'${buyer.phone}`);
    for (const code of [...buyer.completed, buyer.cancelled])
      expect(csv("pesanan.csv")).toContain(code);
    expect(csv("item-pesanan.csv")).toContain("12500");
    expect(csv("alamat.csv")).toContain(buyer.home);
    // A table with no rows still says what it would hold.
    expect(
      csv("sertifikat.csv")
        .replace(/^\uFEFF/, "")
        .trim(),
    ).toMatch(/^umkm,program,/);

    const zip = unzipSync(personalDataZip(data));
    expect(Object.keys(zip).sort()).toEqual(["data.json", ...files.map((f) => f.name)].sort());
    expect(JSON.parse(strFromU8(zip["data.json"]!))).toEqual(data);
    expect(zip["pesanan.csv"]).toEqual(strToU8(csv("pesanan.csv")));
    expect(personalDataZipName(data)).toMatch(/^data-pribadi-\d{4}-\d{2}-\d{2}\.zip$/);
  });

  it("gives a shop owner their shop's profile, legality, cashbook, assessments and certificates", async () => {
    const data = await exportPersonalData(db, { userId: owner.id });
    expect(data.sellers).toHaveLength(1);
    const [seller] = data.sellers;
    expect(seller).toMatchObject({
      id: shopA.id,
      ownerName: "Pak Darmo",
      bankAccountName: "Pemilik Toko",
    });
    expect(seller!.legalities).toEqual([
      expect.objectContaining({ type: "NIB", status: "VERIFIED" }),
    ]);
    expect(seller!.cashbook).toEqual([
      expect.objectContaining({
        kind: "EXPENSE",
        category: "kemasan",
        amount: 125_000,
        note: "Toples kaca",
      }),
      // The debt payment, as the debt book wrote it.
      expect.objectContaining({
        kind: "INCOME",
        amount: 20_000,
        note: "Pembayaran piutang: Bu Yati",
      }),
    ]);
    expect(seller).toMatchObject({ taxpayerType: "ORANG_PRIBADI", pphFinalSinceYear: null });
    expect(seller!.debts).toEqual([
      expect.objectContaining({
        direction: "RECEIVABLE",
        partyName: "Bu Yati",
        partyPhone: "+6281255550001",
        amount: 60_000,
        paid: 20_000,
        settledAt: null,
        payments: [{ paidOn: "2026-01-19T17:00:00.000Z", amount: 20_000 }],
      }),
    ]);
    expect(seller!.literacyAssessments).toEqual([
      expect.objectContaining({
        totalScore: 71,
        stratum: "SUFFICIENT_LITERATE",
        hasBankAccount: true,
      }),
    ]);
    expect(seller!.training).toEqual([
      expect.objectContaining({
        programme: "Foto Produk dengan HP",
        status: "ATTENDED",
        postScore: 85,
        certificateNumber,
      }),
    ]);
    const files = personalDataCsvFiles(data);
    const csv = (name: string) => files.find((f) => f.name === name)!.csv;
    expect(csv("sertifikat.csv")).toContain(certificateNumber);
    expect(csv("utang-piutang.csv")).toContain("Bu Yati");
    expect(csv("buku-kas.csv")).toContain("125000");
    expect(csv("asesmen-literasi.csv")).toContain("SUFFICIENT_LITERATE");
    // Orders the shop received belong to their buyers, not to the owner's export; nor do the
    // buyers' names in the shop's new-order news.
    expect(data.orders).toEqual([]);
    expect(data.notifications.map((n) => n.body)).toContainEqual(
      expect.stringMatching(/^Pembeli memesan di /),
    );
    for (const n of [buyer.name, buyer.phone, other.name, other.phone]) {
      expect(json(data)).not.toContain(n);
    }
  });

  it("lets staff export for someone else with a reason, audited without the person's details", async () => {
    expect(
      (
        await domainErrorOf(
          exportPersonalData(db, { userId: buyer.userId, actor: { userId: other.userId } }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await domainErrorOf(
          exportPersonalData(db, { userId: buyer.userId, actor: { userId: staff.id } }),
        )
      ).code,
    ).toBe("INVALID");
    const before = await db.auditLog.count({ where: { action: "privacy.export" } });
    await exportPersonalData(db, { userId: buyer.userId, actor: { userId: buyer.userId } });
    expect(await db.auditLog.count({ where: { action: "privacy.export" } })).toBe(before);

    const data = await exportPersonalData(db, {
      userId: buyer.userId,
      actor: { userId: staff.id, ip: "10.9.9.9" },
      reason: `Datang ke balai desa, ${buyer.name}, HP ${formatIndonesianPhone(buyer.phone)}`,
    });
    expect(data.account.phone).toBe(buyer.phone);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.export", entityId: buyer.userId },
    });
    expect(entry).toMatchObject({
      actorId: staff.id,
      actorRole: "STAFF",
      entityType: "User",
      ip: "10.9.9.9",
    });
    expect(entry.data).toEqual({ reason: "Datang ke balai desa, [nama], HP [nomor HP]" });
    // The person sees that staff processed a request about them.
    const again = await exportPersonalData(db, { userId: buyer.userId });
    expect(again.privacyRequests).toEqual([
      { action: "privacy.export", at: entry.createdAt.toISOString(), onBehalf: true },
    ]);
  });

  it("finds a person by phone as it is spoken, with what would block an erasure", async () => {
    const national = `0${buyer.phone.slice(3)}`;
    const found = await findUserForPrivacyRequest(db, {
      phone: national.replace(/^(\d{4})(\d{4})/, "$1 $2 "),
    });
    expect(found).toMatchObject({
      id: buyer.userId,
      name: buyer.name,
      roles: ["BUYER"],
      sellers: [],
      blockers: [],
    });
    const ownerFound = await findUserForPrivacyRequest(db, { phone: await ownerPhone() });
    expect(ownerFound!.sellers).toEqual([{ id: shopA.id, businessName: expect.any(String) }]);
    expect(ownerFound!.blockers).toEqual([
      { kind: "seller", names: [ownerFound!.sellers[0]!.businessName] },
    ]);
    expect(await findUserForPrivacyRequest(db, { phone: "0899-0000-0000" })).toBeNull();
    expect((await domainErrorOf(findUserForPrivacyRequest(db, { phone: "12345" }))).code).toBe(
      "INVALID",
    );
  });
});

async function ownerPhone() {
  return (await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { phone: true } }))
    .phone;
}
