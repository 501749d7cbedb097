/**
 * The demo history's cashbooks and debt books: entries kept by some sellers, more often after
 * bookkeeping training, and debts whose payments are cashbook entries.
 */
import type { Faker } from "@faker-js/faker";
import type { TrainingTopic } from "~/generated/prisma/enums";
import type { InsertRow } from "~/utils/sql.server";
import type { HistorySeller } from "./history-types";

const DAY = 86_400_000;
const HOUR = 3_600_000;

const CUSTOMERS = [
  "Bu Sri",
  "Pak Joko",
  "Mbak Rina",
  "Pak Hasan",
  "Bu Lilik",
  "Mas Andi",
  "Bu Yati",
  "Pak Slamet",
  "Mbak Dewi",
  "Pak Ahmad",
];
const SUPPLIERS: [string, string][] = [
  ["UD Sumber Rejeki", "bahan baku"],
  ["Toko Plastik Makmur", "kemasan"],
  ["Koperasi Tani Makmur", "bahan baku"],
  ["CV Kemasan Jaya", "kemasan"],
];

/**
 * Cashbook entries over the last twelve months and a few debts per bookkeeper. A seller who
 * attended bookkeeping or financial-literacy training writes in more months after it; payments
 * of debts are cashbook entries linked to them, as the debt book writes them.
 */
export function seedBooks(input: {
  now: number;
  faker: Faker;
  chance: (p: number) => boolean;
  between: (from: number, to: number) => number;
  sellers: HistorySeller[];
  trainedAt: Map<string, { topic: TrainingTopic; at: number }[]>;
}) {
  const { now, faker, chance, between } = input;
  const entries: InsertRow<"CashbookEntry">[] = [];
  const debts: InsertRow<"Debt">[] = [];
  const payments: InsertRow<"DebtPayment">[] = [];
  const dayStart = (t: number) => Math.floor((t + 7 * HOUR) / DAY) * DAY - 7 * HOUR; // Jakarta
  const rupiah = (from: number, to: number) => Math.round(between(from, to) / 500) * 500;
  const entry = (
    seller: HistorySeller,
    kind: "INCOME" | "EXPENSE",
    category: string,
    amount: number,
    at: number,
    note = "",
  ) => {
    const id = `cbe_seed_${entries.length}`;
    entries.push({
      id,
      sellerId: seller.id,
      kind,
      category,
      amount,
      occurredOn: new Date(dayStart(at)),
      note,
      recordedById: seller.ownerId,
      createdAt: new Date(at),
    });
    return id;
  };
  for (const [index, seller] of input.sellers.entries()) {
    const demo = index === 0;
    const trained = (input.trainedAt.get(seller.id) ?? []).find(
      (t) => t.topic === "BOOKKEEPING" || t.topic === "FINANCIAL_LITERACY",
    );
    const keeper = demo || chance(trained ? 0.5 : 0.3);
    if (!keeper && !trained) continue;
    for (let month = 11; month >= 0; month--) {
      const start = Math.max(now - (month + 1) * 30 * DAY, seller.createdAt.getTime());
      const end = now - month * 30 * DAY - HOUR;
      if (end <= start) continue;
      const afterTraining = trained !== undefined && trained.at < start;
      const writes = demo ? 1 : afterTraining ? 0.8 : keeper ? 0.45 : 0.1;
      if (!chance(writes)) continue;
      const at = () => start + faker.number.float() * (end - start);
      entry(seller, "EXPENSE", "bahan baku", rupiah(50_000, 600_000), at());
      if (chance(0.6)) entry(seller, "EXPENSE", "kemasan", rupiah(20_000, 150_000), at());
      if (chance(0.4)) entry(seller, "EXPENSE", "transportasi", rupiah(10_000, 80_000), at());
      if (chance(0.7))
        entry(seller, "INCOME", "penjualan", rupiah(100_000, 1_500_000), at(), "Jualan di pasar");
    }
    if (!keeper) continue;
    // Debts of the last four months: customers' tabs and suppliers' invoices.
    const count = demo ? 4 : faker.number.int({ min: 0, max: 3 });
    for (let k = 0; k < count; k++) {
      const receivable = demo ? k < 3 : chance(0.65);
      const [party, category] = receivable
        ? [faker.helpers.arrayElement(CUSTOMERS), "penjualan"]
        : faker.helpers.arrayElement(SUPPLIERS);
      const amount = receivable ? rupiah(15_000, 250_000) : rupiah(200_000, 2_000_000);
      // The demo shop has one tab overdue, one due in two days (with a reminder) and open ones.
      const incurred = demo ? now - [20, 12, 5, 9][k]! * DAY : now - between(10, 120) * DAY;
      const dueDays = demo ? [10, 14, null, 21][k]! : faker.helpers.arrayElement([7, 14, 30, null]);
      const id = `debt_seed_${debts.length}`;
      const settles = !demo && chance(0.55);
      const partial = !demo && !settles && chance(0.3);
      let paid = 0;
      const pay = (value: number, at: number) => {
        const entryId = entry(
          seller,
          receivable ? "INCOME" : "EXPENSE",
          category,
          value,
          at,
          `${receivable ? "Pembayaran piutang" : "Pembayaran utang"}: ${party}`,
        );
        payments.push({
          id: `dp_seed_${payments.length}`,
          debtId: id,
          amount: value,
          paidOn: new Date(dayStart(at)),
          cashbookEntryId: entryId,
          recordedById: seller.ownerId,
          createdAt: new Date(at),
        });
        paid += value;
      };
      const paidAt = Math.min(now - HOUR, incurred + between(3, 40) * DAY);
      if (settles) pay(amount, paidAt);
      if (partial) pay(Math.round(amount / 2 / 500) * 500, paidAt);
      debts.push({
        id,
        sellerId: seller.id,
        direction: receivable ? "RECEIVABLE" : "PAYABLE",
        partyName: party,
        partyPhone: receivable && chance(0.7) ? `+62812${faker.string.numeric(8)}` : null,
        category,
        amount,
        paidAmount: paid,
        incurredOn: new Date(dayStart(incurred)),
        dueOn: dueDays === null ? null : new Date(dayStart(incurred + dueDays * DAY)),
        note: receivable ? "Bon" : "Nota pembelian",
        remind: demo ? k === 1 : chance(0.3) && dueDays !== null,
        settledAt: paid === amount ? new Date(paidAt) : null,
        recordedById: seller.ownerId,
        createdAt: new Date(incurred),
        updatedAt: new Date(paid > 0 ? paidAt : incurred),
      });
    }
  }
  return { entries, debts, payments };
}
