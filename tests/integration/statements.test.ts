import { beforeAll, describe, expect, it } from "vitest";
import { getLedger } from "~/modules/ledger/ledger.server";
import { type CheckoutInput } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import {
  confirmPayment,
  confirmReceipt,
  packOrder,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { importStatement } from "~/modules/payments/statements/reconcile.server";
import {
  getStatement,
  settleStatementLine,
} from "~/modules/payments/statements/statement-views.server";
import type { StatementMapping } from "~/modules/payments/statements/presets";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { domainErrorOf } from "../domain-error";

const settings: OrderSettings = {
  feePercent: 0,
  paymentTtlMs: 24 * 3_600_000,
  stripeEnabled: false,
};
const MAPPING: StatementMapping = {
  delimiter: ",",
  skipRows: 1,
  dateColumn: 1,
  descriptionColumn: 2,
  creditColumn: 3,
  debitColumn: 4,
  dateFormat: "YYYY-MM-DD",
};

let categoryId: string;
beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
});

async function shop(account = `77${Math.floor(Math.random() * 1e8)}`) {
  const seller = await createSeller(db, {
    bankName: "BRI",
    bankAccountNumber: account,
    bankAccountName: "Pemilik Uji",
  });
  const owner = await createUser(db);
  await db.seller.update({ where: { id: seller.id }, data: { ownerId: owner.id } });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    variants: [{ price: 125_000, stock: 500 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { seller, owner, variant };
}

function transferCheckout(lines: { variantId: string; sellerId: string }[]): CheckoutInput {
  return {
    buyerName: "Bu Siti",
    buyerPhone: "+6281299990001",
    address: "Dusun Krajan RT 01 RW 02, dekat masjid",
    paymentMethod: "BANK_TRANSFER",
    lines: lines.map(({ variantId }) => ({ variantId, quantity: 1 })),
    shipping: lines.map(({ sellerId }) => ({ sellerId, method: "PICKUP_SELLER" as const })),
    expectedSubtotal: 125_000 * lines.length,
  };
}

async function transferOrder(s: Awaited<ReturnType<typeof shop>>) {
  const buyer = await createUser(db);
  const placed = await placeOrder(db, {
    buyerId: buyer.id,
    checkout: transferCheckout([{ variantId: s.variant.id, sellerId: s.seller.id }]),
    settings,
  });
  const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orders[0]!.id } });
  return { buyer, placed, order: placed.orders[0]!, payment };
}

const rupiah = (n: number) => `${n.toLocaleString("de-DE")},00`;
function csv(lines: { day: string; text: string; credit?: number; debit?: number }[]) {
  return [
    "Tanggal,Keterangan,Kredit,Debit",
    ...lines.map(
      (l) =>
        `${l.day},${l.text},"${l.credit ? rupiah(l.credit) : "0"}","${l.debit ? rupiah(l.debit) : "0"}"`,
    ),
  ].join("\n");
}

function upload(s: Awaited<ReturnType<typeof shop>>, csvText: string, now?: Date) {
  return importStatement(
    db,
    {
      sellerId: s.seller.id,
      actor: { id: s.owner.id, role: null },
      fileName: "mutasi.csv",
      csvText,
      layout: "generic",
      mapping: MAPPING,
      windowHours: 24,
      now,
    },
    orderSettlement,
  );
}

const today = () => jakartaDateOf(new Date());

