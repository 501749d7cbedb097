import { describe, expect, it } from "vitest";
import {
  applyAsSeller,
  listVerificationQueue,
  registerSellerForOwner,
  SellerApplicationSchema,
} from "~/modules/sellers/onboarding.server";
import { db } from "~/utils/db.server";

const application = (extra: Record<string, string> = {}) =>
  SellerApplicationSchema.parse({
    businessName: "Batik Sekar Osing",
    desaCode: "35.10.15.2004",
    sector: "FASHION",
    whatsapp: "0812-3333-1000",
    nib: "1234567890123",
    halal: "ID35110000123",
    ...extra,
  });

describe("seller onboarding", () => {
  it("lets a buyer apply: the shop is pending, owned, and its numbers await review", async () => {
    const user = await db.user.create({ data: { phone: "+6281233331000", name: "Sekar" } });
    const { sellerId } = await applyAsSeller(db, {
      userId: user.id,
      ownerName: user.name,
      data: application(),
    });
    const seller = await db.seller.findUniqueOrThrow({
      where: { id: sellerId },
      include: { legalities: true },
    });
    expect(seller).toMatchObject({
      verificationStatus: "PENDING",
      ownerId: user.id,
      slug: "batik-sekar-osing",
      whatsapp: "+6281233331000",
    });
    expect(seller.legalities.map((l) => [l.type, l.status]).sort()).toEqual([
      ["HALAL", "UNVERIFIED"],
      ["NIB", "UNVERIFIED"],
    ]);
    expect(
      (await db.userRole.findMany({ where: { userId: user.id } })).map((r) => r.role),
    ).toContain("SELLER");
    // A second shop with the same name gets its own address.
    const again = await applyAsSeller(db, {
      userId: user.id,
      ownerName: user.name,
      data: application(),
    });
    expect((await db.seller.findUniqueOrThrow({ where: { id: again.sellerId } })).slug).toMatch(
      /^batik-sekar-osing-[0-9a-f]{4}$/,
    );
  });

  it("refuses an unknown desa, one outside Banyuwangi, and malformed numbers in Indonesian", async () => {
    const user = await db.user.create({ data: { phone: "+6281233331001", name: "X" } });
    await expect(
      applyAsSeller(db, {
        userId: user.id,
        ownerName: "X",
        data: application({ desaCode: "35.10.99.2001" }),
      }),
    ).rejects.toThrow("Desa tidak dikenal");
    // A real desa, but in Kota Surabaya: shops are UMKM of the regency served.
    await expect(
      applyAsSeller(db, {
        userId: user.id,
        ownerName: "X",
        data: application({ desaCode: "35.78.07.1004" }),
      }),
    ).rejects.toThrow("Desa tidak dikenal");
    const bad = SellerApplicationSchema.safeParse({
      businessName: "AB",
      desaCode: "Kemiren",
      sector: "X",
      whatsapp: "123",
      nib: "12",
    });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        "Nama usaha minimal 3 huruf",
        "Pilih desa dari daftar",
        "Pilih sektor usaha",
        "NIB terdiri dari 13 angka",
      ]),
    );
  });

  it("records an operator's registration in the audit log and reserves the owner's account", async () => {
    const operator = await db.user.create({
      data: {
        phone: "+6281233331002",
        name: "Agus",
        roles: { create: { role: "OPERATOR", regionCode: "35.10.15.2004" } },
      },
    });
    const { sellerId } = await registerSellerForOwner(db, {
      operator: { id: operator.id, role: "OPERATOR" },
      ownerName: "Mbah Sarmi",
      ownerPhone: "0813 4444 0202",
      data: application({ businessName: "Jajan Mbah Sarmi", sector: "KULINER" }),
    });
    const seller = await db.seller.findUniqueOrThrow({
      where: { id: sellerId },
      include: { owner: true },
    });
    expect(seller.registeredById).toBe(operator.id);
    expect(seller.owner).toMatchObject({ phone: "+6281344440202", passwordHash: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: sellerId } });
    expect(audit).toMatchObject({
      action: "seller.register",
      actorId: operator.id,
      actorRole: "OPERATOR",
      sellerId,
    });
  });

  it("shows staff only their regency's queue", async () => {
    const queue = await listVerificationQueue(db, { regions: ["35.10"] });
    expect(queue.length).toBeGreaterThanOrEqual(2);
    expect(await listVerificationQueue(db, { regions: ["35.09"] })).toEqual([]);
  });
});
