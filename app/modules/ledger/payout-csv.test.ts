import { describe, expect, it } from "vitest";
import { csvText, payoutBatchCsv } from "./payout-csv";

describe("payoutBatchCsv", () => {
  it("writes a header and one row per line, quoting and guarding text", () => {
    const csv = payoutBatchCsv({
      code: "PKB-261205-7QX4",
      lines: [
        {
          bankAccountNumber: "0123456789",
          bankAccountName: "Siti, Aminah",
          bankName: "BRI",
          amount: 1_250_000,
          email: null,
          phone: "+6281234567890",
        },
        {
          bankAccountNumber: "987654321",
          bankAccountName: '=HYPERLINK("x")',
          bankName: 'Bank "Desa"',
          amount: 15_000,
          email: "@pemilik@contoh.id",
          phone: null,
        },
      ],
    });
    expect(csv).toBe(
      "nomor_rekening_tujuan,nama_pemilik_rekening,nama_bank,jumlah,berita,email,telepon\r\n" +
        '0123456789,"Siti, Aminah",BRI,1250000,PKB-261205-7QX4 Pasar Kampung,,6281234567890\r\n' +
        '987654321,"\'=HYPERLINK(""x"")","Bank ""Desa""",15000,PKB-261205-7QX4 Pasar Kampung,\'@pemilik@contoh.id,\r\n',
    );
  });

  it("leaves ordinary text alone", () => {
    expect(csvText("Budi")).toBe("Budi");
    expect(csvText("-5")).toBe("'-5");
    expect(csvText(null)).toBe("");
  });
});
