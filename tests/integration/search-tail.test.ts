import { describe, expect, it } from "vitest";
import { updateProductDetails } from "~/modules/catalog/catalog-write.server";
import { EmbeddedSearchEngine } from "~/modules/search/embedded.server";
import {
  rebuildSearchIndex,
  searchTailStart,
  tailSearchOutbox,
} from "~/modules/search/indexer.server";
import type { SearchQuery } from "~/modules/search/types";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller } from "../factories";

const q = (text: string): SearchQuery => ({ q: text, sort: "relevance", page: 1, pageSize: 24 });

describe("embedded index on several instances", () => {
  it("lets every instance apply every search event (broadcast, not claimed)", async () => {
    const category = await createCategory(db);
    const seller = await createSeller(db);
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId: category.id,
      title: "Sale pisang Songgon",
    });
    // Two app instances, each with its own in-memory index built at start-up.
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const engine = new EmbeddedSearchEngine();
        const tail = await searchTailStart(db);
        await rebuildSearchIndex(db, engine);
        return { engine, tail };
      }),
    );
    await updateProductDetails(db, {
      productId: product.id,
      sellerId: seller.id,
      details: { title: "Sale pisang agung Songgon" },
    });
    for (const { engine, tail } of instances) {
      const before = tail.version;
      expect(await tailSearchOutbox(db, engine, tail)).toBeGreaterThan(0);
      // Results read from the index before are stale now (the page cache follows this).
      expect(tail.version).toBe(before + 1);
      expect(await tailSearchOutbox(db, engine, tail)).toBe(0);
      expect(tail.version).toBe(before + 1);
      const result = await engine.search(q("pisang agung"));
      expect(result.hits.map((h) => h.id)).toContain(product.id);
    }
    expect(await db.outboxEvent.count({ where: { status: "PENDING" } })).toBe(0);
  });
});

describe("late commits", () => {
  it("applies an event whose id is lower than one already applied (PostgreSQL commit order)", async () => {
    const category = await createCategory(db);
    const seller = await createSeller(db);
    const first = await createProduct(db, {
      sellerId: seller.id,
      categoryId: category.id,
      title: "Gula aren Kalibaru",
    });
    const second = await createProduct(db, {
      sellerId: seller.id,
      categoryId: category.id,
      title: "Gula semut Licin",
    });
    const engine = new EmbeddedSearchEngine();
    const tail = await searchTailStart(db);
    await rebuildSearchIndex(db, engine);
    await updateProductDetails(db, {
      productId: first.id,
      sellerId: seller.id,
      details: { title: "Gula aren durian Kalibaru" },
    });
    await updateProductDetails(db, {
      productId: second.id,
      sellerId: seller.id,
      details: { title: "Gula semut jahe Licin" },
    });
    // The first event's transaction "commits late": hide it, let the tail move past, bring it back.
    const [early] = await db.outboxEvent.findMany({
      where: { aggregateId: first.id },
      orderBy: { id: "desc" },
      take: 1,
    });
    await db.outboxEvent.delete({ where: { id: early!.id } });
    await tailSearchOutbox(db, engine, tail);
    expect((await engine.search(q("jahe"))).hits.map((h) => h.id)).toContain(second.id);
    expect((await engine.search(q("durian"))).hits.map((h) => h.id)).not.toContain(first.id);
    await db.outboxEvent.create({
      data: { id: early!.id, topic: early!.topic, aggregateId: early!.aggregateId, payload: {} },
    });
    expect(await tailSearchOutbox(db, engine, tail)).toBe(1);
    expect((await engine.search(q("durian"))).hits.map((h) => h.id)).toContain(first.id);
  });
});
