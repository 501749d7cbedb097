import PDFDocument from "pdfkit";
import sharp from "sharp";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeAuditor, expectAccessible, openBrowser } from "./browser";
import { loginAs, logout } from "./helpers";

const baseUrl = inject("baseUrl");
const DEMO_SHOP = "slr_000000";
const OPERATOR = "081200000003";
const STAFF = "081200000004";

async function certificatePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.fontSize(26).text("SERTIFIKAT HALAL", 60, 100).fontSize(16).text("ID35110000991234");
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function nibPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 700, channels: 3, background: "#f7f3ea" } })
    .jpeg()
    .toBuffer();
}

/** The legality badges on a product page, as a buyer reads them. */
async function badgesOn(page: Page, productUrl: string): Promise<string[]> {
  await page.goto(productUrl);
  const list = page.getByRole("list", { name: "Legalitas" });
  if ((await list.count()) === 0) return [];
  // Each badge reads "✓ NIB: what it means".
  return (await list.getByRole("listitem").allTextContents()).map((t) =>
    t.replace(/^\W*/, "").replace(/:.*$/s, ""),
  );
}

describe.each([
  {
    name: "with JavaScript",
    javaScript: true,
    document: "Sertifikat halal",
    short: "Halal",
    number: "ID35110000991234",
    file: { name: "sertifikat-halal.pdf", mimeType: "application/pdf", make: certificatePdf },
  },
  {
    name: "without JavaScript",
    javaScript: false,
    document: "NIB (Nomor Induk Berusaha)",
    short: "NIB",
    number: "9120001234567",
    file: { name: "nib.jpg", mimeType: "image/jpeg", make: nibPhoto },
  },
])("legality documents $name", ({ javaScript, document, short, number, file }) => {
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

  it("an operator uploads a scan, staff verify it beside the scan, and the badge follows", async () => {
    await loginAs(page, baseUrl, OPERATOR);
    await page.goto(`${baseUrl}/kelola/${DEMO_SHOP}`);
    await page.getByRole("link", { name: "Legalitas", exact: true }).click();
    await page.waitForURL(/\/legalitas$/);
    await expectAccessible(page, { javaScript });

    const card = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: document }),
    });
    const details = card.locator("details");
    if ((await details.getAttribute("open")) === null) await card.locator("summary").click();
    await card.getByLabel("Nomor dokumen").fill(number);
    await card.locator('input[type="file"]').setInputFiles({
      name: file.name,
      mimeType: file.mimeType,
      buffer: await file.make(),
    });
    await card.getByRole("button", { name: "Simpan dan kirim ke staf" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Dokumen tersimpan");
    await expect.poll(() => card.getByText("Menunggu pemeriksaan staf").count()).toBe(1);

    // Two of the shop's products: one the halal certificate covers, one it does not.
    const boxes = page.getByRole("checkbox");
    const covered = ((await boxes.nth(0).locator("xpath=..").textContent()) ?? "").trim();
    const uncovered = ((await boxes.nth(1).locator("xpath=..").textContent()) ?? "").trim();
    await boxes.nth(0).check();
    await boxes.nth(1).uncheck();
    await page.getByRole("button", { name: "Simpan cakupan" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Cakupan sertifikat halal tersimpan");

    // Waiting for staff: the badge is gone from the shop's products.
    await page.goto(`${baseUrl}/toko/kopi-osing-mbok-sum`);
    const productUrl = async (title: string) =>
      `${baseUrl}${await page.getByRole("link", { name: title }).first().getAttribute("href")}`;
    const coveredUrl = await productUrl(covered);
    const uncoveredUrl = await productUrl(uncovered);
    expect(await badgesOn(page, coveredUrl)).not.toContain(short);

    // Staff find it in the queue and look at the scan before deciding.
    await logout(page, baseUrl);
    await loginAs(page, baseUrl, STAFF);
    await page.goto(`${baseUrl}/staf/verifikasi`);
    await page
      .getByRole("link", { name: new RegExp(`Periksa ${short} Kopi Osing Mbok Sum`) })
      .click();
    await page.waitForURL(new RegExp(`/staf/verifikasi/${DEMO_SHOP}`));
    const review = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: document }),
    });
    const scan = review.getByRole("img", { name: `Pratinjau pindaian ${short}` });
    await expect
      .poll(() => scan.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(500);
    await expectAccessible(page, { javaScript });
    // Deciding without confirming is refused and says why.
    await review.getByRole("button", { name: `Verifikasi ${short}` }).click();
    await expect
      .poll(() => page.getByText("Centang bahwa nomor, nama dan tanggal").count())
      .toBeGreaterThan(0);
    const again = page.getByRole("listitem").filter({
      has: page.getByRole("heading", { name: document }),
    });
    await again.getByRole("checkbox").check();
    await again.getByRole("button", { name: `Verifikasi ${short}` }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain(`${short} diverifikasi.`);

    // The badge is back, and Halal only where the certificate covers the product.
    await expect.poll(() => badgesOn(page, coveredUrl)).toContain(short);
    if (short === "Halal") expect(await badgesOn(page, uncoveredUrl)).not.toContain("Halal");
    await logout(page, baseUrl);
  });
});
