/**
 * Anonymous pages come from the page cache, and a catalog write committed by another process
 * (this test's, on the app's database) shows on them within a second: price, stock, product
 * status and seller verification.
 */
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TMP_DIR } from "../setup/paths";
import { openBrowser } from "./browser";

const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = `file:${path.join(TMP_DIR, "e2e", "e2e.db")}`;
const { db } = await import("~/utils/db.server");
const catalog = await import("~/modules/catalog/catalog-write.server");
const { decideSellerVerification } = await import("~/modules/sellers/verification.server");
const { createCategory, createProduct, createSeller, createUser } = await import("../factories");

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ context, close } = await openBrowser({ javaScript: true }));
});
afterAll(async () => {
  await close();
  await db.$disconnect();
});

async function listedProduct() {
  const category = await createCategory(db);
  const seller = await createSeller(db, { businessName: "Warung Uji Cache" });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId: category.id,
    title: "Sambal Pecel Uji Cache",
    variants: [{ name: "200 g", price: 18_000, stock: 7 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { category, seller, product, variant, url: `${baseUrl}/produk/${product.slug}` };
}

/** Fetches as an anonymous visitor until `seen` holds; returns the milliseconds that took. */
async function msUntil(url: string, seen: (status: number, html: string) => boolean) {
  const started = Date.now();
  for (;;) {
    const res = await fetch(url);
    if (seen(res.status, await res.text())) return Date.now() - started;
    if (Date.now() - started > 5_000) throw new Error(`${url} still stale after 5 s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function cached(url: string) {
  await fetch(url);
  const res = await fetch(url);
  expect(res.headers.get("x-page-cache")).toBe("hit");
  return res.text();
}

describe("page cache", () => {
  it("serves a cached page that still hydrates under its script hashes", async () => {
    const { url } = await listedProduct();
    await cached(url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const res = await page.goto(url);
    expect(res?.headers()["x-page-cache"]).toBe("hit");
    expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    await expect
      .poll(() => page.evaluate(() => "__remixRouter" in window), { timeout: 10_000 })
      .toBe(true);
    // A client-side navigation (data request) from the cached page.
    await page.getByRole("link", { name: "Warung Uji Cache" }).first().click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Warung Uji Cache");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("preloads only the page's language messages with its scripts", async () => {
    const id = await (await fetch(`${baseUrl}/`)).text();
    expect(id).toMatch(/<link rel="modulepreload" href="\/assets\/i18n-id-[\w-]+\.js"/);
    expect(id).not.toContain("/assets/i18n-en-");
    const en = await (await fetch(`${baseUrl}/`, { headers: { Cookie: "lang=en" } })).text();
    expect(en).toMatch(/<link rel="modulepreload" href="\/assets\/i18n-en-[\w-]+\.js"/);
    expect(en).not.toContain("/assets/i18n-id-");
  });

  it("shows a new price and a sold-out variant within a second of the write", async () => {
    const { seller, product, variant, category, url } = await listedProduct();
    expect(await cached(url)).toContain("18.000");
    const owner = await createUser(db);
    await catalog.updateProduct(db, {
      productId: product.id,
      sellerId: seller.id,
      actor: { id: owner.id, role: "SELLER" },
      data: catalog.ProductEditorSchema.parse({
        title: product.title,
        categoryId: category.id,
        status: "ACTIVE",
        weightGrams: 200,
        variants: [{ id: variant.id, name: "200 g", price: "19500", stock: "7" }],
      }),
    });
    expect(await msUntil(url, (_s, html) => html.includes("19.500"))).toBeLessThan(1_000);
    await cached(url);
    await catalog.setVariantStock(db, { variantId: variant.id, sellerId: seller.id, stock: 0 });
    expect(await msUntil(url, (_s, html) => html.includes("Stok habis"))).toBeLessThan(1_000);
  });

  it("drops a hidden product and a suspended shop's products within a second", async () => {
    const first = await listedProduct();
    await cached(first.url);
    await catalog.setProductStatus(db, {
      productId: first.product.id,
      sellerId: first.seller.id,
      status: "ARCHIVED",
    });
    expect(await msUntil(first.url, (status) => status === 404)).toBeLessThan(1_000);

    const second = await listedProduct();
    await cached(second.url);
    const staff = await createUser(db);
    await decideSellerVerification(db, {
      sellerId: second.seller.id,
      outcome: "SUSPENDED",
      reason: "Uji penangguhan",
      decidedById: staff.id,
      decidedByRole: "STAFF",
    });
    expect(await msUntil(second.url, (status) => status === 404)).toBeLessThan(1_000);
  });

  it("drops a search result page within a second, once the search index has the change", async () => {
    const { product, seller } = await listedProduct();
    const title = `Petis Udang Uji Cari ${product.id.slice(-6)}`;
    await catalog.updateProductDetails(db, {
      productId: product.id,
      sellerId: seller.id,
      details: { title },
    });
    const url = `${baseUrl}/cari?q=${encodeURIComponent(title)}`;
    // Results highlight the words searched for: look for the product's link.
    const link = `href="/produk/${product.slug}"`;
    await msUntil(url, (_s, html) => html.includes(link));
    await cached(url);
    await catalog.setProductStatus(db, {
      productId: product.id,
      sellerId: seller.id,
      status: "ARCHIVED",
    });
    expect(await msUntil(url, (_s, html) => !html.includes(link))).toBeLessThan(1_000);
    // And it stays gone: nothing read from the index before it caught up was kept.
    for (let i = 0; i < 5; i++) {
      expect(await (await fetch(url)).text()).not.toContain(link);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it("sends a phone's data saver pages without scripts and with the smallest photos, until switched off", async () => {
    const { url } = await listedProduct();
    const { context: saver, close: closeSaver } = await openBrowser({ javaScript: true });
    try {
      await saver.setExtraHTTPHeaders({ "Save-Data": "on" });
      const page = await saver.newPage();
      await page.goto(`${baseUrl}/kategori/kopi`);
      expect(await page.locator("script").count()).toBe(0);
      const sources = await page
        .locator("main img")
        .evaluateAll((imgs) =>
          imgs.map((img) => ({ src: img.getAttribute("src"), srcset: img.getAttribute("srcset") })),
        );
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.srcset).toBeNull();
        expect(s.src).toMatch(/-\d+\.(webp|avif|jpeg)$/);
      }
      await page.goto(url);
      expect(await page.locator("script").count()).toBe(0);
      await page.getByRole("button", { name: "Matikan mode hemat kuota" }).click();
      await expect.poll(() => page.locator("script").count()).toBeGreaterThan(0);
      expect(page.url()).toBe(url);
      await page.getByRole("button", { name: "Nyalakan mode hemat kuota" }).click();
      await expect.poll(() => page.locator("script").count()).toBe(0);
    } finally {
      await closeSaver();
    }
  });
});
