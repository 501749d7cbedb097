import * as mupdf from "mupdf";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAccessible, openBrowser, pageForSuite } from "./browser";
import { loginAs, pickRegion, signUp } from "./helpers";

const baseUrl = inject("baseUrl");
const PASSWORD = "rahasia-ongkir-1";
const DEMO_SHOP_NAME = "Kopi Osing Mbok Sum";

async function saveSurabayaAddress(page: Page, js: boolean) {
  await page.goto(`${baseUrl}/akun/alamat/baru`);
  await page.getByLabel("Nama alamat (mis. Rumah, Kantor)").fill("Rumah");
  await page.getByLabel("Alamat lengkap").fill("Jl. Ketabang Kali 12, RT 03 RW 04");
  await pickRegion(page, { label: "Provinsi", name: "Jawa Timur", next: "Kabupaten/kota" }, js);
  await pickRegion(page, { label: "Kabupaten/kota", name: "Kota Surabaya", next: "Kecamatan" }, js);
  await pickRegion(page, { label: "Kecamatan", name: "Genteng", next: "Desa/kelurahan" }, js);
  await pickRegion(page, { label: "Desa/kelurahan", name: "Ketabang", next: null }, js);
  await page.getByRole("button", { name: "Simpan alamat" }).click();
  await page.waitForURL(/\/akun\/alamat$/);
}

/** One in-stock product of the demo shop and one of its Kemiren neighbour, into the cart. */
async function fillCartFromTwoShops(page: Page) {
  const response = await fetch(`${baseUrl}/api/search?desa=35.10.15.2004&inStock=true`);
  const { hits } = (await response.json()) as { hits: { slug: string; sellerName: string }[] };
  const demo = hits.find((h) => h.sellerName === DEMO_SHOP_NAME)!;
  const neighbour = hits.find((h) => h.sellerName !== DEMO_SHOP_NAME)!;
  for (const hit of [demo, neighbour]) {
    await page.goto(`${baseUrl}/produk/${hit.slug}`);
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    await page.waitForURL(/\/keranjang/);
  }
  return [demo.sellerName, neighbour.sellerName];
}

/** The demo shop's owner, and the shop ("Kopi Osing Mbok Sum"). */
const DEMO_SELLER_PHONE = "081200000002";
const DEMO_SHOP_ID = "slr_000000";

function pdfText(pdf: Buffer): string {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  return Array.from({ length: document.countPages() }, (_, i) =>
    document.loadPage(i).toStructuredText("preserve-whitespace").asText(),
  ).join("\n");
}

const rupiah = (text: string) => Number(/Rp([\d.]+)$/.exec(text)![1]!.replaceAll(".", ""));
const formatted = (n: number) => `Rp${n.toLocaleString("id-ID")}`;

