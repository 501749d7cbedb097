import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { h1, loginAs, logout } from "./helpers";

const baseUrl = inject("baseUrl");

async function phonePhoto(): Promise<Buffer> {
  return sharp({
    create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 60, b: 30 } },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="1600" height="1200"><rect x="500" y="300" width="600" height="600" fill="#e9d8a6"/></svg>',
        ),
      },
    ])
    .jpeg({ quality: 85 })
    .withExif({
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "8/1 13/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "114/1 22/1 0/1",
      },
    })
    .toBuffer();
}

describe.each([
  {
    name: "with JavaScript",
    javaScript: true,
    phone: "0812 7000 1001",
    shop: "Kopi Uji Mbak Rara",
  },
  {
    name: "without JavaScript",
    javaScript: false,
    phone: "0812 7000 2002",
    shop: "Kopi Uji Mas Bayu",
  },
])("becoming a seller $name", ({ javaScript, phone, shop }) => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await openBrowser({ javaScript }));
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
    await closeAuditor();
  });

  it("signs up, applies, lists a product with a photo, is approved, and sells publicly", async () => {
    // Sign up with a local 0812 number.
    await page.goto(`${baseUrl}/daftar`);
    await expectAccessible(page, { javaScript });
    await page.getByLabel("Nama lengkap").fill("Rara Pembuat Kopi");
    await page.getByLabel("Nomor HP (WhatsApp)").fill(phone);
    await page.getByLabel("Kata sandi").fill("kopi-kemiren-2026");
    await page.getByRole("main").getByRole("button", { name: "Daftar" }).click();
    await page.waitForURL(/\/akun$/);

    // Apply as a seller in Desa Kemiren.
    await page.getByRole("link", { name: "Daftarkan usaha (jadi penjual)" }).click();
    await page.waitForURL(/\/jual\/daftar$/);
    await page.getByLabel("Nama usaha").fill(shop);
    await page.getByLabel("Desa/kelurahan").selectOption("35.10.15.2004");
    await page.getByLabel("Sektor").selectOption("KULINER");
    await page.getByLabel("Nomor WhatsApp usaha").fill(phone);
    await page.getByLabel("NIB (13 angka)").fill("123"); // a mistake first
    await page.getByRole("button", { name: "Kirim pendaftaran" }).click();
    await expect.poll(() => page.getByText("NIB terdiri dari 13 angka").count()).toBe(1);
    await expect.poll(() => page.getByLabel("Nama usaha").inputValue()).toBe(shop); // nothing lost
    await expectAccessible(page, { javaScript });
    await page.getByLabel("NIB (13 angka)").fill("9120001234567");
    await page.getByRole("button", { name: "Kirim pendaftaran" }).click();
    await page.waitForURL(/\/kelola\/[^/]+$/);
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("menunggu verifikasi");
    const manageUrl = page.url();

    // List a product.
    await page.getByRole("link", { name: "Tambah produk" }).click();
    await page.waitForURL(/\/produk\/baru$/);
    const title = `${shop} Robusta Sangrai`;
    await page.getByLabel("Nama produk").fill(title);
    await page.getByLabel("Kategori").selectOption({ label: "Kopi" });
    await page
      .getByLabel("Deskripsi")
      .fill("Kopi robusta dari kebun Kemiren, disangrai dengan kayu.");
    await page.getByLabel("Berat kirim (gram)").fill("250");
    await page.getByLabel("Tercakup sertifikat halal toko").check();
    const first = page.getByRole("group", { name: "Varian 1" });
    await first.getByLabel("Nama varian").fill("250 g");
    await first.getByLabel("Harga (Rp)").fill("32000");
    await first.getByLabel("Stok").fill("12");
    await page.getByRole("button", { name: "Tambah varian" }).click();
    const second = page.getByRole("group", { name: "Varian 2" });
    await second.getByLabel("Nama varian").fill("500 g");
    await second.getByLabel("Harga (Rp)").fill("60000");
    await second.getByLabel("Stok").fill("5");
    // The first photo comes with the product: without one it could not go live.
    await page.getByLabel("Pilih foto").setInputFiles({
      name: "IMG_20261122.jpg",
      mimeType: "image/jpeg",
      buffer: await phonePhoto(),
    });
    await page.getByRole("button", { name: "Simpan produk" }).click();
    await page.waitForURL(/\/produk\/(?!baru)[^/?]+$/);
    await expect.poll(() => page.getByText("Produk tersimpan.").count()).toBe(1);
    await expectAccessible(page, { javaScript });
    // The message shows once: a reload does not repeat it.
    await page.reload();
    await expect.poll(() => page.getByLabel("Nama produk").count()).toBe(1);
    expect(await page.getByText("Produk tersimpan.").count()).toBe(0);

    // Add another real photo (with GPS in its EXIF).
    await page.getByLabel("Pilih foto").setInputFiles({
      name: "IMG_20261123.jpg",
      mimeType: "image/jpeg",
      buffer: await phonePhoto(),
    });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect.poll(() => page.getByText("Foto tersimpan.").count()).toBe(1);
    await expect.poll(() => page.getByLabel("Keterangan foto 1").inputValue()).toBe(title);
    expect(await page.getByLabel("Keterangan foto 2").inputValue()).toBe(title);
    // One photo is enough for now: the second goes again.
    await page.getByRole("button", { name: "Hapus foto 2" }).click();
    await expect.poll(() => page.getByLabel("Keterangan foto 2").count()).toBe(0);

    // A bad file is refused with a message, and the page keeps working.
    await page.getByLabel("Pilih foto").setInputFiles({
      name: "logo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
    });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/SVG|bukan foto/);
    // An 11 MB file is cut off while it streams in.
    await page.getByLabel("Pilih foto").setInputFiles({
      name: "besar.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.alloc(11 * 1024 * 1024, 0xff),
    });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Foto maksimal 10 MB");

    // Not public yet: the shop is unverified.
    const hidden = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(title)}`).then((r) =>
      r.json(),
    );
    expect(hidden.hits.map((h: { title: string }) => h.title)).not.toContain(title);
    await logout(page, baseUrl);

    // Staff approve it.
    await loginAs(page, baseUrl, "081200000004");
    await page.goto(`${baseUrl}/staf/verifikasi`);
    await page.getByRole("link", { name: `Periksa ${shop}` }).click();
    await page.waitForURL(/\/staf\/verifikasi\/.+/);
    await expectAccessible(page, { javaScript });
    // A typed NIB without its scan cannot be verified: staff see why, and approve the shop.
    await expect.poll(() => page.getByText("9120001234567").count()).toBe(1);
    await expect.poll(() => page.getByText("Tanpa pindaian").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Verifikasi NIB" }).count()).toBe(0);
    await page.getByRole("button", { name: "Setujui UMKM" }).click();
    await page.waitForURL(/\/staf\/verifikasi$/);
    await expect.poll(() => page.getByRole("link", { name: `Periksa ${shop}` }).count()).toBe(0);
    await logout(page, baseUrl);

    // The product is public, with its photo, and in search.
    await expect
      .poll(
        async () =>
          (
            await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(title)}`).then((r) =>
              r.json(),
            )
          ).total,
        {
          timeout: 5_000,
        },
      )
      .toBe(1);
    await page.goto(`${baseUrl}/cari?q=${encodeURIComponent(`${shop} robsta`)}`);
    await page
      .getByRole("region", { name: "Hasil pencarian" })
      .getByRole("link", { name: new RegExp(title) })
      .first()
      .click();
    await page.waitForURL(/\/produk\//);
    await expect.poll(() => h1(page)).toBe(title);
    // Under the title (and, on a phone without JavaScript, in the add-to-cart bar too).
    expect(await page.getByText("Rp32.000 – Rp60.000").first().isVisible()).toBe(true);
    // No NIB badge until a scan of it is verified.
    expect(
      await page
        .getByRole("list", { name: "Legalitas" })
        .getByText("NIB", { exact: false })
        .count(),
    ).toBe(0);
    const src = await page.getByRole("img", { name: title }).first().getAttribute("src");
    expect(src).toMatch(/^\/images\/[a-f0-9]{32}-\d+\.jpeg$/);
    const served = Buffer.from(await (await fetch(`${baseUrl}${src}`)).arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
    await expectAccessible(page, { javaScript });
    expect(manageUrl).toMatch(/\/kelola\//);
  });
});

