/**
 * Statement reconciliation benchmark: 500 shops, each with 40 open kode-unik transfer payments
 * (20,000 in all), sharing one bank account (a BUMDes collecting for its members) whose KlikBCA
 * statement has 20,000 lines: per shop 38 credits that prove a payment, a debit of another open
 * payment's amount and a credit of an amount no open payment has. With --per-shop each shop has
 * its own account and a 40-line statement, imported one after the other. The imports run
 * through `importStatement` — parsing, matching, bulk confirmation, line records and audits —
 * and are timed as `match_ms`. Then every result is checked (each intended payment paid,
 * nothing else), a second upload must confirm nothing, and, as a baseline measured in the same
 * run, 1,000 further open payments are confirmed one by one with `confirmPayment`, the seller's
 * per-order button. Ends with one line of JSON; exits 1 on a missed or false match.
 *
 *   npm run bench:reconcile
 *   npm run bench:reconcile -- --postgres        (a throwaway PostgreSQL cluster)
 *   npm run bench:reconcile -- --per-shop        (500 accounts, 500 statements of 40 lines)
 *   npm run bench:reconcile -- --accounts 50     (a smaller run)
 *   npm run bench:reconcile -- --profile         (CPU profile of the imports: where time goes)
 *
 * Without --postgres, DATABASE_URL selects the database (default: a throwaway SQLite file).
 */
import crypto from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { InsertRow, InsertTable } from "../app/utils/sql.server";
import { BENCH_REGIONS } from "./lib/bench-checkouts";
import { benchDatabase } from "./lib/bench-db";
import {
  bcaStatement,
  creditText,
  type BuiltStatement,
  type StatementRow,
} from "./lib/bench-statements";
import { printProfile, startCpuProfile, timeSqliteStatements } from "./lib/cpu-profile";

const { values } = parseArgs({
  options: {
    accounts: { type: "string" },
    baseline: { type: "string" },
    postgres: { type: "boolean" },
    profile: { type: "boolean" },
    "per-shop": { type: "boolean" },
  },
});
/**
 * By default the shops share one account (a BUMDes collecting for its members) and its statement
 * holds all the lines; with --per-shop each shop has its own account and statement.
 */
const shared = !values["per-shop"];
const SHARED_ACCOUNT = "0231999999";
const accounts = z.coerce
  .number()
  .int()
  .min(2)
  .max(5_000)
  .parse(values.accounts ?? 500);
const baselinePayments = z.coerce
  .number()
  .int()
  .min(40)
  .max(10_000)
  .parse(values.baseline ?? 1_000);

/** Open transfers per account covered by its statement, and the statement's lines. */
const PER_ACCOUNT = 40;
const INTENDED_PER_ACCOUNT = 38;
const BASELINE_PER_ACCOUNT = 40;
const baselineAccounts = Math.min(accounts, Math.ceil(baselinePayments / BASELINE_PER_ACCOUNT));
const WINDOW_HOURS = 24;
const ROWS_PER_INSERT = 1_000;

const { dir, cleanup } = await benchDatabase("reconcile", !!values.postgres);
process.env.IMAGE_DIR ??= path.join(dir, "images");
process.env.DOCUMENT_DIR ??= path.join(dir, "documents");

const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { insertRows, databaseProvider } = await import("../app/utils/sql.server");
const { jakartaDateOf, jakartaDayStart } = await import("../app/utils/jakarta-calendar");
const { importStatement } = await import("../app/modules/payments/statements/reconcile.server");
const { parseStatement } = await import("../app/modules/payments/statements/parse");
const { BCA_LAYOUT } = await import("../app/modules/payments/statements/presets");
const { orderSettlement } = await import("../app/modules/orders/gateway-settlement.server");
const { confirmPayment } = await import("../app/modules/orders/order-commands.server");

console.log(`Migrating ${(process.env.DATABASE_URL ?? "").replace(/\/\/[^@]*@/, "//…@")}…`);
await migrateDatabase({ quiet: true });

// ── Seed: shops with accounts, owners, buyers, one product each, and open transfer orders. ──

interface Shop {
  sellerId: string;
  ownerId: string;
  account: string;
  businessName: string;
  product: { id: string; title: string; variantId: string; variantName: string; price: number };
}

interface OpenTransfer {
  paymentId: string;
  orderId: string;
  orderCode: string;
  shop: Shop;
  amount: number;
  buyerName: string;
}

const now = new Date();
const today = jakartaDateOf(now);
const dayStart = jakartaDayStart(today).getTime();
const id = () => crypto.randomUUID();
const tag = Date.now().toString(36);