describe.each([
  { name: "without JavaScript", javaScript: false, phone: "0812 7400 3003" },
  { name: "with JavaScript", javaScript: true, phone: "0812 7400 4004" },
])("a buyer in Kota Surabaya pays shipping at checkout $name", ({ javaScript, phone }) => {
  const suitePage = pageForSuite({ javaScript });
  const buyerName = `Rina Ongkir ${javaScript ? "A" : "B"}`;

  it("sees a courier quote for each of two shops and places a COD order whose total includes it", async () => {
    const page = suitePage();
    await signUp(page, baseUrl, {
      name: buyerName,
      phone,
      password: PASSWORD,
    });
    await saveSurabayaAddress(page, javaScript);
    const shops = await fillCartFromTwoShops(page);
    await page.goto(`${baseUrl}/checkout`);
    expect(await page.getByRole("radio", { name: /^Rumah \(Utama\)/ }).isChecked()).toBe(true);

    // The saved address is in Surabaya: each shop quotes its courier services from Kemiren.
    const fees: number[] = [];
    for (const shop of shops) {
      const group = page.getByRole("group", { name: `Pengiriman dari ${shop}` });
      const regular = group.getByRole("radio", { name: /^Kurir Reguler · \d–\d hari · Rp/ });
      expect(await regular.count()).toBe(1);
      expect(await group.getByRole("radio", { name: /^Kurir Besok sampai · / }).count()).toBe(1);
      // Local delivery stays inside the shop's regency.
      expect(await group.getByRole("radio", { name: /^Antar/ }).count()).toBe(0);
      const label = await group
        .locator("label")
        .filter({ hasText: /^Kurir Reguler/ })
        .innerText();
      fees.push(rupiah(label.trim()));
      await regular.check();
    }
    expect(fees.every((fee) => fee > 0)).toBe(true);
    await expectAccessible(page, { javaScript });
    const summary = page.getByRole("region", { name: "Ringkasan" });
    const goods = rupiah((await summary.locator("p").first().innerText()).trim());
    const total = goods + fees[0]! + fees[1]!;
    if (javaScript) {
      // With JavaScript the summary follows the choices at once.
      await expect.poll(() => summary.getByText(formatted(total)).count()).toBe(1);
    }

    await page.getByRole("button", { name: "Buat pesanan" }).click();
    await page.waitForURL(/\/pesanan\/PK-[A-Z0-9]+$/);
    await expect.poll(() => page.getByText(`Total ${formatted(total)}`).count()).toBeGreaterThan(0);
    // Each order keeps the service and estimate it was quoted with.
    await expect.poll(() => page.getByText(/^Kurir Reguler · \d–\d hari · Rp/).count()).toBe(2);
    // Each shop's COD amount is its goods plus its courier fee.
    for (const fee of fees) {
      await expect
        .poll(() => page.getByText(new RegExp(formatted(fee))).count())
        .toBeGreaterThan(0);
    }
  });

  it("lets the shop print the label with the COD amount and ship with a waybill the buyer sees", async () => {
    const page = suitePage();
    const buyerPage = page.url();
    const seller = await openBrowser({ javaScript });
    try {
      const shopPage = await seller.context.newPage();
      await loginAs(shopPage, baseUrl, DEMO_SELLER_PHONE);
      await shopPage.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/pesanan?tab=baru`);
      const item = shopPage.getByRole("listitem").filter({ hasText: buyerName });
      await item.getByRole("link", { name: /^PK-/ }).click();
      await shopPage.waitForURL(/\/pesanan\/PK-[A-Z0-9]+-\d+$/);
      const code = /(PK-[A-Z0-9]+-\d+)$/.exec(shopPage.url())![1]!;
      const totalCell = shopPage.locator("dl").filter({ hasText: "Total" }).locator("dd").last();
      const total = rupiah((await totalCell.innerText()).trim());
      await shopPage.getByRole("button", { name: "Kemas pesanan" }).click();
      const label = shopPage.getByRole("link", { name: "Cetak label (A6)" });
      await expect.poll(() => label.count()).toBe(1);

      // The label an operator prints at the balai desa: the order code and the cash to collect.
      const response = await shopPage.request.get(`${baseUrl}${await label.getAttribute("href")}`);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      const text = pdfText(await response.body());
      expect(text).toContain(code);
      expect(text).toContain(formatted(total));
      expect(text).toContain("COD");
      expect(text).toContain(buyerName);

      const waybill = `JNE00${javaScript ? "11" : "22"}${Date.now() % 1_000_000}`;
      await shopPage.getByLabel("Kurir", { exact: true }).fill("JNE");
      await shopPage.getByLabel("Nomor resi kurir").fill(waybill);
      await shopPage.getByRole("button", { name: "Kirim pesanan" }).click();
      await expect.poll(() => shopPage.getByTestId("waybill").innerText()).toBe(waybill);
      await expectAccessible(shopPage, { javaScript });

      // The buyer follows the parcel on their order page.
      await page.goto(buyerPage);
      await expect.poll(() => page.getByText(waybill).count()).toBeGreaterThan(0);
      expect(await page.getByText("Diserahkan ke kurir").count()).toBeGreaterThan(0);
      expect(await page.getByText(`Siapkan uang tunai ${formatted(total)}`).count()).toBe(1);
    } finally {
      await seller.close();
    }
  });

  it("works out shipping for another address typed in, keeping what was typed", async () => {
    const page = suitePage();
    const shops = await fillCartFromTwoShops(page);
    // A link can ask for the fees to a desa: it comes preselected, with "another address".
    await page.goto(`${baseUrl}/checkout?desa=35.10.15.2005`);
    expect(await page.getByLabel(/^Desa tujuan/).inputValue()).toBe("35.10.15.2005");
    expect(await page.getByRole("radio", { name: "Alamat lain (isi di bawah)" }).isChecked()).toBe(
      true,
    );
    await page.goto(`${baseUrl}/checkout`);
    await page.getByRole("radio", { name: "Alamat lain (isi di bawah)" }).check();
    await page.getByLabel("Alamat lengkap").fill("Dusun Krajan RT 01 RW 02, depan langgar");
    await page.getByLabel(/^Desa tujuan/).selectOption("35.10.15.2005");
    // With JavaScript, choosing the desa works the fees out at once; without, the button does.
    if (!javaScript) await page.getByRole("button", { name: "Hitung ongkir" }).click();
    // Kemiren to Kemiren: same kecamatan, so the courier quotes a short trip; nothing typed is lost.
    const demo = page.getByRole("group", { name: `Pengiriman dari ${shops[0]}` });
    await expect
      .poll(() => demo.getByRole("radio", { name: /^Kurir Reguler · 1 hari · Rp/ }).count())
      .toBe(1);
    expect(await page.getByLabel("Alamat lengkap").inputValue()).toBe(
      "Dusun Krajan RT 01 RW 02, depan langgar",
    );
    expect(await page.getByRole("radio", { name: "Alamat lain (isi di bawah)" }).isChecked()).toBe(
      true,
    );
    const label = await demo
      .locator("label")
      .filter({ hasText: /^Kurir Reguler/ })
      .innerText();
    const fee = rupiah(label.trim());
    await demo.getByRole("radio", { name: /^Kurir Reguler/ }).check();
    await page.getByRole("button", { name: "Buat pesanan" }).click();
    await page.waitForURL(/\/pesanan\/PK-[A-Z0-9]+$/);
    await expect.poll(() => page.getByText(new RegExp(formatted(fee))).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Dusun Krajan RT 01 RW 02/).count()).toBe(1);
  });
});
