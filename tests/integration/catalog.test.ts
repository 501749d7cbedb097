import { beforeAll, describe, expect, it } from "vitest";
import {
  getPublicProduct,
  listCategories,
  listPublicProducts,
} from "~/modules/catalog/catalog.server";
import { listFeaturedProducts } from "~/modules/catalog/featured.server";
import { getPublicShop } from "~/modules/sellers/sellers.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller } from "../factories";

let categoryId: string;
let verifiedId: string;
let pendingId: string;

beforeAll(async () => {
  categoryId = (await createCategory(db, { slug: "kopi" })).id;
  const verified = await createSeller(db, {
    slug: "kopi-mbok-sri",
    legalities: [
      { type: "NIB", verified: true },
      { type: "PIRT", verified: false },
      { type: "HALAL", verified: true },
    ],
  });
  verifiedId = verified.id;
  pendingId = (await createSeller(db, { slug: "toko-baru", verificationStatus: "PENDING" })).id;
  const day = 24 * 60 * 60 * 1000;
  const base = Date.UTC(2026, 10, 1);
  await createProduct(db, {
    sellerId: verifiedId,
    categoryId,
    slug: "kopi-a",
    title: "Kopi A",
    publishedAt: new Date(base),
    variants: [{ price: 20_000, stock: 5 }],
  });
  await createProduct(db, {
    sellerId: verifiedId,
    categoryId,
    slug: "kopi-b",
    title: "Kopi B",
    publishedAt: new Date(base + day),
    isHalal: true,
    variants: [
      { price: 45_000, stock: 0 },
      { price: 15_000, stock: 3 },
    ],
  });
  await createProduct(db, {
    sellerId: verifiedId,
    categoryId,
    slug: "kopi-c",
    title: "Kopi C",
    publishedAt: new Date(base + 2 * day),
    variants: [{ price: 30_000, stock: 0 }],
  });
  await createProduct(db, {
    sellerId: verifiedId,
    categoryId,
    slug: "kopi-draft",
    status: "DRAFT",
    publishedAt: null,
  });
  await createProduct(db, {
    sellerId: verifiedId,
    categoryId,
    slug: "kopi-arsip",
    status: "ARCHIVED",
  });
  await createProduct(db, { sellerId: pendingId, categoryId, slug: "kopi-belum-verifikasi" });
});

describe("public catalog", () => {
  it("lists only active products of verified sellers", async () => {
    const page = await listPublicProducts(db, { categoryId });
    expect(page.items.map((p) => p.slug).sort()).toEqual(["kopi-a", "kopi-b", "kopi-c"]);
    expect(page.total).toBe(3);
  });

  it("sorts by newest and by price both ways", async () => {
    const slugs = async (sort: "newest" | "price_asc" | "price_desc") =>
      (await listPublicProducts(db, { categoryId, sort })).items.map((p) => p.slug);
    expect(await slugs("newest")).toEqual(["kopi-c", "kopi-b", "kopi-a"]);
    expect(await slugs("price_asc")).toEqual(["kopi-b", "kopi-a", "kopi-c"]);
    expect(await slugs("price_desc")).toEqual(["kopi-c", "kopi-a", "kopi-b"]);
  });

  it("paginates and clamps a page past the end to the last page", async () => {
    const first = await listPublicProducts(db, { categoryId, pageSize: 2, sort: "price_asc" });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 3 });
    expect(first.items).toHaveLength(2);
    const beyond = await listPublicProducts(db, {
      categoryId,
      pageSize: 2,
      page: 99,
      sort: "price_asc",
    });
    expect(beyond.page).toBe(2);
    expect(beyond.items.map((p) => p.slug)).toEqual(["kopi-c"]);
  });

  it("marks products whose every variant is sold out", async () => {
    const items = (await listPublicProducts(db, { categoryId })).items;
    expect(items.find((p) => p.slug === "kopi-c")?.inStock).toBe(false);
    expect(items.find((p) => p.slug === "kopi-b")?.inStock).toBe(true);
  });

  it("counts public products per category", async () => {
    const kopi = (await listCategories(db)).find((c) => c.slug === "kopi");
    expect(kopi?.productCount).toBe(3);
  });

  it("shows a product page with variants, region and only verified badges", async () => {
    const product = await getPublicProduct(db, "kopi-b");
    expect(product?.variants.map((v) => v.price)).toEqual([45_000, 15_000]);
    expect(product?.seller.badges).toEqual(["NIB", "HALAL"]);
    expect(product?.seller.desa).toMatchObject({ name: "Kemiren", kind: "DESA" });
    expect(product?.seller.kecamatan.name).toBe("Glagah");
    // The halal badge needs a halal product, not only a certified seller.
    expect((await getPublicProduct(db, "kopi-a"))?.seller.badges).toEqual(["NIB"]);
  });

  it("gives each variant its own weight, or the product's when the variant has none", async () => {
    await createProduct(db, {
      sellerId: verifiedId,
      categoryId: (await createCategory(db, { slug: "kopi-bubuk" })).id,
      slug: "kopi-berat",
      weightGrams: 250,
      variants: [
        { name: "250 g", price: 25_000, stock: 4 },
        { name: "1 kg", price: 90_000, stock: 2, weightGrams: 1_050 },
      ],
    });
    const product = await getPublicProduct(db, "kopi-berat");
    expect(product?.variants.map((v) => [v.name, v.weightGrams])).toEqual([
      ["250 g", 250],
      ["1 kg", 1_050],
    ]);
  });

  it("hides drafts, archived products, unverified sellers' products and their shops", async () => {
    for (const slug of ["kopi-draft", "kopi-arsip", "kopi-belum-verifikasi", "tidak-ada"]) {
      expect(await getPublicProduct(db, slug)).toBeNull();
    }
    expect(await getPublicShop(db, "toko-baru")).toBeNull();
    expect((await getPublicShop(db, "kopi-mbok-sri"))?.badges).toEqual(["NIB", "HALAL"]);
  });

  it("features at most one product per verified seller", async () => {
    const another = await createSeller(db, { slug: "madu-alas-purwo" });
    await createProduct(db, { sellerId: another.id, categoryId, slug: "madu-1" });
    await createProduct(db, { sellerId: another.id, categoryId, slug: "madu-2" });
    const featured = await listFeaturedProducts(db, {
      now: new Date("2026-11-23T03:00:00Z"),
      timeZone: "Asia/Jakarta",
    });
    const sellers = featured.map((p) => p.sellerSlug);
    expect(new Set(sellers).size).toBe(sellers.length);
    expect(sellers.sort()).toEqual(["kopi-mbok-sri", "madu-alas-purwo"]);
  });
});
