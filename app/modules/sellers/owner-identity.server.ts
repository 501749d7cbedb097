import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { nikEncryptionKey } from "~/utils/nik-key.server";
import { maskNik, NikSchema } from "./nik";

/**
 * The owner's NIK, encrypted at rest in Seller.ownerNikCipher. It is shown masked everywhere;
 * it is decrypted only for a statement the owner asks to print it on and for the owner's own
 * personal-data export. Every change is audited without the number.
 *
 * Stored form: `v1:` + base64(iv (12 bytes) | GCM tag (16 bytes) | ciphertext), AES-256-GCM with
 * a random IV and the seller's id as additional data, so a ciphertext copied onto another shop
 * does not decrypt.
 */

type Tx = Prisma.TransactionClient | Db;

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The stored NIK does not open with this key: the key changed or the value was tampered with. */
export class NikDecryptionError extends Error {
  constructor(sellerId: string) {
    super(
      `The owner's NIK of seller ${sellerId} cannot be decrypted: NIK_ENCRYPTION_KEY is not the key it was encrypted with, or the stored value was altered`,
    );
    this.name = "NikDecryptionError";
  }
}

export function encryptNik(nik: string, sellerId: string, key = nikEncryptionKey()): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(sellerId, "utf8"));
  const body = Buffer.concat([cipher.update(nik, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptNik(stored: string, sellerId: string, key = nikEncryptionKey()): string {
  const [version, payload] = stored.split(":");
  if (version !== VERSION || !payload) throw new NikDecryptionError(sellerId);
  const raw = Buffer.from(payload, "base64");
  if (raw.length <= IV_BYTES + TAG_BYTES) throw new NikDecryptionError(sellerId);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(sellerId, "utf8"));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    return plain.toString("utf8");
  } catch {
    throw new NikDecryptionError(sellerId);
  }
}

/** Who changes the NIK, in the role that allowed it (an operator for the owner, or the owner). */
export interface IdentityActor {
  id: string;
  role: Role;
  ip?: string | null;
}

async function cipherOf(db: Tx, sellerId: string): Promise<string | null> {
  const seller = await db.seller.findUnique({
    where: { id: sellerId },
    select: { ownerNikCipher: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  return seller.ownerNikCipher;
}

/** Sets (or replaces) the owner's NIK; the audit entry says that it changed, never what to. */
export async function setOwnerNik(
  db: Db,
  input: { sellerId: string; nik: string; actor: IdentityActor },
): Promise<{ masked: string }> {
  const parsed = NikSchema.safeParse(input.nik);
  if (!parsed.success) {
    throw new DomainError("INVALID", parsed.error.issues[0]?.message ?? "NIK tidak valid", {
      field: "nik",
    });
  }
  const nik = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await cipherOf(tx, input.sellerId);
    await tx.seller.update({
      where: { id: input.sellerId },
      data: { ownerNikCipher: encryptNik(nik, input.sellerId) },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: before ? "seller.nik.replace" : "seller.nik.set",
      entityType: "Seller",
      entityId: input.sellerId,
      sellerId: input.sellerId,
      ip: input.actor.ip ?? null,
    });
  });
  return { masked: maskNik(nik) };
}

/** Removes the owner's NIK (the owner may withdraw it at any time). */
export async function removeOwnerNik(
  db: Db,
  input: { sellerId: string; actor: IdentityActor },
): Promise<void> {
  await db.$transaction(async (tx) => {
    if (!(await cipherOf(tx, input.sellerId))) return;
    await tx.seller.update({ where: { id: input.sellerId }, data: { ownerNikCipher: null } });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "seller.nik.remove",
      entityType: "Seller",
      entityId: input.sellerId,
      sellerId: input.sellerId,
      ip: input.actor.ip ?? null,
    });
  });
}

/** The owner's NIK in full, or null when none is recorded. For the statement and the export. */
export async function revealOwnerNik(db: Tx, sellerId: string): Promise<string | null> {
  const stored = await cipherOf(db, sellerId);
  return stored ? decryptNik(stored, sellerId) : null;
}

/** The owner's NIK as every page shows it (`3510••••••••0001`), or null when none is recorded. */
export async function getMaskedNik(db: Tx, sellerId: string): Promise<string | null> {
  const nik = await revealOwnerNik(db, sellerId);
  return nik ? maskNik(nik) : null;
}
