import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { PayoutBatchStatus, Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notify.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { lockRow } from "~/utils/sql.server";
import {
  availableForPayout,
  transferDay,
  transferMoment,
  transferReference,
} from "./ledger.server";
import type { PayoutCsvLine } from "./payout-csv";

/** Regions as staff see them: null = everywhere (admin). */
type Regions = string[] | null;

const inRegions = (regions: Regions): Prisma.SellerWhereInput =>
  regions
    ? {
        OR: regions.flatMap((r) => [{ desaCode: r }, { desaCode: { startsWith: `${r}.` } }]),
      }
    : {};

/** What is wrong with a seller's payout account, if anything. */
export type AccountProblem = "bankName" | "accountNumber" | "accountNumberInvalid" | "accountName";

export function accountProblems(seller: {
  bankName: string | null;
  bankAccountNumber: string | null;
  bankAccountName: string | null;
}): AccountProblem[] {
  const problems: AccountProblem[] = [];
  if (!seller.bankName?.trim()) problems.push("bankName");
  if (!seller.bankAccountNumber) problems.push("accountNumber");
  else if (!/^\d{6,20}$/.test(seller.bankAccountNumber)) problems.push("accountNumberInvalid");
  if (!seller.bankAccountName?.trim()) problems.push("accountName");
  return problems;
}

export interface PayoutDue {
  sellerId: string;
  businessName: string;
  available: number;
  reserved: number;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankAccountName: string | null;
  problems: AccountProblem[];
}

/**
 * Sellers of the regions with money to pay out: `ready` have a complete account, `blocked` have a
 * balance but an account that is missing or invalid (with what is wrong).
 */
export async function listPayoutsDue(
  db: Db,
  input: { regions: Regions },
): Promise<{ ready: PayoutDue[]; blocked: PayoutDue[] }> {
  const where = inRegions(input.regions);
  const [balances, reservations] = await Promise.all([
    db.ledgerEntry.groupBy({ by: ["sellerId"], where: { seller: where }, _sum: { amount: true } }),
    db.payoutBatchLine.groupBy({
      by: ["sellerId"],
      where: { seller: where, batch: { status: "DRAFT" } },
      _sum: { amount: true },
    }),
  ]);
  const reserved = new Map(reservations.map((r) => [r.sellerId, r._sum.amount ?? 0]));
  const due = new Map<string, { available: number; reserved: number }>();
  for (const b of balances) {
    const held = reserved.get(b.sellerId) ?? 0;
    const available = (b._sum.amount ?? 0) - held;
    if (available > 0) due.set(b.sellerId, { available, reserved: held });
  }
  const sellers = await db.seller.findMany({
    where: { id: { in: [...due.keys()] } },
    orderBy: { businessName: "asc" },
    select: {
      id: true,
      businessName: true,
      bankName: true,
      bankAccountNumber: true,
      bankAccountName: true,
    },
  });
  const rows = sellers.map((s) => ({
    sellerId: s.id,
    businessName: s.businessName,
    bankName: s.bankName,
    bankAccountNumber: s.bankAccountNumber,
    bankAccountName: s.bankAccountName,
    ...due.get(s.id)!,
    problems: accountProblems(s),
  }));
  return {
    ready: rows.filter((r) => r.problems.length === 0),
    blocked: rows.filter((r) => r.problems.length > 0),
  };
}

export const CreatePayoutBatchSchema = z.object({
  sellerIds: z
    .array(z.string().min(1).max(40), { error: "Pilih minimal satu penjual" })
    .min(1, { error: "Pilih minimal satu penjual" })
    .max(500, { error: "Paling banyak 500 penjual dalam satu pencairan" }),
});

const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A short reference for the transfer remark, e.g. PKB-261205-7QX4. */
function batchCode(now: Date): string {
  const day = jakartaDateOf(now).slice(2).replaceAll("-", "");
  const tail = Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `PKB-${day}-${tail.join("")}`;
}

/**
 * Makes a DRAFT batch of the chosen sellers, each for their whole available balance at this
 * moment. The lines hold those amounts back ("dalam proses pencairan") until the batch is sent or
 * cancelled. Each seller's row is locked first, in id order, exactly as a single payout locks
 * it, so a concurrent batch or payout sees the reservation and cannot pay the same money twice.
 * Sellers with nothing left to pay (taken by a batch made a moment earlier) are left out.
 */
export async function createPayoutBatch(
  db: Db,
  input: {
    actorId: string;
    actorRole: Role;
    regions: Regions;
    regionCode: string | null;
    data: z.infer<typeof CreatePayoutBatchSchema>;
  },
): Promise<{ id: string; code: string }> {
  const sellerIds = [...new Set(CreatePayoutBatchSchema.parse(input.data).sellerIds)].sort();
  return db.$transaction(async (tx) => {
    for (const id of sellerIds) await lockRow(tx, "Seller", id);
    const sellers = await tx.seller.findMany({
      where: { id: { in: sellerIds }, ...inRegions(input.regions) },
      orderBy: { id: "asc" },
      select: {
        id: true,
        businessName: true,
        bankName: true,
        bankAccountNumber: true,
        bankAccountName: true,
      },
    });
    if (sellers.length !== sellerIds.length) {
      throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
    }
    const lines: Prisma.PayoutBatchLineCreateManyBatchInput[] = [];
    for (const seller of sellers) {
      if (accountProblems(seller).length > 0) {
        throw new DomainError("INVALID", "Rekening penjual belum lengkap atau tidak valid", {
          seller: seller.businessName,
        });
      }
      const amount = await availableForPayout(tx, seller.id);
      if (amount <= 0) continue;
      lines.push({
        sellerId: seller.id,
        amount,
        bankName: seller.bankName!.trim(),
        bankAccountNumber: seller.bankAccountNumber!,
        bankAccountName: seller.bankAccountName!.trim(),
      });
    }
    if (lines.length === 0) {
      throw new DomainError("CONFLICT", "Tidak ada saldo yang bisa dicairkan");
    }
    const total = lines.reduce((sum, l) => sum + l.amount, 0);
    const batch = await tx.payoutBatch.create({
      data: {
        code: batchCode(new Date()),
        regionCode: input.regionCode,
        total,
        createdById: input.actorId,
        lines: { createMany: { data: lines } },
      },
      select: { id: true, code: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "payoutBatch.create",
      entityType: "PayoutBatch",
      entityId: batch.id,
      data: { code: batch.code, total, lines: lines.map((l) => [l.sellerId, l.amount]) },
    });
    return batch;
  });
}

export const MarkPayoutBatchSentSchema = z.object({
  bankReference: transferReference,
  sentOn: transferDay,
});
export type MarkPayoutBatchSentInput = z.infer<typeof MarkPayoutBatchSentSchema>;

/** The batch, visible to staff of the region it was made for (admins see all). */
async function findBatch(tx: Prisma.TransactionClient | Db, batchId: string, regions: Regions) {
  const batch = await tx.payoutBatch.findFirst({
    where: { id: batchId, ...(regions ? { regionCode: { in: regions } } : {}) },
    select: { id: true, code: true, status: true },
  });
  if (!batch) throw new DomainError("NOT_FOUND", "Pencairan tidak ditemukan");
  return batch;
}

/**
 * Records a batch as sent by the bank: each line becomes one Payout and one PAYOUT ledger entry,
 * the seller is told, all in one transaction. The DRAFT → SENT update is conditional, so marking
 * twice (a double submit, two staff at once) records the payouts once; the second call finds the
 * batch already sent and changes nothing.
 */
export async function markPayoutBatchSent(
  db: Db,
  input: {
    batchId: string;
    actorId: string;
    actorRole: Role;
    regions: Regions;
    data: MarkPayoutBatchSentInput;
  },
): Promise<{ recorded: number }> {
  const data = MarkPayoutBatchSentSchema.parse(input.data);
  const sentAt = transferMoment(data.sentOn);
  const result = await db.$transaction(async (tx) => {
    const batch = await findBatch(tx, input.batchId, input.regions);
    const moved = await tx.payoutBatch.updateMany({
      where: { id: batch.id, status: "DRAFT" },
      data: {
        status: "SENT",
        bankReference: data.bankReference,
        sentAt,
        sentById: input.actorId,
      },
    });
    if (moved.count === 0) {
      const now = await tx.payoutBatch.findUniqueOrThrow({
        where: { id: batch.id },
        select: { status: true },
      });
      if (now.status === "SENT") return { recorded: 0 };
      throw new DomainError("CONFLICT", "Pencairan yang dibatalkan tidak bisa ditandai terkirim");
    }
    const lines = await tx.payoutBatchLine.findMany({
      where: { batchId: batch.id },
      orderBy: { sellerId: "asc" },
      select: { id: true, sellerId: true, amount: true },
    });
    for (const line of lines) {
      const payout = await tx.payout.create({
        data: {
          sellerId: line.sellerId,
          amount: line.amount,
          reference: data.bankReference,
          note: `Pencairan ${batch.code}`,
          recordedById: input.actorId,
          paidAt: sentAt,
        },
        select: { id: true },
      });
      await tx.ledgerEntry.create({
        data: {
          sellerId: line.sellerId,
          type: "PAYOUT",
          amount: -line.amount,
          payoutId: payout.id,
          description: `Pembayaran ke rekening penjual (${data.bankReference}, ${batch.code})`,
        },
      });
      await tx.payoutBatchLine.update({ where: { id: line.id }, data: { payoutId: payout.id } });
      await recordAudit(tx, {
        actorId: input.actorId,
        actorRole: input.actorRole,
        action: "payout.record",
        entityType: "Payout",
        entityId: payout.id,
        sellerId: line.sellerId,
        data: { amount: line.amount, reference: data.bankReference, batch: batch.code },
      });
      await notify(tx, [
        {
          kind: "seller.payout",
          to: { shop: line.sellerId },
          params: { amount: line.amount, reference: data.bankReference },
          link: `/kelola/${line.sellerId}/saldo`,
          key: `seller.payout:${payout.id}`,
          actorId: input.actorId,
        },
      ]);
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "payoutBatch.send",
      entityType: "PayoutBatch",
      entityId: batch.id,
      data: { code: batch.code, bankReference: data.bankReference, sentOn: data.sentOn },
    });
    return { recorded: lines.length };
  });
  if (result.recorded > 0) notifyOutbox();
  return result;
}

/** Cancels a draft: its lines stop holding money back. Cancelling twice changes nothing. */
export async function cancelPayoutBatch(
  db: Db,
  input: { batchId: string; actorId: string; actorRole: Role; regions: Regions },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const batch = await findBatch(tx, input.batchId, input.regions);
    const moved = await tx.payoutBatch.updateMany({
      where: { id: batch.id, status: "DRAFT" },
      data: { status: "CANCELLED", cancelledAt: new Date() },
    });
    if (moved.count === 0) {
      // Read again: another transaction may have moved it since `findBatch`.
      const now = await tx.payoutBatch.findUniqueOrThrow({
        where: { id: batch.id },
        select: { status: true },
      });
      if (now.status === "CANCELLED") return;
      throw new DomainError("CONFLICT", "Pencairan yang sudah terkirim tidak bisa dibatalkan");
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "payoutBatch.cancel",
      entityType: "PayoutBatch",
      entityId: batch.id,
      data: { code: batch.code },
    });
  });
}

