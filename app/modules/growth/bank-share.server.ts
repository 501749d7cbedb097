import crypto from "node:crypto";
import type { LegalityStatus, LegalityType } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { isLegalityCurrent } from "~/modules/sellers/legality";
import { getMaskedNik, type IdentityActor } from "~/modules/sellers/owner-identity.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { BankShareSchema, type BankShareInput } from "./bank-share";
import { getLatestStatement, type StatementSummary } from "./statement.server";

/**
 * A read-only link a seller gives one named bank (the owner's consent, for that bank only): the
 * latest statement, training certificates and the documents' status, never the scans or the full
 * NIK. The token is shown once; only its SHA-256 is stored, so a database reader cannot open it.
 * 256 random bits make it unguessable, which is why the page needs no throttle of its own.
 */

const DAY_MS = 86_400_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashShareToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Creates a link for one bank; the token in it is returned here and never again. */
export async function createBankShareLink(
  db: Db,
  input: { sellerId: string; data: BankShareInput; actor: IdentityActor; now?: Date },
): Promise<{ id: string; token: string; bankName: string; expiresAt: Date }> {
  const data = BankShareSchema.parse(input.data);
  const now = input.now ?? new Date();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + data.days * DAY_MS);
  const link = await db.$transaction(async (tx) => {
    const created = await tx.bankShareLink.create({
      data: {
        sellerId: input.sellerId,
        bankName: data.bankName,
        tokenHash: hashShareToken(token),
        expiresAt,
        createdById: input.actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "bank-share.create",
      entityType: "BankShareLink",
      entityId: created.id,
      sellerId: input.sellerId,
      data: { bankName: data.bankName, expiresAt: expiresAt.toISOString() },
      ip: input.actor.ip ?? null,
    });
    return created;
  });
  return { id: link.id, token, bankName: data.bankName, expiresAt };
}

/** Revokes a link of this seller at once; revoking it again changes nothing. */
export async function revokeBankShareLink(
  db: Db,
  input: { sellerId: string; linkId: string; actor: IdentityActor; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const link = await tx.bankShareLink.findFirst({
      where: { id: input.linkId, sellerId: input.sellerId },
      select: { id: true, bankName: true, revokedAt: true },
    });
    if (!link) throw new DomainError("NOT_FOUND", "Tautan tidak ditemukan");
    if (link.revokedAt) return;
    await tx.bankShareLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "bank-share.revoke",
      entityType: "BankShareLink",
      entityId: link.id,
      sellerId: input.sellerId,
      data: { bankName: link.bankName },
      ip: input.actor.ip ?? null,
    });
  });
}

export type ShareLinkStatus = "active" | "expired" | "revoked";

function statusOf(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() > now.getTime() ? "active" : "expired";
}

/** The seller's links (newest first) and who opened them (newest first), for the KUR page. */
export async function listBankShareLinks(db: Db, input: { sellerId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const [links, views] = await Promise.all([
    db.bankShareLink.findMany({
      where: { sellerId: input.sellerId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        bankName: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        _count: { select: { views: true } },
      },
    }),
    db.bankShareView.findMany({
      where: { link: { sellerId: input.sellerId } },
      orderBy: { viewedAt: "desc" },
      take: 100,
      select: {
        id: true,
        viewedAt: true,
        ip: true,
        userAgent: true,
        link: { select: { bankName: true } },
      },
    }),
  ]);
  return {
    links: links.map(({ _count, ...l }) => ({
      ...l,
      views: _count.views,
      status: statusOf(l, now),
    })),
    views: views.map(({ link, ...v }) => ({ ...v, bankName: link.bankName })),
  };
}

export interface BankShareDocument {
  type: LegalityType;
  status: LegalityStatus;
  expiresAt: Date | null;
  current: boolean;
}

export interface BankSharePage {
  bankName: string;
  expiresAt: Date;
  seller: {
    businessName: string;
    ownerName: string;
    ownerNikMasked: string | null;
    address: string | null;
    phone: string;
    desa: string;
    kecamatan: string | null;
    kabupaten: string | null;
  };
  statement: StatementSummary | null;
  certificates: { number: string; title: string; organiser: string; date: Date }[];
  documents: BankShareDocument[];
}

export type BankShareOpening =
  | { status: "not-found" }
  | { status: "gone"; reason: "expired" | "revoked"; bankName: string }
  | { status: "ok"; page: BankSharePage };

/**
 * Opens a link as the bank does: an unknown token is not found, an expired or revoked one is
 * gone, and each opening of a live one is recorded for the seller to see.
 */
export async function openBankShare(
  db: Db,
  input: { token: string; ip?: string | null; userAgent?: string | null; now?: Date },
): Promise<BankShareOpening> {
  const now = input.now ?? new Date();
  if (!TOKEN_PATTERN.test(input.token)) return { status: "not-found" };
  const link = await db.bankShareLink.findUnique({
    where: { tokenHash: hashShareToken(input.token) },
    select: { id: true, sellerId: true, bankName: true, expiresAt: true, revokedAt: true },
  });
  if (!link) return { status: "not-found" };
  const status = statusOf(link, now);
  if (status !== "active") return { status: "gone", reason: status, bankName: link.bankName };

  await db.bankShareView.create({
    data: {
      linkId: link.id,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      viewedAt: now,
    },
  });
  const [seller, ownerNikMasked, statement, certificates] = await Promise.all([
    db.seller.findUniqueOrThrow({
      where: { id: link.sellerId },
      select: {
        businessName: true,
        ownerName: true,
        address: true,
        whatsapp: true,
        desa: {
          select: {
            name: true,
            parent: { select: { name: true, parent: { select: { name: true } } } },
          },
        },
        legalities: {
          orderBy: { type: "asc" },
          select: { type: true, status: true, expiresAt: true },
        },
      },
    }),
    getMaskedNik(db, link.sellerId),
    getLatestStatement(db, link.sellerId, now),
    db.trainingAttendance.findMany({
      where: { sellerId: link.sellerId, status: "ATTENDED", certificateNumber: { not: null } },
      orderBy: { session: { startsAt: "asc" } },
      select: {
        certificateNumber: true,
        session: {
          select: { startsAt: true, programme: { select: { title: true, organiser: true } } },
        },
      },
    }),
  ]);
  return {
    status: "ok",
    page: {
      bankName: link.bankName,
      expiresAt: link.expiresAt,
      seller: {
        businessName: seller.businessName,
        ownerName: seller.ownerName,
        ownerNikMasked,
        address: seller.address,
        phone: formatIndonesianPhone(seller.whatsapp),
        desa: seller.desa.name,
        kecamatan: seller.desa.parent?.name ?? null,
        kabupaten: seller.desa.parent?.parent?.name ?? null,
      },
      statement,
      certificates: certificates.map((c) => ({
        number: c.certificateNumber!,
        title: c.session.programme.title,
        organiser: c.session.programme.organiser,
        date: c.session.startsAt,
      })),
      documents: seller.legalities.map((l) => ({
        ...l,
        current: isLegalityCurrent(l, now),
      })),
    },
  };
}
