import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TMP_DIR } from "../setup/paths";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs, openMenu } from "./helpers";

const baseUrl = inject("baseUrl");
const STAFF = "081200000004";

// The seeded shops were paid directly by their buyers, so none is owed money: give two a balance.
process.env.DATABASE_URL = `file:${path.join(TMP_DIR, "e2e", "e2e.db")}`;
const { db } = await import("~/utils/db.server");
const { ledgerBalance } = await import("~/modules/ledger/ledger.server");
const OWED = 150_000;

beforeAll(async () => {
  for (const sellerId of ["slr_000000", "slr_000001"]) {
    await db.ledgerEntry.create({
      data: {
        sellerId,
        type: "ADJUSTMENT",
        amount: OWED - (await ledgerBalance(db, sellerId)),
        description: "Koreksi saldo uji",
      },
    });
  }
});

/** The rupiah amount in a cell such as "Rp 1.234.567" (or "Rp1.234.567"). */
const rupiah = (text: string) => Number(text.replace(/[^\d]/g, ""));

/** Leaves only one seller of the payouts-due table ticked: its amount. */
async function selectOnly(page: Page, sellerId: string) {
  for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
  const row = page.locator("tr", { has: page.locator(`a[href="/kelola/${sellerId}/saldo"]`) });
  await row.getByRole("checkbox").check();
  return rupiah((await row.locator("td").last().textContent()) ?? "");
}

describe.each([
  { name: "with JavaScript", javaScript: true, sellerId: "slr_000000" },
  { name: "without JavaScript", javaScript: false, sellerId: "slr_000001" },
])("a payout batch $name", ({ javaScript, sellerId }) => {
  afterAll(async () => {
    await closeAuditor();
  });

  it("is created, downloaded as CSV, marked sent and shows on the seller's balance", async () => {
    const browser = await openBrowser({ javaScript });
    try {
      const page = await browser.context.newPage();
      await loginAs(page, baseUrl, STAFF);
      await page.goto(`${baseUrl}/`);
      await openMenu(page);
      const link = page.getByRole("link", { name: "Pencairan", exact: true }).first();
      expect(await link.getAttribute("href")).toBe("/staf/pencairan");
      // Opened directly: the open menu would cover the table.
      await page.goto(`${baseUrl}/staf/pencairan`);
      await page.waitForURL(/\/staf\/pencairan$/);
      expect(await h1(page)).toBe("Pencairan dana penjual");
      await expectAccessible(page, { javaScript });

      const amount = await selectOnly(page, sellerId);
      expect(amount).toBe(OWED);
      await page.getByRole("button", { name: "Buat pencairan" }).click();
      await page.waitForURL(/\/staf\/pencairan\/[^/]+$/);
      // With JavaScript the address changes before the new page has rendered.
      await expect.poll(() => h1(page)).toMatch(/^Pencairan PKB-/);
      const code = /Pencairan (PKB-\S+)/.exec(await h1(page))?.[1] ?? "";
      await expectAccessible(page, { javaScript });

      // The money is held: the seller's balance page shows it as being paid out.
      const batchUrl = page.url();
      await page.goto(`${baseUrl}/kelola/${sellerId}/saldo`);
      expect(rupiah((await page.getByTestId("saldo-ditahan").textContent()) ?? "")).toBe(amount);
      await page.goto(batchUrl);

      const href = await page
        .getByRole("link", { name: "Unduh CSV transfer massal" })
        .getAttribute("href");
      const res = await page.request.get(`${baseUrl}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
      const rows = (await res.text()).split("\r\n");
      expect(rows[0]).toBe(
        "nomor_rekening_tujuan,nama_pemilik_rekening,nama_bank,jumlah,berita,email,telepon",
      );
      expect(rows).toHaveLength(3);
      expect(rows[1]).toContain(`,${amount},${code} Pasar Kampung,`);

      await page.getByLabel("Nomor referensi bank").fill(`BANK-${code}`);
      await page.getByRole("button", { name: "Tandai terkirim" }).click();
      await expect
        .poll(() => page.getByText(`referensi bank BANK-${code}`).count())
        .toBeGreaterThan(0);
      expect(await page.getByRole("button", { name: "Tandai terkirim" }).count()).toBe(0);

      await page.goto(`${baseUrl}/kelola/${sellerId}/saldo`);
      const payout = page.getByRole("cell", { name: new RegExp(`BANK-${code}, ${code}`) });
      await expect.poll(() => payout.count()).toBe(1);
      expect(await page.getByTestId("saldo-ditahan").count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
