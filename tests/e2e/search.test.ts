import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";

const baseUrl = inject("baseUrl");

describe.each([
  { name: "with JavaScript", javaScript: true },
  { name: "without JavaScript", javaScript: false },
])("search $name", ({ javaScript }) => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await openBrowser({ javaScript }));
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
    await closeAuditor();
  });

  it("finds batik Gajah Oling from a misspelled query and filters without losing it", async () => {
    await page.goto(baseUrl);
    const box = page.getByRole("search").getByRole("combobox", { name: "Cari produk" });
    await box.fill("batk gajah olin");
    await page.getByRole("search").getByRole("button", { name: "Cari" }).click();
    await page.waitForURL(/\/cari\?q=batk/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Hasil untuk \u201cbatk gajah olin\u201d");
    const results = page.getByRole("region", { name: "Hasil pencarian" });
    const titles = await results.getByRole("heading", { level: 2 }).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles.slice(0, 3)) expect(title).toMatch(/Gajah Oling/);
    expect(await results.locator("mark").first().textContent()).toMatch(/Batik|Gajah|Oling/);
    await expectAccessible(page, { javaScript });

    // A kecamatan facet narrows the results and keeps the words. On a phone the facets wait
    // behind the "Filter" disclosure.
    await page.getByRole("main").locator("summary", { hasText: "Filter" }).click();
    const facets = page.getByRole("complementary", { name: "Saring hasil" });
    const kecamatan = facets.getByRole("group", { name: "Kecamatan" }).getByRole("link").first();
    const kecamatanName = (await kecamatan.locator("span").first().textContent())!.trim();
    await kecamatan.click();
    await page.waitForURL(/kecamatan=35\.10\.\d{2}/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("batk gajah olin");
    const chip = page.getByRole("link", { name: `Hapus filter ${kecamatanName}` });
    await expect.poll(() => chip.count()).toBe(1);
    const narrowed = await results.getByRole("heading", { level: 2 }).allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThanOrEqual(titles.length);
    await expectAccessible(page, { javaScript });

    // Removing the filter brings everything back.
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has("kecamatan"));
    expect(new URL(page.url()).searchParams.get("q")).toBe("batk gajah olin");
  });

  it("filters by price and halal with the filter form", async () => {
    await page.goto(`${baseUrl}/cari?q=keripik`);
    // On a phone the filters sit behind the "Filter" disclosure; the header's box is the search.
    await page.getByRole("main").locator("summary", { hasText: "Filter" }).click();
    await page.getByLabel("Harga maksimum (Rp)").fill("15000");
    await page.getByRole("checkbox", { name: /Halal/ }).check();
    await page.getByRole("main").getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/maxPrice=15000/);
    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe("keripik");
    expect(url.searchParams.get("halal")).toBe("1");
    const prices = await page
      .getByRole("region", { name: "Hasil pencarian" })
      .locator("p.font-semibold")
      .allTextContents();
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices)
      expect(Number(price.replace(/\D/g, ""))).toBeLessThanOrEqual(15_000);
  });

  it("shows a helpful page when nothing matches", async () => {
    await page.goto(`${baseUrl}/cari?q=zzqxqzz&category=kopi`);
    expect(await page.getByText("Tidak ada produk yang cocok.").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Mungkin Anda suka" }).count()).toBe(1);
    await page.getByRole("link", { name: "Hapus semua filter" }).first().click();
    await page.waitForURL((url) => !url.searchParams.has("category"));
    await expectAccessible(page, { javaScript });
  });

  it("answers bad parameters with a clear message, not an error page", async () => {
    const res = await page.goto(`${baseUrl}/cari?q=kopi&sort=termahal`);
    expect(res?.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("Urutan");
  });
});

describe("search suggestions (JavaScript only)", () => {
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    const browser = await openBrowser({ javaScript: true });
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await close();
  });

  it("suggests product names while typing", async () => {
    await page.goto(baseUrl);
    await page
      .getByRole("search")
      .getByRole("combobox", { name: "Cari produk" })
      .pressSequentially("bagia", {
        delay: 30,
      });
    await expect
      .poll(() =>
        page
          .locator("#saran-pencarian option")
          .evaluateAll((o) => o.map((x) => x.getAttribute("value"))),
      )
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Bagiak/)]));
  });
});
