import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./catalog-data";
import { productArtSvg, wrapTitle } from "./product-art";
import { SCENES } from "./product-art-scenes";

const drawingOf = (svg: string) => svg.replace(/<title>.*?<\/title>|<text[^>]*>.*?<\/text>/g, "");

describe("product pictures", () => {
  it("draw each category as its own illustration", () => {
    const drawings = CATEGORIES.map((c) => {
      expect(SCENES[c.slug], c.slug).toBeDefined();
      return drawingOf(
        productArtSvg({ category: c.slug, title: "Produk Uji", palette: c.palette, seed: 3 }),
      );
    });
    expect(new Set(drawings).size).toBe(CATEGORIES.length);
  });

  it("print the product's name on the pack, escaped", async () => {
    const kopi = CATEGORIES.find((c) => c.slug === "kopi")!;
    const title = `Kopi "Mbok Sum" <Lanang> & Robusta`;
    const svg = productArtSvg({ category: "kopi", title, palette: kopi.palette, seed: 1 });

    expect(svg).toContain("<title>Kopi &quot;Mbok Sum&quot; &lt;Lanang&gt; &amp; Robusta</title>");
    expect(svg).not.toContain("<Lanang>");
    const printed = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]);
    expect(printed).toEqual(["Kopi &quot;Mbok Sum&quot;", "&lt;Lanang&gt; &amp; Robusta"]);
    // sharp can read it: the escaping keeps the SVG well-formed.
    const { width } = await sharp(Buffer.from(svg)).metadata();
    expect(width).toBe(800);
  });

  it("vary colours between products of one category, and the second shot from the first", () => {
    const batik = CATEGORIES.find((c) => c.slug === "batik")!;
    const draw = (seed: number, shot: 0 | 1 = 0) =>
      productArtSvg({ category: "batik", title: "Kain", palette: batik.palette, seed, shot });
    expect(draw(0)).not.toBe(draw(1));
    expect(draw(0)).not.toBe(draw(0, 1));
    expect(draw(5)).toBe(draw(5));
  });
});

describe("wrapTitle", () => {
  it("keeps a short name on one line and splits a long one evenly", () => {
    expect(wrapTitle("Madu Randu", 20)).toEqual(["Madu Randu"]);
    expect(wrapTitle("Gula Aren Cair", 20)).toEqual(["Gula Aren", "Cair"]);
    expect(wrapTitle("Kopi Lanang Robusta Gombengsari", 20)).toEqual([
      "Kopi Lanang Robusta",
      "Gombengsari",
    ]);
  });

  it("ends what does not fit in two lines with an ellipsis", () => {
    expect(wrapTitle("Kemeja Batik Cap Gajah Oling Lengan Pendek", 20)).toEqual([
      "Kemeja Batik Cap",
      "Gajah Oling Lengan…",
    ]);
  });
});
