import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createProduct,
  getProductForEditor,
  ProductEditorSchema,
  setProductStatus,
  updateProduct,
} from "~/modules/catalog/catalog-write.server";
import { addProductPhotos } from "~/modules/images/upload.server";
import { LocalDiskStorage } from "~/modules/images/storage.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createCategory, createSeller, createUser } from "../factories";

const storage = () => new LocalDiskStorage(process.env.IMAGE_DIR!);

let sellerId: string;
let categoryId: string;
let actor: { id: string; role: "SELLER" };

async function photo(shade: number): Promise<Buffer> {
  return sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: shade, g: 90, b: 40 } },
  })
    .jpeg()
    .toBuffer();
}

/** The editor's form as the browser sends it: every value a string. */
function editor(input: {
  status?: string;
  weightGrams?: string;
  variants: {
    id?: string;
    name: string;
    price: string;
    stock: string;
    weightGrams?: string;
    lengthCm?: string;
    widthCm?: string;
    heightCm?: string;
  }[];
}) {
  return ProductEditorSchema.parse({
    title: "Keripik Pisang Agung",
    categoryId,
    description: "Pisang agung dari kebun sendiri.",
    weightGrams: input.weightGrams ?? 250,
    status: input.status ?? "DRAFT",
    variants: input.variants,
  });
}

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  categoryId = (await createCategory(db)).id;
  const owner = await createUser(db);
  sellerId = (await createSeller(db, { ownerId: owner.id })).id;
  actor = { id: owner.id, role: "SELLER" };
});

