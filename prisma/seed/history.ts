/**
 * A year of demo history, so the district dashboard, the ledgers and the growth pages have
 * something true to show: orders that went through the whole lifecycle (with their timeline,
 * payments and ledger entries), training sessions with attendance and pre/post scores, literacy
 * assessments scored by the real instrument (a second one after financial training), cashbooks
 * kept more often after bookkeeping training, and debt books whose payments are in the cashbook.
 *
 * Everything is drawn from its own seeded generator, so the catalog seed stays unchanged, and is
 * written with multi-row inserts: a few thousand orders take a couple of seconds.
 */
import { base, Faker, id_ID } from "@faker-js/faker";
import type {
  OrderStatus,
  PaymentMethod,
  ShippingMethod,
  TrainingTopic,
} from "~/generated/prisma/enums";
import { LITERACY_QUESTIONS, INCLUSION_KEYS } from "~/modules/literacy/instrument";
import { assessmentColumns } from "~/modules/literacy/scoring";
import { platformFee } from "~/modules/ledger/ledger.server";
import type { Db } from "~/utils/db.server";
import { insertRows, type InsertRow, type InsertTable } from "~/utils/sql.server";
import type { HistoryInput, HistoryProduct, HistorySeller } from "./history-types";
import { seedBooks } from "./history-books";

export interface HistorySummary {
  orders: number;
  cashbookEntries: number;
  debts: number;
  trainingSessions: number;
  attendances: number;
  assessments: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Inserts rows in batches of about 4,000 bound values. */
async function insertAll<T extends InsertTable>(
  db: Db,
  table: T,
  rows: InsertRow<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(4_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) {
    await db.$executeRaw(insertRows(table, rows.slice(i, i + size)));
  }
}

const PROGRAMMES: {
  title: string;
  topic: TrainingTopic;
  organiser: string;
  description: string;
  /** The completion rule: the post-test score a certificate needs (null = presence alone). */
  minPostScore: number | null;
}[] = [
  {
    title: "Foto Produk dengan HP",
    topic: "PRODUCT_PHOTO",
    organiser: "Dinas Koperasi, Usaha Mikro dan Perdagangan Banyuwangi",
    description: "Memotret produk dengan cahaya jendela dan latar sederhana.",
    minPostScore: null,
  },
  {
    title: "Jualan Online untuk UMKM Desa",
    topic: "DIGITAL_MARKETING",
    organiser: "Dinas Koperasi, Usaha Mikro dan Perdagangan Banyuwangi",
    description: "Menulis deskripsi produk, menjawab pembeli, dan memakai WhatsApp Business.",
    minPostScore: null,
  },
  {
    title: "Literasi Keuangan: Menabung, Kredit, dan Menghindari Pinjol Ilegal",
    topic: "FINANCIAL_LITERACY",
    organiser: "OJK Jember",
    description: "Produk keuangan resmi, hak konsumen, dan cara mengecek izin lembaga.",
    minPostScore: 60,
  },
  {
    title: "Pembukuan Sederhana",
    topic: "BOOKKEEPING",
    organiser: "Bank Indonesia Jember",
    description: "Memisahkan uang usaha dan rumah tangga, mencatat kas harian.",
    minPostScore: 60,
  },
  {
    title: "Pendampingan Sertifikasi Halal Gratis",
    topic: "HALAL_CERTIFICATION",
    organiser: "Kementerian Agama Banyuwangi",
    description: "Syarat SEHATI dan pendampingan proses produk halal.",
    minPostScore: null,
  },
];

const CERT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** As checkout draws them: `PK-` and seven characters. */
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const CANCEL_REASONS = [
  "Stok habis",
  "Pembeli membatalkan",
  "Tidak dibayar sampai batas waktu",
  "Alamat di luar jangkauan",
];

export async function seedHistory(db: Db, input: HistoryInput): Promise<HistorySummary> {
  const faker = new Faker({ locale: [id_ID, base] });
  faker.seed(input.seed);
  const now = input.now.getTime();
  const feePercent = input.feePercent ?? 0;
  const villageByCode = new Map(input.villages.map((v) => [v.code, v]));
  const productsBySeller = new Map<string, HistoryProduct[]>();
  for (const p of input.products) {
    if (!p.active || p.variants.length === 0) continue;
    const list = productsBySeller.get(p.sellerId) ?? [];
    list.push(p);
    productsBySeller.set(p.sellerId, list);
  }
  const chance = (p: number) => faker.number.float() < p;
  const between = (from: number, to: number) => faker.number.float({ min: from, max: to });
  const poisson = (lambda: number) => {
    // Knuth's method; λ stays small here.
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= faker.number.float();
    } while (p > limit);
    return k - 1;
  };
  const active = input.sellers.filter((s) => s.verified && productsBySeller.has(s.id));

