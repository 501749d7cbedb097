import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import {
  formatLabelWeight,
  renderShippingLabel,
  renderShippingLabels,
  type ShippingLabel,
} from "./label.server";

const A6 = { width: (105 * 72) / 25.4, height: (148 * 72) / 25.4 };

function sample(overrides: Partial<ShippingLabel> = {}): ShippingLabel {
  return {
    orderCode: "PK-2612-0042",
    createdAt: new Date("2026-12-05T03:20:00Z"),
    sender: {
      name: "Kopi Lereng Ijen",
      phone: "081234567890",
      address: "Jl. Kopi No. 7, RT 02/RW 01",
      regionLine: "Kemiren, Glagah, Kab. Banyuwangi, Jawa Timur",
      postalCode: "68432",
    },
    receiver: {
      name: "Siti Rahmawati",
      phone: "085711223344",
      address: "Perum Griya Asri Blok C-12, Jl. Melati Raya",
      regionLine: "Sumbersari, Sumbersari, Kab. Jember, Jawa Timur",
      postalCode: "68121",
    },
    items: [
      { name: "Kopi bubuk robusta 250 g", quantity: 2 },
      { name: "Gula aren cair 500 ml", quantity: 1 },
    ],
    weightGrams: 800,
    codAmount: 125_000,
    courier: { name: "JNE", service: "REG", waybill: "JB0012345678" },
    shippingMethodLabel: "Kurir JNE Reguler",
    ...overrides,
  };
}

/** The text of each page, as a courier's PDF reader would extract it. */
function pagesText(pdf: Buffer): string[] {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  try {
    const texts: string[] = [];
    for (let i = 0; i < document.countPages(); i++) {
      const page = document.loadPage(i);
      const [x0, y0, x1, y1] = page.getBounds();
      expect(x1 - x0).toBeCloseTo(A6.width, 0);
      expect(y1 - y0).toBeCloseTo(A6.height, 0);
      texts.push(page.toStructuredText("preserve-whitespace").asText());
    }
    return texts;
  } finally {
    document.destroy();
  }
}

describe("renderShippingLabel", () => {
  it("prints a COD label with the amount to collect and the receiver", async () => {
    const [text, ...rest] = pagesText(await renderShippingLabel(sample()));
    expect(rest).toHaveLength(0);
    expect(text).toContain("PK-2612-0042");
    expect(text).toContain("Rp125.000");
    expect(text).toContain("COD — TAGIH KE PENERIMA");
    expect(text).toContain("Siti Rahmawati");
    expect(text).toContain("085711223344");
    expect(text).toContain("JB0012345678");
    expect(text).toContain("JNE REG");
    expect(text).toContain("0,8 kg");
    expect(text).toContain("68121");
    expect(text).toContain("Kopi Lereng Ijen");
    expect(text).toContain("2 x Kopi bubuk robusta 250 g");
  });

  it("marks a prepaid label NON-COD, with nothing to collect", async () => {
    const [text] = pagesText(await renderShippingLabel(sample({ codAmount: 0 })));
    expect(text).toContain("NON-COD (sudah dibayar)");
    expect(text).not.toContain("TAGIH");
    expect(text).not.toContain("Rp");
  });

  it("prints a label without a courier or a waybill under its shipping method", async () => {
    const [text] = pagesText(
      await renderShippingLabel(
        sample({ courier: undefined, shippingMethodLabel: "Ambil di balai desa" }),
      ),
    );
    expect(text).toContain("Ambil di balai desa");
    expect(text).not.toContain("Resi");
  });

  it("prints a batch one label a page, each with its own order code", async () => {
    const codes = ["PK-2612-0001", "PK-2612-0002", "PK-2612-0003"];
    const texts = pagesText(
      await renderShippingLabels(codes.map((orderCode) => sample({ orderCode }))),
    );
    expect(texts).toHaveLength(3);
    texts.forEach((text, i) => {
      expect(text).toContain(codes[i]);
      for (const other of codes.filter((_, j) => j !== i)) expect(text).not.toContain(other);
    });
  });

  it("keeps a label with 40 long-named items and long addresses on one page", async () => {
    const long = "Keripik singkong pedas manis khas desa ".repeat(12);
    const pdf = await renderShippingLabel(
      sample({
        items: Array.from({ length: 40 }, (_, i) => ({ name: `${long}${i}`, quantity: i + 1 })),
        receiver: { ...sample().receiver, address: "Gang ".repeat(200), name: "N".repeat(300) },
        sender: { ...sample().sender, address: "Dusun ".repeat(200) },
        note: "Titip ke warung sebelah kalau rumah kosong. ".repeat(20),
      }),
    );
    const texts = pagesText(pdf);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/\+\d+ barang lain/);
    expect(texts[0]).toContain("Rp125.000");
    expect(texts[0]).toContain("0,8 kg");
  });

  it("prints characters outside the standard fonts as ? instead of failing", async () => {
    const [text] = pagesText(
      await renderShippingLabel(
        sample({
          orderCode: "PK-2612-ÄŁ9",
          receiver: { ...sample().receiver, name: "Dewi 🌸 李 Ayu" },
          items: [{ name: "Batik tulis ✓ motif gajah oling", quantity: 1 }],
          courier: { name: "SiCepat", service: "BEST", waybill: "ĦX-001" },
        }),
      ),
    );
    expect(text).toContain("Dewi ? ? Ayu");
    expect(text).toContain("Batik tulis ? motif gajah oling");
    expect(text).toContain("?X-001");
  });
});

describe("formatLabelWeight", () => {
  it("writes kilograms with one decimal, the Indonesian way", () => {
    expect(formatLabelWeight(800)).toBe("0,8 kg");
    expect(formatLabelWeight(2000)).toBe("2,0 kg");
    expect(formatLabelWeight(1250)).toBe("1,3 kg");
  });
});
