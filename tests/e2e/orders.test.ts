import jsQR from "jsqr";
import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseQris } from "~/modules/payments/qris";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { loginAs } from "./helpers";

const baseUrl = inject("baseUrl");

const BUYER = "081200000001";
const SELLER = "081200000002";
const OPERATOR_KEMIREN = "081200000003";
const DEMO_SHOP_ID = "slr_000000";
const NEIGHBOUR_SHOP_ID = "slr_000001";
const DEMO_SHOP_NAME = "Kopi Osing Mbok Sum";

interface Hit {
  slug: string;
  title: string;
  sellerName: string;
}

/**
 * One in-stock product from each of the two Kemiren shops (the demo shop first), through the
 * public search API.
 */
async function productsFromTwoShops(offset: number): Promise<Hit[]> {
  const response = await fetch(`${baseUrl}/api/search?desa=35.10.15.2004&inStock=true`);
  const { hits } = (await response.json()) as { hits: Hit[] };
  const demo = hits.filter((hit) => hit.sellerName === DEMO_SHOP_NAME);
  const neighbour = hits.filter((hit) => hit.sellerName !== DEMO_SHOP_NAME);
  expect(demo.length).toBeGreaterThan(0);
  expect(neighbour.length).toBeGreaterThan(0);
  return [demo[offset % demo.length]!, neighbour[offset % neighbour.length]!];
}

async function addToCart(page: Page, slug: string, quantity: number) {
  await page.goto(`${baseUrl}/produk/${slug}`);
  await page.getByLabel("Jumlah").fill(String(quantity));
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
  await page.waitForURL(/\/keranjang/);
}

async function rolePage(phone: string, javaScript: boolean) {
  const browser = await openBrowser({ javaScript });
  const page = await browser.context.newPage();
  await loginAs(page, baseUrl, phone);
  return { page, close: browser.close };
}

async function sellerAdvances(page: Page, shopId: string, orderCode: string) {
  await page.goto(`${baseUrl}/kelola/${shopId}/pesanan`);
  await page.getByRole("link", { name: orderCode, exact: true }).click();
  await page.waitForURL(new RegExp(`/pesanan/${orderCode}$`));
  await page.getByRole("button", { name: "Kemas pesanan" }).click();
  // Picked up at the seller's: packed means ready to collect, and it is handed over, not shipped.
  await expect
    .poll(() => page.getByText("Siap diambil di tempat penjual", { exact: true }).count())
    .toBeGreaterThan(0);
  expect(await page.getByLabel("Nomor resi kurir").count()).toBe(0);
  await page.getByRole("button", { name: "Serahkan ke pembeli" }).click();
  await expect
    .poll(() => page.getByRole("button", { name: "Serahkan ke pembeli" }).count())
    .toBe(0);
  await expect
    .poll(() => page.getByText("Sudah diserahkan ke pembeli", { exact: true }).count())
    .toBeGreaterThan(0);
  // Cash on delivery is not paid until it is received: there is nothing to refund yet.
  expect(await page.getByText("Kembalikan dana").count()).toBe(0);
}

describe.each([
  { name: "with JavaScript", javaScript: true, offset: 0 },
  { name: "without JavaScript", javaScript: false, offset: 1 },
])("buying from two sellers $name", ({ javaScript, offset }) => {
  let buyer: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;

  beforeAll(async () => {
    buyer = await openBrowser({ javaScript });
    page = await buyer.context.newPage();
  });
  afterAll(async () => {
    await buyer.close();
    await closeAuditor();
  });

  it("cart → COD checkout → each seller ships → buyer confirms and reviews → ledger", async () => {
    const [fromDemo, fromNeighbour] = await productsFromTwoShops(offset);

    // A guest fills the cart from two shops.
    await addToCart(page, fromDemo!.slug, 2);
    await addToCart(page, fromNeighbour!.slug, 1);
    await expect.poll(() => page.getByRole("link", { name: "Keranjang (3)" }).count()).toBe(1);
    const main = page.getByRole("main");
    await expect.poll(() => main.getByRole("heading", { level: 2 }).count()).toBe(2);
    await expectAccessible(page, { javaScript });

    // Logging in keeps the cart and goes on to checkout.
    await page.getByRole("link", { name: "Masuk untuk melanjutkan pembayaran" }).click();
    await page.waitForURL(/\/masuk/);
    await page.getByLabel("Nomor HP (WhatsApp)").fill(BUYER);
    await page.getByLabel("Kata sandi").fill("pasarkampung");
    await main.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(/\/checkout$/);
    await expectAccessible(page, { javaScript });

    // A mistake first: too short an address is refused next to the field, nothing lost.
    await page.getByLabel("Alamat lengkap").fill("Kemiren");
    await page.getByRole("button", { name: "Buat pesanan" }).click();
    await expect.poll(() => page.getByText(/Tulis alamat lengkap/).count()).toBe(1);
    await page.getByLabel("Alamat lengkap").fill("Dusun Krajan RT 01 RW 02, depan langgar");
    await page.getByRole("button", { name: "Buat pesanan" }).click();
    await page.waitForURL(/\/pesanan\/PK-[A-Z0-9]+$/);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Pesanan dibuat");
    const groupCode = new URL(page.url()).pathname.split("/").pop()!;
    await expect
      .poll(() => main.getByRole("heading", { level: 2, name: /^Dari .* · PK-/ }).count())
      .toBe(2);
    await expectAccessible(page, { javaScript });
    await expect
      .poll(() => page.getByRole("link", { name: "Keranjang", exact: true }).count())
      .toBe(1);

    // Each seller sees only their own order and ships it: the owner, and the desa operator
    // acting for the neighbouring shop.
    const seller = await rolePage(SELLER, javaScript);
    await seller.page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/pesanan`);
    expect(await seller.page.getByRole("link", { name: /^PK-/ }).allTextContents()).toContain(
      `${groupCode}-1`,
    );
    const elsewhere = await seller.page.goto(`${baseUrl}/kelola/${NEIGHBOUR_SHOP_ID}/pesanan`);
    expect(elsewhere?.status()).toBe(404);
    await sellerAdvances(seller.page, DEMO_SHOP_ID, `${groupCode}-1`);
    await expectAccessible(seller.page, { javaScript });

    const operator = await rolePage(OPERATOR_KEMIREN, javaScript);
    await sellerAdvances(operator.page, NEIGHBOUR_SHOP_ID, `${groupCode}-2`);

    // The buyer confirms both and reviews.
    await page.goto(`${baseUrl}/pesanan/${groupCode}`);
    const receive = page.getByRole("button", { name: "Pesanan sudah saya terima" });
    for (let left = 2; left > 0; left--) {
      await expect.poll(() => receive.count()).toBe(left);
      await receive.first().click();
    }
    await expect.poll(() => receive.count()).toBe(0);
    const review = page.getByRole("group", { name: `Ulas ${fromDemo!.title}` });
    await review.getByLabel("5 bintang").check();
    await page.getByLabel("Ulasan (opsional)").first().fill("Kopinya harum, dikirim cepat.");
    await page.getByRole("button", { name: "Kirim ulasan" }).first().click();
    await expect.poll(() => page.getByText("Ulasan Anda: 5/5").count()).toBe(1);
    await expectAccessible(page, { javaScript });

    await page.goto(`${baseUrl}/produk/${fromDemo!.slug}`);
    await expect.poll(() => page.getByText("Kopinya harum, dikirim cepat.").count()).toBe(1);

    // The seller's ledger shows the sale.
    await seller.page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/saldo`);
    await expect
      .poll(() => seller.page.getByRole("cell", { name: `Penjualan ${groupCode}-1` }).count())
      .toBe(1);
    await expectAccessible(seller.page, { javaScript });
    await seller.close();
    await operator.close();
  }, 150_000);
});

