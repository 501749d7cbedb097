/**
 * The shops, buyers and concurrent checkout clients that bench:orders and bench:notifications
 * share: COD checkouts across two sellers through `placeOrder`, as the checkout page places them.
 */
import type { Db } from "../../app/utils/db.server";

/** The regions bench shops live in: Glagah's Kemiren and Olehsari. */
export const BENCH_REGIONS = [
  { code: "35", name: "JAWA TIMUR", slug: "jawa-timur", level: "PROVINSI", kind: "PROVINSI" },
  {
    code: "35.10",
    name: "KABUPATEN BANYUWANGI",
    slug: "banyuwangi",
    level: "KABUPATEN_KOTA",
    kind: "KABUPATEN",
    parentCode: "35",
  },
  {
    code: "35.10.15",
    name: "Glagah",
    slug: "glagah",
    level: "KECAMATAN",
    kind: "KECAMATAN",
    parentCode: "35.10",
  },
  {
    code: "35.10.15.2004",
    name: "Kemiren",
    slug: "kemiren",
    level: "DESA_KELURAHAN",
    kind: "DESA",
    parentCode: "35.10.15",
  },
  {
    code: "35.10.15.2001",
    name: "Olehsari",
    slug: "olehsari",
    level: "DESA_KELURAHAN",
    kind: "DESA",
    parentCode: "35.10.15",
  },
] as const;
/** Shops with people to notify sit in Kemiren (with its operator); the others in Olehsari. */
const NOTIFIED_DESA = "35.10.15.2004";
const SILENT_DESA = "35.10.15.2001";

export interface BenchShop {
  sellerId: string;
  variants: { id: string; price: number }[];
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/**
 * Two verified shops with 10 products each (stock that never runs out). With `people`, each
 * shop has an owner and its desa an operator, opted into the given channels — the recipients of
 * the shop's notifications; without, the shops sit in a desa with no operator and nobody is told
 * (no notification is written).
 */
export async function createBenchShops(
  db: Db,
  options: { people?: { whatsapp: boolean; email: boolean } } = {},
): Promise<BenchShop[]> {
  for (const region of BENCH_REGIONS) {
    await db.region.upsert({ where: { code: region.code }, create: region, update: {} });
  }
  const category = await db.category.create({
    data: { slug: `bench-${unique()}`, nameId: "Bench", nameEn: "Bench" },
  });
  const person = async (name: string) =>
    db.user.create({
      data: {
        phone: `+62813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
        name,
        email: options.people?.email ? `${unique()}@bench.test` : null,
        notifyWhatsapp: options.people?.whatsapp ?? false,
        notifyEmail: options.people?.email ?? false,
      },
    });
  if (options.people) {
    const operator = await person("Operator Bench");
    await db.userRole.create({
      data: { userId: operator.id, role: "OPERATOR", regionCode: NOTIFIED_DESA },
    });
  }
  const shops: BenchShop[] = [];
  for (let s = 0; s < 2; s++) {
    const owner = options.people ? await person(`Pemilik ${s + 1}`) : null;
    const seller = await db.seller.create({
      data: {
        slug: `bench-${unique()}`,
        businessName: `Toko Bench ${s + 1}`,
        ownerName: "Bench",
        ownerId: owner?.id ?? null,
        desaCode: options.people ? NOTIFIED_DESA : SILENT_DESA,
        sector: "KULINER",
        whatsapp: "+6281200009999",
        verificationStatus: "VERIFIED",
      },
    });
    const variants: { id: string; price: number }[] = [];
    for (let p = 0; p < 10; p++) {
      const price = 5_000 + p * 1_000;
      const product = await db.product.create({
        data: {
          slug: `bench-${seller.id}-${p}`,
          title: `Produk Bench ${p}`,
          sellerId: seller.id,
          categoryId: category.id,
          status: "ACTIVE",
          price,
          variants: {
            create: { sku: `B-${seller.id}-${p}`, name: "Biasa", options: {}, price, stock: 1e8 },
          },
        },
        include: { variants: true },
      });
      variants.push({ id: product.variants[0]!.id, price });
    }
    shops.push({ sellerId: seller.id, variants });
  }
  return shops;
}

export async function createBenchBuyers(db: Db, count: number): Promise<string[]> {
  const buyers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      db.user.create({
        data: { phone: `+62819${String(Date.now() % 1e6).padStart(6, "0")}${i}`, name: "Pembeli" },
      }),
    ),
  );
  return buyers.map((b) => b.id);
}

export interface CheckoutRun {
  latencies: number[];
  failures: number;
  seconds: number;
}

/** `total` checkouts (one order at each shop) by `clients` concurrent clients. */
export async function runCheckouts(
  db: Db,
  input: { shops: BenchShop[]; buyerIds: string[]; clients: number; total: number; label?: string },
): Promise<CheckoutRun> {
  const { placeOrder } = await import("../../app/modules/orders/checkout.server");
  const { DomainError } = await import("../../app/utils/errors");
  const settings = { feePercent: 0, paymentTtlMs: 86_400_000, stripeEnabled: false };
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const client = async (id: number) => {
    while (next < input.total) {
      const n = next++;
      const lines = input.shops.map(({ sellerId, variants }) => ({
        sellerId,
        variant: variants[(n + id) % variants.length]!,
        quantity: 1 + (n % 3),
      }));
      const t0 = performance.now();
      try {
        await placeOrder(db, {
          buyerId: input.buyerIds[n % input.buyerIds.length]!,
          settings,
          checkout: {
            buyerName: "Pembeli Bench",
            buyerPhone: "+6281299990000",
            address: "Dusun Krajan RT 01 RW 01, Kemiren",
            paymentMethod: "COD",
            lines: lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })),
            shipping: lines.map((l) => ({
              sellerId: l.sellerId,
              method: "PICKUP_SELLER" as const,
            })),
            expectedSubtotal: lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0),
          },
        });
        latencies.push(performance.now() - t0);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failures++;
      }
      if (n > 0 && n % 1000 === 0) console.log(`  ${input.label ?? ""}${n} checkouts placed…`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: input.clients }, (_, i) => client(i)));
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