  // ── Training: sessions in the kecamatan with the most sellers, about half of them attending ──
  const programmes = PROGRAMMES.map((p, i) => ({ id: `trp_seed_${i}`, ...p }));
  await insertAll(
    db,
    "TrainingProgramme",
    programmes.map((p) => ({
      id: p.id,
      title: p.title,
      topic: p.topic,
      organiser: p.organiser,
      description: p.description,
      minPostScore: p.minPostScore,
      createdById: input.staffId,
      createdAt: new Date(now - 365 * DAY),
    })),
  );
  const byKecamatan = new Map<string, HistorySeller[]>();
  for (const s of active) {
    const kecamatan = villageByCode.get(s.desaCode)?.kecamatanCode ?? s.desaCode;
    byKecamatan.set(kecamatan, [...(byKecamatan.get(kecamatan) ?? []), s]);
  }
  const busiest = [...byKecamatan.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const sessions: InsertRow<"TrainingSession">[] = [];
  const attendances: InsertRow<"TrainingAttendance">[] = [];
  /** When each seller finished a training, by topic. */
  const trainedAt = new Map<string, { topic: TrainingTopic; at: number }[]>();
  const sessionCount = Math.min(14, busiest.length * 2);
  for (let i = 0; i < sessionCount; i++) {
    // One session in each of the fourteen busiest kecamatan: the others of a kecamatan who did
    // not attend are the comparison group of the training-impact view.
    const [, pool] = busiest[i % Math.min(busiest.length, 14)]!;
    const programme = programmes[i % programmes.length]!;
    const startsAt = new Date(
      // From about eight to four months ago, so that the months before and after each session
      // lie inside the year of orders (the training-impact view compares them).
      Math.floor((now - (260 - i * 10) * DAY) / DAY) * DAY + 2 * HOUR, // 09:00 WIB
    );
    const host = faker.helpers.arrayElement(pool);
    const village = villageByCode.get(host.desaCode);
    const id = `trs_seed_${i}`;
    sessions.push({
      id,
      programmeId: programme.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * HOUR),
      desaCode: host.desaCode,
      venue: `Balai Desa ${village?.name ?? ""}`.trim(),
      trainer: `${faker.person.firstName()} ${faker.person.lastName()}`,
      capacity: 25,
      createdAt: new Date(startsAt.getTime() - 21 * DAY),
    });
    const participants = faker.helpers.arrayElements(
      pool,
      Math.min(20, Math.max(3, Math.round(pool.length * 0.55))),
    );
    for (const seller of participants) {
      const attended = chance(0.85);
      const pre = faker.number.int({ min: 30, max: 70 });
      const post = Math.min(100, pre + faker.number.int({ min: 5, max: 35 }));
      // Drawn for everyone present (so the rest of the history stays the same), issued to those
      // who met the programme's completion rule, after the session ended.
      const number = attended
        ? `PK-${startsAt.getUTCFullYear()}-${faker.string.fromCharacters(CERT_ALPHABET, 4)}-${faker.string.fromCharacters(CERT_ALPHABET, 4)}`
        : null;
      const certified =
        attended && (programme.minPostScore === null || post >= programme.minPostScore);
      attendances.push({
        id: `tra_seed_${i}_${seller.id}`,
        sessionId: id,
        sellerId: seller.id,
        status: attended ? "ATTENDED" : "ABSENT",
        preScore: attended ? pre : null,
        postScore: attended ? post : null,
        certificateNumber: certified ? number : null,
        certificateIssuedAt: certified ? new Date(startsAt.getTime() + 5 * HOUR) : null,
        recordedById: input.staffId,
        createdAt: new Date(startsAt.getTime() - 14 * DAY),
        updatedAt: new Date(startsAt.getTime() + 5 * HOUR),
      });
      if (attended) {
        trainedAt.set(seller.id, [
          ...(trainedAt.get(seller.id) ?? []),
          { topic: programme.topic, at: startsAt.getTime() },
        ]);
      }
    }
  }
  await insertAll(db, "TrainingSession", sessions);
  await insertAll(db, "TrainingAttendance", attendances);

