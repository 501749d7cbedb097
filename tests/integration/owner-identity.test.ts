import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { exportPersonalData } from "~/modules/privacy/export.server";
import {
  decryptNik,
  getMaskedNik,
  NikDecryptionError,
  removeOwnerNik,
  revealOwnerNik,
  setOwnerNik,
} from "~/modules/sellers/owner-identity.server";
import { db } from "~/utils/db.server";
import { createSeller } from "../factories";

const NIK = "3510014501900001";

async function owner(phone: string) {
  const user = await db.user.create({ data: { phone, name: "Sumiati" } });
  const seller = await createSeller(db, { ownerId: user.id, ownerName: "Sumiati" });
  return { user, seller };
}

describe("the owner's NIK", () => {
  it("is stored encrypted: the database file never holds the number", async () => {
    const { user, seller } = await owner("+6281299992001");
    const result = await setOwnerNik(db, {
      sellerId: seller.id,
      nik: "3510 0145 0190 0001",
      actor: { id: user.id, role: "SELLER" },
    });
    expect(result.masked).toBe("3510••••••••0001");

    const stored = await db.seller.findUniqueOrThrow({ where: { id: seller.id } });
    expect(stored.ownerNikCipher).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(stored.ownerNikCipher).not.toContain(NIK);
    // A second encryption of the same number differs (random IV).
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: NIK,
      actor: { id: user.id, role: "SELLER" },
    });
    const again = await db.seller.findUniqueOrThrow({ where: { id: seller.id } });
    expect(again.ownerNikCipher).not.toBe(stored.ownerNikCipher);

    const url = process.env.DATABASE_URL ?? "";
    if (url.startsWith("file:")) {
      await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const file = url.slice("file:".length);
      expect(fs.existsSync(file)).toBe(true);
      for (const path of [file, `${file}-wal`]) {
        if (!fs.existsSync(path)) continue;
        const bytes = fs.readFileSync(path);
        expect(bytes.includes(Buffer.from(NIK)), path).toBe(false);
        expect(bytes.includes(Buffer.from(NIK, "utf16le")), path).toBe(false);
      }
    }

    expect(await getMaskedNik(db, seller.id)).toBe("3510••••••••0001");
    expect(await revealOwnerNik(db, seller.id)).toBe(NIK);
  });

  it("fails clearly with the wrong key or on another shop, and refuses an invalid NIK", async () => {
    const { user, seller } = await owner("+6281299992002");
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: NIK,
      actor: { id: user.id, role: "SELLER" },
    });
    const { ownerNikCipher } = await db.seller.findUniqueOrThrow({ where: { id: seller.id } });
    const otherKey = crypto.randomBytes(32);
    expect(() => decryptNik(ownerNikCipher!, seller.id, otherKey)).toThrow(NikDecryptionError);
    expect(() => decryptNik(ownerNikCipher!, seller.id, otherKey)).toThrow(
      /NIK_ENCRYPTION_KEY is not the key it was encrypted with/,
    );
    // Copied onto another shop, the ciphertext does not open.
    expect(() => decryptNik(ownerNikCipher!, "another-seller")).toThrow(NikDecryptionError);
    expect(() => decryptNik("v1:AAAA", seller.id)).toThrow(NikDecryptionError);

    await expect(
      setOwnerNik(db, {
        sellerId: seller.id,
        nik: "9910014501900001",
        actor: { id: user.id, role: "SELLER" },
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "NIK tidak valid: dua angka pertama bukan kode provinsi",
    });
    expect(await revealOwnerNik(db, seller.id)).toBe(NIK);
  });

  it("audits every change without the number, and can be removed", async () => {
    const { user, seller } = await owner("+6281299992003");
    const operator = await db.user.create({ data: { phone: "+6281299992004", name: "Operator" } });
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: NIK,
      actor: { id: operator.id, role: "OPERATOR", ip: "203.0.113.5" },
    });
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: "3510011203900002",
      actor: { id: user.id, role: "SELLER" },
    });
    await removeOwnerNik(db, { sellerId: seller.id, actor: { id: user.id, role: "SELLER" } });
    // Removing what is not there changes nothing.
    await removeOwnerNik(db, { sellerId: seller.id, actor: { id: user.id, role: "SELLER" } });
    expect(await getMaskedNik(db, seller.id)).toBeNull();

    const entries = await db.auditLog.findMany({
      where: { entityType: "Seller", entityId: seller.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.action, e.actorRole])).toEqual([
      ["seller.nik.set", "OPERATOR"],
      ["seller.nik.replace", "SELLER"],
      ["seller.nik.remove", "SELLER"],
    ]);
    expect(entries[0]!.ip).toBe("203.0.113.5");
    const logged = JSON.stringify(entries);
    for (const digits of [NIK, "3510011203900002", "0001", "0002"]) {
      expect(logged).not.toContain(digits);
    }
  });

  it("is in the owner's personal-data export in full", async () => {
    const { user, seller } = await owner("+6281299992005");
    await setOwnerNik(db, {
      sellerId: seller.id,
      nik: NIK,
      actor: { id: user.id, role: "SELLER" },
    });
    const exported = await exportPersonalData(db, { userId: user.id });
    expect(exported.sellers).toMatchObject([{ id: seller.id, ownerNik: NIK }]);
  });
});
