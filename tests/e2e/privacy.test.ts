import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAccessible, pageForSuite } from "./browser";
import { h1, loginAs, openMenu, signUp } from "./helpers";

const baseUrl = inject("baseUrl");
const PASSWORD = "rahasia-privasi-1";

/** The ZIP a click downloads, as its files' texts. */
async function downloadedZip(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  expect(download.suggestedFilename()).toMatch(/^data-pribadi-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe.each([
  { name: "with JavaScript", javaScript: true, phone: "0812 7300 1001" },
  { name: "without JavaScript", javaScript: false, phone: "0812 7300 2002" },
])("personal data $name", ({ javaScript, phone }) => {
  const suitePage = pageForSuite({ javaScript });

  it("reads the privacy notice, downloads their data, and erases the account", async () => {
    const page = suitePage();
    const name = `Warga Privasi ${javaScript ? "A" : "B"}`;
    await signUp(page, baseUrl, { name, phone, password: PASSWORD });

    await page.getByRole("link", { name: "Kebijakan privasi" }).first().click();
    await page.waitForURL(/\/privasi$/);
    // With JavaScript the address changes before the new page has rendered.
    await expect.poll(() => h1(page), { timeout: 10_000 }).toBe("Kebijakan privasi");
    await expectAccessible(page, { javaScript });

    await page.goto(`${baseUrl}/akun`);
    const files = await downloadedZip(page, () =>
      page.getByRole("link", { name: "Unduh data saya" }).click(),
    );
    const json = JSON.parse(files["data.json"]!) as { account: { name: string; phone: string } };
    expect(json.account.name).toBe(name);
    expect(json.account.phone).toBe(`+62${phone.replace(/\D/g, "").slice(1)}`);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["data.json", "akun.csv"]));

    await page.getByRole("link", { name: "Hapus akun saya" }).click();
    await page.waitForURL(/\/akun\/hapus$/);
    await expectAccessible(page, { javaScript });
    await page.getByLabel("Kata sandi Anda").fill("bukan-sandinya");
    await page.getByLabel(/Saya mengerti akun ini akan dihapus/).check();
    await page.getByRole("button", { name: "Hapus akun saya sekarang" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Kata sandi salah");

    await page.getByLabel("Kata sandi Anda").fill(PASSWORD);
    await page.getByLabel(/Saya mengerti akun ini akan dihapus/).check();
    await page.getByRole("button", { name: "Hapus akun saya sekarang" }).click();
    await page.waitForURL(/\/privasi$/);
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Akun Anda sudah dihapus");
    expect(await page.getByRole("link", { name: "Masuk" }).count()).toBeGreaterThan(0);

    // The old number and password open nothing; the number is free for a new account.
    await page.goto(`${baseUrl}/masuk`);
    await page.getByLabel("Nomor HP (WhatsApp)").fill(phone);
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Masuk" }).click();
    await expect
      .poll(() => page.getByText("Nomor HP atau kata sandi salah").count())
      .toBeGreaterThan(0);
  });
});

describe("staff process a request at the desk", () => {
  const phone = "0812 7300 3003";
  const suitePage = pageForSuite({
    javaScript: false,
    prepare: async (page) => {
      await signUp(page, baseUrl, { name: "Mbah Tanpa Ponsel", phone, password: PASSWORD });
      await page.context().clearCookies();
      await loginAs(page, baseUrl, "081200000004");
    },
  });

  it("finds the person by phone, downloads with a reason, erases, and the audit log says so", async () => {
    const page = suitePage();
    await openMenu(page);
    await page.getByRole("link", { name: "Data pribadi" }).first().click();
    await page.getByLabel("Nomor HP").fill(phone);
    await page.getByRole("main").getByRole("button", { name: "Cari" }).click();
    await expect.poll(() => h1(page)).toBe("Permintaan data pribadi");
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toContain(
      "Mbah Tanpa Ponsel",
    );
    await expectAccessible(page, { javaScript: false });

    await page
      .getByLabel("Alasan dan cara permintaan diajukan")
      .first()
      .fill("Datang ke balai desa Kemiren dengan KTP");
    const files = await downloadedZip(page, () =>
      page.getByRole("button", { name: "Unduh data (ZIP)" }).click(),
    );
    expect(files["data.json"]).toContain("Mbah Tanpa Ponsel");

    await page
      .getByLabel("Alasan dan cara permintaan diajukan")
      .last()
      .fill("Minta dihapus di balai desa, KTP diperiksa");
    await page.getByLabel(/Orang ini meminta akunnya dihapus/).check();
    await page.getByRole("button", { name: "Hapus akun ini" }).click();
    await page.waitForURL(/\/staf\/data-pribadi$/);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Akun sudah dihapus");

    await page.goto(`${baseUrl}/staf/audit?tindakan=privacy.erase`);
    const log = (await page.getByRole("main").textContent()) ?? "";
    expect(log).toContain("privacy.erase");
    expect(log).not.toContain("Mbah Tanpa Ponsel");
  });
});
