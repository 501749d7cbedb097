import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { DEMO_PASSWORD, h1, loginAs, logout } from "./helpers";

const baseUrl = inject("baseUrl");

/** A day ahead at 09:00 in Jakarta, as a datetime-local value. */
function tomorrowMorning(daysAhead: number): string {
  const jakarta = new Date(Date.now() + 7 * 3_600_000 + daysAhead * 864e5);
  return `${jakarta.toISOString().slice(0, 10)}T09:00`;
}

/** Now plus `hours` in Jakarta, as a datetime-local value. */
function jakartaIn(hours: number): string {
  return new Date(Date.now() + (7 + hours) * 3_600_000).toISOString().slice(0, 16);
}

/** Staff fill in the new-session form of the programme page they are on. */
async function addSession(page: Page, startsAt: string, durationHours: string) {
  await page.getByLabel("Tanggal dan jam mulai").fill(startsAt);
  await page.getByLabel("Lama (jam)").fill(durationHours);
  await page.getByLabel("Tempat (desa)").selectOption("35.10.15.2004");
  await page.getByLabel("Pelatih", { exact: true }).fill("Ibu Ratna");
  await page.getByLabel("Kapasitas peserta").fill("20");
  await page.getByRole("button", { name: "Buat sesi" }).click();
  await page.waitForURL(/\/pelatihan\/sesi\/[^/]+$/);
  return page.url();
}

