/**
 * The debt book ("buku utang-piutang"): what customers owe the shop (piutang, e.g. a "bon" at the
 * warung) and what the shop owes suppliers (utang), paid off in one or more payments.
 *
 * A payment is cash that moved, so it writes one cashbook entry in the same transaction (income
 * for a receivable, expense for a payable, under the debt's category) and the cashbook counts it
 * exactly once; the debt itself is not cash and never reaches the cashbook. Undoing a payment
 * removes its entry with it.
 */
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { DebtDirection } from "~/generated/prisma/enums";
import { normalizeIndonesianPhone } from "~/modules/auth/phone";
import { notify, type NotificationInput } from "~/modules/notifications/notify.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError, invalidInput } from "~/utils/errors";
import { blankToUndefined, checkboxField } from "~/utils/forms";
import { jakartaDateOf, jakartaDayStart } from "~/utils/jakarta-calendar";
import {
  CategoryField,
  dayField,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  NoteField,
  recordSizeClass,
  RupiahAmountField,
} from "./cashbook.server";
import { debtState, REMINDER_LEAD_DAYS, reminderStage, type DebtState } from "./debts";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Automatic reminders wait for the morning (Jakarta time), like the staff digest. */
const REMINDER_HOUR = 7;

/** The cashbook kind a debt's payments are written as. */
function paymentKind(direction: DebtDirection): "INCOME" | "EXPENSE" {
  return direction === "RECEIVABLE" ? "INCOME" : "EXPENSE";
}

function debtCategoriesFor(direction: DebtDirection): readonly string[] {
  return direction === "RECEIVABLE" ? INCOME_CATEGORIES : EXPENSE_CATEGORIES;
}

/** What is wrong with a due date (days `YYYY-MM-DD`), for a new debt and a moved one alike. */
function dueDateProblem(debt: { incurredOn: string; dueOn?: string; remind: boolean }) {
  if (debt.dueOn && debt.dueOn < debt.incurredOn) {
    return "Jatuh tempo tidak boleh sebelum tanggal utang";
  }
  if (debt.remind && !debt.dueOn) return "Isi tanggal jatuh tempo agar bisa diingatkan";
  return null;
}

const DebtId = z.string().min(1).max(64);

const DebtFields = z.object({
  direction: z.enum(["RECEIVABLE", "PAYABLE"], {
    error: "Pilih jenis: piutang (orang berutang ke usaha) atau utang (usaha berutang)",
  }),
  partyName: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "Nama wajib diisi" })
      .trim()
      .min(2, { error: "Nama minimal 2 huruf" })
      .max(80, { error: "Nama maksimal 80 huruf" }),
  ),
  partyPhone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((v, ctx) => {
        const phone = normalizeIndonesianPhone(v);
        if (!phone) {
          ctx.addIssue({ code: "custom", message: "Nomor HP tidak valid (contoh 0812-3456-7890)" });
          return z.NEVER;
        }
        return phone;
      })
      .optional(),
  ),
  category: CategoryField,
  amount: RupiahAmountField,
  incurredOn: dayField({ recent: true }),
  dueOn: z.preprocess(blankToUndefined, dayField({ recent: false }).optional()),
  note: NoteField,
  remind: checkboxField,
});

/** A new line of the debt book, as entered by the seller or their operator. */
export const DebtSchema = DebtFields.refine(
  (debt) => debtCategoriesFor(debt.direction).includes(debt.category),
  {
    error: "Kategori tidak sesuai dengan jenis catatan",
    path: ["category"],
    when: (payload) =>
      DebtFields.pick({ direction: true, category: true }).safeParse(payload.value).success,
  },
).refine((debt) => dueDateProblem(debt) === null, {
  error: (issue) => dueDateProblem(issue.input as Parameters<typeof dueDateProblem>[0]) ?? "",
  path: ["dueOn"],
  when: (payload) =>
    DebtFields.pick({ incurredOn: true, dueOn: true, remind: true }).safeParse(payload.value)
      .success,
});
export type DebtInput = z.infer<typeof DebtSchema>;

