import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  setProductStatus,
  updateProductDetails,
  setVariantStock,
} from "~/modules/catalog/catalog-write.server";
import { startOutboxWorker } from "~/modules/outbox/worker.server";
import { outboxBacklog } from "~/modules/outbox/outbox.server";
import { EmbeddedSearchEngine } from "~/modules/search/embedded.server";
import { processSearchOutbox, rebuildSearchIndex } from "~/modules/search/indexer.server";
import type { SearchQuery } from "~/modules/search/types";
import { decideSellerVerification } from "~/modules/sellers/verification.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createCategory, createProduct, createSeller } from "../factories";

const engine = new EmbeddedSearchEngine();
const q = (text: string): SearchQuery => ({ q: text, sort: "relevance", page: 1, pageSize: 24 });
let worker: ReturnType<typeof startOutboxWorker>;
let sellerId: string;
let productId: string;
let staffId: string;

/** Polls until the condition holds; returns how long it took. */
async function within(ms: number, condition: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (await condition()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

beforeAll(async () => {
  const category = await createCategory(db, { slug: "madu", nameId: "Madu", nameEn: "Honey" });
  const seller = await createSeller(db, { slug: "madu-alas-purwo" });
  sellerId = seller.id;
  productId = (
    await createProduct(db, {
      sellerId,
      categoryId: category.id,
      slug: "madu-randu",
      title: "Madu Randu Murni",
    })
  ).id;
  // A product is published only with a photo (the archive-and-back test publishes it again).
  await db.productImage.create({
    data: {
      productId,
      storageKey: "0".repeat(32),
      width: 1024,
      height: 768,
      widths: [320, 640, 1024],
      formats: ["webp", "jpeg"],
      placeholder: "data:image/webp;base64,",
      alt: "Madu Randu Murni",
    },
  });
  staffId = (await db.user.create({ data: { phone: "+6281299990000", name: "Staf Uji" } })).id;
  await rebuildSearchIndex(db, engine);
  worker = startOutboxWorker({
    drain: () => processSearchOutbox(db, engine, { workerId: "test" }),
    intervalMs: 5_000, // long on purpose: the write's own notification must wake the worker
  });
});

afterAll(async () => {
  await worker.stop();
});

describe("index consistency through the outbox", () => {
  it("finds an edited product by its new name within 1 s", async () => {
    expect((await engine.search(q("madu randu"))).total).toBe(1);
    await updateProductDetails(db, {
      productId,
      sellerId,
      details: { title: "Madu Klanceng Hutan Alas Purwo" },
    });
    const took = await within(1_000, async () => (await engine.search(q("klanceng"))).total === 1);
    expect(took).toBeLessThan(1_000);
    expect((await engine.search(q("randu"))).total).toBe(0);
  });

  it("writes the outbox row in the same transaction as the change", async () => {
    await expect(
      updateProductDetails(db, {
        productId,
        sellerId: "someone-else",
        details: { title: "Dicuri" },
      }),
    ).rejects.toBeInstanceOf(DomainError);
    expect((await db.product.findUnique({ where: { id: productId } }))?.title).not.toBe("Dicuri");
    const rows = await db.outboxEvent.count({ where: { aggregateId: productId } });
    expect(rows).toBe(1); // only the successful edit above
  });

  it("follows stock changes into the in-stock facet", async () => {
    const variant = await db.productVariant.findFirstOrThrow({ where: { productId } });
    await setVariantStock(db, { variantId: variant.id, sellerId, stock: 0 });
    await within(
      1_000,
      async () => (await engine.search(q("klanceng"))).hits[0]?.inStock === false,
    );
  });

  it("drops an archived product and brings it back when it is active again", async () => {
    await setProductStatus(db, { productId, sellerId, status: "ARCHIVED" });
    await within(1_000, async () => (await engine.search(q("klanceng"))).total === 0);
    await setProductStatus(db, { productId, sellerId, status: "ACTIVE" });
    await within(1_000, async () => (await engine.search(q("klanceng"))).total === 1);
  });

  it("removes a suspended seller's products and audits the decision", async () => {
    await decideSellerVerification(db, {
      sellerId,
      outcome: "SUSPENDED",
      reason: "Produk tidak sesuai foto",
      decidedById: staffId,
      decidedByRole: "STAFF",
    });
    await within(1_000, async () => (await engine.search(q("klanceng"))).total === 0);
    const audit = await db.auditLog.findFirst({ where: { entityId: sellerId } });
    expect(audit).toMatchObject({ action: "seller.verification", actorId: staffId });
    // The index is updated a moment before its events are marked done. (The decision also
    // notifies the shop: that event is the notification worker's, not running here.)
    const searchBacklog = () =>
      db.outboxEvent.count({
        where: { topic: { startsWith: "search." }, status: { in: ["PENDING", "PROCESSING"] } },
      });
    await within(1_000, async () => (await searchBacklog()) === 0);
    expect(await searchBacklog()).toBe(0);
    expect((await outboxBacklog(db)).dead).toBe(0);
  });

  it("retries a failing event and parks it as dead after the last attempt", async () => {
    const failing = {
      ...engine,
      name: "embedded" as const,
      upsert: async () => {
        throw new Error("index unavailable");
      },
      remove: async () => {},
    } as unknown as EmbeddedSearchEngine;
    await worker.stop();
    await db.outboxEvent.create({
      data: { topic: "search.product", aggregateId: productId, payload: {}, attempts: 7 },
    });
    await expect(processSearchOutbox(db, failing, { workerId: "t" })).rejects.toThrow(
      "index unavailable",
    );
    const dead = await db.outboxEvent.findFirstOrThrow({ where: { status: "DEAD" } });
    expect(dead).toMatchObject({ attempts: 8, lastError: "index unavailable" });
  });
});