async function insertChunked<T extends InsertTable>(
  table: T,
  rows: readonly InsertRow<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db.$executeRaw(insertRows(table, rows.slice(i, i + ROWS_PER_INSERT)));
  }
}

const seedStarted = performance.now();
const open = accounts * PER_ACCOUNT + baselineAccounts * BASELINE_PER_ACCOUNT;
const owning = shared ? "sharing one bank account" : "with their own bank accounts";
console.log(`Seeding ${accounts} verified shops ${owning}, ${open} open transfer orders…`);
const DESA = "35.10.15.2001";
for (const region of BENCH_REGIONS) {
  await db.region.upsert({ where: { code: region.code }, create: region, update: {} });
}
const categoryId = id();
await db.category.create({
  data: { id: categoryId, slug: `bench-reconcile-${tag}`, nameId: "Bench", nameEn: "Bench" },
});

const shops: Shop[] = Array.from({ length: accounts }, (_, s) => {
  const price = 15_000 + (s % 40) * 2_500;
  return {
    sellerId: id(),
    ownerId: id(),
    // Distinct 10-digit account numbers, as BCA prints them, or the one they share.
    account: shared ? SHARED_ACCOUNT : `02${String(31_000_000 + s).padStart(8, "0")}`,
    businessName: `Toko Mutasi ${s + 1}`,
    product: {
      id: id(),
      title: `Keripik Bench ${s + 1}`,
      variantId: id(),
      variantName: "250 g",
      price,
    },
  };
});
const stamp = now;
await insertChunked(
  "User",
  shops.map((shop, s) => ({
    id: shop.ownerId,
    phone: `+62813${String(s).padStart(8, "0")}`,
    name: `Pemilik ${shop.businessName}`,
    createdAt: stamp,
    updatedAt: stamp,
  })),
);
const BUYERS = 1_000;
const buyers = Array.from({ length: BUYERS }, (_, b) => ({
  id: id(),
  phone: `+62819${String(b).padStart(8, "0")}`,
  name: `Pembeli ${b + 1}`,
}));
await insertChunked(
  "User",
  buyers.map((b) => ({ ...b, createdAt: stamp, updatedAt: stamp })),
);
for (let i = 0; i < shops.length; i += ROWS_PER_INSERT) {
  await db.seller.createMany({
    data: shops.slice(i, i + ROWS_PER_INSERT).map((shop, j) => ({
      id: shop.sellerId,
      slug: `bench-mutasi-${tag}-${i + j}`,
      businessName: shop.businessName,
      ownerName: `Pemilik ${i + j + 1}`,
      ownerId: shop.ownerId,
      desaCode: DESA,
      sector: "KULINER" as const,
      whatsapp: "+6281200009999",
      verificationStatus: "VERIFIED" as const,
      verifiedAt: stamp,
      bankName: "BCA",
      bankAccountNumber: shop.account,
      bankAccountName: shop.businessName.toUpperCase(),
    })),
  });
}
await insertChunked(
  "Product",
  shops.map((shop) => ({
    id: shop.product.id,
    slug: `bench-mutasi-${shop.product.id}`,
    sellerId: shop.sellerId,
    categoryId,
    title: shop.product.title,
    status: "ACTIVE",
    price: shop.product.price,
    createdAt: stamp,
    updatedAt: stamp,
  })),
);
await insertChunked(
  "ProductVariant",
  shops.map((shop) => ({
    id: shop.product.variantId,
    productId: shop.product.id,
    sku: `BM-${shop.product.variantId}`,
    name: shop.product.variantName,
    options: JSON.stringify({ ukuran: "250 g" }),
    price: shop.product.price,
    createdAt: stamp,
    updatedAt: stamp,
  })),
);

/**
 * `count` open transfers for `shop`, as a transfer checkout writes them: a group, one order
 * waiting for payment (deadline tomorrow), its item and first status change, and a payment of
 * the order's total plus a kode unik no other open transfer to the account has.
 */
