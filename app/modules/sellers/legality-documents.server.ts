/**
 * Legality documents: the scan of each NIB, P-IRT, halal certificate, Surat Keterangan Usaha and
 * the owner's KTP, with its number and dates. Scans are private (document storage, never under
 * /images); every view is audited. Staff verify a document beside its scan; a verified document
 * counts until it expires (legality.ts), and the badges and search facets follow.
 */
import { z } from "zod";
import { type Prisma } from "~/generated/prisma/client";
import type { LegalityStatus, LegalityType, Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { actingRole, can, type Actor as PermissionActor } from "~/modules/auth/permissions";
import type { ImageStorage } from "~/modules/images/storage.server";
import { notify } from "~/modules/notifications/notify.server";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { isUniqueViolation } from "~/utils/sql.server";
import { DomainError } from "~/utils/errors";
import { isCalendarDay, jakartaDateOf, jakartaDayStart } from "~/utils/jakarta-calendar";
import {
  DOCUMENT_SHORT_NAMES,
  documentExpires,
  documentHasNumber,
  EXPIRY_REMINDER_DAYS,
  isLegalityCurrent,
} from "./legality";
import { deleteDocumentFiles, storeDocumentFile } from "./legality-files.server";

export const LEGALITY_DOCUMENT_TYPES = ["NIB", "PIRT", "HALAL", "SKU", "KTP"] as const;

const DAY_MS = 86_400_000;

const NUMBER_RULES: Partial<Record<LegalityType, { pattern: RegExp; message: string }>> = {
  NIB: { pattern: /^\d{13}$/, message: "NIB terdiri dari 13 angka" },
  PIRT: {
    pattern: /^[A-Za-z0-9 .\-/]{10,40}$/,
    message: "Nomor P-IRT tidak valid (10–40 huruf/angka)",
  },
  HALAL: { pattern: /^[A-Za-z0-9 .\-/]{6,40}$/, message: "Nomor sertifikat halal tidak valid" },
  SKU: {
    pattern: /^[A-Za-z0-9 .\-/]{3,60}$/,
    message: "Nomor surat tidak valid (3–60 huruf/angka)",
  },
};

/** Documents whose validity ends: an SPP-IRT is valid for five years and must say until when. */
const EXPIRY_REQUIRED = new Set<LegalityType>(["PIRT"]);

const day = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDay(v)), {
      error: message,
    });

/** One document's details as the owner or their operator enter them (the scan comes apart). */
export const LegalityDocumentSchema = z
  .object({
    type: z.enum(LEGALITY_DOCUMENT_TYPES, { error: "Pilih jenis dokumen" }),
    number: z
      .string()
      .trim()
      .max(60, { error: "Nomor dokumen maksimal 60 huruf" })
      .optional()
      .transform((v) => (v ? v : undefined)),
    issuedOn: day("Tanggal terbit tidak valid"),
    expiresOn: day("Tanggal berlaku tidak valid"),
  })
  .superRefine((data, ctx) => {
    const rule = NUMBER_RULES[data.type];
    if (rule && !data.number) {
      ctx.addIssue({ code: "custom", path: ["number"], message: "Nomor dokumen wajib diisi" });
    } else if (rule && data.number && !rule.pattern.test(data.number)) {
      ctx.addIssue({ code: "custom", path: ["number"], message: rule.message });
    }
    const today = jakartaDateOf(new Date());
    if (data.issuedOn && data.issuedOn > today) {
      ctx.addIssue({
        code: "custom",
        path: ["issuedOn"],
        message: "Tanggal terbit tidak boleh di masa depan",
      });
    }
    if (EXPIRY_REQUIRED.has(data.type) && !data.expiresOn) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Isi tanggal berlaku sampai, seperti tertulis di dokumen",
      });
    }
    if (data.issuedOn && data.expiresOn && data.expiresOn <= data.issuedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Tanggal berlaku harus sesudah tanggal terbit",
      });
    }
  });
export type LegalityDocumentInput = z.infer<typeof LegalityDocumentSchema>;

