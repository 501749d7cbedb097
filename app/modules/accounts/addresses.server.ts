/**
 * A buyer's address book: delivery addresses anywhere in Indonesia, one of them the default the
 * checkout preselects. Every query carries the owner (`where: { id, userId }`), so someone
 * else's address reads as not found.
 */
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { desaUpToProvince, placeName } from "~/modules/regions/selects";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import {
  postalCodeField,
  recipientNameField,
  recipientPhoneField,
  streetAddressField,
} from "./address-fields";

export const MAX_ADDRESSES = 20;

export const AddressSchema = z.object({
  label: z
    .string({ error: "Beri nama alamat, misalnya Rumah" })
    .trim()
    .min(1, { error: "Beri nama alamat, misalnya Rumah" })
    .max(30, { error: "Nama alamat maksimal 30 huruf" }),
  recipientName: recipientNameField,
  phone: recipientPhoneField,
  detail: streetAddressField,
  desaCode: z
    .string({ error: "Pilih desa/kelurahan" })
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Pilih desa/kelurahan" }),
  postalCode: postalCodeField,
});
export type AddressInput = z.infer<typeof AddressSchema>;

const addressSelect = {
  id: true,
  label: true,
  recipientName: true,
  phone: true,
  detail: true,
  postalCode: true,
  isDefault: true,
  desaCode: true,
  desa: desaUpToProvince,
} as const satisfies Prisma.AddressSelect;

type Row = Prisma.AddressGetPayload<{ select: typeof addressSelect }>;

export type SavedAddress = Omit<Row, "desa"> & {
  /** "Ketabang, Genteng, Kota Surabaya, Jawa Timur" */
  place: string;
};

function toSaved({ desa, ...row }: Row): SavedAddress {
  return { ...row, place: placeName(desa) };
}

/** The default first, then the newest. */
export async function listAddresses(db: Db, userId: string): Promise<SavedAddress[]> {
  const rows = await db.address.findMany({
    where: { userId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: addressSelect,
  });
  return rows.map(toSaved);
}

export async function getAddress(
  db: Db,
  input: { id: string; userId: string },
): Promise<SavedAddress | null> {
  const row = await db.address.findFirst({
    where: { id: input.id, userId: input.userId },
    select: addressSelect,
  });
  return row ? toSaved(row) : null;
}

async function assertDesa(db: Pick<Db, "region">, code: string) {
  const desa = await db.region.findUnique({ where: { code }, select: { level: true } });
  if (desa?.level !== "DESA_KELURAHAN") {
    throw new DomainError("INVALID", "Pilih desa/kelurahan", { field: "desaCode" });
  }
}

function notFound(): DomainError {
  return new DomainError("NOT_FOUND", "Alamat tidak ditemukan");
}

/** Saves a new address; the first one becomes the default. At most MAX_ADDRESSES per user. */
export async function createAddress(
  db: Db,
  input: { userId: string; data: AddressInput },
): Promise<{ id: string }> {
  await assertDesa(db, input.data.desaCode);
  return db.$transaction(async (tx) => {
    const count = await tx.address.count({ where: { userId: input.userId } });
    if (count >= MAX_ADDRESSES) {
      // The message names MAX_ADDRESSES (20) literally so it has one English translation.
      throw new DomainError("CONFLICT", "Maksimal 20 alamat; hapus yang lama dulu");
    }
    return tx.address.create({
      data: {
        userId: input.userId,
        ...input.data,
        postalCode: input.data.postalCode ?? null,
        isDefault: count === 0,
      },
      select: { id: true },
    });
  });
}

export async function updateAddress(
  db: Db,
  input: { id: string; userId: string; data: AddressInput },
): Promise<void> {
  await assertDesa(db, input.data.desaCode);
  const { count } = await db.address.updateMany({
    where: { id: input.id, userId: input.userId },
    data: { ...input.data, postalCode: input.data.postalCode ?? null },
  });
  if (count === 0) throw notFound();
}

/** Deletes an address; when it was the default, the newest remaining one takes over. */
export async function deleteAddress(db: Db, input: { id: string; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const address = await tx.address.findFirst({
      where: { id: input.id, userId: input.userId },
      select: { isDefault: true },
    });
    if (!address) throw notFound();
    await tx.address.deleteMany({ where: { id: input.id, userId: input.userId } });
    if (!address.isDefault) return;
    const newest = await tx.address.findFirst({
      where: { userId: input.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (newest) {
      await tx.address.updateMany({
        where: { id: newest.id, userId: input.userId },
        data: { isDefault: true },
      });
    }
  });
}

export async function setDefaultAddress(
  db: Db,
  input: { id: string; userId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.address.updateMany({
      where: { id: input.id, userId: input.userId },
      data: { isDefault: true },
    });
    if (count === 0) throw notFound();
    await tx.address.updateMany({
      where: { userId: input.userId, isDefault: true, id: { not: input.id } },
      data: { isDefault: false },
    });
  });
}

/**
 * The checkout's recipient fields filled from a saved address of this buyer; a foreign or
 * unknown id is refused as not found.
 */
export async function addressForCheckout(
  db: Db,
  input: { id: string; userId: string },
): Promise<{
  buyerName: string;
  buyerPhone: string;
  address: string;
  desaCode: string;
  postalCode: string;
}> {
  const saved = await getAddress(db, input);
  if (!saved) throw new DomainError("INVALID", "Alamat tersimpan tidak ditemukan; pilih lagi");
  const postal = saved.postalCode ? ` ${saved.postalCode}` : "";
  return {
    buyerName: saved.recipientName,
    buyerPhone: saved.phone,
    address: `${saved.detail}, ${saved.place}${postal}`.slice(0, 300),
    desaCode: saved.desaCode,
    postalCode: saved.postalCode ?? "",
  };
}