const DebtPaymentSchema = z.object({
  debtId: DebtId,
  amount: RupiahAmountField,
  paidOn: dayField({ recent: true }),
});

export interface DebtView {
  id: string;
  direction: DebtDirection;
  partyName: string;
  partyPhone: string | null;
  category: string;
  amount: number;
  paid: number;
  remaining: number;
  incurredOn: string;
  dueOn: string | null;
  note: string;
  remind: boolean;
  state: DebtState;
  settledOn: string | null;
  payments: { id: string; amount: number; paidOn: string }[];
}

export async function addDebt(
  db: Db,
  input: { sellerId: string; recordedById: string | null; data: DebtInput },
): Promise<{ id: string }> {
  const parsed = DebtSchema.safeParse(input.data);
  if (!parsed.success) throw invalidInput(parsed.error, "Catatan tidak valid");
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { id: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const d = parsed.data;
  return db.debt.create({
    data: {
      sellerId: input.sellerId,
      direction: d.direction,
      partyName: d.partyName,
      partyPhone: d.partyPhone ?? null,
      category: d.category,
      amount: d.amount,
      incurredOn: jakartaDayStart(d.incurredOn),
      dueOn: d.dueOn ? jakartaDayStart(d.dueOn) : null,
      note: d.note,
      remind: d.remind,
      recordedById: input.recordedById,
    },
    select: { id: true },
  });
}

/** The shop's debts: open ones first by due date, or the settled ones, newest first. */
export async function listDebts(
  db: Db,
  input: { sellerId: string; settled: boolean; now?: Date; take?: number },
): Promise<DebtView[]> {
  const today = jakartaDateOf(input.now ?? new Date());
  const rows = await db.debt.findMany({
    where: { sellerId: input.sellerId, settledAt: input.settled ? { not: null } : null },
    orderBy: input.settled
      ? [{ settledAt: "desc" }]
      : [{ dueOn: { sort: "asc", nulls: "last" } }, { incurredOn: "asc" }],
    take: input.take ?? 200,
    include: {
      payments: {
        orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, amount: true, paidOn: true },
      },
    },
  });
  return rows.map((row) => {
    const amount = Number(row.amount);
    const paid = Number(row.paidAmount);
    const dueOn = row.dueOn ? jakartaDateOf(row.dueOn) : null;
    return {
      id: row.id,
      direction: row.direction,
      partyName: row.partyName,
      partyPhone: row.partyPhone,
      category: row.category,
      amount,
      paid,
      remaining: amount - paid,
      incurredOn: jakartaDateOf(row.incurredOn),
      dueOn,
      note: row.note,
      remind: row.remind,
      state: debtState({ remaining: amount - paid, dueOn }, today),
      settledOn: row.settledAt ? jakartaDateOf(row.settledAt) : null,
      payments: row.payments.map((p) => ({
        id: p.id,
        amount: Number(p.amount),
        paidOn: jakartaDateOf(p.paidOn),
      })),
    };
  });
}

/**
 * Records a payment of a debt of this shop (`data`: the payment form's fields, checked here),
 * and its cashbook entry, in one transaction. The
 * amount may not exceed what is left; the debt is settled when nothing is. A concurrent payment
 * of the same debt loses the conditional update and is refused, so a debt is never overpaid.
 */
