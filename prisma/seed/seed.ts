/**
 * Deterministic demo data that looks like Banyuwangi: real regions, UMKM spread over many desa,
 * products from the curated catalog with variants, stock and generated photos, and one demo
 * account per role. The same seed number always yields the same catalog.
 */
import { base, en, Faker, id_ID } from "@faker-js/faker";
import sharp from "sharp";
import type { Prisma } from "~/generated/prisma/client";
import type {
  BusinessSector,
  LegalityType,
  ProductStatus,
  VerificationStatus,
} from "~/generated/prisma/enums";
import { hashPassword } from "~/modules/auth/password.server";
import { processImage, type ProcessedImage } from "~/modules/images/pipeline.server";
import { buildStaticQris } from "~/modules/payments/qris";
import { documentStorage, type ImageStorage } from "~/modules/images/storage.server";
import { importAllRegions } from "~/modules/regions/import-regions.server";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import type { Db } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { CATEGORIES, PRODUCT_TEMPLATES } from "./catalog-data";
import type { ProductTemplate } from "./catalog-options";
import {
  OWNER_FAMILY_NAMES,
  OWNER_GIVEN_NAMES,
  SELLER_NAME_PARTS,
  SHOP_TAGLINES,
} from "./catalog-people";
import { seedHistory } from "./history";
import { sampleScans } from "./legality-scans";
import { productArtSvg } from "./product-art";
import { seedShippingTariffs } from "./shipping-tariffs";

export const SEED_MARKER_KEY = "seed";
export const DEMO_PASSWORD = "pasarkampung";
export const DEMO_DESA_CODE = "35.10.15.2004"; // Kemiren, Kecamatan Glagah: the Osing village

export const DEMO_ACCOUNTS = [
  { role: "BUYER", phone: "+6281200000001", name: "Sari Pembeli" },
  { role: "SELLER", phone: "+6281200000002", name: "Mbok Sumiati" },
  { role: "OPERATOR", phone: "+6281200000003", name: "Agus Pendamping" },
  { role: "STAFF", phone: "+6281200000004", name: "Dewi Dinas Koperasi" },
  { role: "ADMIN", phone: "+6281200000005", name: "Admin Pasar Kampung" },
] as const;

/** A second operator, of a neighbouring desa, to show (and test) that operators are scoped. */
export const SECOND_OPERATOR = {
  phone: "+6281200000006",
  name: "Rini Pendamping Olehsari",
  desaCode: "35.10.15.2005",
} as const;

export interface SeedOptions {
  /** Target number of products (default ≈ 1,700). Sellers scale with it. */
  products?: number;
  seed?: number;
  now?: Date;
  log?: (message: string) => void;
  /** Private storage for the sample legality scans (default: DOCUMENT_DIR or its bucket prefix). */
  documents?: ImageStorage;
}

export interface SeedSummary {
  regions: number;
  categories: number;
  sellers: number;
  products: number;
  variants: number;
  images: number;
  users: number;
  orders: number;
}

const BATCH = 500;

async function insertBatches<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
  onProgress?: (done: number) => void,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await insert(rows.slice(i, i + BATCH));
    onProgress?.(Math.min(i + BATCH, rows.length));
  }
}

function roundTo500(n: number): number {
  return Math.max(500, Math.round(n / 500) * 500);
}

/** Cartesian product of a template's option axes (one default variant when it has none). */
function variantsOf(
  template: ProductTemplate,
): { name: string; options: Record<string, string>; factor: number }[] {
  let combos: { name: string; options: Record<string, string>; factor: number }[] = [
    { name: "", options: {}, factor: 1 },
  ];
  for (const axis of template.options) {
    combos = combos.flatMap((c) =>
      axis.values.map((v) => ({
        name: c.name ? `${c.name} · ${v.label}` : v.label,
        options: { ...c.options, [axis.name.toLowerCase()]: v.label },
        factor: c.factor * v.priceFactor,
      })),
    );
  }
  return combos.map((c) => ({ ...c, name: c.name || "Standar" }));
}

