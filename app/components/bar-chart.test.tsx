import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatRupiah } from "~/modules/money/money";
import { formatMonth } from "~/utils/format";
import { BarChart, niceTicks } from "./bar-chart";

const months = ["2025-11", "2025-12", "2026-01", "2026-02"];
const values = [1_250_000, 0, 3_400_000, 2_000_000];

function render(locale: "id" | "en") {
  return renderToStaticMarkup(
    <BarChart
      id="gmv"
      title="Nilai transaksi per bulan"
      summary="Tertinggi Rp3.400.000 pada Januari 2026."
      bars={months.map((month, i) => ({
        key: month,
        label: formatMonth(locale, month, "name"),
        longLabel: formatMonth(locale, month),
        group: month.slice(0, 4),
        value: values[i]!,
      }))}
      format={formatRupiah}
      texts={{ showTable: "Tampilkan tabel", category: "Bulan", value: "Nilai transaksi" }}
    />,
  );
}

const texts = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[1]);

describe("bar chart", () => {
  it("labels the value axis with round, formatted gridlines from zero past the highest bar", () => {
    const html = render("id");
    const axis = html.slice(
      html.indexOf('data-axis="value"'),
      html.indexOf('data-axis="category"'),
    );
    expect(texts(axis, /<text[^>]*>([^<]*)<\/text>/g)).toEqual([
      "Rp0",
      "Rp1.000.000",
      "Rp2.000.000",
      "Rp3.000.000",
      "Rp4.000.000",
    ]);
  });

  it("names the months under the bars in the reader's language, with the year where it changes", () => {
    const id = render("id");
    const category = (html: string) =>
      texts(html.slice(html.indexOf('data-axis="category"')), /<text[^>]*>([^<]*)<\/text>/g);
    expect(category(id)).toEqual(["Nov", "2025", "Des", "Jan", "2026", "Feb"]);
    expect(category(render("en"))).toEqual(["Nov", "2025", "Dec", "Jan", "2026", "Feb"]);
  });

  it("is an image with a summary, and keeps every value in a table behind a toggle", () => {
    const html = render("id");
    expect(html).toContain(
      'role="img" aria-label="Nilai transaksi per bulan. Tertinggi Rp3.400.000 pada Januari 2026."',
    );
    const details = html.slice(html.indexOf("<details>"), html.indexOf("</details>"));
    expect(details).toContain("<summary");
    expect(details).toContain(">Tampilkan tabel</summary>");
    expect(details).toContain("<caption");
    expect(texts(details, /<th scope="col"[^>]*>([^<]*)<\/th>/g)).toEqual([
      "Bulan",
      "Nilai transaksi",
    ]);
    expect(texts(details, /<th scope="row"[^>]*>([^<]*)<\/th>/g)).toEqual([
      "November 2025",
      "Desember 2025",
      "Januari 2026",
      "Februari 2026",
    ]);
    expect(texts(details, /<td[^>]*>([^<]*)<\/td>/g)).toEqual([
      "Rp1.250.000",
      "Rp0",
      "Rp3.400.000",
      "Rp2.000.000",
    ]);
  });

  it("picks gridline steps of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceTicks(3_400_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