describe("product editor", () => {
  it("saves each variant's own weight, and none for a variant that ships at the product's", async () => {
    const { productId } = await createProduct(db, {
      sellerId,
      actor,
      data: editor({
        variants: [
          { name: "250 g", price: "15000", stock: "10", weightGrams: "260" },
          { name: "500 g", price: "28000", stock: "4", weightGrams: "" },
        ],
      }),
    });
    const saved = await getProductForEditor(db, { productId, sellerId });
    expect(saved?.variants.map((v) => [v.name, v.weightGrams])).toEqual([
      ["250 g", 260],
      ["500 g", null],
    ]);

    const [small, large] = saved!.variants;
    await updateProduct(db, {
      productId,
      sellerId,
      actor,
      data: editor({
        variants: [
          { id: small!.id, name: "250 g", price: "15000", stock: "10", weightGrams: "" },
          { id: large!.id, name: "500 g", price: "28000", stock: "4", weightGrams: "520" },
        ],
      }),
    });
    const edited = await getProductForEditor(db, { productId, sellerId });
    expect(edited?.variants.map((v) => [v.name, v.weightGrams])).toEqual([
      ["250 g", null],
      ["500 g", 520],
    ]);
  });

  it("refuses a variant weight below one gram", () => {
    const parsed = ProductEditorSchema.safeParse({
      title: "Keripik Pisang Agung",
      categoryId,
      status: "DRAFT",
      variants: [{ name: "250 g", price: "15000", stock: "1", weightGrams: "0" }],
    });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["Berat varian minimal 1 gram"]);
  });

  it("keeps more than five variants, in order, and refuses more than fifty", async () => {
    const sizes = Array.from({ length: 8 }, (_, i) => ({
      name: `${(i + 1) * 100} g`,
      price: String((i + 1) * 5_000),
      stock: "3",
    }));
    const { productId } = await createProduct(db, {
      sellerId,
      actor,
      data: editor({ variants: sizes }),
    });
    const saved = await getProductForEditor(db, { productId, sellerId });
    expect(saved?.variants.map((v) => v.name)).toEqual(sizes.map((s) => s.name));

    const tooMany = ProductEditorSchema.safeParse({
      title: "Keripik Pisang Agung",
      categoryId,
      status: "DRAFT",
      variants: Array.from({ length: 51 }, (_, i) => ({
        name: `Rasa ${i + 1}`,
        price: "1000",
        stock: "1",
      })),
    });
    expect(tooMany.error?.issues.map((i) => i.message)).toEqual(["Maksimal 50 varian"]);
  });

  it("keeps a product without a photo a draft until it has one", async () => {
    const one = [{ name: "250 g", price: "15000", stock: "10" }];
    const created = await refusal(
      createProduct(db, { sellerId, actor, data: editor({ status: "ACTIVE", variants: one }) }),
    );
    expect(created.code).toBe("INVALID");
    expect(created.details).toMatchObject({ field: "status" });
    expect(created.message).toMatch(/tanpa foto/);

    const { productId } = await createProduct(db, {
      sellerId,
      actor,
      data: editor({ status: "DRAFT", variants: one }),
    });
    const [variant] = (await getProductForEditor(db, { productId, sellerId }))!.variants;
    const publish = () =>
      updateProduct(db, {
        productId,
        sellerId,
        actor,
        data: editor({ status: "ACTIVE", variants: [{ id: variant!.id, ...one[0]! }] }),
      });
    expect((await refusal(publish())).details).toMatchObject({ field: "status" });
    expect(
      (await refusal(setProductStatus(db, { productId, sellerId, status: "ACTIVE" }))).code,
    ).toBe("INVALID");
    expect(await db.product.findUniqueOrThrow({ where: { id: productId } })).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
    });

    await addProductPhotos(db, storage(), {
      productId,
      sellerId,
      actor,
      files: [await photo(120)],
    });
    await publish();
    const published = await db.product.findUniqueOrThrow({ where: { id: productId } });
    expect(published.status).toBe("ACTIVE");
    expect(published.publishedAt).not.toBeNull();
    // Archived and back again: it still has its photo.
    await setProductStatus(db, { productId, sellerId, status: "ARCHIVED" });
    await setProductStatus(db, { productId, sellerId, status: "ACTIVE" });
  });

  it("refuses to publish a product a courier cannot weigh, and keeps a variant's parcel size", async () => {
    const photos = async () => ({ files: [await photo(60)], storage: storage() });
    const rows = [
      { name: "250 g", price: "15000", stock: "10", weightGrams: "260" },
      { name: "1 kg", price: "50000", stock: "5" },
    ];
    // No product weight, and the second variant has none of its own.
    const refused = await refusal(
      createProduct(db, {
        sellerId,
        actor,
        data: editor({ status: "ACTIVE", weightGrams: "", variants: rows }),
        photos: await photos(),
      }),
    );
    expect(refused.details).toMatchObject({ field: "weightGrams" });
    expect(refused.message).toMatch(/butuh berat kirim/);

    // A draft may wait for its weight.
    const { productId } = await createProduct(db, {
      sellerId,
      actor,
      data: editor({ status: "DRAFT", weightGrams: "", variants: rows }),
      photos: await photos(),
    });
    expect(
      (await refusal(setProductStatus(db, { productId, sellerId, status: "ACTIVE" }))).message,
    ).toMatch(/butuh berat kirim/);

    const saved = await getProductForEditor(db, { productId, sellerId });
    const [small, big] = saved!.variants;
    await updateProduct(db, {
      productId,
      sellerId,
      actor,
      data: editor({
        status: "ACTIVE",
        weightGrams: "",
        variants: [
          { id: small!.id, ...rows[0]! },
          {
            id: big!.id,
            ...rows[1]!,
            weightGrams: "1050",
            lengthCm: "30",
            widthCm: "20",
            heightCm: "15",
          },
        ],
      }),
    });
    const after = await getProductForEditor(db, { productId, sellerId });
    expect(after!.variants.map((v) => [v.weightGrams, v.lengthCm, v.widthCm, v.heightCm])).toEqual([
      [260, null, null, null],
      [1050, 30, 20, 15],
    ]);
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).status).toBe(
      "ACTIVE",
    );
  });

  it("asks for all three sides of a parcel or none", () => {
    const result = ProductEditorSchema.safeParse({
      title: "Keripik Pisang Agung",
      categoryId,
      weightGrams: 250,
      isHalal: false,
      status: "DRAFT",
      variants: [{ name: "250 g", price: "15000", stock: "10", lengthCm: "30", widthCm: "20" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["variants", 0, "heightCm"],
      message: "Isi panjang, lebar dan tinggi sekaligus, atau kosongkan ketiganya",
    });
  });

  it("creates a product with its photos in one go, published at once", async () => {
    const { productId } = await createProduct(db, {
      sellerId,
      actor,
      data: editor({
        status: "ACTIVE",
        variants: [{ name: "250 g", price: "15000", stock: "10" }],
      }),
      photos: { files: [await photo(30), await photo(200)], storage: storage() },
    });
    const saved = await db.product.findUniqueOrThrow({
      where: { id: productId },
      select: {
        status: true,
        images: { orderBy: { sortOrder: "asc" }, select: { alt: true, sortOrder: true } },
      },
    });
    expect(saved.status).toBe("ACTIVE");
    expect(saved.images).toEqual([
      { alt: "Keripik Pisang Agung", sortOrder: 0 },
      { alt: "Keripik Pisang Agung", sortOrder: 1 },
    ]);
  });

  it("refuses the whole new product when one of its photos is not a photo", async () => {
    const before = await db.product.count({ where: { sellerId } });
    const error = await refusal(
      createProduct(db, {
        sellerId,
        actor,
        data: editor({
          status: "ACTIVE",
          variants: [{ name: "250 g", price: "15000", stock: "10" }],
        }),
        photos: {
          files: [await photo(60), Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")],
          storage: storage(),
        },
      }),
    );
    expect(error.details).toMatchObject({ field: "photos" });
    expect(await db.product.count({ where: { sellerId } })).toBe(before);
  });
});
