import { describe, expect, it } from "vitest";
import { createTranslator, getLocaleFromCookieHeader } from "./i18n";

describe("i18n", () => {
  it("defaults to Bahasa Indonesia and reads the lang cookie", () => {
    expect(getLocaleFromCookieHeader(null)).toBe("id");
    expect(getLocaleFromCookieHeader("theme=dark; lang=en")).toBe("en");
    expect(getLocaleFromCookieHeader("lang=fr")).toBe("id");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator("id");
    expect(t("category.count", { count: "1.234" })).toBe("1.234 produk");
    expect(t("product.from", { desa: "Kemiren" })).toBe("dari Kemiren, Kec. {kecamatan}");
    expect(createTranslator("en")("category.count", { count: 3 })).toBe("3 products");
  });
});
