import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs } from "./helpers";

const baseUrl = inject("baseUrl");

async function download(page: Page, href: string) {
  const res = await page.request.get(`${baseUrl}${href}`);
  expect(res.status()).toBe(200);
  return { type: res.headers()["content-type"], body: await res.body() };
}

const csvRows = (body: Buffer) =>
  body
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);

async function xlsxRows(body: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!.actualRowCount;
}

describe("district dashboard", () => {
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser({ javaScript: false });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await closeAuditor();
  });

  it("lets staff drill from the regency to a desa and download the tables", async () => {
    await loginAs(page, baseUrl, "081200000004");
    // A verification decision made now shows up in the audit log below.
    await page.goto(`${baseUrl}/staf/verifikasi`);
    const pending = page.getByRole("link", { name: /^Periksa / }).first();
    const shop = ((await pending.getAttribute("aria-label")) ?? "").replace(/^Periksa /, "").trim();
    expect(shop).not.toBe("");
    await pending.click();
    await page.waitForURL(/\/staf\/verifikasi\/.+/);
    // Rejected rather than approved, so no product becomes public for the other test files.
    await page.getByLabel("Alasan").fill("Foto usaha dan alamat belum lengkap");
    await page.getByRole("button", { name: "Tolak UMKM" }).click();
    await page.waitForURL(/\/staf\/verifikasi$/);

    await page.goto(`${baseUrl}/staf/dasbor`);
    expect(await h1(page)).toBe("Dasbor UMKM Kabupaten Banyuwangi");
    const table = page.getByRole("table", { name: "Per wilayah" });
    expect(await table.locator("tbody tr").count()).toBe(25);
    // The seeded year shows: literacy at the start and the end of the period, side by side.
    const literacy = page.getByRole("table", { name: "Literasi dan inklusi keuangan" });
    expect(await literacy.getByRole("columnheader").allTextContents()).toEqual([
      "Ukuran",
      "Awal periode",
      "Akhir periode",
    ]);
    const assessed = literacy.getByRole("row", { name: /^UMKM pernah dinilai/ }).getByRole("cell");
    expect(Number((await assessed.last().textContent())!.replace(/\D/g, ""))).toBeGreaterThan(0);
    await expectAccessible(page, { javaScript: false });

    const regionsCsv = await download(
      page,
      (await page.getByRole("link", { name: "Tabel wilayah (CSV)" }).getAttribute("href"))!,
    );
    expect(regionsCsv.type).toContain("text/csv");
    expect(csvRows(regionsCsv.body)).toHaveLength(26);
    expect(csvRows(regionsCsv.body)[0]).toContain("Kode wilayah,Wilayah,UMKM terdaftar");
    const regionsXlsx = await download(
      page,
      (await page.getByRole("link", { name: "Tabel wilayah (XLSX)" }).getAttribute("href"))!,
    );
    expect(await xlsxRows(regionsXlsx.body)).toBe(26);

    // Kecamatan Glagah, then Desa Kemiren.
    await page.getByRole("link", { name: "Glagah", exact: true }).click();
    await page.waitForURL(/wilayah=35\.10\.15(&|$)/);
    await expect.poll(() => h1(page)).toBe("Dasbor UMKM Glagah");
    const kemirenRow = page.getByRole("row", { name: /^Kemiren/ });
    const registered = Number(
      ((await kemirenRow.getByRole("cell").first().textContent()) ?? "").replace(/\D/g, ""),
    );
    expect(registered).toBeGreaterThanOrEqual(2);
    await page.getByRole("link", { name: "Kemiren", exact: true }).click();
    await page.waitForURL(/wilayah=35\.10\.15\.2004/);
    await expect.poll(() => h1(page)).toBe("Dasbor UMKM Kemiren");
    const sellersCsv = await download(
      page,
      (await page.getByRole("link", { name: "Daftar UMKM (CSV)" }).getAttribute("href"))!,
    );
    expect(csvRows(sellersCsv.body)).toHaveLength(registered + 1);
    const sellersXlsx = await download(
      page,
      (await page.getByRole("link", { name: "Daftar UMKM (XLSX)" }).getAttribute("href"))!,
    );
    expect(await xlsxRows(sellersXlsx.body)).toBe(registered + 1);
    await expectAccessible(page, { javaScript: false });

    await page.goto(`${baseUrl}/staf/audit?tindakan=seller.verification`);
    const rows = page.getByRole("row").filter({ hasText: "seller.verification" });
    expect(await rows.filter({ hasText: shop }).count()).toBeGreaterThan(0);
    await expectAccessible(page, { javaScript: false });
  });

  it("shows an operator only their desa, and a buyer nothing", async () => {
    const operator = await openBrowser({ javaScript: false });
    const op = await operator.context.newPage();
    await loginAs(op, baseUrl, "081200000003");
    await op.goto(`${baseUrl}/staf/dasbor`);
    expect(await h1(op)).toBe("Dasbor UMKM Kemiren");
    expect((await op.goto(`${baseUrl}/staf/dasbor?wilayah=35.10`))?.status()).toBe(404);
    expect((await op.goto(`${baseUrl}/staf/dasbor?wilayah=35.10.15.2005`))?.status()).toBe(404);
    expect((await op.goto(`${baseUrl}/staf/audit`))?.status()).toBe(404);
    await operator.close();

    const buyer = await openBrowser({ javaScript: false });
    const b = await buyer.context.newPage();
    await loginAs(b, baseUrl, "081200000001");
    expect((await b.goto(`${baseUrl}/staf/dasbor`))?.status()).toBe(404);
    expect(
      (await b.request.get(`${baseUrl}/staf/dasbor/ekspor?tabel=umkm&format=csv`)).status(),
    ).toBe(404);
    await buyer.close();
  });
});
