import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { TMP_DIR } from "../setup/paths";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs } from "./helpers";

const baseUrl = inject("baseUrl");
const STAFF = "081200000004";
const OPERATOR = "081200000003";

describe.each([
  { name: "with JavaScript", javaScript: true, origin: "35.10.15" },
  { name: "without JavaScript", javaScript: false, origin: "35.10.11" },
])("the shipping rates page $name", ({ javaScript, origin }) => {
  afterAll(async () => {
    await closeAuditor();
  });

  it("edits a rate, round-trips the CSV and refuses a bad line by its number", async () => {
    const browser = await openBrowser({ javaScript });
    try {
      const page = await browser.context.newPage();
      await loginAs(page, baseUrl, STAFF);
      await page.goto(`${baseUrl}/staf/ongkir`);
      expect(await h1(page)).toBe("Tarif ongkos kirim");
      await page.getByLabel("Kecamatan asal").selectOption(origin);
      await page.getByRole("button", { name: "Tampilkan" }).click();
      await page.waitForURL(new RegExp(`asal=${origin.replaceAll(".", "\\.")}`));
      await expectAccessible(page, { javaScript });

      // The seeded same-kecamatan regular rate, edited to Rp7.000/kg.
      await page.getByRole("link", { name: "Ubah Reguler · Satu kecamatan", exact: true }).click();
      await page.waitForURL(/ubah=/);
      await page.getByLabel("Harga per kg (Rp)").fill("7000");
      await page.getByLabel("Harga minimum (Rp)").fill("7000");
      await page.getByRole("button", { name: "Simpan tarif" }).click();
      await page.waitForURL((url) => !url.search.includes("ubah="));
      const row = page.locator("tr", { hasText: "Satu kecamatan" }).first();
      await expect.poll(() => row.textContent()).toContain("7.000");

      // Download, change one price in the file and upload it: the table takes the file.
      const download = await page.request.get(`${baseUrl}/staf/ongkir/unduh?asal=${origin}`);
      expect(download.status()).toBe(200);
      const csv = await download.text();
      expect(csv.split("\n")[0]).toBe(
        "kecamatan_asal,zona,kabupaten_tujuan,layanan,harga_per_kg,harga_minimum,etd_min_hari,etd_maks_hari",
      );
      expect(csv).toContain(`${origin},SAME_KECAMATAN,,REGULAR,7000,7000,1,1`);
      const edited = csv.replace(
        `${origin},SAME_KECAMATAN,,REGULAR,7000,7000,1,1`,
        `${origin},SAME_KECAMATAN,,REGULAR,7500,7000,1,1`,
      );
      expect(edited).not.toBe(csv);
      const file = path.join(TMP_DIR, `tarif-${origin}-${javaScript}.csv`);
      fs.writeFileSync(file, edited);
      await page.getByLabel("Berkas tarif (CSV, maksimal 1 MB)").setInputFiles(file);
      await page.getByRole("button", { name: "Unggah CSV" }).click();
      await expect
        .poll(() => page.getByText(/baris tarif dari 1 kecamatan tersimpan/).count())
        .toBe(1);
      await expect.poll(() => row.textContent()).toContain("7.500");
      const again = await page.request.get(`${baseUrl}/staf/ongkir/unduh?asal=${origin}`);
      expect(await again.text()).toBe(edited);

      // A bad price on the third line: refused by its number, nothing changed.
      const lines = edited.trimEnd().split("\n");
      lines[2] = lines[2]!.replace(/,(\d+),(\d+),(\d+),(\d+)$/, ",abc,$2,$3,$4");
      fs.writeFileSync(file, `${lines.join("\n")}\n`);
      await page.getByLabel("Berkas tarif (CSV, maksimal 1 MB)").setInputFiles(file);
      await page.getByRole("button", { name: "Unggah CSV" }).click();
      await expect
        .poll(() => page.getByText("Baris 3: Tarif wajib diisi (angka rupiah)").count())
        .toBe(1);
      const after = await page.request.get(`${baseUrl}/staf/ongkir/unduh?asal=${origin}`);
      expect(await after.text()).toBe(edited);
    } finally {
      await browser.close();
    }
  });
});

describe("the shipping rates page for others", () => {
  it("is not found for an operator", async () => {
    const browser = await openBrowser({ javaScript: false });
    try {
      const page = await browser.context.newPage();
      await loginAs(page, baseUrl, OPERATOR);
      const response = await page.goto(`${baseUrl}/staf/ongkir`);
      expect(response?.status()).toBe(404);
      const csv = await page.request.get(`${baseUrl}/staf/ongkir/unduh?asal=35.10.15`);
      expect(csv.status()).toBe(404);
    } finally {
      await browser.close();
    }
  });
});
