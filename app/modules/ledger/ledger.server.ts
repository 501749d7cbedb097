import { z } from "zod";
import { notify } from "~/modules/notifications/notify.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Prisma } from "~/generated/prisma/client";
import type { LedgerEntryType, Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { lockRow } from "~/utils/sql.server";
import { blankToUndefined } from "~/utils/forms";

type Tx = Prisma.TransactionClient | Db;

/**
 * A seller's balance is what the platform owes them. A completed order adds the sale and
 * subtracts the platform fee; when the buyer paid the seller directly (COD, transfer or QRIS to
 * the seller's own account) the money is already with the seller, so a "paid directly" entry
 * takes the sale back out and only the fee remains (owed by the seller). Payouts subtract.
 * The delivery fee the buyer paid is its own entry (SHIPPING_FEE) beside the goods (SALE); when
 * the platform booked the courier, what the courier charged is taken back (COURIER_CHARGE). Cash a
 * courier collected on delivery for the platform's account stays in the balance like a card
 * payment; collected for the seller's own courier account it is paid directly.
 */
export function platformFee(subtotal: number, feePercent: number): number {
  return Math.round((subtotal * feePercent) / 100);
}

/** Writes the ledger entries of a completed order. Unique (order, type) keeps it to once. */
export async function recordOrderInLedger(
  tx: Tx,
  input: {
    order: { id: string; code: string; sellerId: string; subtotal: number; total: number };
    paidToSeller: boolean;
    /** The kode unik the buyer added to a transfer (rupiah), which the seller received too. */
    transferCode?: number;
    /** Rupiah the platform's courier account paid for a pickup it booked for this order. */
    courierCharge?: number;
    feePercent: number;
  },
): Promise<void> {
  const { order } = input;
  const fee = platformFee(order.subtotal, input.feePercent);
  const shipping = order.total - order.subtotal;
  const entries: { type: LedgerEntryType; amount: number; description: string }[] = [
    { type: "SALE", amount: order.subtotal, description: `Penjualan ${order.code}` },
  ];
  if (shipping > 0) {
    entries.push({ type: "SHIPPING_FEE", amount: shipping, description: `Ongkir ${order.code}` });
  }
  const courierCharge = input.courierCharge ?? 0;
  if (courierCharge > 0) {
    // The platform's aggregator account paid the courier for the pickup it booked.
    entries.push({
      type: "COURIER_CHARGE",
      amount: -courierCharge,
      description: `Ongkir kurir dibayar platform ${order.code}`,
    });
  }
  if (fee > 0) {
    entries.push({
      type: "PLATFORM_FEE",
      amount: -fee,
      description: `Biaya platform ${input.feePercent}% ${order.code}`,
    });
  }
  const transferCode = input.transferCode ?? 0;
  if (transferCode > 0) {
    entries.push({
      type: "TRANSFER_CODE",
      amount: transferCode,
      description: `Kode unik transfer ${order.code}`,
    });
  }
  if (input.paidToSeller) {
    // Everything the buyer sent went to the seller's own account, kode unik included.
    entries.push({
      type: "ADJUSTMENT",
      amount: -(order.total + transferCode),
      description: `Dibayar langsung ke penjual ${order.code}`,
    });
  }
  await tx.ledgerEntry.createMany({
    data: entries.map((e) => ({ ...e, sellerId: order.sellerId, orderId: order.id })),
  });
}

/** A refund after completion: one entry that brings the order's net back to zero. */
export async function reverseOrderInLedger(
  tx: Tx,
  input: { order: { id: string; code: string; sellerId: string } },
): Promise<void> {
  const net = await tx.ledgerEntry.aggregate({
    where: { orderId: input.order.id },
    _sum: { amount: true },
    _count: { _all: true },
  });
  if (net._count._all === 0) return;
  await tx.ledgerEntry.create({
    data: {
      sellerId: input.order.sellerId,
      orderId: input.order.id,
      type: "REFUND",
      amount: -(net._sum.amount ?? 0),
      description: `Pengembalian dana ${input.order.code}`,
    },
  });
}

/** The bank's reference of a transfer, as staff type it from the bank's receipt. */
export const transferReference = z
  .string({ error: "Nomor referensi transfer wajib diisi" })
  .trim()
  .min(3, { error: "Nomor referensi minimal 3 huruf" })
  .max(80, { error: "Nomor referensi maksimal 80 huruf" });

/** The day money left the bank, `YYYY-MM-DD`. */
export const transferDay = z
  .string({ error: "Tanggal wajib diisi" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Tanggal tidak valid" });

/** A transfer day as a moment (noon in Jakarta), refused when it lies in the future. */
export function transferMoment(day: string): Date {
  const at = new Date(`${day}T12:00:00+07:00`);
  if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + 86_400_000) {
    throw new DomainError("INVALID", "Tanggal pembayaran tidak boleh di masa depan");
  }
  return at;
}

export const PayoutSchema = z.object({
  amount: z.coerce
    .number({ error: "Jumlah wajib diisi (angka rupiah)" })
    .int({ error: "Jumlah harus bilangan bulat rupiah" })
    .min(1, { error: "Jumlah minimal Rp1" })
    .max(2_000_000_000, { error: "Jumlah terlalu besar" }),
  reference: transferReference,
  paidOn: transferDay,
  note: z.preprocess(
    blankToUndefined,
    z.string().trim().max(200, { error: "Catatan maksimal 200 huruf" }).optional(),
  ),
});
export type PayoutInput = z.infer<typeof PayoutSchema>;

export async function ledgerBalance(db: Tx, sellerId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { sellerId }, _sum: { amount: true } });
  return result._sum.amount ?? 0;
}

