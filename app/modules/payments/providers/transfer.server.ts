import crypto from "node:crypto";
import { DomainError } from "~/utils/errors";
import { lockRow } from "~/utils/sql.server";
import { noChannel, orderPayment } from "./plan";
import { PAYMENT_TRAITS } from "./traits";
import type { PaymentProvider, Tx } from "./types";

/** Kode unik: 1 to 999 rupiah added to a transfer so its amount names one open payment. */
export const MAX_TRANSFER_CODE = 999;

export const TRANSFER_CODES_EXHAUSTED =
  "Terlalu banyak transfer menunggu ke rekening toko ini — coba lagi nanti atau pilih cara bayar lain";

const OPEN_STATUSES = ["PENDING", "AWAITING_CONFIRMATION"] as const;

/** Amounts in [low, high] that open transfers to this account already wait for. */
async function amountsWaiting(
  tx: Tx,
  accountNumber: string,
  low: number,
  high: number,
): Promise<Set<number>> {
  const rows = await tx.payment.findMany({
    where: {
      method: "BANK_TRANSFER",
      status: { in: [...OPEN_STATUSES] },
      amount: { gte: low, lte: high },
      // An order past its deadline but not yet cancelled still counts: its buyer may pay late.
      order: { status: "PENDING_PAYMENT", seller: { bankAccountNumber: accountNumber } },
    },
    select: { amount: true },
  });
  return new Set(rows.map((r) => r.amount));
}

/**
 * A code that makes `total + code` differ from every amount still awaited on the account,
 * starting from a random code so that codes do not reveal how many orders a shop has.
 */
export function pickTransferCode(total: number, taken: Set<number>): number | null {
  const start = crypto.randomInt(MAX_TRANSFER_CODE);
  for (let step = 0; step < MAX_TRANSFER_CODE; step++) {
    const code = ((start + step) % MAX_TRANSFER_CODE) + 1;
    if (!taken.has(total + code)) return code;
  }
  return null;
}

/**
 * Bank transfer to the seller's own account. Each payment's amount is the order's total plus a
 * kode unik that no other open transfer to the same account has, so a line of the account's
 * statement confirms exactly one payment (`payments/statements`). The shop's rows are locked
 * first on PostgreSQL, so two checkouts cannot pick the same amount (SQLite has one writer).
 */
export const transferProvider: PaymentProvider = {
  method: "BANK_TRANSFER",
  ...PAYMENT_TRAITS.BANK_TRANSFER,
  enabled: () => true,
  refusal: (shop) =>
    shop.bankAccountNumber
      ? null
      : new DomainError("INVALID", `${shop.businessName} belum menerima transfer bank`),
  checkChannel: noChannel,
  async plan(tx, input) {
    for (const id of [...new Set(input.orders.map((o) => o.seller.id))].sort()) {
      await lockRow(tx, "Seller", id);
    }
    // Two shops of one checkout may share an account: their codes must differ too.
    const chosen = new Map<string, Set<number>>();
    const payments = [];
    for (const order of input.orders) {
      const account = order.seller.bankAccountNumber!;
      const taken = await amountsWaiting(
        tx,
        account,
        order.total + 1,
        order.total + MAX_TRANSFER_CODE,
      );
      for (const amount of chosen.get(account) ?? []) taken.add(amount);
      const code = pickTransferCode(order.total, taken);
      if (code === null) throw new DomainError("CONFLICT", TRANSFER_CODES_EXHAUSTED);
      chosen.set(account, (chosen.get(account) ?? new Set()).add(order.total + code));
      payments.push(
        orderPayment("BANK_TRANSFER", input, order, {
          amount: order.total + code,
          uniqueCode: code,
        }),
      );
    }
    return payments;
  },
};