describe("kode unik", () => {
  it("gives each open transfer to one account its own amount, even when checkouts race", async () => {
    const s = await shop();
    const placed = await Promise.all(Array.from({ length: 30 }, () => transferOrder(s)));
    const amounts = placed.map((p) => p.payment.amount);
    expect(new Set(amounts).size).toBe(30);
    for (const p of placed) {
      expect(p.payment.uniqueCode).toBeGreaterThanOrEqual(1);
      expect(p.payment.uniqueCode).toBeLessThanOrEqual(999);
      expect(p.payment.amount).toBe(p.order.total + p.payment.uniqueCode!);
      // The order's total is the goods and delivery; the code is on the payment only.
      expect(p.order.total).toBe(125_000);
    }
  });

  it("keeps codes apart for two shops of one checkout sharing an account", async () => {
    const a = await shop("5550001111");
    const b = await shop("5550001111");
    const buyer = await createUser(db);
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      checkout: transferCheckout([
        { variantId: a.variant.id, sellerId: a.seller.id },
        { variantId: b.variant.id, sellerId: b.seller.id },
      ]),
      settings,
    });
    const payments = await db.payment.findMany({ where: { groupId: placed.groupId } });
    expect(payments).toHaveLength(2);
    expect(payments[0]!.amount).not.toBe(payments[1]!.amount);
  });

  it("books the code as the seller's when the order completes, leaving the balance unchanged", async () => {
    const s = await shop();
    const { buyer, order, payment } = await transferOrder(s);
    const command = { sellerId: s.seller.id, orderCode: order.code, actorId: s.owner.id };
    await confirmPayment(db, command);
    await packOrder(db, command);
    await shipOrder(db, { ...command, trackingNumber: undefined });
    await confirmReceipt(db, { buyerId: buyer.id, orderCode: order.code, feePercent: 0 });
    const entries = await db.ledgerEntry.findMany({ where: { orderId: order.id } });
    const byType = Object.fromEntries(entries.map((e) => [e.type, e.amount]));
    expect(byType.TRANSFER_CODE).toBe(payment.uniqueCode);
    expect(byType.ADJUSTMENT).toBe(-payment.amount);
    expect((await getLedger(db, { sellerId: s.seller.id })).balance).toBe(0);
  });
});

