import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import sharp from "sharp";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs } from "./helpers";

const baseUrl = inject("baseUrl");
const NIK = "3510014501900001";

/** The QR code printed on the PDF's first page, read the way a phone would: rendered, then scanned. */
async function qrOfPdf(pdfPath: string): Promise<string | null> {
  const prefix = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pk-qr-")), "page");
  const run = spawnSync("pdftoppm", ["-r", "150", "-png", "-singlefile", pdfPath, prefix], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  const { data, info } = await sharp(`${prefix}.png`)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const code = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  );
  return code?.data ?? null;
}

describe.each([
  { name: "with JavaScript", javaScript: true, bank: "BRI Unit Genteng" },
  { name: "without JavaScript", javaScript: false, bank: "Bank Jatim Rogojampi" },
])("a statement a bank can trust $name", ({ javaScript, bank }) => {
  it("issues a statement whose QR opens its check page, and shares it with a named bank", async () => {
    const { context, close } = await openBrowser({ javaScript });
    const bankBrowser = await openBrowser({ javaScript });
    const page = await context.newPage();
    try {
      await loginAs(page, baseUrl, "081200000002");
      await page.goto(`${baseUrl}/akun`);
      await page.getByRole("link", { name: "Kelola toko" }).first().click();
      await page.waitForURL(/\/kelola\/[^/]+$/);
      const manageUrl = page.url();

      // The owner's NIK: refused when invalid (the form answers 400), masked once saved.
      await page.getByRole("link", { name: "Kesiapan KUR" }).click();
      await page.waitForURL(/\/kur$/);
      await expect.poll(() => h1(page)).toBe("Kesiapan KUR");
      await page.getByLabel("NIK (16 angka, sesuai KTP)").fill("1234");
      await page.getByRole("button", { name: "Simpan NIK" }).click();
      await expect.poll(() => page.getByText("NIK harus 16 angka, sesuai KTP").count()).toBe(1);
      await page.getByLabel("NIK (16 angka, sesuai KTP)").fill(NIK);
      await page.getByRole("button", { name: "Simpan NIK" }).click();
      await expect
        .poll(() => page.getByTestId("masked-nik").textContent())
        .toBe("3510••••••••0001");
      expect(await page.content()).not.toContain(NIK);
      await expectAccessible(page, { javaScript });

      // A statement with the full NIK, as the owner chooses; its QR opens the check page.
      await page.goto(`${manageUrl}/laporan`);
      await page.getByLabel(/Cetak NIK lengkap/).check();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Unduh laporan (PDF)" }).click(),
      ]);
      const pdfPath = (await download.path())!;
      const { text } = await extractText(
        await getDocumentProxy(new Uint8Array(fs.readFileSync(pdfPath))),
        {
          mergePages: true,
        },
      );
      expect(text).toContain(`NIK pemilik ${NIK}`);
      expect(text).toContain("Selisih kas");
      expect(text).not.toContain("P-IRT P-IRT");
      const code = text.match(/Kode verifikasi: ([A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5})/)?.[1];
      expect(code).toBeDefined();
      const scanned = await qrOfPdf(pdfPath);
      expect(scanned).toBe(`${baseUrl}/cek-dokumen/${code}`);

      const checker = await bankBrowser.context.newPage();
      await checker.goto(scanned!);
      expect(await h1(checker)).toBe("Periksa keaslian laporan");
      expect(await checker.getByRole("status").textContent()).toContain(code!);
      expect(await checker.getByTestId("masked-nik").textContent()).toBe("3510••••••••0001");
      expect(await checker.content()).not.toContain(NIK);
      await expectAccessible(checker, { javaScript });

      // A link for one bank: read-only, no login, kept out of caches and search engines.
      await page.goto(`${manageUrl}/kur`);
      expect(await page.getByTestId("kur-statement").textContent()).toContain("Sudah");
      await page.getByLabel("Nama bank").fill(bank);
      await page.getByLabel("Berlaku selama").selectOption("14");
      await page.getByRole("button", { name: "Buat tautan" }).click();
      const shareUrl = await page.getByTestId("share-url").textContent();
      expect(shareUrl).toMatch(new RegExp(`^${baseUrl}/bank/[A-Za-z0-9_-]{43}$`));

      const response = await checker.goto(shareUrl!);
      expect(response?.status()).toBe(200);
      expect(response?.headers()).toMatchObject({
        "cache-control": "private, no-store",
        "referrer-policy": "no-referrer",
        "x-robots-tag": "noindex, nofollow",
      });
      expect(await h1(checker)).toBe(`Data UMKM untuk ${bank}`);
      expect(await checker.getByText(code!).count()).toBeGreaterThan(0);
      expect(await checker.content()).not.toContain(NIK);
      await expectAccessible(checker, { javaScript });

      // The seller sees the opening, then revokes the link: the bank gets 410.
      await page.goto(`${manageUrl}/kur`);
      const log = page.getByRole("table", { name: "Catatan akses bank" });
      expect(await log.getByRole("rowheader", { name: bank }).count()).toBeGreaterThan(0);
      await expectAccessible(page, { javaScript });
      await page.getByRole("button", { name: `Cabut ${bank}` }).click();
      await expect.poll(() => page.getByText("Tautan dicabut.").count()).toBe(1);
      const gone = await checker.goto(shareUrl!);
      expect(gone?.status()).toBe(410);
      expect(await checker.getByRole("alert").textContent()).toContain("sudah dicabut");
      const unknown = await checker.goto(`${baseUrl}/bank/${"A".repeat(43)}`);
      expect(unknown?.status()).toBe(404);
    } finally {
      await close();
      await bankBrowser.close();
      await closeAuditor();
    }
  });
});
