import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  catalogVersion,
  watchCatalogChanges,
  type CatalogWatch,
} from "~/modules/catalog/changes.server";
import { setVariantStock, updateProductDetails } from "~/modules/catalog/catalog-write.server";
import { catalogRead } from "~/modules/catalog/read-cache.server";
import { storefront } from "~/modules/catalog/storefront.server";
import { enqueueOutbox } from "~/modules/outbox/outbox.server";
import { createClient, db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller } from "../factories";

const quietly = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watch: CatalogWatch;
beforeAll(async () => {
  watch = watchCatalogChanges(db, { intervalMs: 50 });
  for (let i = 0; i < 100 && catalogVersion() === null; i++) await quietly(50);
});
afterAll(() => watch.stop());

async function product() {
  const category = await createCategory(db);
  const seller = await createSeller(db);
  return createProduct(db, { sellerId: seller.id, categoryId: category.id, price: 20_000 });
}

describe("catalog version", () => {
  it("is known once the watch has read the outbox", async () => {
    expect(catalogVersion()).not.toBeNull();
  });

  it("moves within a second of a catalog write committing", async () => {
    const p = await product();
    await quietly(200);
    const before = catalogVersion();
    await updateProductDetails(db, {
      productId: p.id,
      sellerId: p.sellerId,
      details: { title: "Kopi robusta Gombengsari" },
    });
    await expect.poll(() => catalogVersion(), { timeout: 1_000, interval: 20 }).not.toBe(before);
  });

  it("moves for a write made by another instance (its own connection)", async () => {
    const p = await product();
    await quietly(200);
    const other = createClient();
    try {
      const before = catalogVersion();
      await other.$transaction(async (tx) => {
        await tx.product.update({ where: { id: p.id }, data: { price: 22_000 } });
        await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: p.id }]);
      });
      await expect.poll(() => catalogVersion(), { timeout: 1_000, interval: 20 }).not.toBe(before);
    } finally {
      await other.$disconnect();
    }
  });

  it("stays put for other events and for a write that rolled back", async () => {
    const p = await product();
    await quietly(200);
    const before = catalogVersion();
    await enqueueOutbox(db, [{ topic: "notify", aggregateId: p.id }]);
    await expect(
      db.$transaction(async (tx) => {
        await tx.product.update({ where: { id: p.id }, data: { price: 1 } });
        await enqueueOutbox(tx, [{ topic: "search.product", aggregateId: p.id }]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await quietly(400);
    expect(catalogVersion()).toBe(before);
  });
});

describe("shared storefront reads", () => {
  it("are shared while the catalog stands and read again once it moves", async () => {
    const p = await product();
    await quietly(200);
    const first = await storefront.products(db, { categoryId: p.categoryId });
    expect(await storefront.products(db, { categoryId: p.categoryId })).toBe(first);
    expect(first.items[0]?.inStock).toBe(true);
    const variant = await db.productVariant.findFirstOrThrow({ where: { productId: p.id } });
    await setVariantStock(db, { variantId: variant.id, sellerId: p.sellerId, stock: 0 });
    await expect
      .poll(
        async () => (await storefront.products(db, { categoryId: p.categoryId })).items[0]?.inStock,
        {
          timeout: 1_000,
          interval: 20,
        },
      )
      .toBe(false);
  });

  it("keep nothing read while the catalog moved", async () => {
    let reads = 0;
    let moveDuringRead = true;
    const read = catalogRead("test", async (_db: unknown, n: number) => {
      reads += 1;
      if (moveDuringRead) {
        const before = catalogVersion();
        const p = await product();
        await updateProductDetails(db, {
          productId: p.id,
          sellerId: p.sellerId,
          details: { title: "Gula kelapa Tegaldlimo" },
        });
        // Until the watch has seen the write.
        while (catalogVersion() === before) await quietly(10);
      }
      return { n, reads };
    });
    await read(null, 1);
    moveDuringRead = false;
    await read(null, 1);
    expect(reads).toBe(2);
    await read(null, 1);
    expect(reads).toBe(2);
  });
});

describe("without a live watch", () => {
  it("keeps nothing: no version, and every storefront read goes to the database", async () => {
    const p = await product();
    await watch.stop();
    expect(catalogVersion()).toBeNull();
    const first = await storefront.products(db, { categoryId: p.categoryId });
    expect(await storefront.products(db, { categoryId: p.categoryId })).not.toBe(first);
  });
});