export async function recordDebtPayment(
  db: Db,
  input: { sellerId: string; recordedById: string | null; data: unknown },
): Promise<{ settled: boolean; remaining: number }> {
  const parsed = DebtPaymentSchema.safeParse(input.data);
  if (!parsed.success) throw invalidInput(parsed.error, "Catatan tidak valid");
  const { debtId, amount, paidOn } = parsed.data;
  const result = await db.$transaction(async (tx) => {
    const debt = await tx.debt.findFirst({
      where: { id: debtId, sellerId: input.sellerId },
      select: {
        direction: true,
        partyName: true,
        category: true,
        amount: true,
        paidAmount: true,
        incurredOn: true,
      },
    });
    if (!debt) throw new DomainError("NOT_FOUND", "Catatan utang-piutang tidak ditemukan");
    const remaining = Number(debt.amount - debt.paidAmount);
    if (remaining <= 0) throw new DomainError("CONFLICT", "Catatan ini sudah lunas");
    if (amount > remaining) {
      throw new DomainError("INVALID", "Jumlah melebihi sisa yang belum dibayar", { remaining });
    }
    if (paidOn < jakartaDateOf(debt.incurredOn)) {
      throw new DomainError("INVALID", "Tanggal bayar tidak boleh sebelum tanggal utang");
    }
    const paidAmount = debt.paidAmount + BigInt(amount);
    const settled = paidAmount === debt.amount;
    const { count } = await tx.debt.updateMany({
      where: { id: debtId, paidAmount: debt.paidAmount },
      data: { paidAmount, settledAt: settled ? new Date() : null },
    });
    if (count !== 1) {
      throw new DomainError("CONFLICT", "Catatan ini baru saja berubah; muat ulang lalu coba lagi");
    }
    const entry = await tx.cashbookEntry.create({
      data: {
        sellerId: input.sellerId,
        kind: paymentKind(debt.direction),
        category: debt.category,
        amount,
        occurredOn: jakartaDayStart(paidOn),
        note: `${debt.direction === "RECEIVABLE" ? "Pembayaran piutang" : "Pembayaran utang"}: ${debt.partyName}`,
        recordedById: input.recordedById,
      },
      select: { id: true },
    });
    await tx.debtPayment.create({
      data: {
        debtId,
        amount,
        paidOn: jakartaDayStart(paidOn),
        cashbookEntryId: entry.id,
        recordedById: input.recordedById,
      },
    });
    return { settled, remaining: remaining - amount };
  });
  await recordSizeClass(db, { sellerId: input.sellerId });
  return result;
}

/** Undoes a payment recorded by mistake: the payment and its cashbook entry go, the debt reopens. */
export async function deleteDebtPayment(
  db: Db,
  input: { sellerId: string; paymentId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const payment = await tx.debtPayment.findFirst({
      where: { id: input.paymentId, debt: { sellerId: input.sellerId } },
      select: {
        amount: true,
        cashbookEntryId: true,
        debt: { select: { id: true, paidAmount: true } },
      },
    });
    if (!payment) throw new DomainError("NOT_FOUND", "Pembayaran tidak ditemukan");
    const { count } = await tx.debt.updateMany({
      where: { id: payment.debt.id, paidAmount: payment.debt.paidAmount },
      data: { paidAmount: payment.debt.paidAmount - payment.amount, settledAt: null },
    });
    if (count !== 1) {
      throw new DomainError("CONFLICT", "Catatan ini baru saja berubah; muat ulang lalu coba lagi");
    }
    // The payment row goes with its entry (cascade).
    await tx.cashbookEntry.delete({ where: { id: payment.cashbookEntryId } });
  });
  await recordSizeClass(db, { sellerId: input.sellerId });
}

const RescheduleSchema = DebtFields.pick({ dueOn: true, remind: true }).extend({
  debtId: DebtId,
});

/**
 * Moves an open debt's due date ("janji bayar minggu depan") or clears it, and turns its
 * reminders on or off (`data`: the form's fields, checked here). A new date gets its own reminders (their key holds the date).
 */
export async function rescheduleDebt(
  db: Db,
  input: { sellerId: string; data: unknown },
): Promise<void> {
  const parsed = RescheduleSchema.safeParse(input.data);
  if (!parsed.success) throw invalidInput(parsed.error, "Catatan tidak valid");
  const { debtId, dueOn, remind } = parsed.data;
  const debt = await db.debt.findFirst({
    where: { id: debtId, sellerId: input.sellerId },
    select: { incurredOn: true, settledAt: true },
  });
  if (!debt) throw new DomainError("NOT_FOUND", "Catatan utang-piutang tidak ditemukan");
  if (debt.settledAt) throw new DomainError("CONFLICT", "Catatan ini sudah lunas");
  const problem = dueDateProblem({ incurredOn: jakartaDateOf(debt.incurredOn), dueOn, remind });
  if (problem) throw new DomainError("INVALID", problem);
  await db.debt.updateMany({
    where: { id: debtId, settledAt: null },
    data: { dueOn: dueOn ? jakartaDayStart(dueOn) : null, remind },
  });
}

