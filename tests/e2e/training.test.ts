import { describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs, logout } from "./helpers";

const baseUrl = inject("baseUrl");

/** Tomorrow at 09:00 in Jakarta, as a datetime-local value. */
function tomorrowMorning(daysAhead: number): string {
  const jakarta = new Date(Date.now() + 7 * 3_600_000 + daysAhead * 864e5);
  return `${jakarta.toISOString().slice(0, 10)}T09:00`;
}

describe.each([
  { name: "with JavaScript", javaScript: true, title: "Literasi Keuangan bersama OJK", days: 1 },
  { name: "without JavaScript", javaScript: false, title: "Foto Produk dengan Ponsel", days: 2 },
])("training $name", ({ javaScript, title, days }) => {
  it("staff schedule a session in Kemiren, a seller registers, the operator records it, the certificate verifies", async () => {
    const { context, close } = await openBrowser({ javaScript });
    const page = await context.newPage();
    try {
      // Staff create the programme and a session at the balai desa.
      await loginAs(page, baseUrl, "081200000004");
      await page.goto(`${baseUrl}/staf/pelatihan`);
      await page.getByLabel("Judul program").fill(title);
      await page
        .getByLabel("Topik")
        .selectOption(javaScript ? "FINANCIAL_LITERACY" : "PRODUCT_PHOTO");
      await page
        .getByLabel("Penyelenggara")
        .fill(javaScript ? "OJK Jember" : "Dinas Koperasi dan UMKM");
      await page.getByRole("button", { name: "Buat program" }).click();
      await page.waitForURL(/\/staf\/pelatihan\/[^/]+$/);
      await expect.poll(() => h1(page)).toBe(title);
      await page.getByLabel("Tanggal dan jam mulai").fill(tomorrowMorning(days));
      await page.getByLabel("Tempat (desa)").selectOption("35.10.15.2004");
      await page.getByLabel("Pelatih", { exact: true }).fill("Ibu Ratna");
      await page.getByLabel("Kapasitas peserta").fill("20");
      await page.getByRole("button", { name: "Buat sesi" }).click();
      await page.waitForURL(/\/pelatihan\/sesi\/[^/]+$/);
      const rosterUrl = page.url();
      await expectAccessible(page, { javaScript });
      await logout(page, baseUrl);

      // The seller of Kemiren sees it first among upcoming sessions and registers.
      await loginAs(page, baseUrl, "081200000002");
      await page.goto(`${baseUrl}/akun`);
      await page.getByRole("link", { name: "Kelola toko" }).first().click();
      await page.getByRole("link", { name: "Pelatihan" }).click();
      await page.waitForURL(/\/pelatihan$/);
      await page.getByRole("button", { name: `Daftar: ${title}` }).click();
      await expect.poll(() => page.getByText("Pendaftaran pelatihan tersimpan.").count()).toBe(1);
      await expectAccessible(page, { javaScript });
      await logout(page, baseUrl);

      // The operator marks attendance with pre/post scores and issues the certificate.
      await loginAs(page, baseUrl, "081200000003");
      await page.goto(rosterUrl);
      await page.getByLabel("Kehadiran Kopi Osing Mbok Sum").selectOption("ATTENDED");
      await page.getByLabel("Nilai awal Kopi Osing Mbok Sum").fill("40");
      await page.getByLabel("Nilai akhir Kopi Osing Mbok Sum").fill("85");
      await page.getByRole("button", { name: "Simpan" }).first().click();
      await expect.poll(() => page.getByText("Kehadiran dan nilai tersimpan.").count()).toBe(1);
      await expect.poll(() => page.getByText(/rata-rata kenaikan nilai 45 poin/).count()).toBe(1);
      await page.getByRole("button", { name: "Terbitkan sertifikat Kopi Osing Mbok Sum" }).click();
      await expect.poll(() => page.getByText("Sertifikat terbit.").count()).toBe(1);
      const link = page.getByRole("link", { name: /^PK-\d{4}-/ });
      const number = (await link.textContent())!.trim();
      await logout(page, baseUrl);

      // Anyone can verify the number.
      await page.goto(`${baseUrl}/sertifikat/${number.toLowerCase()}`);
      await expect.poll(() => h1(page)).toBe("Sertifikat Pelatihan");
      expect(await page.getByText(title).count()).toBe(1);
      expect(await page.getByText("Sertifikat ini tercatat di Pasar Kampung").count()).toBe(1);
      await expectAccessible(page, { javaScript });
      const fake = await page.goto(`${baseUrl}/sertifikat/PK-2026-XXXX-XXXX`);
      expect(fake?.status()).toBe(404);
    } finally {
      await close();
      await closeAuditor();
    }
  });
});