/** A document valid "until 5 December" counts through that whole Jakarta day. */
function expiryInstant(expiresOn: string): Date {
  return new Date(jakartaDayStart(expiresOn).getTime() + DAY_MS);
}

/** The last day a document is valid, as printed on it (`YYYY-MM-DD`). */
export function lastValidDay(expiresAt: Date): string {
  return jakartaDateOf(new Date(expiresAt.getTime() - 1));
}

export type DocumentState =
  "missing" | "unverified" | "rejected" | "current" | "expiring" | "expired";

/** Where a document stands, for the owner's page, staff and the dashboard. */
export function documentState(
  doc: { status: LegalityStatus; expiresAt: Date | null; documentKey: string | null } | null,
  now: Date = new Date(),
): DocumentState {
  if (!doc) return "missing";
  if (doc.status === "REJECTED") return "rejected";
  if (doc.status === "UNVERIFIED") return doc.documentKey ? "unverified" : "missing";
  if (!isLegalityCurrent({ type: "NIB", ...doc }, now)) return "expired";
  if (doc.expiresAt && doc.expiresAt.getTime() - now.getTime() <= EXPIRY_REMINDER_DAYS * DAY_MS) {
    return "expiring";
  }
  return "current";
}

interface Uploader {
  id: string;
  role: Role;
}

const documentSelect = {
  id: true,
  type: true,
  number: true,
  status: true,
  issuedAt: true,
  expiresAt: true,
  documentKey: true,
  documentMime: true,
  previewKey: true,
  note: true,
  reviewedAt: true,
  updatedAt: true,
} satisfies Prisma.SellerLegalitySelect;

/**
 * Saves one document of a seller: its details and, when given, a new scan. Any change sends the
 * document back to staff (a verified one stops counting until they look again). The new files
 * are stored first and removed again if the save fails; the replaced files go after the commit.
 */
export async function saveLegalityDocument(
  db: Db,
  storage: ImageStorage,
  input: {
    actor: Uploader;
    sellerId: string;
    data: LegalityDocumentInput;
    file: Buffer | null;
  },
): Promise<{ legalityId: string }> {
  const { data } = input;
  const existing = await db.sellerLegality.findUnique({
    where: { sellerId_type: { sellerId: input.sellerId, type: data.type } },
    select: { id: true, documentKey: true, previewKey: true, updatedAt: true, status: true },
  });
  if (!input.file && !existing?.documentKey) {
    throw new DomainError("INVALID", "Unggah pindaian atau foto dokumennya.", { field: "file" });
  }
  const stored = input.file ? await storeDocumentFile(input.file, storage) : null;
  const fields = {
    number: documentHasNumber(data.type) ? (data.number ?? "") : "",
    issuedAt: data.issuedOn ? jakartaDayStart(data.issuedOn) : null,
    expiresAt: data.expiresOn && documentExpires(data.type) ? expiryInstant(data.expiresOn) : null,
    ...(stored ?? {}),
    status: "UNVERIFIED" as const,
    reviewedById: null,
    reviewedAt: null,
    note: null,
    remindedFor: null,
    expiredFor: null,
  };
  let legalityId: string;
  try {
    legalityId = await db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        // Conditional on the row we read: a second save at the same moment cannot lose a scan.
        const updated = await tx.sellerLegality.updateMany({
          where: { id: existing.id, updatedAt: existing.updatedAt },
          data: fields,
        });
        if (updated.count === 0) {
          throw new DomainError("CONFLICT", "Dokumen ini baru saja diubah. Muat ulang halaman.");
        }
        id = existing.id;
      } else {
        id = (
          await tx.sellerLegality.create({
            data: { sellerId: input.sellerId, type: data.type, ...fields },
            select: { id: true },
          })
        ).id;
      }
      await recordAudit(tx, {
        actorId: input.actor.id,
        actorRole: input.actor.role,
        action: "legality.document.save",
        entityType: "SellerLegality",
        entityId: id,
        sellerId: input.sellerId,
        data: {
          type: data.type,
          newScan: !!stored,
          from: existing?.status ?? null,
          expiresOn: data.expiresOn ?? null,
        },
      });
      await enqueueOutbox(tx, [{ topic: "search.seller", aggregateId: input.sellerId }]);
      return id;
    });
  } catch (error) {
    if (stored) await deleteDocumentFiles(storage, stored);
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", "Dokumen ini baru saja diubah. Muat ulang halaman.");
    }
    throw error;
  }
  notifyOutbox();
  if (stored && existing) await deleteDocumentFiles(storage, existing);
  return { legalityId };
}