let groupSerial = 0;
const takenAmounts = new Map<string, Set<number>>();
function planTransfers(shop: Shop, count: number): OpenTransfer[] {
  const taken = takenAmounts.get(shop.account) ?? new Set<number>();
  takenAmounts.set(shop.account, taken);
  const transfers: OpenTransfer[] = [];
  for (let k = 0; k < count; k++) {
    const quantity = 1 + (k % 4);
    const total = shop.product.price * quantity;
    let code = crypto.randomInt(1, 1000);
    while (taken.has(total + code)) code = (code % 999) + 1;
    taken.add(total + code);
    const buyer = buyers[(groupSerial * 7) % BUYERS]!;
    // Placed during the last hour, but today on the Jakarta calendar.
    const createdAt = new Date(Math.max(dayStart, now.getTime() - crypto.randomInt(3_600_000)));
    const groupId = id();
    const groupCode = `PK-B${tag.toUpperCase()}${(groupSerial++).toString(36).toUpperCase()}`;
    const orderId = id();
    const orderCode = `${groupCode}-1`;
    const paymentId = id();
    pending.groups.push({
      id: groupId,
      code: groupCode,
      buyerId: buyer.id,
      buyerName: buyer.name,
      buyerPhone: buyer.phone,
      address: "Dusun Krajan RT 01 RW 02, Olehsari",
      desaCode: DESA,
      paymentMethod: "BANK_TRANSFER",
      total,
      createdAt,
    });
    pending.orders.push({
      id: orderId,
      code: orderCode,
      groupId,
      sellerId: shop.sellerId,
      status: "PENDING_PAYMENT",
      shippingMethod: "PICKUP_SELLER",
      shippingFee: 0,
      subtotal: total,
      total,
      expiresAt: new Date(createdAt.getTime() + WINDOW_HOURS * 3_600_000),
      createdAt,
      updatedAt: createdAt,
    });
    pending.items.push({
      id: id(),
      orderId,
      productId: shop.product.id,
      variantId: shop.product.variantId,
      productTitle: shop.product.title,
      variantName: shop.product.variantName,
      unitPrice: shop.product.price,
      quantity,
      lineTotal: total,
    });
    pending.changes.push({
      id: id(),
      orderId,
      toStatus: "PENDING_PAYMENT",
      actorId: buyer.id,
      createdAt,
    });
    pending.payments.push({
      id: paymentId,
      groupId,
      orderId,
      payee: "seller",
      method: "BANK_TRANSFER",
      status: "PENDING",
      amount: total + code,
      currency: "IDR",
      provider: "bank_transfer",
      idempotencyKey: `pay_${id()}`,
      uniqueCode: code,
      createdAt,
      updatedAt: createdAt,
    });
    transfers.push({
      paymentId,
      orderId,
      orderCode,
      shop,
      amount: total + code,
      buyerName: buyer.name,
    });
  }
  return transfers;
}
const pending = {
  groups: [] as InsertRow<"OrderGroup">[],
  orders: [] as InsertRow<"Order">[],
  items: [] as InsertRow<"OrderItem">[],
  changes: [] as InsertRow<"OrderStatusChange">[],
  payments: [] as InsertRow<"Payment">[],
};
const openByShop = shops.map((shop) => planTransfers(shop, PER_ACCOUNT));
const baselineTransfers = shops
  .slice(0, baselineAccounts)
  .flatMap((shop) => planTransfers(shop, BASELINE_PER_ACCOUNT))
  .slice(0, baselinePayments);