export interface PayoutBatchSummary {
  id: string;
  code: string;
  status: PayoutBatchStatus;
  total: number;
  lineCount: number;
  createdAt: string;
}

export async function listPayoutBatches(
  db: Db,
  input: { regions: Regions; take?: number },
): Promise<PayoutBatchSummary[]> {
  const rows = await db.payoutBatch.findMany({
    where: input.regions ? { regionCode: { in: input.regions } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take ?? 30,
    select: {
      id: true,
      code: true,
      status: true,
      total: true,
      createdAt: true,
      _count: { select: { lines: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: r.status,
    total: r.total,
    lineCount: r._count.lines,
    createdAt: r.createdAt.toISOString(),
  }));
}

export interface PayoutBatchView extends Omit<PayoutBatchSummary, "lineCount"> {
  bankReference: string | null;
  sentAt: string | null;
  lines: (PayoutCsvLine & { sellerId: string; businessName: string })[];
}

export async function getPayoutBatch(
  db: Db,
  input: { batchId: string; regions: Regions },
): Promise<PayoutBatchView | null> {
  const batch = await db.payoutBatch.findFirst({
    where: {
      id: input.batchId,
      ...(input.regions ? { regionCode: { in: input.regions } } : {}),
    },
    select: {
      id: true,
      code: true,
      status: true,
      total: true,
      createdAt: true,
      bankReference: true,
      sentAt: true,
      lines: {
        orderBy: { seller: { businessName: "asc" } },
        select: {
          sellerId: true,
          amount: true,
          bankName: true,
          bankAccountNumber: true,
          bankAccountName: true,
          seller: {
            select: { businessName: true, whatsapp: true, owner: { select: { email: true } } },
          },
        },
      },
    },
  });
  if (!batch) return null;
  return {
    id: batch.id,
    code: batch.code,
    status: batch.status,
    total: batch.total,
    createdAt: batch.createdAt.toISOString(),
    bankReference: batch.bankReference,
    sentAt: batch.sentAt?.toISOString() ?? null,
    lines: batch.lines.map((l) => ({
      sellerId: l.sellerId,
      businessName: l.seller.businessName,
      amount: l.amount,
      bankName: l.bankName,
      bankAccountNumber: l.bankAccountNumber,
      bankAccountName: l.bankAccountName,
      email: l.seller.owner?.email ?? null,
      phone: l.seller.whatsapp,
    })),
  };
}