  // ── Literacy: a first assessment a year ago, a second after financial training ──
  const assessments: InsertRow<"LiteracyAssessment">[] = [];
  const assess = (sellerId: string, desaCode: string, ability: number, at: number) => {
    const answers: Record<string, string> = {};
    for (const q of LITERACY_QUESTIONS) {
      if (q.kind === "choice") {
        answers[q.id] = chance(ability)
          ? q.correct
          : faker.helpers.arrayElement(q.options.filter((o) => o.value !== q.correct)).value;
      } else {
        const agreement = Math.min(5, Math.max(1, Math.round(1 + ability * 4 + between(-1, 1))));
        answers[q.id] = String(q.reverse ? 6 - agreement : agreement);
      }
    }
    const inclusion = Object.fromEntries(
      INCLUSION_KEYS.map((k) => {
        const base =
          k === "usesEwallet" ? 0.5 : k === "hasKur" || k === "hasInsurance" ? 0.1 : 0.35;
        return [k, chance(Math.min(0.95, base + ability * 0.5))];
      }),
    ) as Parameters<typeof assessmentColumns>[0]["inclusion"];
    const columns = assessmentColumns({ answers, inclusion });
    assessments.push({
      id: `lit_seed_${assessments.length}`,
      sellerId,
      ...columns,
      answers: JSON.stringify(columns.answers),
      assessedAt: new Date(at),
      recordedById: desaCode === input.operator.desaCode ? input.operator.id : input.staffId,
      createdAt: new Date(at),
    });
  };
  for (const seller of active) {
    if (!chance(0.6)) continue;
    const ability = between(0.2, 0.75);
    // Most were first assessed before the year began; some only during it.
    const first = now - (chance(0.8) ? between(380, 440) : between(100, 250)) * DAY;
    assess(seller.id, seller.desaCode, ability, first);
    const financial = (trainedAt.get(seller.id) ?? []).find(
      (t) =>
        (t.topic === "FINANCIAL_LITERACY" || t.topic === "BOOKKEEPING") &&
        t.at > first &&
        t.at < now - 40 * DAY,
    );
    if (financial) {
      assess(
        seller.id,
        seller.desaCode,
        Math.min(0.97, ability + between(0.15, 0.3)),
        financial.at + between(20, 35) * DAY,
      );
    } else if (chance(0.3)) {
      assess(
        seller.id,
        seller.desaCode,
        Math.min(0.97, ability + between(-0.05, 0.1)),
        now - between(20, 120) * DAY,
      );
    }
  }
  await insertAll(db, "LiteracyAssessment", assessments);

