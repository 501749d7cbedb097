import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportHeaders, REGION_COLUMNS, tableStream, type ExportCell } from "./exports.server";

async function* rowsOf(rows: ExportCell[][], failAfter?: number) {
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

const columns = [
  { header: "Kode", kind: "text" },
  { header: "Nama", kind: "text" },
  { header: "GMV", kind: "rupiah" },
] as const;

const rows = Array.from({ length: 1200 }, (_, i) => [`35.10.${i}`, `Desa, "${i}"`, i * 1000]);

describe("table exports", () => {
  it("write CSV with a BOM, the header and every row, quoting where needed", async () => {
    const text = (await bytes(tableStream("csv", "Wilayah", columns, rowsOf(rows)))).toString(
      "utf8",
    );
    expect(text.startsWith("\uFEFFKode,Nama,GMV\n")).toBe(true);
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(1201);
    expect(lines[1]).toBe('35.10.0,"Desa, ""0""",0');
  });

  it("write an XLSX workbook a spreadsheet library reads back", async () => {
    const file = await bytes(tableStream("xlsx", "Wilayah", columns, rowsOf(rows)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Wilayah")!;
    expect(sheet.rowCount).toBe(1201);
    expect(sheet.getRow(1201).values).toEqual([undefined, "35.10.1199", 'Desa, "1199"', 1_199_000]);
  });

  it("end the download with an error when reading fails midway, not with a short file", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      await expect(
        bytes(tableStream(format, "Wilayah", columns, rowsOf(rows, 600))),
      ).rejects.toThrow("database gone");
    }
  });

  it("write a spreadsheet people can read: headers in their language, frozen and bold, numbers formatted", async () => {
    const columns = exportHeaders(
      [
        REGION_COLUMNS[0]!,
        REGION_COLUMNS[6]!,
        REGION_COLUMNS[8]!,
        { header: "export.registeredOn", kind: "date" },
      ],
      "en",
    );
    const registered = new Date("2026-12-04T00:00:00Z");
    const file = await bytes(
      tableStream(
        "xlsx",
        "Regions",
        columns,
        rowsOf([
          ["35.10.01", 12_500_000, 0.155, registered],
          ["35.10.02", -3_000, 0, null],
        ]),
      ),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Regions")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined,
      "Region code",
      "GMV (Rp)",
      "Trained (% of registered)",
      "Registered on",
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(12_500_000);
    expect(row.getCell(2).numFmt).toBe('"Rp"#,##0');
    expect(row.getCell(3).value).toBe(0.155);
    expect(row.getCell(3).numFmt).toBe("0.0%");
    expect(row.getCell(4).value).toEqual(registered);
    expect(row.getCell(4).numFmt).toBe("d mmm yyyy");
    expect(sheet.getRow(3).getCell(2).value).toBe(-3_000);
    // Each column is at least as wide as its header.
    columns.forEach((c, i) => {
      expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(c.header.length);
    });
  });

  it("name the columns in Indonesian by default and keep CSV values plain", async () => {
    const columns = exportHeaders(
      [REGION_COLUMNS[6]!, REGION_COLUMNS[8]!, { header: "export.registeredOn", kind: "date" }],
      "id",
    );
    const text = (
      await bytes(
        tableStream(
          "csv",
          "Wilayah",
          columns,
          rowsOf([[12_500_000, 0.155, new Date("2026-12-04T00:00:00Z")]]),
        ),
      )
    ).toString("utf8");
    expect(text).toBe(
      "\uFEFFNilai transaksi (Rp),Terlatih (% dari terdaftar),Tanggal daftar\n12500000,0.155,2026-12-04\n",
    );
  });
});
