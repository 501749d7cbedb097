/** Small builders for integration tests: each returns the created row with sensible defaults. */
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";

const uid = () => crypto.randomBytes(5).toString("hex");

export async function createCategory(db: Db, data: Partial<Prisma.CategoryCreateInput> = {}) {
  const slug = data.slug ?? `kategori-${uid()}`;
  return db.category.create({
    data: { slug, nameId: `Kategori ${slug}`, nameEn: `Category ${slug}`, ...data },
  });
}

export async function createSeller(
  db: Db,
  data: Partial<Prisma.SellerUncheckedCreateInput> & {
    legalities?: { type: "NIB" | "PIRT" | "HALAL"; verified: boolean }[];
  } = {},
) {
  const { legalities = [], ...rest } = data;
  const id = uid();
  return db.seller.create({
    data: {
      slug: `toko-${id}`,
      businessName: `Toko ${id}`,
      ownerName: "Pemilik Uji",
      desaCode: "35.10.15.2004",
      sector: "KULINER",
      whatsapp: "+6281234500000",
      verificationStatus: "VERIFIED",
      ...rest,
      legalities: {
        create: legalities.map((l, i) => ({
          type: l.type,
          number: `${l.type}-${id}-${i}`,
          status: l.verified ? "VERIFIED" : "UNVERIFIED",
        })),
      },
    },
  });
}

type VariantInput = { name?: string; price: number; stock: number; weightGrams?: number | null };

export async function createProduct(
  db: Db,
  data: Partial<Prisma.ProductUncheckedCreateInput> & {
    sellerId: string;
    categoryId: string;
    variants?: VariantInput[];
  },
) {
  const defaultVariants: VariantInput[] = [{ price: data.price ?? 15_000, stock: 10 }];
  const { variants = defaultVariants, ...rest } = data;
  const id = uid();
  return db.product.create({
    data: {
      slug: `produk-${id}`,
      title: `Produk ${id}`,
      status: "ACTIVE",
      publishedAt: new Date(),
      price: Math.min(...variants.map((v) => v.price)),
      // A listed product needs a shipping weight (the editor refuses to publish without one).
      weightGrams: 250,
      ...rest,
      variants: {
        create: variants.map((v, i) => ({
          sku: `SKU-${id}-${i}`,
          name: v.name ?? `Varian ${i + 1}`,
          options: {},
          price: v.price,
          stock: v.stock,
          weightGrams: v.weightGrams ?? null,
          sortOrder: i,
        })),
      },
    },
  });
}

export async function createUser(db: Db, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const digits = String(crypto.randomInt(10_000_000, 99_999_999));
  return db.user.create({
    data: { phone: `+62812${digits}`, name: "Pembeli Uji", passwordHash: "x", ...data },
  });
}

/** A one-shop order without items (in its own group), for figures read from orders. */
export async function createOrder(
  db: Db,
  order: {
    sellerId: string;
    subtotal: number;
    shippingFee?: number;
    status?: Prisma.OrderCreateWithoutGroupInput["status"];
    completedAt?: Date | null;
    createdAt?: Date;
  },
): Promise<string> {
  const code = `PK-${uid().toUpperCase()}`;
  const shippingFee = order.shippingFee ?? 0;
  const total = order.subtotal + shippingFee;
  const group = await db.orderGroup.create({
    data: {
      code,
      buyerName: "Pembeli Uji",
      buyerPhone: "+6281299990000",
      address: "Jl. Kemiren No. 1",
      paymentMethod: "COD",
      total,
      createdAt: order.createdAt,
      orders: {
        create: [
          {
            code: `${code}-1`,
            sellerId: order.sellerId,
            status: order.status ?? "COMPLETED",
            shippingMethod: "LOCAL_DELIVERY",
            shippingFee,
            subtotal: order.subtotal,
            total,
            completedAt: order.completedAt ?? null,
            createdAt: order.createdAt,
          },
        ],
      },
    },
    select: { orders: { select: { id: true } } },
  });
  return group.orders[0]!.id;
}

/**
 * A tariff row: by default Reguler within the province from Kecamatan Genteng (35.10.15), Rp9.000
 * a kilo, at least Rp10.000, 2–3 days.
 */
export async function createTariff(
  db: Db,
  data: Partial<Prisma.ShippingTariffUncheckedCreateInput> = {},
) {
  return db.shippingTariff.create({
    data: {
      originKecamatanCode: "35.10.15",
      zone: "SAME_PROVINCE",
      service: "REGULAR",
      pricePerKg: 9_000,
      minimumPrice: 10_000,
      etdMinDays: 2,
      etdMaxDays: 3,
      ...data,
    },
  });
}