describe("operators list for sellers of their own desa only", () => {
  it("registers a seller and a product in Kemiren; Olehsari's operator gets 404 there", async () => {
    const { context, close } = await openBrowser({ javaScript: true });
    const page = await context.newPage();
    try {
      await loginAs(page, baseUrl, "081200000003");
      await page.goto(`${baseUrl}/operator`);
      await page.getByRole("link", { name: "Daftarkan UMKM baru" }).click();
      await page.getByLabel("Nama pemilik usaha").fill("Mbah Sarmi");
      await page.getByLabel("Nomor HP pemilik").fill("0813 4444 0101");
      await page.getByLabel("Nama usaha").fill("Jajan Pasar Mbah Sarmi");
      await page.getByLabel("Sektor").selectOption("KULINER");
      await page.getByLabel("Nomor WhatsApp usaha").fill("0813 4444 0101");
      await page.getByRole("button", { name: "Daftarkan UMKM" }).click();
      await page.waitForURL(/\/kelola\/[^/]+$/);
      const manageUrl = page.url();
      await page.getByRole("link", { name: "Tambah produk" }).click();
      await page.getByLabel("Nama produk").fill("Kue Kucur Gula Aren");
      await page.getByLabel("Kategori").selectOption({ index: 1 });
      const first = page.getByRole("group", { name: "Varian 1" });
      await first.getByLabel("Nama varian").fill("Isi 10");
      await first.getByLabel("Harga (Rp)").fill("15000");
      await first.getByLabel("Stok").fill("20");
      // No photo yet: saved as a draft.
      await page.getByLabel("Status").selectOption("DRAFT");
      await page.getByRole("button", { name: "Simpan produk" }).click();
      await page.waitForURL(/\/produk\/(?!baru)[^/?]+$/);
      const editorUrl = page.url().replace(/\?.*$/, "");
      await logout(page, baseUrl);

      await loginAs(page, baseUrl, "081200000006");
      for (const url of [manageUrl, editorUrl, `${manageUrl}/produk/baru`]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(404);
      }
      // A forged save from the wrong operator is refused too.
      const forged = await page.evaluate(async (target) => {
        const body = new URLSearchParams({
          intent: "save",
          title: "Dibajak",
          categoryId: "x",
          status: "ACTIVE",
          "variants[0].name": "a",
          "variants[0].price": "1000",
          "variants[0].stock": "1",
        });
        return (await fetch(target, { method: "POST", body })).status;
      }, editorUrl);
      expect(forged).toBe(404);
    } finally {
      await close();
    }
  });
});
