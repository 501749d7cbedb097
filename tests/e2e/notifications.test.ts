import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { loginAs } from "./helpers";

const baseUrl = inject("baseUrl");
const BUYER = "081200000001";
const SELLER = "081200000002";
const DEMO_SHOP_ID = "slr_000000";
const DEMO_SHOP_NAME = "Kopi Osing Mbok Sum";

/** The demo shop's first in-stock product in the search results. */
async function demoProduct(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/search?desa=35.10.15.2004&inStock=true`);
  const { hits } = (await response.json()) as { hits: { slug: string; sellerName: string }[] };
  const demo = hits.filter((h) => h.sellerName === DEMO_SHOP_NAME);
  expect(demo.length).toBeGreaterThan(0);
  return demo[0]!.slug;
}

/** The unread count the header's bell shows (0 when it shows none). */
async function bellCount(page: Page): Promise<number> {
  const text = await page
    .getByRole("banner")
    .getByRole("link", { name: /^Notifikasi/ })
    .textContent();
  return Number(/Notifikasi\s*(\d+)/.exec(text ?? "")?.[1] ?? 0);
}

/**
 * The bell count once it stops moving: notifications from what ran just before (written by the
 * background worker moments after their commits) must not be counted as this test's.
 */
async function settledBellCount(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 10; i++) {
    await page.reload();
    const now = await bellCount(page);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(1500);
  }
  return last;
}

async function newOrdersOnHome(page: Page): Promise<number> {
  await page.goto(`${baseUrl}/kelola/${DEMO_SHOP_ID}`);
  const text = await page
    .getByRole("region", { name: "Yang perlu dikerjakan" })
    .getByRole("link", { name: /pesanan baru$/ })
    .textContent()
    .catch(() => null);
  return Number(/^(\d+)/.exec(text ?? "")?.[1] ?? 0);
}

describe.each([
  { name: "with JavaScript", javaScript: true },
  { name: "without JavaScript", javaScript: false },
])("the seller hears of a new order $name", ({ javaScript }) => {
  afterAll(closeAuditor);

  it("bell count and seller home go up after a buyer orders; the notification opens the order", async () => {
    const seller = await openBrowser({ javaScript });
    const buyer = await openBrowser({ javaScript });
    try {
      const sellerPage = await seller.context.newPage();
      await loginAs(sellerPage, baseUrl, SELLER);
      const ordersBefore = await newOrdersOnHome(sellerPage);
      const unreadBefore = await settledBellCount(sellerPage);

      const buyerPage = await buyer.context.newPage();
      await loginAs(buyerPage, baseUrl, BUYER);
      await buyerPage.goto(`${baseUrl}/produk/${await demoProduct()}`);
      await buyerPage.getByLabel("Jumlah").fill("1");
      await buyerPage.getByRole("button", { name: "Tambah ke keranjang" }).click();
      await buyerPage.waitForURL(/\/keranjang/);
      await buyerPage.goto(`${baseUrl}/checkout`);
      await buyerPage.getByLabel("Alamat lengkap").fill("Dusun Krajan RT 01 RW 02, depan langgar");
      await buyerPage.getByRole("button", { name: "Buat pesanan" }).click();
      await buyerPage.waitForURL(/\/pesanan\/PK-[A-Z0-9]+$/);
      const groupCode = new URL(buyerPage.url()).pathname.split("/").pop()!;
      const orderCode = `${groupCode}-1`;

      // The seller home counts the new order; the bell counts the notification (written by the
      // background worker moments after the checkout commits). The same sale may also bring a
      // stock warning once earlier tests have sold the product down, so the bell goes up by at
      // least one; the list below pins down which one is this order's.
      await expect.poll(() => newOrdersOnHome(sellerPage)).toBe(ordersBefore + 1);
      await expect
        .poll(async () => {
          await sellerPage.reload();
          return bellCount(sellerPage);
        })
        .toBeGreaterThan(unreadBefore);
      expect(
        await sellerPage
          .getByRole("region", { name: "Yang perlu dikerjakan" })
          .getByRole("link", { name: `${ordersBefore + 1} pesanan baru` })
          .count(),
      ).toBe(1);
      await expectAccessible(sellerPage, { javaScript });

      // The notification centre lists it first, and opening it leads to the order.
      await sellerPage
        .getByRole("banner")
        .getByRole("link", { name: /^Notifikasi/ })
        .click();
      await sellerPage.waitForURL(/\/notifikasi$/);
      await expectAccessible(sellerPage, { javaScript });
      const item = sellerPage
        .getByRole("main")
        .getByRole("link", { name: new RegExp(`Pesanan baru ${orderCode}`) });
      await expect.poll(() => item.count()).toBe(1);
      await item.click();
      await sellerPage.waitForURL(new RegExp(`/kelola/${DEMO_SHOP_ID}/pesanan/${orderCode}$`));
      // Opening it marked it read: the bell is back where it was, unless other news has arrived
      // since (deliveries of earlier tests' events), and the list no longer calls it unread.
      expect(await bellCount(sellerPage)).toBeGreaterThanOrEqual(unreadBefore);
      await sellerPage.goto(`${baseUrl}/notifikasi`);
      expect(await item.textContent()).not.toContain("Belum dibaca");
      expect(await bellCount(sellerPage)).toBe(
        await sellerPage.getByRole("main").getByText("Belum dibaca:").count(),
      );
      await item.click();
      await sellerPage.waitForURL(new RegExp(`/kelola/${DEMO_SHOP_ID}/pesanan/${orderCode}$`));

      // The seller packs it from there; the buyer hears of it, and "mark all read" empties the
      // buyer's count.
      await sellerPage.getByRole("button", { name: "Kemas pesanan" }).click();
      await expect
        .poll(() => sellerPage.getByText("Siap diambil di tempat penjual", { exact: true }).count())
        .toBeGreaterThan(0);
      await expect
        .poll(async () => {
          await buyerPage.goto(`${baseUrl}/notifikasi`);
          return buyerPage
            .getByRole("main")
            .getByRole("link", { name: new RegExp(`Pesanan ${orderCode} dikemas`) })
            .count();
        })
        .toBe(1);
      expect(await bellCount(buyerPage)).toBeGreaterThan(0);
      await buyerPage.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
      await expect.poll(() => buyerPage.getByRole("status").count()).toBeGreaterThan(0);
      await buyerPage.goto(`${baseUrl}/notifikasi`);
      expect(await bellCount(buyerPage)).toBe(0);

      // With no channel configured, the account page says messages stay in-app.
      await sellerPage.goto(`${baseUrl}/akun`);
      await expect
        .poll(() => sellerPage.getByText(/Notifikasi hanya muncul di halaman Notifikasi/).count())
        .toBe(1);
    } finally {
      await seller.close();
      await buyer.close();
    }
  }, 120_000);
});