await insertChunked("OrderGroup", pending.groups);
await insertChunked("Order", pending.orders);
await insertChunked("OrderItem", pending.items);
await insertChunked("OrderStatusChange", pending.changes);
await insertChunked("Payment", pending.payments);
console.log(
  `  seeded ${pending.payments.length} open transfer payments in ` +
    `${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
);

// ── Statements: each account's KlikBCA CSV (one, for the shared account). ──

interface Statement extends BuiltStatement {
  shop: Shop;
}

/** Each shop's part of its account's statement: 38 credits proving payments and two decoys. */
function statementRows(index: number): StatementRow[] {
  const open = openByShop[index]!;
  const intended = open.slice(0, INTENDED_PER_ACCOUNT);
  const leftOpen = open.slice(INTENDED_PER_ACCOUNT);
  const taken = takenAmounts.get(shops[index]!.account)!;
  // A credit of an amount this account does not wait for (another account's, if it has one).
  const neighbour = openByShop[(index + 1) % accounts]!.slice(INTENDED_PER_ACCOUNT);
  const strayCredit =
    neighbour.map((t) => t.amount).find((amount) => !taken.has(amount)) ??
    [9_876_543, 9_876_544, 9_876_545].find((amount) => !taken.has(amount))!;
  const rows: StatementRow[] = intended.map((t, k) => ({
    text: creditText(k, t.amount, t.buyerName, today),
    amount: t.amount,
    direction: "CR",
    payment: t.paymentId,
  }));
  // Decoys in the middle and at the end: money out of an open payment's amount, a stray credit.
  rows.splice(INTENDED_PER_ACCOUNT / 2, 0, {
    text: `TRSF E-BANKING DB ${leftOpen[0]!.amount}.00 BELANJA BAHAN`,
    amount: leftOpen[0]!.amount,
    direction: "DB",
  });
  rows.push({ text: "SETORAN TUNAI", amount: strayCredit, direction: "CR" });
  return rows;
}

const statements: Statement[] = shared
  ? [
      {
        shop: shops[0]!,
        ...bcaStatement({
          account: SHARED_ACCOUNT,
          holder: "BUMDES KEMIREN SEJAHTERA",
          day: today,
          rows: shops.flatMap((_, s) => statementRows(s)),
        }),
      },
    ]
  : shops.map((shop, s) => ({
      shop,
      ...bcaStatement({
        account: shop.account,
        holder: shop.businessName,
        day: today,
        rows: statementRows(s),
      }),
    }));
const statementLines = statements.reduce((n, st) => n + st.expected.size + st.decoys.size, 0);
const intendedCount = statements.reduce((n, st) => n + st.expected.size, 0);
console.log(
  `Built ${statements.length} KlikBCA statement${statements.length > 1 ? "s" : ""}: ` +
    `${statementLines} lines (${intendedCount} credits proving a payment, ` +
    `${statementLines - intendedCount} decoys)`,
);

// ── Measured: import every statement, one upload after the other. ──

/** Under --profile, every Prisma operation of the imports is timed (wall time, SQL included). */
const operations = new Map<string, { count: number; ms: number }>();
const timedDb = values.profile
  ? (db.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          const start = performance.now();
          try {
            return await query(args);
          } finally {
            const name = `${model ?? "(raw)"}.${operation}`;
            const entry = operations.get(name) ?? { count: 0, ms: 0 };
            entry.count += 1;
            entry.ms += performance.now() - start;
            operations.set(name, entry);
          }
        },
      },
    }) as unknown as typeof db)
  : db;

function upload(st: Statement) {
  return importStatement(
    timedDb,
    {
      sellerId: st.shop.sellerId,
      actor: { id: st.shop.ownerId, role: null },
      fileName: `mutasi-${shared ? SHARED_ACCOUNT : st.shop.account}.csv`,
      csvText: st.csv,
      layout: "bca",
      windowHours: WINDOW_HOURS,
    },
    orderSettlement,
  );
}

console.log(`Importing ${statements.length} statements one after the other…`);
const results: { statementId: string; confirmed: number; ms: number }[] = [];
const sqlite = values.profile && !values.postgres ? await timeSqliteStatements() : null;
const profiler = values.profile ? await startCpuProfile() : null;
const matchStarted = performance.now();
for (const [s, st] of statements.entries()) {
  const t0 = performance.now();
  const result = await upload(st);
  if (!result.ok) {
    throw new Error(`Statement of ${st.shop.account} refused: ${result.error.message}`);
  }
  results.push({
    statementId: result.statementId,
    confirmed: result.confirmed,
    ms: performance.now() - t0,
  });
  if ((s + 1) % 100 === 0) console.log(`  ${s + 1} statements imported…`);
}
const matchMs = performance.now() - matchStarted;
const profile = profiler ? await profiler.stop() : null;
const statementTimes = sqlite?.stop() ?? [];
const confirmedReported = results.reduce((n, r) => n + r.confirmed, 0);
const perUpload = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(
  `${statements.length} statements in ${matchMs.toFixed(0)} ms ` +
    `(p50 ${perUpload[Math.floor(perUpload.length / 2)]!.toFixed(1)} ms, ` +
    `max ${perUpload.at(-1)!.toFixed(1)} ms per upload), ${confirmedReported} payments confirmed`,
);

// ── Verify: exactly the intended payments are paid, every line says what it should. ──

console.log("Checking every payment, order and statement line…");
const intendedIds = new Set(statements.flatMap((st) => [...st.expected.values()]));
const payments = await db.payment.findMany({
  select: { id: true, status: true, order: { select: { status: true } } },
});
let missed = 0;
let falseMatches = 0;
let stillOpen = 0;
for (const p of payments) {
  const paid = p.status === "SUCCEEDED" && p.order?.status === "PAID";
  if (intendedIds.has(p.id)) {
    if (!paid) missed++;
  } else if (p.status !== "PENDING" || p.order?.status !== "PENDING_PAYMENT") {
    falseMatches++;
  } else {
    stillOpen++;
  }
}
const lines = await db.bankStatementLine.findMany({
  select: { statementId: true, lineNumber: true, outcome: true, paymentId: true },
});
const statementOf = new Map(results.map((r, s) => [r.statementId, statements[s]!]));
// Lines that should have confirmed their payment and did not (or were not recorded).
let lineErrors = 0;
const seenExpected = new Set<string>();
for (const line of lines) {
  const st = statementOf.get(line.statementId);
  if (!st) continue; // the second upload below, or none
  const expected = st.expected.get(line.lineNumber);
  if (expected !== undefined) {
    seenExpected.add(expected);
    if (line.outcome !== "CONFIRMED") lineErrors++;
    else if (line.paymentId !== expected) falseMatches++;
  } else if (line.outcome === "CONFIRMED") {
    falseMatches++;
  }
}
lineErrors += intendedIds.size - seenExpected.size;
const lineCount = lines.length;
console.log(
  `  ${intendedIds.size - missed} of ${intendedIds.size} intended payments paid; ` +
    `${stillOpen} others still open; ${falseMatches} false matches; ` +
    `${lineCount} credit lines recorded, ${lineErrors} of them wrong`,
);

const again = await upload(statements[0]!);
const secondUploadConfirmed = again.ok ? again.confirmed : -1;
console.log(
  `  second upload of one statement: ${secondUploadConfirmed} confirmed, ` +
    `${again.ok ? again.alreadyUploaded : "?"} lines recognised as already uploaded`,
);

// Where the time went: parsing alone (measured after the run, so it did not warm the run up).
const parseStarted = performance.now();
for (const st of statements) parseStatement(st.csv, BCA_LAYOUT, { now });
const parseMs = performance.now() - parseStarted;
console.log(`  parsing alone (all statements, warm): ${parseMs.toFixed(0)} ms`);
if (profile) printProfile(profile, statementTimes, operations);

// ── Baseline: the same confirmation, one payment at a time through the seller's button. ──

console.log(
  `Baseline: confirming ${baselineTransfers.length} other open payments one by one (confirmPayment)…`,
);
const baselineStarted = performance.now();
for (const t of baselineTransfers) {
  await confirmPayment(db, {
    sellerId: t.shop.sellerId,
    orderCode: t.orderCode,
    actorId: t.shop.ownerId,
  });
}
const baselineMs = performance.now() - baselineStarted;
let baselinePaid = 0;
for (let i = 0; i < baselineTransfers.length; i += 500) {
  baselinePaid += await db.payment.count({
    where: {
      id: { in: baselineTransfers.slice(i, i + 500).map((t) => t.paymentId) },
      status: "SUCCEEDED",
      order: { status: "PAID" },
    },
  });
}
if (baselinePaid !== baselineTransfers.length) {
  throw new Error(`Baseline: only ${baselinePaid} of ${baselineTransfers.length} payments paid`);
}
const oursPerPayment = matchMs / Math.max(1, confirmedReported);
const baselinePerPayment = baselineMs / baselineTransfers.length;
console.log(
  `  ${baselineMs.toFixed(0)} ms: ${baselinePerPayment.toFixed(2)} ms per payment, ` +
    `against ${oursPerPayment.toFixed(3)} ms per payment from statements ` +
    `(${(baselinePerPayment / oursPerPayment).toFixed(1)}× faster)`,
);

await db.$disconnect();
await cleanup();

const failed = missed > 0 || falseMatches > 0 || lineErrors > 0 || secondUploadConfirmed !== 0;
if (failed) console.error("FAILED: a payment was missed or confirmed wrongly (see above)");
console.log(
  JSON.stringify({
    bench: "reconcile",
    database: databaseProvider(),
    payments: accounts * PER_ACCOUNT,
    shops: accounts,
    accounts: shared ? 1 : accounts,
    statements: statements.length,
    statement_lines: statementLines,
    match_ms: Math.round(matchMs),
    confirmed: confirmedReported,
    intended: intendedIds.size,
    false_matches: falseMatches,
    missed,
    line_errors: lineErrors,
    second_upload_confirmed: secondUploadConfirmed,
    parse_ms: Math.round(parseMs),
    ours_ms_per_payment: Number(oursPerPayment.toFixed(3)),
    baseline_payments: baselineTransfers.length,
    baseline_ms_per_payment: Number(baselinePerPayment.toFixed(3)),
    speedup: Number((baselinePerPayment / oursPerPayment).toFixed(1)),
  }),
);
if (failed) process.exitCode = 1;
