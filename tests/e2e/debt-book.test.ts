import fs from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs, logout } from "./helpers";

const baseUrl = inject("baseUrl");

describe.each([
  { name: "with JavaScript", javaScript: true, party: "Pak Darto" },
  { name: "without JavaScript", javaScript: false, party: "Bu Warsini" },
])("debt book, tax tracker and training impact $name", ({ javaScript, party }) => {
  it("records a tab paid in two parts into the cashbook, shows the tax estimate and a programme's impact", async () => {
    const { context, close } = await openBrowser({ javaScript });
    const page = await context.newPage();
    try {
      await loginAs(page, baseUrl, "081200000002");
      await page.goto(`${baseUrl}/akun`);
      await page.getByRole("link", { name: "Kelola toko" }).first().click();
      await page.waitForURL(/\/kelola\/[^/]+$/);
      const manageUrl = page.url();
      const receivable = async () =>
        Number(
          ((await page.getByTestId("home-receivable").textContent()) ?? "").replace(/\D/g, ""),
        );
      const openBefore = await receivable();
      // The demo shop has a tab past its due date: the to-do list says so and leads there.
      const overdue = page.getByRole("link", { name: /\d+ piutang lewat jatuh tempo/ });
      expect(await overdue.getAttribute("href")).toMatch(/\/buku-kas\/utang-piutang$/);

      // A customer's tab of Rp90.000 with their WhatsApp number.
      await page.goto(`${manageUrl}/buku-kas`);
      await page.getByRole("link", { name: /Buku utang-piutang/ }).click();
      await page.waitForURL(/utang-piutang$/);
      await expect.poll(() => h1(page)).toBe("Buku utang-piutang");
      await page.getByLabel("Jenis").selectOption("RECEIVABLE");
      await page.getByLabel("Nama orang atau pemasok").fill(party);
      await page.getByLabel("Nomor WhatsApp (tidak wajib)").fill("0812-1111-2222");
      await page.getByLabel("Kategori di buku kas saat dibayar").selectOption("penjualan");
      await page.getByLabel("Jumlah (Rp)").fill("90.000");
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      const card = page.getByTestId("debt").filter({ hasText: party });
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.textContent()).toContain("Rp90.000 · sisa Rp90.000");

      // A wrong amount is refused in place, and nothing is recorded.
      await card.getByLabel("Jumlah dibayar (Rp)").fill("100000");
      await card.getByRole("button", { name: "Catat pembayaran" }).click();
      await expect
        .poll(() => card.getByRole("alert").textContent())
        .toBe("Jumlah melebihi sisa yang belum dibayar");

      // Paid in part: the rest is due, and the reminder names what is left.
      await card.getByLabel("Jumlah dibayar (Rp)").fill("40000");
      await card.getByRole("button", { name: "Catat pembayaran" }).click();
      await expect.poll(async () => card.textContent()).toContain("Rp90.000 · sisa Rp50.000");
      const reminder = await card
        .getByRole("link", { name: "Kirim pengingat lewat WhatsApp" })
        .getAttribute("href");
      expect(reminder).toMatch(/^https:\/\/wa\.me\/6281211112222\?text=/);
      expect(decodeURIComponent(reminder!.split("text=")[1]!)).toContain(`Halo Bapak/Ibu ${party}`);
      expect(decodeURIComponent(reminder!)).toContain("Rp50.000");
      await expectAccessible(page, { javaScript });

      // "Janji bayar" next month: a due date and a reminder.
      await card.getByText("Ubah jatuh tempo atau pengingat").click();
      await card.getByLabel("Jatuh tempo (tidak wajib)").fill("2099-01-31");
      await card.getByLabel("Ingatkan saya").check();
      await card.getByRole("button", { name: "Simpan jatuh tempo" }).click();
      await expect.poll(() => card.textContent()).toContain("Jatuh tempo 31 Januari 2099");
      expect(await card.textContent()).toContain("Pengingat aktif");

      // The payment is in the cashbook once, and can only be undone from the debt book.
      await page.goto(`${manageUrl}/buku-kas`);
      const entry = page.getByRole("listitem").filter({ hasText: `Pembayaran piutang: ${party}` });
      expect(await entry.count()).toBe(1);
      expect(await entry.getByRole("link", { name: "dari buku utang-piutang" }).count()).toBe(1);
      expect(await entry.getByRole("button", { name: /Hapus/ }).count()).toBe(0);

      // The shop home counts what is still owed.
      await page.goto(manageUrl);
      expect(await receivable()).toBe(openBefore + 50_000);

      // Paid off: it moves to the settled list.
      await page.goto(`${manageUrl}/buku-kas/utang-piutang`);
      await card.getByRole("button", { name: "Catat pembayaran" }).click();
      await expect.poll(() => card.count()).toBe(0);
      expect(
        await page.locator("details").filter({ hasText: "Sudah lunas" }).textContent(),
      ).toContain(party);

      // The PPh Final tracker: an estimate for this year, and the facility's years by form.
      await page.goto(`${manageUrl}/pajak`);
      await expect.poll(() => h1(page)).toBe("Pajak UMKM (PPh Final)");
      expect(await page.getByTestId("tax-turnover").textContent()).toMatch(/^Rp[\d.]+$/);
      expect(await page.getByText(/bukan nasihat pajak/).count()).toBe(1);
      await page.getByLabel("Bentuk usaha (wajib pajak)").selectOption("CV");
      await page.getByLabel(/Tahun pertama memakai/).fill("2024");
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect.poll(() => page.getByText(/tahun ke-3 dari 4 \(2024–2027\)/).count()).toBe(1);
      expect(await page.getByText(/tidak mendapat batas Rp500 juta/).count()).toBe(1);
      await expectAccessible(page, { javaScript });
      await page.getByLabel("Bentuk usaha (wajib pajak)").selectOption("ORANG_PRIBADI");
      await page.getByLabel(/Tahun pertama memakai/).fill("");
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect.poll(() => page.getByText(/Isi tahun pertama memakai/).count()).toBe(1);

      // District staff: training impact from the dashboard, then one programme and its download.
      await logout(page, baseUrl);
      await loginAs(page, baseUrl, "081200000004");
      await page.goto(`${baseUrl}/staf/dasbor`);
      await page.getByRole("link", { name: "Lihat dampak setiap program pelatihan" }).click();
      await page.waitForURL(/dampak-pelatihan/);
      // With JavaScript the address changes before the new page has rendered.
      await expect
        .poll(() => page.getByTestId("impact-row").count(), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(5);
      await expectAccessible(page, { javaScript });
      await page.getByLabel("Jangka waktu").selectOption("6");
      await page.getByRole("button", { name: "Tampilkan" }).click();
      const photo = page.getByRole("link", { name: "Foto Produk dengan HP" });
      await expect.poll(() => photo.getAttribute("href")).toMatch(/bulan=6$/);
      await photo.click();
      await expect.poll(() => h1(page)).toBe("Foto Produk dengan HP");
      expect(
        await page.getByRole("heading", { name: "Dampak pelatihan", exact: true }).count(),
      ).toBe(1);
      expect(await page.getByLabel("Jangka waktu").inputValue()).toBe("6");
      expect(await page.getByTestId("impact-table").count()).toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Unduh CSV" }).click(),
      ]);
      const csv = fs.readFileSync((await download.path())!, "utf8");
      expect(csv.split("\n")[0]).toContain("Program,Topik,Jendela (bulan),UMKM peserta");
      expect(csv).toContain("Foto Produk dengan HP,PRODUCT_PHOTO,6,");
      await expectAccessible(page, { javaScript });
    } finally {
      await close();
      await closeAuditor();
    }
  });
});