describe("statement matching", () => {
  it("confirms the transfer a credit line proves, once, and ignores decoys", async () => {
    const s = await shop();
    const paid = await transferOrder(s);
    const other = await transferOrder(s);
    const file = csv([
      { day: today(), text: "TRSF E-BANKING CR SITI", credit: paid.payment.amount },
      // A debit of the other payment's amount, and a credit of it dated before it existed.
      { day: today(), text: "TARIK TUNAI", debit: other.payment.amount },
      { day: "2026-01-02", text: "TRSF LAMA", credit: other.payment.amount },
      { day: today(), text: "SETORAN LAIN", credit: 50_000 },
    ]);
    const first = await upload(s, file);
    expect(first).toMatchObject({ ok: true, credits: 3, confirmed: 1, unmatched: 2, ambiguous: 0 });

    const order = await db.order.findUniqueOrThrow({ where: { id: paid.order.id } });
    expect(order.status).toBe("PAID");
    const timeline = await db.orderStatusChange.findMany({ where: { orderId: paid.order.id } });
    expect(timeline.map((t) => [t.toStatus, t.note])).toContainEqual([
      "PAID",
      "Dikonfirmasi dari mutasi rekening",
    ]);
    const audit = await db.auditLog.findMany({
      where: { action: "payment.confirmFromStatement", entityId: paid.payment.id },
    });
    expect(audit).toHaveLength(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: other.order.id } })).status).toBe(
      "PENDING_PAYMENT",
    );
    // The seller hears of the payment like any other.
    const outbox = await db.outboxEvent.findMany({ where: { topic: "notify" } });
    expect(JSON.stringify(outbox.map((e) => e.payload))).toContain(
      `seller.orderPaid:${paid.order.id}`,
    );

    // The same file again confirms nothing and adds no line.
    const again = await upload(s, file);
    expect(again).toMatchObject({ ok: true, credits: 3, alreadyUploaded: 3, confirmed: 0 });
    expect(
      await db.orderStatusChange.count({ where: { orderId: paid.order.id, toStatus: "PAID" } }),
    ).toBe(1);
    expect(await db.bankStatementLine.count({ where: { sellerId: s.seller.id } })).toBe(3);
  });

  it("leaves two fitting payments to a person, who picks one", async () => {
    const s = await shop();
    const a = await transferOrder(s);
    const b = await transferOrder(s);
    // Same amount on two open payments (as with transfers made before kode unik existed).
    await db.payment.update({ where: { id: b.payment.id }, data: { amount: a.payment.amount } });
    const result = await upload(s, csv([{ day: today(), text: "TRSF", credit: a.payment.amount }]));
    expect(result).toMatchObject({ ok: true, confirmed: 0, ambiguous: 1 });
    if (!result.ok) return;
    const statement = await getStatement(db, {
      sellerId: s.seller.id,
      statementId: result.statementId,
    });
    const line = statement!.lines.ambiguous[0]!;
    expect(line.outcome).toBe("AMBIGUOUS");
    expect(line.candidates.map((c) => c.orderCode).sort()).toEqual(
      [a.order.code, b.order.code].sort(),
    );

    const other = await transferOrder(s);
    const refused = await domainErrorOf(
      settleStatementLine(
        db,
        {
          sellerId: s.seller.id,
          lineId: line.id,
          paymentId: other.payment.id,
          actor: { id: s.owner.id, role: null },
        },
        orderSettlement,
      ),
    );
    expect(refused.message).toBe("Pembayaran ini tidak cocok dengan baris mutasi tersebut");
    await settleStatementLine(
      db,
      {
        sellerId: s.seller.id,
        lineId: line.id,
        paymentId: b.payment.id,
        actor: { id: s.owner.id, role: null },
      },
      orderSettlement,
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: b.order.id } })).status).toBe("PAID");
    expect((await db.order.findUniqueOrThrow({ where: { id: a.order.id } })).status).toBe(
      "PENDING_PAYMENT",
    );
    const twice = await domainErrorOf(
      settleStatementLine(
        db,
        { sellerId: s.seller.id, lineId: line.id, actor: { id: s.owner.id, role: null } },
        orderSettlement,
      ),
    );
    expect(twice.message).toBe("Baris mutasi ini sudah diputuskan");
    // The page lists the decided line with the payments it confirmed.
    const after = await getStatement(db, {
      sellerId: s.seller.id,
      statementId: result.statementId,
    });
    expect(after!.lines.paid.map((l) => l.payment?.orderCode)).toEqual([b.order.code]);
    expect(after!.lines.ambiguous).toEqual([]);
  });

  it("does not confirm a payment its seller already confirmed or that was cancelled", async () => {
    const s = await shop();
    const byHand = await transferOrder(s);
    await confirmPayment(db, {
      sellerId: s.seller.id,
      orderCode: byHand.order.code,
      actorId: s.owner.id,
    });
    const result = await upload(
      s,
      csv([{ day: today(), text: "TRSF", credit: byHand.payment.amount }]),
    );
    expect(result).toMatchObject({ ok: true, confirmed: 0, unmatched: 1 });
    expect(
      await db.orderStatusChange.count({ where: { orderId: byHand.order.id, toStatus: "PAID" } }),
    ).toBe(1);
  });

  it("refuses an unreadable file with the line at fault and writes nothing", async () => {
    const s = await shop();
    const { payment } = await transferOrder(s);
    const file = `${csv([{ day: today(), text: "TRSF", credit: payment.amount }])}\n${today()},RUSAK,"12x.000","0"`;
    const result = await upload(s, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(3);
    expect(result.error.message).toContain("Baris 3");
    expect(await db.bankStatement.count({ where: { sellerId: s.seller.id } })).toBe(0);
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: "PENDING",
    });
  });

  it("needs the shop's bank account", async () => {
    const s = await shop();
    await db.seller.update({ where: { id: s.seller.id }, data: { bankAccountNumber: null } });
    const error = await domainErrorOf(upload(s, csv([])));
    expect(error.message).toBe("Toko ini belum punya rekening bank untuk dicocokkan");
  });
});