  // ── Orders: twelve months, growing faster for sellers after a marketing or photo training ──
  const groups: InsertRow<"OrderGroup">[] = [];
  const orders: InsertRow<"Order">[] = [];
  const items: InsertRow<"OrderItem">[] = [];
  const payments: InsertRow<"Payment">[] = [];
  const timeline: InsertRow<"OrderStatusChange">[] = [];
  const ledger: InsertRow<"LedgerEntry">[] = [];
  const lastDay = now - 3 * DAY; // every historic order has reached its end
  let orderNo = 0;
  const codes = new Set<string>();
  for (const seller of active) {
    const products = productsBySeller.get(seller.id)!;
    // Monthly orders: many village shops sell rarely online, a few sell a lot.
    const rate = faker.helpers.weightedArrayElement([
      { weight: 30, value: between(0.02, 0.15) },
      { weight: 50, value: between(0.4, 2) },
      { weight: 20, value: between(2, 5) },
    ]);
    const growth = between(-0.3, 1);
    const boost = (trainedAt.get(seller.id) ?? []).find(
      (t) => t.topic === "DIGITAL_MARKETING" || t.topic === "PRODUCT_PHOTO",
    );
    const buyers = input.buyers.filter((b) => b.id !== seller.ownerId);
    for (let month = 11; month >= 0; month--) {
      const start = Math.max(now - (month + 1) * 30 * DAY, seller.createdAt.getTime());
      const end = Math.min(now - month * 30 * DAY, lastDay);
      if (end <= start) continue;
      const t = (11 - month) / 11;
      const trained = boost && boost.at < end ? 1.5 : 1;
      const count = poisson(Math.max(0.02, rate * (1 + growth * t) * trained));
      for (let k = 0; k < count; k++) {
        const created = start + faker.number.float() * (end - start);
        const buyer = faker.helpers.arrayElement(buyers);
        const method: PaymentMethod = faker.helpers.weightedArrayElement(
          [
            { weight: 55, value: "COD" as const },
            { weight: 30, value: "BANK_TRANSFER" as const },
            { weight: seller.hasQris ? 15 : 0, value: "QRIS" as const },
          ].filter((m) => m.weight > 0),
        );
        const shipping: ShippingMethod = faker.helpers.weightedArrayElement(
          [
            { weight: 45, value: "PICKUP_SELLER" as const },
            { weight: 20, value: "PICKUP_BALAI_DESA" as const },
            {
              weight: seller.localDeliveryFee === null ? 0 : 35,
              value: "LOCAL_DELIVERY" as const,
            },
          ].filter((m) => m.weight > 0),
        );
        const fee = shipping === "LOCAL_DELIVERY" ? (seller.localDeliveryFee ?? 0) : 0;
        const lines = faker.helpers.arrayElements(
          products,
          faker.helpers.weightedArrayElement([
            { weight: 70, value: 1 },
            { weight: 22, value: 2 },
            { weight: 8, value: 3 },
          ]),
        );
        const orderId = `ord_seed_${orderNo}`;
        let code: string;
        do code = `PK-${faker.string.fromCharacters(CODE_ALPHABET, 7)}`;
        while (codes.has(code));
        codes.add(code);
        orderNo++;
        let subtotal = 0;
        lines.forEach((product, line) => {
          const variant = faker.helpers.arrayElement(product.variants);
          const quantity = faker.helpers.weightedArrayElement([
            { weight: 70, value: 1 },
            { weight: 20, value: 2 },
            { weight: 10, value: 3 },
          ]);
          subtotal += variant.price * quantity;
          items.push({
            id: `${orderId}_i${line}`,
            orderId,
            productId: product.id,
            variantId: variant.id,
            productTitle: product.title,
            variantName: variant.name,
            unitPrice: variant.price,
            quantity,
            lineTotal: variant.price * quantity,
          });
        });
        const total = subtotal + fee;
        const cancelled = chance(0.08);
        const initial: OrderStatus = method === "COD" ? "COD_PENDING" : "PENDING_PAYMENT";
        const steps: { to: OrderStatus; at: number; actor: string; note?: string }[] = [
          { to: initial, at: created, actor: buyer.id },
        ];
        let at = created;
        const next = (hours: [number, number]) => (at += between(hours[0], hours[1]) * HOUR);
        let paidAt: number | null = null;
        let completedAt: number | null = null;
        if (cancelled) {
          steps.push({
            to: "CANCELLED",
            at: next([2, 30]),
            actor: method === "COD" ? seller.ownerId : buyer.id,
            note: faker.helpers.arrayElement(CANCEL_REASONS),
          });
        } else {
          if (method !== "COD") {
            paidAt = next([0.5, 12]);
            steps.push({ to: "PAID", at: paidAt, actor: seller.ownerId });
          }
          steps.push({ to: "PACKED", at: next([2, 20]), actor: seller.ownerId });
          steps.push({ to: "SHIPPED", at: next([2, 24]), actor: seller.ownerId });
          steps.push({ to: "RECEIVED", at: next([4, 48]), actor: buyer.id });
          completedAt = at;
          steps.push({ to: "COMPLETED", at, actor: buyer.id });
          if (method === "COD") paidAt = at;
        }
        const status = steps[steps.length - 1]!.to;
        const village = faker.helpers.arrayElement(input.villages);
        groups.push({
          id: `grp_seed_${orderNo}`,
          code,
          buyerId: buyer.id,
          buyerName: buyer.name,
          buyerPhone: buyer.phone,
          address: `Dusun ${faker.location.street()} RT 0${faker.number.int({ min: 1, max: 9 })} RW 0${faker.number.int({ min: 1, max: 5 })}, ${village.name}`,
          desaCode: village.code,
          paymentMethod: method,
          total,
          createdAt: new Date(created),
        });
        orders.push({
          id: orderId,
          code: `${code}-1`,
          groupId: `grp_seed_${orderNo}`,
          sellerId: seller.id,
          status,
          shippingMethod: shipping,
          shippingFee: fee,
          subtotal,
          total,
          cancelReason: cancelled ? steps[steps.length - 1]!.note! : null,
          paidAt: paidAt === null ? null : new Date(paidAt),
          completedAt: completedAt === null ? null : new Date(completedAt),
          createdAt: new Date(created),
          updatedAt: new Date(at),
        });
        payments.push({
          id: `pay_seed_${orderNo}`,
          groupId: `grp_seed_${orderNo}`,
          orderId,
          payee: "seller",
          method,
          status: cancelled ? "CANCELLED" : "SUCCEEDED",
          amount: total,
          provider: method.toLowerCase(),
          idempotencyKey: `pay_seed_${orderNo}`,
          confirmedById: cancelled || method === "COD" ? null : seller.ownerId,
          confirmedAt: cancelled ? null : new Date(paidAt!),
          createdAt: new Date(created),
          updatedAt: new Date(at),
        });
        steps.forEach((step, s) => {
          timeline.push({
            id: `${orderId}_s${s}`,
            orderId,
            fromStatus: s === 0 ? null : steps[s - 1]!.to,
            toStatus: step.to,
            actorId: step.actor,
            note: step.note ?? null,
            createdAt: new Date(step.at),
          });
        });
        if (completedAt !== null) {
          const entries: [string, number, string][] = [["SALE", total, `Penjualan ${code}-1`]];
          const platform = platformFee(subtotal, feePercent);
          if (platform > 0)
            entries.push(["PLATFORM_FEE", -platform, `Biaya platform ${feePercent}% ${code}-1`]);
          entries.push(["ADJUSTMENT", -total, `Dibayar langsung ke penjual ${code}-1`]);
          for (const [type, amount, description] of entries) {
            ledger.push({
              id: `${orderId}_l${type}`,
              sellerId: seller.id,
              type,
              amount,
              orderId,
              description,
              createdAt: new Date(completedAt),
            });
          }
        }
      }
    }
  }
  await insertAll(db, "OrderGroup", groups);
  await insertAll(db, "Order", orders);
  await insertAll(db, "OrderItem", items);
  await insertAll(db, "Payment", payments);
  await insertAll(db, "OrderStatusChange", timeline);
  await insertAll(db, "LedgerEntry", ledger);

  // ── Cashbooks and debt books: kept by some, and more often after bookkeeping training ──
  const books = seedBooks({ now, faker, chance, between, sellers: active, trainedAt });
  await insertAll(db, "CashbookEntry", books.entries);
  await insertAll(db, "Debt", books.debts);
  await insertAll(db, "DebtPayment", books.payments);
  return {
    cashbookEntries: books.entries.length,
    debts: books.debts.length,
    orders: orders.length,
    trainingSessions: sessions.length,
    attendances: attendances.length,
    assessments: assessments.length,
  };
}
