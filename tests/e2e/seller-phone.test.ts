/**
 * A seller working from a phone (390 × 844): the product editor's variants as stacked cards,
 * a sixth variant added with and without JavaScript, and an order collected at the seller's
 * that asks for no tracking number.
 */
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TMP_DIR } from "../setup/paths";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { loginAs } from "./helpers";

const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = `file:${path.join(TMP_DIR, "e2e", "e2e.db")}`;
const { db } = await import("~/utils/db.server");
const { placeOrder } = await import("~/modules/orders/checkout.server");

const SELLER = "081200000002";
const DEMO_SHOP_ID = "slr_000000";

const variant = (page: Page, n: number) => page.getByRole("group", { name: `Varian ${n}` });

async function fillVariant(
  page: Page,
  n: number,
  row: { name: string; price: string; stock: string; weight?: string },
) {
  const card = variant(page, n);
  await card.getByLabel("Nama varian").fill(row.name);
  await card.getByLabel("Harga (Rp)").fill(row.price);
  await card.getByLabel("Stok").fill(row.stock);
  if (row.weight) await card.getByLabel("Berat (gram)").fill(row.weight);
}

async function addVariant(page: Page, n: number) {
  await page.getByRole("button", { name: "Tambah varian" }).click();
  await expect.poll(() => variant(page, n).count()).toBe(1);
}

describe.each([
  { name: "with JavaScript", javaScript: true },
  { name: "without JavaScript", javaScript: false },
])("the product editor on a phone $name", ({ javaScript }) => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await openBrowser({ javaScript }));
    page = await context.newPage();
    await loginAs(page, baseUrl, SELLER);
  });
  afterAll(async () => {
    await close();
    await closeAuditor();
  });

  it("lists five variants, refuses to publish without a photo, then takes a sixth", async () => {
    const title = `Kopi Lanang Uji ${javaScript ? "JS" : "tanpa JS"}`;
    await page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/produk/baru`);
    await page.getByLabel("Nama produk").fill(title);
    await page.getByLabel("Kategori").selectOption({ label: "Kopi" });
    await page.getByLabel("Berat kirim (gram)").fill("250");
    await fillVariant(page, 1, { name: "100 g", price: "15000", stock: "10" });
    for (let n = 2; n <= 5; n++) {
      await addVariant(page, n);
      await fillVariant(page, n, { name: `${n * 100} g`, price: String(n * 14_000), stock: "5" });
    }
    // Each card fits the screen: nothing wider than the phone.
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(390);

    // No photo yet: it cannot go live, and the form says so at the status.
    await page.getByRole("button", { name: "Simpan produk" }).click();
    await expect.poll(() => page.getByText(/Produk tanpa foto belum bisa tayang/).count()).toBe(1);
    expect(await variant(page, 5).getByLabel("Nama varian").inputValue()).toBe("500 g");
    await page.getByLabel("Status").selectOption("DRAFT");
    await page.getByRole("button", { name: "Simpan produk" }).click();
    await page.waitForURL(/\/produk\/(?!baru)[^/?]+$/);
    await expect.poll(() => page.getByText("Produk tersimpan.").count()).toBe(1);
    expect(await page.getByRole("group", { name: /^Varian \d+$/ }).count()).toBe(5);
    await expectAccessible(page, { javaScript });

    // A sixth, with its own weight.
    await addVariant(page, 6);
    await fillVariant(page, 6, { name: "1 kg", price: "120000", stock: "2", weight: "1050" });
    await page.getByRole("button", { name: "Simpan produk" }).click();
    await expect.poll(() => page.getByText("Produk tersimpan.").count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole("group", { name: /^Varian \d+$/ }).count()).toBe(6);
    expect(await variant(page, 6).getByLabel("Nama varian").inputValue()).toBe("1 kg");
    expect(await variant(page, 6).getByLabel("Berat (gram)").inputValue()).toBe("1050");
    expect(await variant(page, 1).getByLabel("Berat (gram)").inputValue()).toBe("");

    // And one removed again.
    await variant(page, 2).getByRole("button", { name: "Hapus varian 2" }).click();
    await expect.poll(() => page.getByRole("group", { name: /^Varian \d+$/ }).count()).toBe(5);
    await page.getByRole("button", { name: "Simpan produk" }).click();
    await expect.poll(() => page.getByText("Produk tersimpan.").count()).toBe(1);
    const saved = await db.product.findFirstOrThrow({
      where: { title, sellerId: DEMO_SHOP_ID },
      select: {
        status: true,
        variants: {
          where: { isActive: true },
          orderBy: { sortOrder: "asc" },
          select: { name: true, weightGrams: true },
        },
      },
    });
    expect(saved.status).toBe("DRAFT");
    expect(saved.variants.map((v) => [v.name, v.weightGrams])).toEqual([
      ["100 g", null],
      ["300 g", null],
      ["400 g", null],
      ["500 g", null],
      ["1 kg", 1050],
    ]);
  });
});

describe("an order collected at the seller's, on a phone", () => {
  it("is packed and handed over without a tracking number, and offers no refund unpaid", async () => {
    const buyer = await db.user.findFirstOrThrow({ where: { phone: "+6281200000001" } });
    const stocked = await db.productVariant.findFirstOrThrow({
      where: {
        isActive: true,
        stock: { gt: 3 },
        product: { sellerId: DEMO_SHOP_ID, status: "ACTIVE" },
      },
      select: { id: true, price: true },
    });
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings: { feePercent: 2, paymentTtlMs: 3_600_000, stripeEnabled: false },
      checkout: {
        buyerName: "Pembeli Demo",
        buyerPhone: "+6281200000001",
        address: "Dusun Krajan RT 01 RW 02, Kemiren",
        paymentMethod: "COD",
        lines: [{ variantId: stocked.id, quantity: 1 }],
        shipping: [{ sellerId: DEMO_SHOP_ID, method: "PICKUP_SELLER" }],
        expectedSubtotal: stocked.price,
      },
    });
    const code = placed.orders[0]!.code;

    const { context, close } = await openBrowser({ javaScript: false });
    try {
      const page = await context.newPage();
      await loginAs(page, baseUrl, SELLER);
      await page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}/pesanan/${code}`);
      await expect
        .poll(() => page.getByText("Menunggu dikemas penjual", { exact: true }).count())
        .toBeGreaterThan(0);
      expect(await page.getByText("Bayar di tempat", { exact: true }).count()).toBe(0);
      await page.getByRole("button", { name: "Kemas pesanan" }).click();
      await expect
        .poll(() => page.getByText("Siap diambil di tempat penjual", { exact: true }).count())
        .toBeGreaterThan(0);
      expect(await page.getByRole("textbox", { name: /resi/i }).count()).toBe(0);
      await page.getByRole("button", { name: "Serahkan ke pembeli" }).click();
      await expect
        .poll(() => page.getByText("Sudah diserahkan ke pembeli", { exact: true }).count())
        .toBeGreaterThan(0);
      expect(await page.getByText("Kembalikan dana").count()).toBe(0);
      const shipped = await db.order.findUniqueOrThrow({ where: { code } });
      expect(shipped).toMatchObject({ status: "SHIPPED", trackingNumber: null });
    } finally {
      await close();
    }
  });
});
