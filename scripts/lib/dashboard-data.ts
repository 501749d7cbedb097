/**
 * The dashboard benchmarks' data: N sellers spread over Banyuwangi's desa (each with a product,
 * legality numbers, a training attendance, two literacy assessments and, for a third of them, a
 * cashbook kept most months — every month after a bookkeeping session) and M one-item orders over
 * the last year, written with multi-row inserts. Regions must be imported first.
 */
import type { Db } from "../../app/utils/db.server";
import { insertRows, type InsertRow, type InsertTable } from "../../app/utils/sql.server";

export async function writeDashboardData(
  db: Db,
  options: { sellerCount: number; orderCount: number; now?: number },
): Promise<void> {
  const { sellerCount, orderCount } = options;
  const desa = await db.region.findMany({
    where: { level: "DESA_KELURAHAN", code: { startsWith: "35.10." } },
    select: { code: true },
  });
  const now = options.now ?? Date.now();
  const day = 86_400_000;
  const year = 365 * day;
  /** Writes rows in batches of `size`, one multi-row INSERT each. */
  async function write<T extends InsertTable>(
    table: T,
    count: number,
    row: (n: number) => InsertRow<T>,
    size = 500,
  ) {
    for (let i = 0; i < count; i += size) {
      const rows = Array.from({ length: Math.min(size, count - i) }, (_, j) => row(i + j));
      await db.$executeRaw(insertRows(table, rows));
      if (i > 0 && i % 100_000 === 0) console.log(`  ${table}: ${i}…`);
    }
  }

  console.log(`Writing ${sellerCount} sellers with a product each, legality and growth records…`);
  const sellerId = (n: number) => `bs_${n}`;
  await write("Seller", sellerCount, (n) => ({
    id: sellerId(n),
    slug: `bench-${n}`,
    businessName: `UMKM ${n}`,
    ownerName: "Pemilik",
    desaCode: desa[n % desa.length]!.code,
    sector: "KULINER",
    whatsapp: "+6281200000000",
    description: "",
    verificationStatus: n % 10 === 0 ? "PENDING" : "VERIFIED",
    sizeClass: "MIKRO",
    createdAt: new Date(now - year - (n % 1000) * day),
    updatedAt: new Date(now),
  }));
  const categories = ["kopi", "keripik", "batik", "madu", "sambal", "kue", "anyaman", "jamu"];
  await write("Category", categories.length, (n) => ({
    id: `bc_${n}`,
    slug: categories[n]!,
    nameId: categories[n]!,
    nameEn: categories[n]!,
  }));
  await write("Product", sellerCount, (n) => ({
    id: `bp_${n}`,
    slug: `bench-product-${n}`,
    sellerId: sellerId(n),
    categoryId: `bc_${n % categories.length}`,
    title: `Produk ${n}`,
    status: "ACTIVE",
    price: 10_000,
    createdAt: new Date(now - year),
    updatedAt: new Date(now),
  }));
  await write("ProductVariant", sellerCount, (n) => ({
    id: `bv_${n}`,
    productId: `bp_${n}`,
    sku: `BENCH-${n}`,
    name: "Standar",
    options: "{}",
    price: 10_000,
    createdAt: new Date(now - year),
    updatedAt: new Date(now),
  }));
  await write("SellerLegality", sellerCount * 2, (n) => ({
    id: `bl_${n}`,
    sellerId: sellerId(n >> 1),
    type: n % 2 === 0 ? "NIB" : "HALAL",
    number: String(1e12 + n),
    status: n % 3 === 0 ? "UNVERIFIED" : "VERIFIED",
    createdAt: new Date(now - year),
    updatedAt: new Date(now),
  }));
  // Training: one programme per topic, a session per kecamatan-month, every seller attends one.
  const topics = ["DIGITAL_MARKETING", "PRODUCT_PHOTO", "BOOKKEEPING", "FINANCIAL_LITERACY"];
  const staff = "bench-staff";
  await write("User", 1, () => ({
    id: staff,
    phone: "+6281299999999",
    name: "Staf",
    passwordHash: "-",
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }));
  await write("TrainingProgramme", topics.length, (n) => ({
    id: `btp_${n}`,
    title: topics[n]!,
    topic: topics[n]!,
    organiser: "Dinas",
    createdById: staff,
    createdAt: new Date(now - year),
  }));
  const sessions = 12 * 25;
  await write("TrainingSession", sessions, (n) => ({
    id: `bts_${n}`,
    programmeId: `btp_${n % topics.length}`,
    startsAt: new Date(now - ((n % 12) + 0.5) * 30 * day),
    desaCode: desa[n % desa.length]!.code,
    venue: "Balai desa",
    trainer: "Pelatih",
    capacity: 50,
    createdAt: new Date(now - year),
  }));
  await write("TrainingAttendance", sellerCount, (n) => ({
    id: `bta_${n}`,
    sessionId: `bts_${n % sessions}`,
    sellerId: sellerId(n),
    status: n % 5 === 0 ? "ABSENT" : "ATTENDED",
    preScore: 40 + (n % 30),
    postScore: 60 + (n % 35),
    createdAt: new Date(now - year),
    updatedAt: new Date(now),
  }));
  // Literacy: two assessments per seller, half a year apart.
  const strata = ["WELL_LITERATE", "SUFFICIENT_LITERATE", "LESS_LITERATE", "NOT_LITERATE"];
  await write("LiteracyAssessment", sellerCount * 2, (n) => ({
    id: `bla_${n}`,
    sellerId: sellerId(n >> 1),
    instrumentVersion: "PK-LIT-1",
    answers: "{}",
    knowledgeScore: 50,
    skillScore: 50,
    confidenceScore: 50,
    attitudeScore: 50,
    behaviourScore: 50,
    totalScore: 50,
    stratum: strata[(n >> 1) % 4 === 0 ? 0 : ((n >> 1) + (n % 2 === 0 ? 1 : 0)) % 4]!,
    hasBankAccount: n % 2 === 1 || n % 3 === 0,
    usesEwallet: n % 4 < 2,
    hasSavings: n % 5 < 3,
    hasCredit: n % 7 === 0,
    hasKur: n % 11 === 0,
    hasInsurance: n % 13 === 0,
    assessedAt: new Date(now - (n % 2 === 0 ? 300 : 60) * day - (n % 50) * day),
    createdAt: new Date(now),
  }));

  console.log(`Writing ${orderCount} orders with an item each over the last year…`);
  const groupId = "bench-group";
  await write("OrderGroup", 1, () => ({
    id: groupId,
    code: "PK-BENCH",
    buyerName: "Bench",
    buyerPhone: "+6281200000000",
    address: "Alamat bench",
    paymentMethod: "COD",
    total: 0,
    createdAt: new Date(now),
  }));
  const statuses = ["COMPLETED", "COMPLETED", "COMPLETED", "SHIPPED", "PAID", "CANCELLED"];
  const orderTotal = (n: number) => 10_000 + ((n * 131) % 200) * 1_000;
  const orderSeller = (n: number) => (n * 17) % sellerCount;
  await write(
    "Order",
    orderCount,
    (n) => {
      // Spread over the year: a day from 0 to 364 back (7919 is prime to 365), a time in the day.
      const created = new Date(now - ((n * 7919) % 365) * day - ((n * 104_729) % day));
      return {
        id: `bo_${n}`,
        code: `PK-BENCH-${n}`,
        groupId,
        sellerId: sellerId(orderSeller(n)),
        status: statuses[n % statuses.length]!,
        shippingMethod: "PICKUP_SELLER",
        shippingFee: 0,
        subtotal: orderTotal(n),
        total: orderTotal(n),
        createdAt: created,
        updatedAt: created,
      };
    },
    1000,
  );
  await write(
    "OrderItem",
    orderCount,
    (n) => ({
      id: `boi_${n}`,
      orderId: `bo_${n}`,
      productId: `bp_${orderSeller(n)}`,
      variantId: `bv_${orderSeller(n)}`,
      productTitle: "Produk",
      variantName: "Standar",
      unitPrice: orderTotal(n),
      quantity: 1,
      lineTotal: orderTotal(n),
    }),
    1000,
  );
  // Cashbooks: a third of the sellers write in most months; after a bookkeeping session
  // (programme 2) every month.
  const cashbook: InsertRow<"CashbookEntry">[] = [];
  for (let n = 0; n < sellerCount; n++) {
    const bookkeeping = n % 5 !== 0 && (n % sessions) % topics.length === 2;
    if (n % 3 !== 0 && !bookkeeping) continue;
    const sessionAt = now - (((n % sessions) % 12) + 0.5) * 30 * day;
    for (let m = 0; m < 12; m++) {
      const at = now - (m + 0.3) * 30 * day;
      const after = bookkeeping && at > sessionAt;
      if (!after && (n + m) % 3 === 0) continue;
      cashbook.push({
        id: `bce_${n}_${m}`,
        sellerId: sellerId(n),
        kind: m % 2 === 0 ? "EXPENSE" : "INCOME",
        category: m % 2 === 0 ? "bahan baku" : "penjualan",
        amount: 50_000 + (n % 20) * 10_000,
        occurredOn: new Date(at),
        note: "",
        createdAt: new Date(at),
      });
    }
  }
  for (let i = 0; i < cashbook.length; i += 500) {
    await db.$executeRaw(insertRows("CashbookEntry", cashbook.slice(i, i + 500)));
  }
}
