/** What the statement pages show, and a person's decision on a line the matcher left open. */
import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { lockRow } from "~/utils/sql.server";
import type { PaymentSettlement } from "../providers/types";

const statementSummary = {
  id: true,
  fileName: true,
  preset: true,
  creditCount: true,
  newCount: true,
  confirmedCount: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} as const;

export async function listStatements(db: Db, input: { sellerId: string; take?: number }) {
  const rows = await db.bankStatement.findMany({
    where: { sellerId: input.sellerId },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 20,
    select: statementSummary,
  });
  return rows.map((r) => ({
    ...r,
    uploadedBy: r.uploadedBy.name,
    createdAt: r.createdAt.toISOString(),
  }));
}

const paymentSummary = {
  id: true,
  amount: true,
  uniqueCode: true,
  createdAt: true,
  status: true,
  order: { select: { code: true, status: true, group: { select: { buyerName: true } } } },
} as const;

/** One upload: its confirmed, unmatched and ambiguous lines, with the payments concerned. */
export async function getStatement(db: Db, input: { sellerId: string; statementId: string }) {
  const statement = await db.bankStatement.findFirst({
    where: { id: input.statementId, sellerId: input.sellerId },
    select: {
      ...statementSummary,
      lines: {
        orderBy: { lineNumber: "asc" },
        select: {
          id: true,
          lineNumber: true,
          bookedOn: true,
          description: true,
          amount: true,
          outcome: true,
          candidateIds: true,
          settledAt: true,
          payment: { select: paymentSummary },
        },
      },
    },
  });
  if (!statement) return null;
  const candidateIds = [
    ...new Set(
      statement.lines.flatMap((l) =>
        l.outcome === "AMBIGUOUS" && l.candidateIds ? (JSON.parse(l.candidateIds) as string[]) : [],
      ),
    ),
  ];
  const candidates = new Map(
    (
      await db.payment.findMany({
        where: { id: { in: candidateIds }, order: { sellerId: input.sellerId } },
        select: paymentSummary,
      })
    ).map((p) => [p.id, p]),
  );
  const view = (p: NonNullable<(typeof statement.lines)[number]["payment"]>) => ({
    id: p.id,
    amount: p.amount,
    uniqueCode: p.uniqueCode,
    createdAt: p.createdAt.toISOString(),
    open: p.status === "PENDING" || p.status === "AWAITING_CONFIRMATION",
    orderCode: p.order?.code ?? "",
    buyerName: p.order?.group.buyerName ?? "",
  });
  return {
    id: statement.id,
    fileName: statement.fileName,
    preset: statement.preset,
    creditCount: statement.creditCount,
    alreadyUploaded: statement.creditCount - statement.newCount,
    confirmedCount: statement.confirmedCount,
    createdAt: statement.createdAt.toISOString(),
    uploadedBy: statement.uploadedBy.name,
    lines: sections(
      statement.lines.map((l) => ({
        id: l.id,
        lineNumber: l.lineNumber,
        bookedOn: l.bookedOn,
        description: l.description,
        amount: l.amount,
        outcome: l.outcome,
        payment: l.payment ? view(l.payment) : null,
        candidates:
          l.outcome === "AMBIGUOUS" && l.candidateIds
            ? (JSON.parse(l.candidateIds) as string[])
                .map((id) => candidates.get(id))
                .filter((p) => !!p)
                .map(view)
            : [],
      })),
    ),
  };
}

/**
 * A statement's lines as its page shows them: those that paid an order (matched, or decided by a
 * person), those waiting for a person, and those that paid none of the open ones (unmatched, or
 * set aside by a person).
 */
function sections<T extends { outcome: string; payment: unknown }>(lines: T[]) {
  return {
    paid: lines.filter(
      (l) => l.outcome === "CONFIRMED" || (l.outcome === "SETTLED" && l.payment !== null),
    ),
    ambiguous: lines.filter((l) => l.outcome === "AMBIGUOUS"),
    unmatched: lines.filter(
      (l) => l.outcome === "UNMATCHED" || (l.outcome === "SETTLED" && l.payment === null),
    ),
  };
}

export const SettleLineSchema = z.object({
  lineId: z.string().min(1).max(40),
  /** The payment the line pays; absent = the line pays none of them (set aside). */
  paymentId: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.string().min(1).max(40).optional(),
  ),
});

export const LINE_ALREADY_SETTLED = "Baris mutasi ini sudah diputuskan";
export const NOT_A_CANDIDATE = "Pembayaran ini tidak cocok dengan baris mutasi tersebut";
export const PAYMENT_NOT_OPEN = "Pembayaran ini sudah tidak menunggu konfirmasi";

/**
 * A person decides an ambiguous line: which of its candidate payments it pays (confirmed like
 * an automatic match), or none. Each line is decided once.
 */
export async function settleStatementLine(
  db: Db,
  input: {
    sellerId: string;
    lineId: string;
    paymentId?: string;
    actor: { id: string; role: Role | null };
    now?: Date;
  },
  settlement: PaymentSettlement,
): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    await lockRow(tx, "Seller", input.sellerId);
    const line = await tx.bankStatementLine.findFirst({
      where: { id: input.lineId, sellerId: input.sellerId },
      select: { id: true, outcome: true, candidateIds: true, amount: true },
    });
    if (!line) throw new DomainError("NOT_FOUND", "Baris mutasi tidak ditemukan");
    if (line.outcome !== "AMBIGUOUS") throw new DomainError("CONFLICT", LINE_ALREADY_SETTLED);
    if (input.paymentId) {
      const candidates = line.candidateIds ? (JSON.parse(line.candidateIds) as string[]) : [];
      if (!candidates.includes(input.paymentId)) {
        throw new DomainError("INVALID", NOT_A_CANDIDATE);
      }
      const done = await settlement.confirmMany(tx, {
        paymentIds: [input.paymentId],
        actorId: input.actor.id,
        note: "Dikonfirmasi dari mutasi rekening",
        at: now,
      });
      if (done.length !== 1) throw new DomainError("CONFLICT", PAYMENT_NOT_OPEN);
    }
    const { count } = await tx.bankStatementLine.updateMany({
      where: { id: line.id, outcome: "AMBIGUOUS" },
      data: {
        outcome: "SETTLED",
        paymentId: input.paymentId ?? null,
        settledById: input.actor.id,
        settledAt: now,
      },
    });
    if (count !== 1) throw new DomainError("CONFLICT", LINE_ALREADY_SETTLED);
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: input.paymentId ? "payment.confirmFromStatement" : "statement.lineSetAside",
      entityType: input.paymentId ? "Payment" : "BankStatementLine",
      entityId: input.paymentId ?? line.id,
      sellerId: input.sellerId,
      data: { lineId: line.id, amount: line.amount },
    });
  });
  notifyOutbox();
}
