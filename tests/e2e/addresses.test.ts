import { describe, expect, inject, it } from "vitest";
import { expectAccessible, pageForSuite } from "./browser";
import { h1, pickRegion, signUp } from "./helpers";

const baseUrl = inject("baseUrl");
const PASSWORD = "rahasia-alamat-1";

describe.each([
  { name: "without JavaScript", javaScript: false, phone: "0812 7400 2002" },
  { name: "with JavaScript", javaScript: true, phone: "0812 7400 1001" },
])("a buyer in Kota Surabaya $name", ({ javaScript, phone }) => {
  const suitePage = pageForSuite({ javaScript });

  it("saves an address through the region picker, finds it preselected at checkout, edits and deletes it", async () => {
    const page = suitePage();
    await signUp(page, baseUrl, {
      name: `Rina Surabaya ${javaScript ? "A" : "B"}`,
      phone,
      password: PASSWORD,
    });
    await page.getByRole("link", { name: "Buku alamat" }).click();
    await page.waitForURL(/\/akun\/alamat$/);
    await expect.poll(() => page.getByText("Belum ada alamat tersimpan.").count()).toBe(1);
    await page.getByRole("link", { name: "Tambah alamat" }).click();
    await page.waitForURL(/\/akun\/alamat\/baru$/);
    await expect.poll(() => h1(page)).toBe("Alamat baru");
    await expect
      .poll(() => page.getByRole("button", { name: "Lanjut" }).count())
      .toBe(javaScript ? 0 : 1);

    await page.getByLabel("Nama alamat (mis. Rumah, Kantor)").fill("Rumah");
    await page.getByLabel("Alamat lengkap").fill("Jl. Ketabang Kali 12, RT 03 RW 04");
    await pickRegion(
      page,
      { label: "Provinsi", name: "Jawa Timur", next: "Kabupaten/kota" },
      javaScript,
    );
    await pickRegion(
      page,
      { label: "Kabupaten/kota", name: "Kota Surabaya", next: "Kecamatan" },
      javaScript,
    );
    await pickRegion(
      page,
      { label: "Kecamatan", name: "Genteng", next: "Desa/kelurahan" },
      javaScript,
    );
    await pickRegion(page, { label: "Desa/kelurahan", name: "Ketabang", next: null }, javaScript);
    // What was typed before the steps is still there.
    expect(await page.getByLabel("Nama alamat (mis. Rumah, Kantor)").inputValue()).toBe("Rumah");
    await page.getByLabel("Kode pos (boleh kosong)").fill("6027");
    await expectAccessible(page, { javaScript });
    await page.getByRole("button", { name: "Simpan alamat" }).click();
    // A four-digit postal code is refused next to its field; the chosen desa stays chosen.
    await expect.poll(() => page.getByText("Kode pos 5 angka").count()).toBe(1);
    expect(await page.getByLabel("Desa/kelurahan", { exact: true }).inputValue()).toBe(
      "35.78.07.1004",
    );
    await page.getByLabel("Kode pos (boleh kosong)").fill("60272");
    await page.getByRole("button", { name: "Simpan alamat" }).click();
    await page.waitForURL(/\/akun\/alamat$/);
    await expect
      .poll(() => page.getByText("Ketabang, Genteng, Kota Surabaya, Jawa Timur 60272").count())
      .toBe(1);
    await expect.poll(() => page.getByText("Utama", { exact: true }).count()).toBe(1);
    await expectAccessible(page, { javaScript });

    // A product from Banyuwangi, then checkout: the saved address is already chosen.
    const response = await fetch(`${baseUrl}/api/search?desa=35.10.15.2004&inStock=true`);
    const { hits } = (await response.json()) as { hits: { slug: string }[] };
    await page.goto(`${baseUrl}/produk/${hits[0]!.slug}`);
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
    await page.waitForURL(/\/keranjang/);
    await page.goto(`${baseUrl}/checkout`);
    const saved = page.getByRole("radio", { name: /^Rumah \(Utama\)/ });
    expect(await saved.isChecked()).toBe(true);
    await expectAccessible(page, { javaScript });
    await page.getByRole("button", { name: "Buat pesanan" }).click();
    await page.waitForURL(/\/pesanan\/PK-[A-Z0-9]+$/);
    const orderUrl = page.url();
    await expect.poll(() => page.getByText(/Ketabang, Genteng, Kota Surabaya/).count()).toBe(1);

    // Edit: the picker opens on the saved desa; then delete, after a confirmation.
    await page.goto(`${baseUrl}/akun/alamat`);
    await page.getByRole("link", { name: "Ubah: Rumah" }).click();
    await page.waitForURL(/\/akun\/alamat\/[^/]+$/);
    expect(await page.getByLabel("Desa/kelurahan", { exact: true }).inputValue()).toBe(
      "35.78.07.1004",
    );
    await page.getByLabel("Nama alamat (mis. Rumah, Kantor)").fill("Rumah Ibu");
    await page.getByRole("button", { name: "Simpan alamat" }).click();
    await page.waitForURL(/\/akun\/alamat$/);
    await page.getByRole("link", { name: "Hapus: Rumah Ibu" }).click();
    await expect.poll(() => page.getByText(/Hapus alamat “Rumah Ibu”\?/).count()).toBe(1);
    await page.getByRole("button", { name: "Ya, hapus" }).click();
    await expect.poll(() => page.getByText("Belum ada alamat tersimpan.").count()).toBe(1);
    // The order keeps its own copy of the address.
    await page.goto(orderUrl);
    await expect.poll(() => page.getByText(/Ketabang, Genteng, Kota Surabaya/).count()).toBe(1);
  });
});

describe("the regions behind the dependent selects", () => {
  it("lists a region's children, the provinces without a parent, and refuses a bad code", async () => {
    const kecamatan = await fetch(`${baseUrl}/api/wilayah?induk=35.78`);
    expect(kecamatan.status).toBe(200);
    expect(kecamatan.headers.get("cache-control")).toContain("max-age=86400");
    const list = (await kecamatan.json()) as { code: string; name: string }[];
    expect(list).toHaveLength(31);
    expect(list).toContainEqual({ code: "35.78.07", name: "Genteng" });
    const provinces = (await (await fetch(`${baseUrl}/api/wilayah`)).json()) as unknown[];
    expect(provinces).toHaveLength(38);
    for (const bad of ["35.78.07.1004", "DROP TABLE", "3".repeat(500)]) {
      const refused = await fetch(`${baseUrl}/api/wilayah?induk=${encodeURIComponent(bad)}`);
      expect(refused.status).toBe(400);
    }
  });
});