function positiveWeight(template: ProductTemplate): number {
  if (!(template.weightGrams > 0)) throw new Error(`${template.title}: weightGrams must be > 0`);
  return template.weightGrams;
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * Issue and expiry dates of a seeded document: an SPP-IRT is valid for five years; a halal
 * certificate issued before the 2023 rules for four, one issued since without end. Spread so the
 * dashboard has a few expired and expiring documents; the demo shop's P-IRT expires in 20 days,
 * so its owner gets the reminder, and its halal certificate has no end. Notices already past at seeding count as sent, except the demo
 * shop's.
 */
function legalityDates(
  type: LegalityType,
  createdAt: Date,
  now: Date,
  isDemo: boolean,
  faker: Faker,
) {
  const issuedAt = new Date(
    createdAt.getTime() - faker.number.float({ min: 0, max: 2.5 }) * YEAR_MS,
  );
  let expiresAt: Date | null = null;
  if (type === "PIRT") {
    expiresAt = isDemo
      ? new Date(now.getTime() + 20 * 86_400_000)
      : new Date(issuedAt.getTime() + 5 * YEAR_MS);
  } else if (type === "HALAL" && !isDemo && issuedAt.getFullYear() < 2023) {
    expiresAt = new Date(issuedAt.getTime() + 4 * YEAR_MS);
  }
  const soon = now.getTime() + 30 * 86_400_000;
  const handled = (past: boolean) => (!isDemo && expiresAt && past ? expiresAt : null);
  return {
    issuedAt,
    expiresAt,
    remindedFor: handled(!!expiresAt && expiresAt.getTime() <= soon),
    expiredFor: handled(!!expiresAt && expiresAt.getTime() <= now.getTime()),
  };
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.setting.findUnique({ where: { key: SEED_MARKER_KEY } })) !== null;
}

