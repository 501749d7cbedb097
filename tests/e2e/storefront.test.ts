import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { openMenu } from "./helpers";

const baseUrl = inject("baseUrl");

describe.each([
  { name: "with JavaScript", javaScript: true },
  { name: "without JavaScript", javaScript: false },
])("storefront walk $name", ({ javaScript }) => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ({ context, close } = await openBrowser({ javaScript }));
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
  });
  afterAll(async () => {
    await close();
    await closeAuditor();
  });

  it("walks home → category → product → shop → desa, each page accessible", async () => {
    const home = await page.goto(baseUrl);
    expect(home?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("UMKM desa");
    const featured = page
      .getByRole("region", { name: "Produk pilihan hari ini" })
      .getByRole("article");
    expect(await featured.count()).toBeGreaterThanOrEqual(8);
    await expectAccessible(page, { javaScript });

    // Category
    const categories = page.getByRole("region", { name: "Belanja per kategori" });
    await categories.getByRole("link", { name: /^Kopi/ }).click();
    await page.waitForURL(/\/kategori\/kopi$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Kategori Kopi");
    await expectAccessible(page, { javaScript });

    // Sorting is a GET form: it works without JavaScript too.
    await page.getByLabel("Urutkan").selectOption("price_asc");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/sort=price_asc/);
    // With JavaScript the URL can change a moment before the new list renders: wait for it.
    const prices = async () =>
      (
        await page
          .getByRole("main")
          .getByRole("article")
          .locator("p.font-semibold")
          .allTextContents()
      ).map((p) => Number(p.replace(/\D/g, "")));
    await expect
      .poll(async () => {
        const values = await prices();
        return values.length > 3 && values.every((v, i) => i === 0 || values[i - 1]! <= v);
      })
      .toBe(true);

    // Product
    const firstProduct = page
      .getByRole("main")
      .getByRole("article")
      .first()
      .getByRole("link")
      .first();
    const productTitle = (await firstProduct.getByRole("heading").textContent())!.trim();
    await firstProduct.click();
    await page.waitForURL(/\/produk\//);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(productTitle);
    expect(
      await page.getByText(/^Rp\d{1,3}(\.\d{3})*( – Rp\d{1,3}(\.\d{3})*)?$/).count(),
    ).toBeGreaterThan(0);
    const wa = await page.getByRole("link", { name: "Tanya lewat WhatsApp" }).getAttribute("href");
    expect(wa).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
    expect(decodeURIComponent(wa!.split("text=")[1]!)).toContain(productTitle);
    await expectAccessible(page, { javaScript });

    // Shop
    const seller = page.getByRole("region", { name: "Penjual" });
    const shopName = (await seller.getByRole("link").first().textContent())!.trim();
    const desaName = (await seller.getByRole("link").nth(1).textContent())!.trim();
    await seller.getByRole("link").first().click();
    await page.waitForURL(/\/toko\//);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(`Toko ${shopName}`);
    await expectAccessible(page, { javaScript });

    // Desa
    await page.getByRole("link", { name: desaName, exact: true }).first().click();
    await page.waitForURL(/\/kecamatan\/[^/]+\/[^/]+$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toMatch(new RegExp(`^Produk dari (Desa|Kelurahan) ${desaName}$`));
    expect(await page.getByRole("main").getByRole("article").count()).toBeGreaterThan(0);
    await expectAccessible(page, { javaScript });

    // Kecamatan, through the breadcrumb
    await page.getByRole("navigation", { name: "Jejak navigasi" }).getByRole("link").nth(2).click();
    await page.waitForURL(/\/kecamatan\/[^/]+$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toMatch(/^Kecamatan /);
    expect(
      await page.getByRole("region", { name: "Desa dan kelurahan" }).getByRole("link").count(),
    ).toBeGreaterThan(3);
    await expectAccessible(page, { javaScript });

    expect(consoleErrors).toEqual([]);
  });

  it("answers an unknown address with a real, accessible 404 page", async () => {
    const res = await page.goto(`${baseUrl}/tidak/ada/di/sini`);
    expect(res?.status()).toBe(404);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Halaman tidak ditemukan");
    expect(await page.content()).not.toMatch(/at .*\.(ts|js):\d+/);
    await page.getByRole("link", { name: "Kembali ke beranda" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expectAccessible(page, { javaScript });
  });

  it("switches to English and keeps it on the next page", async () => {
    await page.goto(`${baseUrl}/kecamatan`);
    // On a phone the language switch is in the header's menu.
    await openMenu(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Districts of Banyuwangi Regency");
    await page.getByRole("link", { name: "Home" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Shop directly from village businesses");
    await expectAccessible(page, { javaScript });
    await openMenu(page);
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("id");
  });
});
