import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./browser";
import { loginAs, logout, openMenu } from "./helpers";

const baseUrl = inject("baseUrl");

/** The phone every e2e browser is: 390 × 844 (see openBrowser). */
const SCREEN = { width: 390, height: 844 };
const ADMIN = "081200000005";

/** A public coffee product that can be bought, through the public search API. */
async function productInStock(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/search?q=kopi&inStock=true`);
  const { hits } = (await response.json()) as { hits: { slug: string }[] };
  expect(hits.length).toBeGreaterThan(0);
  return hits[0]!.slug;
}

/** The header's links, buttons, menu toggle and search field a person can see, with their size. */
async function headerTargets(page: Page) {
  return page
    .getByRole("banner")
    .locator("a, button, summary, input:not([type=hidden])")
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect();
          const name =
            element.getAttribute("aria-label") ??
            element.getAttribute("name") ??
            element.textContent?.trim();
          return { name, width: Math.round(box.width), height: Math.round(box.height) };
        }),
    );
}

describe.each([
  { name: "with JavaScript", javaScript: true },
  { name: "without JavaScript", javaScript: false },
])("on a phone $name", ({ javaScript }) => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await openBrowser({ javaScript }));
    page = await context.newPage();
    expect(page.viewportSize()).toEqual(SCREEN);
  });
  afterAll(async () => {
    await close();
  });

  it("shows the first search result on the first screen, with one search button", async () => {
    await page.goto(`${baseUrl}/cari?q=kopi`);
    const first = page
      .getByRole("region", { name: "Hasil pencarian" })
      .getByRole("article")
      .first();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(SCREEN.height);
    // The header's box is the search; the filters wait behind their disclosure.
    expect(await page.getByRole("button", { name: "Cari", exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Terapkan" }).count()).toBe(0);
    await page.getByRole("main").locator("summary", { hasText: "Filter" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Terapkan" }).count()).toBe(1);
  });

  it("keeps the add-to-cart button on the screen without scrolling, and shows each variant's weight", async () => {
    await page.goto(`${baseUrl}/produk/${await productInStock()}`);
    const button = page.getByRole("button", { name: "Tambah ke keranjang" });
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(SCREEN.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(SCREEN.width);
    expect(await page.getByLabel("Jumlah").isVisible()).toBe(true);
    const variants = page.getByRole("group", { name: "Pilihan" }).getByRole("listitem");
    const rows = await variants.allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Berat [\d.]+ g/);
  });

  it("gives every header link and button a 44 × 44 px target, in the menu too", async () => {
    const check = async () => {
      await page.goto(baseUrl);
      const closed = await headerTargets(page);
      await openMenu(page);
      const open = await headerTargets(page);
      expect(open.length).toBeGreaterThan(closed.length);
      expect(open.filter((target) => target.width < 44 || target.height < 44)).toEqual([]);
      return open.map((t) => t.name);
    };
    const guest = await check();
    expect(guest).toEqual(expect.arrayContaining(["Masuk", "Keranjang", "English"]));

    // Someone with every area: all their links sit in the menu, the bell in the bar.
    await loginAs(page, baseUrl, ADMIN);
    const admin = await check();
    expect(admin).toEqual(
      expect.arrayContaining(["Dasbor", "Log audit", "Antrian", "Pesanan saya", "Akun saya"]),
    );
    expect(admin.some((name) => name?.startsWith("Notifikasi"))).toBe(true);
    await logout(page, baseUrl);
  });

  it("refuses more than the stock on the product page itself, with the stock in the message", async () => {
    const slug = await productInStock();
    await page.goto(`${baseUrl}/produk/${slug}`);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    // The chosen variant's stock, as its row shows it.
    const chosen = page
      .getByRole("group", { name: "Pilihan" })
      .getByRole("listitem")
      .filter({
        has: page.getByRole("radio", { checked: true }),
      });
    const stock = Number(
      /Stok ([\d.]+)/.exec((await chosen.textContent()) ?? "")![1]!.replace(/\./g, ""),
    );
    expect(stock).toBeGreaterThan(0);
    const quantity = page.getByLabel("Jumlah");
    // The field's limit is the stock (without scripts: the largest stock of the variants).
    expect(Number(await quantity.getAttribute("max"))).toBeGreaterThanOrEqual(stock);
    if (javaScript) expect(Number(await quantity.getAttribute("max"))).toBe(stock);

    await quantity.fill("1");
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    await page.waitForURL(/\/keranjang$/);

    // The whole stock on top of the one in the cart is more than there is.
    await page.goto(`${baseUrl}/produk/${slug}`);
    await page.getByLabel("Jumlah").fill(String(stock));
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "tinggal" });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toBe(`Stok ${title} tinggal ${stock}, 1 sudah di keranjang`);
    expect(new URL(page.url()).pathname).toBe(`/produk/${slug}`);
    // On the screen with the form, and the buyer's number still in the field.
    const box = await alert.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(SCREEN.height);
    expect(await page.getByLabel("Jumlah").inputValue()).toBe(String(stock));
    expect(await page.getByRole("link", { name: "Keranjang (1)" }).count()).toBe(1);
  });
});