/** A seller's documents, one entry per type (missing ones too), with where each stands. */
export async function listSellerDocuments(db: Db, sellerId: string, now: Date = new Date()) {
  const rows = await db.sellerLegality.findMany({ where: { sellerId }, select: documentSelect });
  return LEGALITY_DOCUMENT_TYPES.map((type) => {
    const row = rows.find((r) => r.type === type) ?? null;
    return {
      type,
      id: row?.id ?? null,
      number: row?.number ?? "",
      status: row?.status ?? null,
      state: documentState(row, now),
      issuedOn: row?.issuedAt ? jakartaDateOf(row.issuedAt) : null,
      expiresOn: row?.expiresAt ? lastValidDay(row.expiresAt) : null,
      hasScan: !!row?.documentKey,
      isPdf: row?.documentMime === "application/pdf",
      /** Changes with each new scan: staff confirm the one they looked at. */
      documentKey: row?.documentKey ?? null,
      note: row?.note ?? null,
    };
  });
}
export type SellerDocument = Awaited<ReturnType<typeof listSellerDocuments>>[number];

/**
 * One stored file of a document, for someone allowed to see it: the owner, the operator of the
 * shop's desa, or staff of its region. Anyone else is told it does not exist. Every view is
 * audited, the owner's own too: these are identity papers.
 */
export async function readLegalityDocument(
  db: Db,
  storage: ImageStorage,
  input: {
    actor: PermissionActor;
    legalityId: string;
    variant: "original" | "preview";
    ip?: string | null;
  },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const doc = await db.sellerLegality.findUnique({
    where: { id: input.legalityId },
    select: {
      id: true,
      type: true,
      documentKey: true,
      documentMime: true,
      previewKey: true,
      seller: { select: { id: true, ownerId: true, desaCode: true, slug: true } },
    },
  });
  if (!doc || !doc.documentKey || !can(input.actor, "legality.view", doc.seller)) {
    throw new DomainError("NOT_FOUND", "Dokumen tidak ditemukan");
  }
  const key = input.variant === "preview" ? (doc.previewKey ?? doc.documentKey) : doc.documentKey;
  let body: Buffer;
  try {
    body = await storage.read(key);
  } catch {
    throw new DomainError("NOT_FOUND", "Dokumen tidak ditemukan");
  }
  await recordAudit(db, {
    actorId: input.actor.id,
    actorRole: actingRole(input.actor, "legality.view", doc.seller),
    action: "legality.document.view",
    entityType: "SellerLegality",
    entityId: doc.id,
    sellerId: doc.seller.id,
    data: { type: doc.type, variant: input.variant },
    ip: input.ip ?? null,
  });
  const isPreview = key === doc.previewKey;
  const extension = isPreview ? "webp" : doc.documentMime === "application/pdf" ? "pdf" : "jpeg";
  return {
    body,
    contentType: isPreview ? "image/webp" : (doc.documentMime ?? "application/octet-stream"),
    filename: `${doc.type.toLowerCase()}-${doc.seller.slug}.${extension}`,
  };
}

export const LegalityReviewSchema = z
  .object({
    legalityId: z.string().min(1).max(40),
    /** The scan the reviewer looked at: a replaced scan must be looked at again. */
    documentKey: z.string().min(1).max(80),
    decision: z.enum(["VERIFIED", "REJECTED"], { error: "Pilih keputusan" }),
    confirmed: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "1" || v === "true"),
    note: z
      .string()
      .trim()
      .max(500, { error: "Catatan maksimal 500 huruf" })
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((data, ctx) => {
    if (data.decision === "VERIFIED" && !data.confirmed) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmed"],
        message: "Centang bahwa nomor, nama dan tanggal sudah Anda cocokkan dengan pindaian",
      });
    }
    if (data.decision === "REJECTED" && !data.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "Tulis alasan penolakan agar pemilik bisa memperbaikinya",
      });
    }
  });