/** Deletes a debt entered by mistake; one with payments must have them undone first. */
export async function deleteDebt(db: Db, input: { sellerId: string; debtId: string }) {
  const { count } = await db.debt.deleteMany({
    where: { id: input.debtId, sellerId: input.sellerId, payments: { none: {} } },
  });
  if (count === 1) return;
  const exists = await db.debt.findFirst({
    where: { id: input.debtId, sellerId: input.sellerId },
    select: { id: true },
  });
  if (!exists) throw new DomainError("NOT_FOUND", "Catatan utang-piutang tidak ditemukan");
  throw new DomainError(
    "CONFLICT",
    "Catatan yang sudah ada pembayarannya tidak dapat dihapus; batalkan pembayarannya dulu",
  );
}

export interface DebtTotals {
  receivable: { open: number; count: number; overdue: number };
  payable: { open: number; count: number; overdue: number };
}

/** What is still owed each way, how many debts, and how many are past their due date. */
export async function debtTotals(
  db: Db | Prisma.TransactionClient,
  input: { sellerId: string; now?: Date },
): Promise<DebtTotals> {
  const todayStart = jakartaDayStart(jakartaDateOf(input.now ?? new Date()));
  const where = { sellerId: input.sellerId, settledAt: null };
  const [open, overdue] = await Promise.all([
    db.debt.groupBy({
      by: ["direction"],
      where,
      _sum: { amount: true, paidAmount: true },
      _count: { _all: true },
    }),
    db.debt.groupBy({
      by: ["direction"],
      where: { ...where, dueOn: { lt: todayStart } },
      _count: { _all: true },
    }),
  ]);
  const side = (direction: DebtDirection) => {
    const g = open.find((row) => row.direction === direction);
    return {
      open: Number((g?._sum.amount ?? 0n) - (g?._sum.paidAmount ?? 0n)),
      count: g?._count._all ?? 0,
      overdue: overdue.find((row) => row.direction === direction)?._count._all ?? 0,
    };
  };
  return { receivable: side("RECEIVABLE"), payable: side("PAYABLE") };
}

/**
 * The automatic reminders a shop asked for: to the shop (its owner and its desa's operator), a
 * few days before a debt's due date and on the day, from 07:00 Jakarta time. The other party is
 * not messaged by the platform: they have no account and did not agree to it; the shop sends
 * its own reminder from the debt book's WhatsApp link. Each reminder is written once (dedupe key).
 */
export async function sendDebtReminders(db: Db, input: { now?: Date } = {}): Promise<number> {
  const now = input.now ?? new Date();
  const today = jakartaDateOf(now);
  const todayStart = jakartaDayStart(today);
  if (now.getTime() < todayStart.getTime() + REMINDER_HOUR * HOUR_MS) return 0;
  const debts = await db.debt.findMany({
    where: {
      settledAt: null,
      remind: true,
      dueOn: {
        gte: todayStart,
        lt: new Date(todayStart.getTime() + (REMINDER_LEAD_DAYS + 1) * DAY_MS),
      },
    },
    select: {
      id: true,
      sellerId: true,
      direction: true,
      partyName: true,
      amount: true,
      paidAmount: true,
      dueOn: true,
    },
  });
  const items: NotificationInput[] = [];
  for (const debt of debts) {
    const dueOn = jakartaDateOf(debt.dueOn!);
    const stage = reminderStage(dueOn, today);
    if (!stage) continue;
    const kind = debt.direction === "RECEIVABLE" ? "seller.receivableDue" : "seller.payableDue";
    items.push({
      kind,
      to: { shop: debt.sellerId },
      params: {
        party: debt.partyName,
        amount: Number(debt.amount - debt.paidAmount),
        dueOn: debt.dueOn!.toISOString(),
      },
      link: `/kelola/${debt.sellerId}/buku-kas/utang-piutang`,
      key: `${kind}:${debt.id}:${dueOn}:${stage}`,
    });
  }
  if (items.length === 0) return 0;
  const written = await db.$transaction((tx) => notify(tx, items, now));
  notifyOutbox();
  return written;
}
