import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { loginAs } from "./helpers";

const baseUrl = inject("baseUrl");

const BUYER = "081200000001";
const SELLER = "081200000002";
const OPERATOR_KEMIREN = "081200000003";

interface Hit {
  slug: string;
  sellerName: string;
}

/** A KlikBCA statement CSV with one credit of `amount` today, and a debit decoy of the same. */
function bcaStatement(amount: number): string {
  const [y, m, d] = jakartaDateOf(new Date()).split("-");
  const rupiah = `${amount.toLocaleString("en-US")}.00`;
  return [
    "Informasi Rekening - Mutasi Rekening",
    "No. rekening : ,'0231234567",
    "Nama : ,TOKO UJI",
    `Periode : ,'${d}/${m}/${y} - ${d}/${m}/${y}`,
    "Kode Mata Uang : ,Rp",
    "",
    "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo",
    `'${d}/${m},'TRSF E-BANKING CR SITI AMINAH,'0000,"${rupiah}",CR,"1,000,000.00"`,
    `'${d}/${m},'TARIK TUNAI ATM,'0000,"${rupiah}",DB,"900,000.00"`,
    "",
    `Saldo Awal : ,"900,000.00"`,
  ].join("\n");
}

async function orderByTransfer(
  page: Page,
  shopName: string,
): Promise<{ code: string; amount: number }> {
  const response = await fetch(`${baseUrl}/api/search?desa=35.10.15.2004&inStock=true`);
  const { hits } = (await response.json()) as { hits: Hit[] };
  const hit = hits.find((h) => h.sellerName === shopName);
  expect(hit, `an in-stock product of ${shopName}`).toBeTruthy();
  await page.goto(`${baseUrl}/produk/${hit!.slug}`);
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
  await page.waitForURL(/\/keranjang/);
  await page.goto(`${baseUrl}/checkout`);
  await page.getByLabel("Alamat lengkap").fill("Dusun Krajan RT 03 RW 01, Kemiren");
  await page.getByRole("radio", { name: /^Transfer bank/ }).check();
  await page.getByRole("button", { name: "Buat pesanan" }).click();
  await page.waitForURL(/\/pesanan\/PK-/);
  const instruction = page.getByTestId("transfer-instruction");
  await expect.poll(() => instruction.count()).toBe(1);
  const text = (await instruction.textContent()) ?? "";
  const exact = /Transfer tepat Rp([\d.]+)/.exec(text)?.[1];
  expect(exact, text).toBeTruthy();
  expect(text).toMatch(/kode unik \d{1,3} rupiah/);
  return {
    code: new URL(page.url()).pathname.split("/").pop()!,
    amount: Number(exact!.replaceAll(".", "")),
  };
}

describe.each([
  // The owner uploads with JavaScript; the desa's operator for the neighbouring shop without.
  { name: "with JavaScript", javaScript: true, shop: "slr_000000", staff: SELLER },
  { name: "without JavaScript", javaScript: false, shop: "slr_000001", staff: OPERATOR_KEMIREN },
])("a transfer confirmed from the bank statement $name", ({ javaScript, shop, staff }) => {
  afterAll(async () => {
    await closeAuditor();
  });

  it("shows the unique amount, and the seller's statement upload marks the order paid", async () => {
    const buyerBrowser = await openBrowser({ javaScript });
    const sellerBrowser = await openBrowser({ javaScript });
    try {
      const seller = await sellerBrowser.context.newPage();
      await loginAs(seller, baseUrl, staff);
      const shopTitle = await shopNameOf(seller, shop);

      const buyer = await buyerBrowser.context.newPage();
      await loginAs(buyer, baseUrl, BUYER);
      const { code, amount } = await orderByTransfer(buyer, shopTitle);
      expect(amount % 1000).not.toBe(0);
      await expectAccessible(buyer, { javaScript });

      await seller.goto(`${baseUrl}/kelola/${shop}/mutasi`);
      await seller.getByRole("radio", { name: /^BCA/ }).check();
      await seller.getByLabel(/Berkas mutasi/).setInputFiles({
        name: "mutasi-bca.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(bcaStatement(amount)),
      });
      await seller.getByRole("button", { name: "Unggah dan cocokkan" }).click();
      await seller.waitForURL(new RegExp(`/kelola/${shop}/mutasi/[^/]+$`));
      await expect
        .poll(() => seller.getByRole("heading", { name: /Dikonfirmasi dari mutasi \(1\)/ }).count())
        .toBe(1);
      expect(await seller.getByRole("link", { name: `Pesanan ${code}-1` }).count()).toBe(1);
      await expectAccessible(seller, { javaScript });

      // No click by anyone: the buyer's order is paid.
      await buyer.goto(`${baseUrl}/pesanan/${code}`);
      await expect
        .poll(() => buyer.getByText("Sudah dibayar, menunggu dikemas", { exact: true }).count())
        .toBeGreaterThan(0);
      expect(await buyer.getByText("Dikonfirmasi dari mutasi rekening").count()).toBeGreaterThan(0);
    } finally {
      await buyerBrowser.close();
      await sellerBrowser.close();
    }
  }, 120_000);
});

async function shopNameOf(page: Page, shopId: string): Promise<string> {
  await page.goto(`${baseUrl}/kelola/${shopId}`);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  return heading.replace(/^Kelola /, "").trim();
}