describe.each([
  { name: "with JavaScript", javaScript: true, title: "Literasi Keuangan bersama OJK", days: 1 },
  { name: "without JavaScript", javaScript: false, title: "Foto Produk dengan Ponsel", days: 2 },
])("training $name", ({ javaScript, title, days }) => {
  it("staff schedule sessions in Kemiren, a seller registers and is marked present, the operator records scores, the certificate verifies", async () => {
    const { context, close } = await openBrowser({ javaScript });
    const page = await context.newPage();
    try {
      // Staff create the programme, with a completion score when it has a test.
      await loginAs(page, baseUrl, "081200000004");
      await page.goto(`${baseUrl}/staf/pelatihan`);
      await page.getByLabel("Judul program").fill(title);
      await page
        .getByLabel("Topik")
        .selectOption(javaScript ? "FINANCIAL_LITERACY" : "PRODUCT_PHOTO");
      await page
        .getByLabel("Penyelenggara")
        .fill(javaScript ? "OJK Jember" : "Dinas Koperasi dan UMKM");
      if (javaScript) await page.getByLabel("Nilai akhir minimal untuk sertifikat").fill("70");
      await page.getByRole("button", { name: "Buat program" }).click();
      await page.waitForURL(/\/staf\/pelatihan\/[^/]+$/);
      await expect.poll(() => h1(page)).toBe(title);
      const programmeUrl = page.url();
      expect(
        await page
          .getByText(
            javaScript
              ? "Syarat sertifikat: hadir dan nilai akhir minimal 70."
              : "Syarat sertifikat: hadir.",
          )
          .count(),
      ).toBe(1);

      // A session ahead, whose trainer changes; and one held this morning, just over.
      const upcomingUrl = await addSession(page, tomorrowMorning(days), "3");
      await page.getByRole("link", { name: "Ubah jadwal" }).click();
      await page.waitForURL(/\/ubah$/);
      await page.getByLabel("Pelatih", { exact: true }).fill("Pak Budi Santoso");
      await page.getByRole("button", { name: "Simpan perubahan" }).click();
      await page.waitForURL(upcomingUrl);
      await expect.poll(() => page.getByText(/Pak Budi Santoso/).count()).toBe(1);
      await page.goto(programmeUrl);
      const heldUrl = await addSession(page, jakartaIn(-3), "2");
      // The check-in code is shown while check-in is open.
      if (javaScript) {
        await page.getByText("Tampilkan QR daftar hadir").click();
        await expect
          .poll(() => page.getByRole("img", { name: "Kode QR daftar hadir sesi ini" }).isVisible())
          .toBe(true);
      }
      const checkInUrl = await page
        .getByRole("link", { name: "Tautan daftar hadir", includeHidden: true })
        .getAttribute("href");
      expect(checkInUrl).toMatch(/\/pelatihan\/hadir\/[^/]+$/);
      await expectAccessible(page, { javaScript });
      await logout(page, baseUrl);

      // The seller of Kemiren sees the session ahead first among upcoming ones and registers.
      await loginAs(page, baseUrl, "081200000002");
      await page.goto(`${baseUrl}/akun`);
      await page.getByRole("link", { name: "Kelola toko" }).first().click();
      await page.getByRole("link", { name: "Pelatihan" }).click();
      await page.waitForURL(/\/pelatihan$/);
      await page.getByRole("button", { name: `Daftar: ${title}` }).click();
      await expect.poll(() => page.getByText("Pendaftaran pelatihan tersimpan.").count()).toBe(1);
      await expectAccessible(page, { javaScript });
      await logout(page, baseUrl);

      if (!javaScript) {
        // Without JavaScript: the seller scans the code, signs in, and comes back to check in.
        await page.goto(checkInUrl!);
        await page.waitForURL(/\/masuk\?redirectTo=/);
        await page.getByLabel("Nomor HP (WhatsApp)").fill("081200000002");
        await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
        await page.getByRole("main").getByRole("button", { name: "Masuk" }).click();
        await page.waitForURL(/\/pelatihan\/hadir\//);
        await expect.poll(() => h1(page)).toBe(title);
        await page.getByRole("button", { name: "Saya hadir" }).click();
        await expect
          .poll(() => page.getByText("Terima kasih, kehadiran Anda tercatat.").count())
          .toBe(1);
        await expectAccessible(page, { javaScript });
        await logout(page, baseUrl);
        // A link whose signature was altered is refused, not an error of the site.
        const forged = await page.goto(`${checkInUrl!.slice(0, -2)}xx`);
        expect(forged?.status()).toBe(400);
      }

      // The operator: the session ahead takes no attendance yet.
      await loginAs(page, baseUrl, "081200000003");
      await page.goto(upcomingUrl);
      await expect.poll(() => page.getByText(/Kehadiran bisa dicatat mulai/).count()).toBe(1);
      await expect.poll(() => page.getByLabel("Kehadiran Kopi Osing Mbok Sum").count()).toBe(0);

      // The session held this morning: a walk-in recorded by phone, then scores and certificate.
      await page.goto(heldUrl);
      if (javaScript) {
        await page.getByLabel("Nomor HP pemilik atau WhatsApp toko").fill("0812-0000-0002");
        await page.getByRole("button", { name: "Catat hadir" }).click();
        await expect
          .poll(() => page.getByText("Peserta datang langsung tercatat hadir.").count())
          .toBe(1);
        await expect.poll(() => page.getByText("datang langsung", { exact: true }).count()).toBe(1);
      } else {
        await expect.poll(() => page.getByText(/hadir lewat QR/).count()).toBe(1);
      }
      await page.getByLabel("Kehadiran Kopi Osing Mbok Sum").selectOption("ATTENDED");
      await page.getByLabel("Nilai awal Kopi Osing Mbok Sum").fill("40");
      await page.getByLabel("Nilai akhir Kopi Osing Mbok Sum").fill("85");
      await page.getByRole("button", { name: "Simpan" }).first().click();
      await expect.poll(() => page.getByText("Kehadiran dan nilai tersimpan.").count()).toBe(1);
      await expect.poll(() => page.getByText(/rata-rata kenaikan nilai 45 poin/).count()).toBe(1);
      await page.getByRole("button", { name: "Terbitkan sertifikat Kopi Osing Mbok Sum" }).click();
      await expect.poll(() => page.getByText("Sertifikat terbit.").count()).toBe(1);
      // Certified scores are no longer a form.
      await expect.poll(() => page.getByLabel("Nilai akhir Kopi Osing Mbok Sum").count()).toBe(0);
      await expectAccessible(page, { javaScript });
      const link = page.getByRole("link", { name: /^PK-\d{4}-/ });
      const number = (await link.textContent())!.trim();
      await logout(page, baseUrl);

      // Anyone can verify the number.
      await page.goto(`${baseUrl}/sertifikat/${number.toLowerCase()}`);
      await expect.poll(() => h1(page)).toBe("Sertifikat Pelatihan");
      await expect.poll(() => page.getByText(title).count()).toBe(1);
      await expect
        .poll(() => page.getByText("Sertifikat ini tercatat di Pasar Kampung").count())
        .toBe(1);
      await expectAccessible(page, { javaScript });
      const fake = await page.goto(`${baseUrl}/sertifikat/PK-2026-XXXX-XXXX`);
      expect(fake?.status()).toBe(404);
    } finally {
      await close();
      await closeAuditor();
    }
  });
});
