import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import crypto from "node:crypto";
import { z } from "zod";
import { BusinessSector, type Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { normalizeIndonesianPhone } from "~/modules/auth/phone";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { slugify } from "~/utils/slug";
import { desaWithKecamatan } from "~/modules/regions/selects";

const optionalText = (max: number, pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || pattern.test(v), { error: message });

/** A seller's business as entered by the owner or their operator. */
export const SellerApplicationSchema = z.object({
  businessName: z
    .string({ error: "Nama usaha wajib diisi" })
    .trim()
    .min(3, { error: "Nama usaha minimal 3 huruf" })
    .max(80, { error: "Nama usaha maksimal 80 huruf" }),
  desaCode: z
    .string({ error: "Pilih desa" })
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Pilih desa dari daftar" }),
  sector: z.enum(Object.values(BusinessSector) as [BusinessSector, ...BusinessSector[]], {
    error: "Pilih sektor usaha",
  }),
  whatsapp: z.string({ error: "Nomor WhatsApp wajib diisi" }).transform((value, ctx) => {
    const phone = normalizeIndonesianPhone(value);
    if (!phone) {
      ctx.addIssue({
        code: "custom",
        message: "Nomor WhatsApp tidak valid, contoh: 0812-3456-7890",
      });
      return z.NEVER;
    }
    return phone;
  }),
  description: z
    .string()
    .trim()
    .max(2_000, { error: "Deskripsi maksimal 2.000 huruf" })
    .optional()
    .transform((v) => v ?? ""),
  nib: optionalText(13, /^\d{13}$/, "NIB terdiri dari 13 angka"),
  pirt: optionalText(
    40,
    /^[A-Za-z0-9 .\-/]{10,40}$/,
    "Nomor P-IRT tidak valid (10–40 huruf/angka)",
  ),
  halal: optionalText(40, /^[A-Za-z0-9 .\-/]{6,40}$/, "Nomor sertifikat halal tidak valid"),
});
export type SellerApplication = z.infer<typeof SellerApplicationSchema>;

async function uniqueSellerSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || "umkm";
  if (!(await db.seller.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${crypto.randomBytes(2).toString("hex")}`;
}

async function assertDesa(db: Db, code: string) {
  const desa = await db.region.findFirst({
    // Sellers are UMKM of the regency served; the national regions are for buyers' addresses.
    where: { code, level: "DESA_KELURAHAN", parent: { parentCode: BANYUWANGI_CODE } },
    select: { code: true },
  });
  if (!desa) throw new DomainError("INVALID", "Desa tidak dikenal", { field: "desaCode" });
}

function legalityRows(data: SellerApplication) {
  return [
    data.nib ? { type: "NIB" as const, number: data.nib } : null,
    data.pirt ? { type: "PIRT" as const, number: data.pirt } : null,
    data.halal ? { type: "HALAL" as const, number: data.halal } : null,
  ].filter((x) => x !== null);
}

/** A user applies to sell: the seller waits for staff verification; its products stay hidden. */
export async function applyAsSeller(
  db: Db,
  input: { userId: string; ownerName: string; data: SellerApplication },
): Promise<{ sellerId: string }> {
  await assertDesa(db, input.data.desaCode);
  const slug = await uniqueSellerSlug(db, input.data.businessName);
  const seller = await db.$transaction(async (tx) => {
    const created = await tx.seller.create({
      data: {
        slug,
        businessName: input.data.businessName,
        ownerName: input.ownerName,
        ownerId: input.userId,
        desaCode: input.data.desaCode,
        sector: input.data.sector,
        whatsapp: input.data.whatsapp,
        description: input.data.description,
        legalities: { create: legalityRows(input.data) },
      },
    });
    await tx.userRole.upsert({
      where: { userId_role: { userId: input.userId, role: "SELLER" } },
      create: { userId: input.userId, role: "SELLER" },
      update: {},
    });
    return created;
  });
  return { sellerId: seller.id };
}

/**
 * An operator registers a seller of their own desa at the balai desa. The owner's phone links an
 * existing account or reserves one the owner can claim by signing up with that number.
 */
export async function registerSellerForOwner(
  db: Db,
  input: {
    operator: { id: string; role: Role };
    ownerName: string;
    ownerPhone: string;
    data: SellerApplication;
  },
): Promise<{ sellerId: string }> {
  await assertDesa(db, input.data.desaCode);
  const phone = normalizeIndonesianPhone(input.ownerPhone);
  if (!phone)
    throw new DomainError("INVALID", "Nomor HP pemilik tidak valid", { field: "ownerPhone" });
  const slug = await uniqueSellerSlug(db, input.data.businessName);
  const sellerId = await db.$transaction(async (tx) => {
    const owner =
      (await tx.user.findUnique({ where: { phone }, select: { id: true } })) ??
      (await tx.user.create({
        data: { phone, name: input.ownerName, roles: { create: { role: "BUYER" } } },
      }));
    await tx.userRole.upsert({
      where: { userId_role: { userId: owner.id, role: "SELLER" } },
      create: { userId: owner.id, role: "SELLER" },
      update: {},
    });
    const seller = await tx.seller.create({
      data: {
        slug,
        businessName: input.data.businessName,
        ownerName: input.ownerName,
        ownerId: owner.id,
        desaCode: input.data.desaCode,
        sector: input.data.sector,
        whatsapp: input.data.whatsapp,
        description: input.data.description,
        registeredById: input.operator.id,
        legalities: { create: legalityRows(input.data) },
      },
    });
    await recordAudit(tx, {
      actorId: input.operator.id,
      actorRole: input.operator.role,
      action: "seller.register",
      entityType: "Seller",
      entityId: seller.id,
      sellerId: seller.id,
      data: {
        businessName: input.data.businessName,
        desaCode: input.data.desaCode,
        ownerPhone: phone,
      },
    });
    return seller.id;
  });
  return { sellerId };
}

export async function listVerificationQueue(db: Db, input: { regions: string[] | null }) {
  return db.seller.findMany({
    where: {
      verificationStatus: "PENDING",
      ...(input.regions
        ? { OR: input.regions.map((r) => ({ desaCode: { startsWith: `${r}.` } })) }
        : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      businessName: true,
      ownerName: true,
      sector: true,
      createdAt: true,
      desa: desaWithKecamatan,
      legalities: { select: { type: true, number: true } },
    },
  });
}