/**
 * Staff verify or reject one document, having looked at its scan. Applied only to the scan they
 * saw (a replaced scan is refused), never to a document without a scan or past its expiry; the
 * decision is audited, the shop is told, and the badges follow in search.
 */
export async function reviewLegalityDocument(
  db: Db,
  input: {
    sellerId: string;
    staff: { id: string; role: Role };
    review: z.infer<typeof LegalityReviewSchema>;
    now?: Date;
  },
): Promise<{ type: LegalityType; decision: "VERIFIED" | "REJECTED" }> {
  const now = input.now ?? new Date();
  const { review } = input;
  const result = await db.$transaction(async (tx) => {
    const doc = await tx.sellerLegality.findFirst({
      where: { id: review.legalityId, sellerId: input.sellerId },
      select: { id: true, type: true, status: true, documentKey: true, expiresAt: true },
    });
    if (!doc) throw new DomainError("NOT_FOUND", "Dokumen tidak ditemukan");
    if (!doc.documentKey) {
      throw new DomainError(
        "INVALID",
        "Dokumen tanpa pindaian tidak bisa diverifikasi. Minta pemilik mengunggahnya.",
      );
    }
    if (doc.documentKey !== review.documentKey) {
      throw new DomainError(
        "CONFLICT",
        "Pemilik baru saja mengganti pindaian dokumen ini. Periksa pindaian yang baru.",
      );
    }
    if (review.decision === "VERIFIED" && doc.expiresAt && doc.expiresAt <= now) {
      throw new DomainError("INVALID", "Dokumen ini sudah lewat masa berlakunya.");
    }
    const updated = await tx.sellerLegality.updateMany({
      where: { id: doc.id, documentKey: review.documentKey },
      data: {
        status: review.decision,
        note: review.note ?? null,
        reviewedById: input.staff.id,
        reviewedAt: now,
      },
    });
    if (updated.count === 0) {
      throw new DomainError(
        "CONFLICT",
        "Pemilik baru saja mengganti pindaian dokumen ini. Periksa pindaian yang baru.",
      );
    }
    await recordAudit(tx, {
      actorId: input.staff.id,
      actorRole: input.staff.role,
      action: "legality.review",
      entityType: "SellerLegality",
      entityId: doc.id,
      sellerId: input.sellerId,
      data: { type: doc.type, from: doc.status, to: review.decision, note: review.note ?? null },
    });
    await notify(
      tx,
      [
        {
          kind:
            review.decision === "VERIFIED" ? "seller.legalityVerified" : "seller.legalityRejected",
          to: { shop: input.sellerId },
          params: { document: DOCUMENT_SHORT_NAMES[doc.type], note: review.note ?? "-" },
          link: `/kelola/${input.sellerId}/legalitas`,
          key: `seller.legalityReviewed:${doc.id}:${now.toISOString()}`,
          actorId: input.staff.id,
        },
      ],
      now,
    );
    await enqueueOutbox(tx, [{ topic: "search.seller", aggregateId: input.sellerId }]);
    return { type: doc.type, decision: review.decision };
  });
  notifyOutbox();
  return result;
}

/** Documents with a scan waiting for staff, in the given regions (null = everywhere). */
export async function listDocumentsAwaitingReview(db: Db, input: { regions: string[] | null }) {
  return db.sellerLegality.findMany({
    where: {
      status: "UNVERIFIED",
      documentKey: { not: null },
      ...(input.regions
        ? {
            seller: {
              OR: input.regions.map((r) => ({ desaCode: { startsWith: `${r}.` } })),
            },
          }
        : {}),
    },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: {
      id: true,
      type: true,
      updatedAt: true,
      seller: { select: { id: true, businessName: true } },
    },
  });
}
