import fs from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs } from "./helpers";

const baseUrl = inject("baseUrl");

describe.each([
  { name: "with JavaScript", javaScript: true, expense: "150000", income: "400000" },
  { name: "without JavaScript", javaScript: false, expense: "50000", income: "100000" },
])("seller growth records $name", ({ javaScript, expense, income }) => {
  it("keeps a cashbook, takes a literacy assessment and downloads a verifiable sales statement", async () => {
    const { context, close } = await openBrowser({ javaScript });
    const page = await context.newPage();
    try {
      await loginAs(page, baseUrl, "081200000002");
      await page.goto(`${baseUrl}/akun`);
      await page.getByRole("link", { name: "Kelola toko" }).first().click();
      await page.waitForURL(/\/kelola\/[^/]+$/);
      const manageUrl = page.url();

      // Cashbook: an expense and an income; the month's P&L follows.
      await page.getByRole("link", { name: "Buku kas" }).click();
      await page.waitForURL(/buku-kas/);
      const profit = async () =>
        Number(
          (
            (await page
              .getByRole("region", { name: /^Laba rugi/ })
              .locator("dd")
              .last()
              .textContent()) ?? ""
          ).replace(/[^\d-]/g, ""),
        );
      const profitBefore = await profit();
      const expensesBefore = await page.getByText(/Pengeluaran · bahan baku/).count();
      await page.getByLabel("Jenis").selectOption("EXPENSE");
      await page.getByLabel("Kategori").selectOption({ label: "bahan baku" });
      await page.getByLabel("Jumlah (Rp)").fill(expense);
      await page.getByRole("button", { name: "Simpan catatan" }).click();
      await expect
        .poll(() => page.getByText(/Pengeluaran · bahan baku/).count())
        .toBe(expensesBefore + 1);
      const incomesBefore = await page.getByText(/Pemasukan · penjualan/).count();
      await page.getByLabel("Jenis").selectOption("INCOME");
      await page.getByLabel("Kategori").selectOption({ label: "penjualan" });
      await page.getByLabel("Jumlah (Rp)").fill(income);
      await page.getByRole("button", { name: "Simpan catatan" }).click();
      await expect
        .poll(() => page.getByText(/Pemasukan · penjualan/).count())
        .toBe(incomesBefore + 1);
      expect(await profit()).toBe(profitBefore + Number(income) - Number(expense));
      await expectAccessible(page, { javaScript });

      // Literacy: answer every question.
      await page.goto(`${manageUrl}/literasi`);
      const groups = page.getByRole("group");
      const count = await groups.count();
      for (let i = 0; i < count; i++) {
        const radios = groups.nth(i).getByRole("radio");
        if ((await radios.count()) > 0) await radios.last().check();
      }
      await page.getByLabel("Punya rekening bank").check();
      await page.getByRole("button", { name: "Simpan penilaian" }).click();
      await expect
        .poll(() => page.getByRole("status").textContent())
        .toMatch(/Penilaian tersimpan: nilai \d+/);
      expect(await page.getByText(/bukan indeks nasional OJK/).count()).toBe(1);
      expect(
        await page.getByRole("table", { name: "Perkembangan dari waktu ke waktu" }).count(),
      ).toBe(1);
      await expectAccessible(page, { javaScript });

      // Sales statement: a PDF with a code that verifies publicly.
      await page.goto(`${manageUrl}/laporan`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Unduh laporan (PDF)" }).click(),
      ]);
      const pdf = new Uint8Array(fs.readFileSync((await download.path())!));
      const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
      expect(text).toContain("Laporan Penjualan UMKM");
      expect(text).toContain("Kopi Osing Mbok Sum");
      const code = text.match(/[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/)?.[0];
      expect(code).toBeDefined();
      await page.goto(`${baseUrl}/cek-dokumen/${code}`);
      await expect.poll(() => h1(page)).toBe("Periksa keaslian laporan");
      expect(await page.getByRole("status").textContent()).toContain(code!);
      await expectAccessible(page, { javaScript });
    } finally {
      await close();
      await closeAuditor();
    }
  });
});
