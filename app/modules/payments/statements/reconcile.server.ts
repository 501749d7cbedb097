/**
 * A shop's bank statement, uploaded to confirm the transfers it shows. Credits are matched to the
 * account's open kode-unik transfers by exact amount within each payment's window
 * (`match.ts`); a single fit confirms the payment, several fits wait for a person, and lines
 * already uploaded (same fingerprint, see `parse.ts`) are skipped, so the same file twice
 * confirms nothing twice. Everything of one upload is one transaction.
 * See docs/decisions/029-statement-matching.md.
 */
import crypto from "node:crypto";
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import type { Role, StatementLineOutcome } from "~/generated/prisma/enums";
import { recordAudit, recordAudits } from "~/modules/audit/audit.server";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { insertRows, lockRow, sqlDate } from "~/utils/sql.server";
import type { PaymentSettlement, Tx } from "../providers/types";
import { matchCredits, type OpenPayment } from "./match";
import { parseStatement, type StatementError, type StatementLine } from "./parse";
import {
  LAYOUT_IDS,
  layoutFromMapping,
  PRESETS,
  StatementMappingSchema,
  type LayoutId,
  type StatementMapping,
} from "./presets";

export const CONFIRMED_FROM_STATEMENT = "Dikonfirmasi dari mutasi rekening";
export const NO_BANK_ACCOUNT = "Toko ini belum punya rekening bank untuk dicocokkan";

/** The upload form's fields besides the file: a preset, or the generic mapping. */
export const StatementUploadSchema = z.discriminatedUnion("layout", [
  z.object({ layout: z.enum(["bca", "bri", "bni", "mandiri"], { error: "Pilih bank" }) }),
  z.object({ layout: z.literal("generic") }).extend(StatementMappingSchema.shape),
]);

const CHUNK = 1_000;

export type StatementImport =
  | { ok: false; error: StatementError }
  | {
      ok: true;
      statementId: string;
      credits: number;
      alreadyUploaded: number;
      confirmed: number;
      unmatched: number;
      ambiguous: number;
    };

interface Actor {
  id: string;
  role: Role | null;
}