/** Money held back for a payout batch that is not sent yet ("dalam proses pencairan"). */
export async function reservedForPayout(db: Tx, sellerId: string): Promise<number> {
  const result = await db.payoutBatchLine.aggregate({
    where: { sellerId, batch: { status: "DRAFT" } },
    _sum: { amount: true },
  });
  return result._sum.amount ?? 0;
}

/**
 * What may still be paid out: the balance less what draft batches hold. Read it after locking the
 * seller's row (`lockRow`), as every payout and batch does, so two writers never share it.
 */
export async function availableForPayout(db: Tx, sellerId: string): Promise<number> {
  const [balance, reserved] = await Promise.all([
    ledgerBalance(db, sellerId),
    reservedForPayout(db, sellerId),
  ]);
  return balance - reserved;
}

/**
 * Records money sent to the seller's account. A payout may not exceed the balance, and the
 * check and the write happen in one transaction so two staff cannot pay the same balance twice.
 */
export async function recordPayout(
  db: Db,
  input: { sellerId: string; actorId: string; actorRole: Role; data: PayoutInput },
): Promise<{ id: string }> {
  const paidAt = transferMoment(input.data.paidOn);
  const created = await db.$transaction(async (tx) => {
    // Two payouts (or a payout and a batch) must not both read the same balance.
    await lockRow(tx, "Seller", input.sellerId);
    const balance = await availableForPayout(tx, input.sellerId);
    if (input.data.amount > balance) {
      throw new DomainError("INVALID", "Jumlah pembayaran melebihi saldo penjual", { balance });
    }
    const payout = await tx.payout.create({
      data: {
        sellerId: input.sellerId,
        amount: input.data.amount,
        reference: input.data.reference,
        note: input.data.note ?? null,
        recordedById: input.actorId,
        paidAt,
      },
      select: { id: true },
    });
    await tx.ledgerEntry.create({
      data: {
        sellerId: input.sellerId,
        type: "PAYOUT",
        amount: -input.data.amount,
        payoutId: payout.id,
        description: `Pembayaran ke rekening penjual (${input.data.reference})`,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "payout.record",
      entityType: "Payout",
      entityId: payout.id,
      sellerId: input.sellerId,
      data: { amount: input.data.amount, reference: input.data.reference },
    });
    await notify(tx, [
      {
        kind: "seller.payout",
        to: { shop: input.sellerId },
        params: { amount: input.data.amount, reference: input.data.reference },
        link: `/kelola/${input.sellerId}/saldo`,
        key: `seller.payout:${payout.id}`,
        actorId: input.actorId,
      },
    ]);
    return payout;
  });
  notifyOutbox();
  return created;
}

export interface LedgerView {
  balance: number;
  /** Held in a payout batch not sent yet. */
  reserved: number;
  /** balance − reserved: what a payout may still take. */
  available: number;
  entries: {
    id: string;
    type: LedgerEntryType;
    amount: number;
    description: string;
    orderCode: string | null;
    createdAt: string;
  }[];
}

export async function getLedger(
  db: Db,
  input: { sellerId: string; take?: number },
): Promise<LedgerView> {
  const [balance, reserved, rows] = await Promise.all([
    ledgerBalance(db, input.sellerId),
    reservedForPayout(db, input.sellerId),
    db.ledgerEntry.findMany({
      where: { sellerId: input.sellerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.take ?? 100,
      select: {
        id: true,
        type: true,
        amount: true,
        description: true,
        createdAt: true,
        order: { select: { code: true } },
      },
    }),
  ]);
  return {
    balance,
    reserved,
    available: balance - reserved,
    entries: rows.map((r) => ({
      id: r.id,
      type: r.type,
      amount: r.amount,
      description: r.description,
      orderCode: r.order?.code ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