describe("paying by transfer and QRIS", () => {
  let buyer: { page: Page; close: () => Promise<void> };
  let seller: { page: Page; close: () => Promise<void> };

  beforeAll(async () => {
    buyer = await rolePage(BUYER, true);
    seller = await rolePage(SELLER, true);
  });
  afterAll(async () => {
    await buyer.close();
    await seller.close();
    await closeAuditor();
  });

  async function checkoutWith(method: RegExp): Promise<string> {
    const [fromDemo] = await productsFromTwoShops(2);
    await addToCart(buyer.page, fromDemo!.slug, 1);
    await buyer.page.goto(`${baseUrl}/checkout`);
    await buyer.page.getByLabel("Alamat lengkap").fill("Dusun Krajan RT 03 RW 01, Kemiren");
    await buyer.page.getByRole("radio", { name: method }).check();
    await buyer.page.getByRole("button", { name: "Buat pesanan" }).click();
    await buyer.page.waitForURL(/\/pesanan\/PK-/);
    return new URL(buyer.page.url()).pathname.split("/").pop()!;
  }

  it("bank transfer: the buyer uploads a receipt, the seller confirms, the order is paid", async () => {
    const groupCode = await checkoutWith(/^Transfer bank/);
    await expect.poll(() => buyer.page.getByText(/Transfer Rp[\d.]+ ke rekening/).count()).toBe(1);
    const receipt = await sharp({
      create: { width: 600, height: 900, channels: 3, background: "#f4f4f4" },
    })
      .jpeg()
      .toBuffer();
    await buyer.page.getByLabel("Bukti transfer (foto)").setInputFiles({
      name: "bukti.jpg",
      mimeType: "image/jpeg",
      buffer: receipt,
    });
    await buyer.page.getByRole("button", { name: "Kirim bukti" }).click();
    await expect.poll(() => buyer.page.getByText(/Bukti pembayaran sudah dikirim/).count()).toBe(1);

    await seller.page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/pesanan/${groupCode}-1`);
    const proof = await seller.page
      .getByRole("link", { name: "Lihat bukti transfer" })
      .getAttribute("href");
    expect((await fetch(`${baseUrl}${proof}`)).status).toBe(200);
    await seller.page.getByRole("button", { name: "Pembayaran sudah masuk" }).click();
    await expect
      .poll(() => seller.page.getByText("Sudah dibayar, menunggu dikemas", { exact: true }).count())
      .toBeGreaterThan(0);

    await buyer.page.reload();
    await expect
      .poll(() => buyer.page.getByText("Sudah dibayar, menunggu dikemas", { exact: true }).count())
      .toBeGreaterThan(0);
  });

  it("QRIS: the page shows a QR whose payload carries the exact amount", async () => {
    await checkoutWith(/^QRIS/);
    const total = Number(
      (await buyer.page.getByText(/^QRIS Rp[\d.]+$/).textContent())!.replace(/\D/g, ""),
    );
    const shot = await buyer.page.locator("[data-qris]").screenshot();
    const { data, info } = await sharp(shot)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(decoded).not.toBeNull();
    const qris = parseQris(decoded!.data);
    expect(qris.pointOfInitiation).toBe("dynamic");
    expect(qris.amount).toBe(total);
    await expectAccessible(buyer.page);
  });
});