/** The account's open transfers: kode-unik payments to this account number, still awaited. */
async function openTransfers(tx: Tx, accountNumber: string): Promise<OpenPayment[]> {
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT p."id", p."amount", p."createdAt", o."expiresAt"
    FROM "Payment" p
    JOIN "Order" o ON o."id" = p."orderId"
    JOIN "Seller" s ON s."id" = o."sellerId"
    WHERE p."method" = 'BANK_TRANSFER' AND p."status" IN ('PENDING', 'AWAITING_CONFIRMATION')
      AND p."uniqueCode" IS NOT NULL AND o."status" = 'PENDING_PAYMENT'
      AND s."bankAccountNumber" = ${accountNumber}`;
  return rows.map((r) => ({
    id: String(r.id),
    amount: Number(r.amount),
    createdAt: sqlDate(r.createdAt)!,
    expiresAt: sqlDate(r.expiresAt),
  }));
}

/** Fingerprints of these lines this shop has uploaded before. */
async function knownFingerprints(
  tx: Tx,
  sellerId: string,
  lines: StatementLine[],
): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = await tx.$queryRaw<{ fingerprint: string }[]>`
      SELECT "fingerprint" FROM "BankStatementLine"
      WHERE "sellerId" = ${sellerId}
        AND "fingerprint" IN (${Prisma.join(lines.slice(i, i + CHUNK).map((l) => l.fingerprint))})`;
    for (const row of rows) known.add(String(row.fingerprint));
  }
  return known;
}

/**
 * Reads a statement file and confirms the transfers it proves. A file that cannot be read is
 * refused whole, with the line at fault; nothing is written then.
 */
export async function importStatement(
  db: Db,
  input: {
    sellerId: string;
    actor: Actor;
    fileName: string;
    csvText: string;
    layout: LayoutId;
    mapping?: StatementMapping;
    /** Hours a transfer stays open, for payments without a deadline of their own. */
    windowHours: number;
    now?: Date;
  },
  settlement: PaymentSettlement,
): Promise<StatementImport> {
  const now = input.now ?? new Date();
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { bankAccountNumber: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  if (!seller.bankAccountNumber) throw new DomainError("INVALID", NO_BANK_ACCOUNT);
  const accountNumber = seller.bankAccountNumber;
  const layout =
    input.layout === "generic" ? layoutFromMapping(input.mapping!) : PRESETS[input.layout];
  const parsed = parseStatement(input.csvText, layout, { now });
  if (!parsed.ok) return parsed;
  const credits = parsed.lines.filter((l) => l.direction === "CREDIT");

  const result = await db.$transaction(
    async (tx) => {
      // One upload per shop at a time, so two uploads of one file cannot both confirm.
      await lockRow(tx, "Seller", input.sellerId);
      const known = await knownFingerprints(tx, input.sellerId, credits);
      const fresh = credits.filter((l) => !known.has(l.fingerprint));
      const match = matchCredits({
        credits: fresh,
        open: await openTransfers(tx, accountNumber),
        windowHours: input.windowHours,
      });
      const confirmedIds = new Set(
        await settlement.confirmMany(tx, {
          paymentIds: match.confirmed.map((c) => c.paymentId),
          actorId: input.actor.id,
          note: CONFIRMED_FROM_STATEMENT,
          at: now,
        }),
      );
      const outcome = new Map<string, { outcome: StatementLineOutcome; paymentId?: string }>();
      for (const c of match.confirmed) {
        // A payment confirmed by hand a moment ago is no longer this line's to confirm.
        outcome.set(
          c.fingerprint,
          confirmedIds.has(c.paymentId)
            ? { outcome: "CONFIRMED", paymentId: c.paymentId }
            : { outcome: "UNMATCHED" },
        );
      }
      const candidates = new Map(match.ambiguous.map((a) => [a.line.fingerprint, a.paymentIds]));
      const statement = await tx.bankStatement.create({
        data: {
          sellerId: input.sellerId,
          uploadedById: input.actor.id,
          preset: input.layout,
          fileName: input.fileName.slice(0, 200),
          creditCount: credits.length,
          newCount: fresh.length,
          confirmedCount: confirmedIds.size,
        },
        select: { id: true },
      });
      for (let i = 0; i < fresh.length; i += CHUNK) {
        await tx.$executeRaw(
          insertRows(
            "BankStatementLine",
            fresh.slice(i, i + CHUNK).map((line) => {
              const known = outcome.get(line.fingerprint);
              const ambiguous = candidates.get(line.fingerprint);
              return {
                id: crypto.randomUUID(),
                statementId: statement.id,
                sellerId: input.sellerId,
                fingerprint: line.fingerprint,
                lineNumber: line.lineNumber,
                bookedOn: line.date,
                description: line.description.slice(0, 500),
                amount: line.amount,
                outcome: known?.outcome ?? (ambiguous ? "AMBIGUOUS" : "UNMATCHED"),
                paymentId: known?.paymentId ?? null,
                candidateIds: ambiguous ? JSON.stringify(ambiguous) : null,
                createdAt: now,
              };
            }),
          ),
        );
      }
      await recordAudits(
        tx,
        [...confirmedIds].map((paymentId) => ({
          actorId: input.actor.id,
          actorRole: input.actor.role,
          action: "payment.confirmFromStatement",
          entityType: "Payment",
          entityId: paymentId,
          sellerId: input.sellerId,
          data: { statementId: statement.id },
        })),
        now,
      );
      await recordAudit(tx, {
        actorId: input.actor.id,
        actorRole: input.actor.role,
        action: "statement.upload",
        entityType: "BankStatement",
        entityId: statement.id,
        sellerId: input.sellerId,
        data: { layout: input.layout, credits: credits.length, confirmed: confirmedIds.size },
      });
      await tx.seller.update({
        where: { id: input.sellerId },
        data: {
          statementPreset: input.layout,
          ...(input.mapping ? { statementMapping: JSON.stringify(input.mapping) } : {}),
        },
      });
      const counts = { UNMATCHED: 0, AMBIGUOUS: 0 };
      for (const line of fresh) {
        const o = outcome.get(line.fingerprint)?.outcome;
        if (o === "UNMATCHED" || (!o && !candidates.has(line.fingerprint))) counts.UNMATCHED++;
        else if (!o) counts.AMBIGUOUS++;
      }
      return {
        ok: true as const,
        statementId: statement.id,
        credits: credits.length,
        alreadyUploaded: credits.length - fresh.length,
        confirmed: confirmedIds.size,
        unmatched: counts.UNMATCHED,
        ambiguous: counts.AMBIGUOUS,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  notifyOutbox();
  return result;
}

/** The shop's account and the layout and mapping it used last, for the upload form. */
export async function statementDefaults(
  db: Db,
  sellerId: string,
): Promise<{
  bank: { name: string; number: string } | null;
  layout: LayoutId | null;
  mapping: StatementMapping | null;
}> {
  const seller = await db.seller.findUnique({
    where: { id: sellerId },
    select: {
      bankName: true,
      bankAccountNumber: true,
      statementPreset: true,
      statementMapping: true,
    },
  });
  const layout = (LAYOUT_IDS as readonly string[]).includes(seller?.statementPreset ?? "")
    ? (seller!.statementPreset as LayoutId)
    : null;
  let mapping: StatementMapping | null = null;
  if (seller?.statementMapping) {
    const parsed = StatementMappingSchema.safeParse(JSON.parse(seller.statementMapping));
    mapping = parsed.success ? parsed.data : null;
  }
  const bank = seller?.bankAccountNumber
    ? { name: seller.bankName ?? "", number: seller.bankAccountNumber }
    : null;
  return { bank, layout, mapping };
}