export async function seedDatabase(
  db: Db,
  storage: ImageStorage,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const targetProducts = options.products ?? 1_700;
  const faker = new Faker({ locale: [id_ID, en, base] });
  faker.seed(options.seed ?? 3510);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  // Regions
  // All of Indonesia (~91k rows, about 3 s on SQLite) so a buyer anywhere can save an address;
  // the storefront's region pages stay Banyuwangi's.
  const { count: regionCount } = await importAllRegions(db);
  const villages = await db.region.findMany({
    where: { level: "DESA_KELURAHAN", code: { startsWith: `${BANYUWANGI_CODE}.` } },
    orderBy: { code: "asc" },
    select: { code: true, name: true, parent: { select: { name: true } } },
  });
  log(`wilayah: ${regionCount} (${villages.length} desa/kelurahan) — ${elapsed()}`);
  const kecamatanCodes = [...new Set(villages.map((v) => v.code.split(".").slice(0, 3).join(".")))];
  log(`tarif ongkir: ${await seedShippingTariffs(db, kecamatanCodes)} baris`);

  // Categories
  await db.category.createMany({
    data: CATEGORIES.map((c, i) => ({
      id: `cat_${c.slug}`,
      slug: c.slug,
      nameId: c.nameId,
      nameEn: c.nameEn,
      sortOrder: i,
    })),
  });
  const categoryBySlug = new Map(CATEGORIES.map((c) => [c.slug, c]));
  const templatesByCategory = new Map<string, ProductTemplate[]>();
  for (const t of PRODUCT_TEMPLATES) {
    const list = templatesByCategory.get(t.category) ?? [];
    list.push(t);
    templatesByCategory.set(t.category, list);
  }
  log(`kategori: ${CATEGORIES.length}`);

  // Photos: two renditions per product template, shared by the products made from it.
  const artByTemplate = new Map<ProductTemplate, ProcessedImage[]>();
  const renderArt = async (template: ProductTemplate, t: number) => {
    const category = categoryBySlug.get(template.category)!;
    const renditions: ProcessedImage[] = [];
    for (const shot of [0, 1] as const) {
      const svg = productArtSvg({
        category: category.slug,
        title: template.title,
        palette: category.palette,
        seed: t,
        shot,
        size: 640,
      });
      const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 0 }).toBuffer();
      renditions.push(await processImage(png, storage));
    }
    artByTemplate.set(template, renditions);
  };
  // Two at a time keeps both cores busy (SVG rasterising, then encoding) without thrashing.
  for (let t = 0; t < PRODUCT_TEMPLATES.length; t += 2) {
    await Promise.all(
      PRODUCT_TEMPLATES.slice(t, t + 2).map((template, j) => renderArt(template, t + j)),
    );
    if ((t + 2) % 40 === 0)
      log(`foto produk: ${t + 2}/${PRODUCT_TEMPLATES.length} templat — ${elapsed()}`);
  }
  log(`foto produk: ${PRODUCT_TEMPLATES.length} templat — ${elapsed()}`);

  // Demo accounts and seller owners. Owners share one hash: the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const demoUserIds: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const id = `usr_demo_${account.role.toLowerCase()}`;
    demoUserIds[account.role] = id;
    await db.user.create({
      data: {
        id,
        phone: account.phone,
        name: account.name,
        passwordHash,
        roles: {
          create: [
            { role: "BUYER" },
            ...(account.role === "BUYER"
              ? []
              : [
                  {
                    role: account.role,
                    regionCode:
                      account.role === "OPERATOR"
                        ? DEMO_DESA_CODE
                        : account.role === "STAFF"
                          ? BANYUWANGI_CODE
                          : null,
                  },
                ]),
          ],
        },
      },
    });
  }

  await db.user.create({
    data: {
      id: "usr_demo_operator2",
      phone: SECOND_OPERATOR.phone,
      name: SECOND_OPERATOR.name,
      passwordHash,
      roles: {
        create: [{ role: "BUYER" }, { role: "OPERATOR", regionCode: SECOND_OPERATOR.desaCode }],
      },
    },
  });

  // Sellers
  const sellerCount = Math.max(160, Math.round(targetProducts / 10));
  const usedSellerSlugs = new Set<string>();
  const sellers: Prisma.SellerCreateManyInput[] = [];
  const owners: Prisma.UserCreateManyInput[] = [];
  const ownerRoles: Prisma.UserRoleCreateManyInput[] = [];
  const legalities: Prisma.SellerLegalityCreateManyInput[] = [];
  const scans = await sampleScans(options.documents ?? documentStorage());
  const sellerMeta: {
    id: string;
    category: string;
    extras: string[];
    coreName: string;
    verified: boolean;
  }[] = [];
  const verifier = demoUserIds.STAFF!;

  for (let i = 0; i < sellerCount; i++) {
    const isDemo = i === 0;
    const category = isDemo
      ? (categoryBySlug.get("kopi") ?? CATEGORIES[0]!)
      : faker.helpers.arrayElement(CATEGORIES);
    const parts = SELLER_NAME_PARTS[category.slug] ?? {
      prefixes: [category.nameId],
      cores: ["Osing"],
    };
    const coreName = faker.helpers.arrayElement(parts.cores);
    const businessName = isDemo
      ? "Kopi Osing Mbok Sum"
      : `${faker.helpers.arrayElement(parts.prefixes)} ${coreName}`;
    let slug = slugify(businessName);
    for (let n = 2; usedSellerSlugs.has(slug); n++) slug = `${slugify(businessName)}-${n}`;
    usedSellerSlugs.add(slug);
    // The first two sellers are in Kemiren, so its operator has a seller to help (demo logins).
    const kemiren = villages.find((v) => v.code === DEMO_DESA_CODE) ?? villages[0]!;
    const desa = isDemo
      ? kemiren
      : ((drawn) => (i === 1 ? kemiren : drawn))(faker.helpers.arrayElement(villages));
    const ownerName = isDemo
      ? "Mbok Sumiati"
      : `${faker.helpers.arrayElement(OWNER_GIVEN_NAMES)} ${faker.helpers.arrayElement(OWNER_FAMILY_NAMES)}`;
    const id = `slr_${String(i).padStart(6, "0")}`;
    const drawnStatus: VerificationStatus = isDemo
      ? "VERIFIED"
      : faker.helpers.weightedArrayElement([
          { weight: 88, value: "VERIFIED" as const },
          { weight: 8, value: "PENDING" as const },
          { weight: 3, value: "REJECTED" as const },
          { weight: 1, value: "SUSPENDED" as const },
        ]);
    const status: VerificationStatus = i === 1 ? "VERIFIED" : drawnStatus;
    const phone = `+628${String(1_300_000_000 + i * 7919).padStart(10, "0")}`;
    let ownerId: string;
    if (isDemo) {
      ownerId = demoUserIds.SELLER!;
    } else {
      ownerId = `usr_${String(i).padStart(6, "0")}`;
      owners.push({ id: ownerId, phone, name: ownerName, passwordHash });
      ownerRoles.push({ userId: ownerId, role: "BUYER" }, { userId: ownerId, role: "SELLER" });
    }
    const createdAt = faker.date.between({
      from: new Date(now.getTime() - 3 * 365 * 864e5),
      to: new Date(now.getTime() - 30 * 864e5),
    });
    sellers.push({
      id,
      slug,
      businessName,
      ownerName,
      ownerId,
      desaCode: desa.code,
      sector: category.sector as BusinessSector,
      whatsapp: isDemo ? DEMO_ACCOUNTS[1].phone : phone,
      // The demo shop's statement shows a business address, as a bank expects.
      address: isDemo ? "Dusun Krajan RT 02 RW 01, dekat balai desa" : null,
      description: faker.helpers
        .arrayElement(SHOP_TAGLINES)
        .replaceAll("{desa}", desa.name)
        .replaceAll("{kecamatan}", desa.parent?.name ?? ""),
      foundedYear: faker.number.int({ min: 1995, max: 2024 }),
      verificationStatus: status,
      verifiedAt: status === "VERIFIED" ? createdAt : null,
      registeredById: isDemo ? demoUserIds.OPERATOR! : null,
      localDeliveryFee: ((fee) => (isDemo ? 5_000 : fee))(
        faker.helpers.arrayElement([null, 5_000, 10_000, 15_000]),
      ),
      bankName: faker.helpers.arrayElement(["BRI", "BNI", "Bank Jatim", "Mandiri", "BSI"]),
      bankAccountNumber: String(faker.number.int({ min: 1e9, max: 9e9 })),
      bankAccountName: ownerName,
      // Demo QRIS codes (structurally valid, paying nowhere) for four sellers in five.
      qrisStatic:
        i % 5 === 4
          ? null
          : buildStaticQris({
              merchantName: businessName.toUpperCase(),
              merchantCity: "BANYUWANGI",
              merchantId: `ID10200${String(i).padStart(8, "0")}`,
            }),
      createdAt,
    });
    const food = ["KULINER", "MINUMAN", "HERBAL", "PERIKANAN"].includes(category.sector);
    const legal: [LegalityType, number][] = [["NIB", isDemo ? 1 : 0.72]];
    if (food) legal.push(["PIRT", isDemo ? 1 : 0.55], ["HALAL", isDemo ? 1 : 0.38]);
    for (const [type, p] of legal) {
      if (faker.number.float() >= p) continue;
      const verified = status === "VERIFIED" && (isDemo || faker.number.float() < 0.85);
      const dates = legalityDates(type, createdAt, now, isDemo, faker);
      legalities.push({
        sellerId: id,
        type,
        number:
          type === "NIB"
            ? faker.string.numeric(13)
            : type === "PIRT"
              ? `${faker.string.numeric(13)}-${String(dates.issuedAt.getFullYear() + 5).slice(2)}`
              : `ID35110000${faker.string.numeric(6)}${dates.issuedAt.getFullYear()}`,
        status: verified ? "VERIFIED" : "UNVERIFIED",
        reviewedById: verified ? verifier : null,
        reviewedAt: verified ? createdAt : null,
        ...dates,
        ...(await scans.store(type)),
      });
    }
    // A shop sells from the category its name says; a third also keep a few neighbouring goods
    // (a coffee shop's gula aren).
    sellerMeta.push({
      id,
      category: category.slug,
      extras: faker.number.float() < 0.35 ? category.alsoSells : [],
      coreName,
      verified: status === "VERIFIED",
    });
  }
  await insertBatches(owners, (b) => db.user.createMany({ data: b }));
  await insertBatches(ownerRoles, (b) => db.userRole.createMany({ data: b }));
  await insertBatches(sellers, (b) => db.seller.createMany({ data: b }));
  await insertBatches(legalities, (b) => db.sellerLegality.createMany({ data: b }));
  log(
    `UMKM: ${sellers.length} di ${new Set(sellers.map((s) => s.desaCode)).size} desa — ${elapsed()}`,
  );

  // Products, variants, images
  const products: Prisma.ProductCreateManyInput[] = [];
  const variants: Prisma.ProductVariantCreateManyInput[] = [];
  const images: Prisma.ProductImageCreateManyInput[] = [];
  const usedProductSlugs = new Set<string>();
  let productIndex = 0;
  const perSeller = targetProducts / sellerCount;
  for (const seller of sellerMeta) {
    const count = Math.max(1, Math.round(perSeller * (0.4 + faker.number.float() * 1.2)));
    // At most one product in five from the extras, so the shop stays what its name says.
    const extraCount =
      seller.extras.length > 0 ? faker.number.int({ min: 0, max: Math.floor(count / 5) }) : 0;
    for (let k = 0; k < count; k++) {
      const categorySlug =
        k < count - extraCount ? seller.category : faker.helpers.arrayElement(seller.extras);
      const template = faker.helpers.arrayElement(
        templatesByCategory.get(categorySlug) ?? PRODUCT_TEMPLATES,
      );
      const id = `prd_${String(productIndex++).padStart(7, "0")}`;
      const title =
        faker.number.float() < 0.5 ? `${template.title} ${seller.coreName}` : template.title;
      const baseSlug = slugify(title);
      let slug = baseSlug;
      for (let n = 2; usedProductSlugs.has(slug); n++) slug = `${baseSlug}-${n}`;
      usedProductSlugs.add(slug);
      const basePrice = roundTo500(
        faker.number.int({ min: template.basePrice[0], max: template.basePrice[1] }),
      );
      const status: ProductStatus = faker.helpers.weightedArrayElement([
        { weight: 92, value: "ACTIVE" as const },
        { weight: 5, value: "DRAFT" as const },
        { weight: 3, value: "ARCHIVED" as const },
      ]);
      const specs = variantsOf(template);
      let minPrice = Number.POSITIVE_INFINITY;
      specs.forEach((spec, v) => {
        const price = roundTo500(basePrice * spec.factor);
        minPrice = Math.min(minPrice, price);
        variants.push({
          id: `${id}_v${v}`,
          productId: id,
          sku: `PK-${id.slice(4)}-${v + 1}`,
          name: spec.name,
          options: spec.options,
          price,
          stock: faker.number.float() < 0.08 ? 0 : faker.number.int({ min: 1, max: 120 }),
          sortOrder: v,
        });
      });
      const publishedAt =
        status === "DRAFT"
          ? null
          : faker.date.between({ from: new Date(now.getTime() - 365 * 864e5), to: now });
      products.push({
        id,
        slug,
        sellerId: seller.id,
        categoryId: `cat_${template.category}`,
        title,
        description: template.description,
        status,
        isHalal: template.halal,
        // Every variant ships at this weight (variants have none of their own): courier quotes
        // need it, so a template without one is a mistake in the catalogue.
        weightGrams: positiveWeight(template),
        price: minPrice,
        publishedAt,
        createdAt: publishedAt ?? now,
      });
      const art = artByTemplate.get(template)!;
      const first = faker.number.int({ min: 0, max: art.length - 1 });
      const order = faker.number.float() < 0.5 ? [first] : [first, 1 - first];
      order.forEach((a, sortOrder) => {
        const img = art[a]!;
        images.push({
          productId: id,
          storageKey: img.storageKey,
          width: img.width,
          height: img.height,
          alt: sortOrder === 0 ? title : `${title} (${sortOrder + 1})`,
          widths: img.widths,
          formats: img.formats,
          placeholder: img.placeholder,
          sortOrder,
        });
      });
    }
  }
  const progress = (label: string, total: number) => (done: number) => {
    if (total > 20_000 && done % 20_000 < BATCH) log(`${label}: ${done}/${total} — ${elapsed()}`);
  };
  await insertBatches(
    products,
    (b) => db.product.createMany({ data: b }),
    progress("produk", products.length),
  );
  await insertBatches(
    variants,
    (b) => db.productVariant.createMany({ data: b }),
    progress("varian", variants.length),
  );
  await insertBatches(
    images,
    (b) => db.productImage.createMany({ data: b }),
    progress("foto", images.length),
  );
  log(
    `produk: ${products.length}, varian: ${variants.length}, foto: ${images.length} — ${elapsed()}`,
  );

  // A year of orders, training and literacy assessments, from its own generator.
  const variantsByProduct = new Map<string, { id: string; name: string; price: number }[]>();
  for (const v of variants) {
    const list = variantsByProduct.get(v.productId) ?? [];
    list.push({ id: v.id!, name: v.name, price: v.price });
    variantsByProduct.set(v.productId, list);
  }
  const history = await seedHistory(db, {
    now,
    seed: (options.seed ?? 3510) + 1,
    sellers: sellers.map((seller) => ({
      id: seller.id!,
      ownerId: seller.ownerId!,
      desaCode: seller.desaCode,
      verified: seller.verificationStatus === "VERIFIED",
      createdAt: seller.createdAt as Date,
      hasQris: seller.qrisStatic != null,
      localDeliveryFee: seller.localDeliveryFee ?? null,
    })),
    products: products.map((product) => ({
      id: product.id!,
      sellerId: product.sellerId,
      title: product.title,
      active: product.status === "ACTIVE",
      variants: variantsByProduct.get(product.id!) ?? [],
    })),
    buyers: owners.map((owner) => ({ id: owner.id!, name: owner.name, phone: owner.phone })),
    villages: villages.map((v) => ({
      code: v.code,
      name: v.name,
      kecamatanCode: v.code.split(".").slice(0, 3).join("."),
    })),
    staffId: demoUserIds.STAFF!,
    operator: { id: demoUserIds.OPERATOR!, desaCode: DEMO_DESA_CODE },
  });
  log(
    `riwayat: ${history.orders} pesanan, ${history.trainingSessions} sesi pelatihan ` +
      `(${history.attendances} peserta), ${history.assessments} asesmen literasi, ` +
      `${history.cashbookEntries} catatan kas, ${history.debts} catatan utang-piutang — ${elapsed()}`,
  );

  await db.setting.create({
    data: {
      key: SEED_MARKER_KEY,
      value: {
        version: 1,
        seed: options.seed ?? 3510,
        products: products.length,
        seededAt: now.toISOString(),
      },
    },
  });

  return {
    regions: regionCount,
    categories: CATEGORIES.length,
    sellers: sellers.length,
    products: products.length,
    variants: variants.length,
    images: images.length,
    users: owners.length + DEMO_ACCOUNTS.length + 1,
    orders: history.orders,
  };
}
