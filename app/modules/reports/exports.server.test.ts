import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableStream } from "./exports.server";

async function* rowsOf(rows: (string | number)[][], failAfter?: number) {
  for (const [i, row] of rows.entries()) {
    if (i === failAfter) throw new Error("database gone");
    yield row;
  }
}

async function bytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const rows = Array.from({ length: 1200 }, (_, i) => [`35.10.${i}`, `Desa, "${i}"`, i * 1000]);

describe("table exports", () => {
  it("write CSV with a BOM, the header and every row, quoting where needed", async () => {
    const text = (
      await bytes(tableStream("csv", "Wilayah", ["kode", "nama", "gmv"], rowsOf(rows)))
    ).toString("utf8");
    expect(text.startsWith("\uFEFFkode,nama,gmv\n")).toBe(true);
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(1201);
    expect(lines[1]).toBe('35.10.0,"Desa, ""0""",0');
  });

  it("write an XLSX workbook a spreadsheet library reads back", async () => {
    const file = await bytes(tableStream("xlsx", "Wilayah", ["kode", "nama", "gmv"], rowsOf(rows)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Wilayah")!;
    expect(sheet.rowCount).toBe(1201);
    expect(sheet.getRow(1201).values).toEqual([undefined, "35.10.1199", 'Desa, "1199"', 1_199_000]);
  });

  it("end the download with an error when reading fails midway, not with a short file", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      await expect(
        bytes(tableStream(format, "Wilayah", ["kode", "nama", "gmv"], rowsOf(rows, 600))),
      ).rejects.toThrow("database gone");
    }
  });
});
