import { stringify } from "csv-stringify/sync";

/** One transfer of a batch, as the bank receives it. */
export interface PayoutCsvLine {
  bankAccountNumber: string;
  bankAccountName: string;
  bankName: string;
  /** Integer rupiah. */
  amount: number;
  email: string | null;
  phone: string | null;
}

/**
 * The header of the generic bulk-transfer file. Each bank's business portal has its own upload
 * template; this layout carries every field those templates ask for, so staff can map it
 * (or paste its columns) into the one their bank uses.
 */
export const PAYOUT_CSV_HEADER = [
  "nomor_rekening_tujuan",
  "nama_pemilik_rekening",
  "nama_bank",
  "jumlah",
  "berita",
  "email",
  "telepon",
] as const;

// A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a cell: a leading formula character is neutralised with an apostrophe. */
export function csvText(value: string | null): string {
  if (!value) return "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The remark (berita) of each transfer: the batch's reference, short enough for any bank. */
export function payoutRemark(batchCode: string): string {
  return `${batchCode} Pasar Kampung`;
}

/**
 * A batch as a bulk-transfer CSV: a header, one row per seller, CRLF line ends (what Windows
 * bank tools expect), amounts as plain integers (no thousands separator, no "Rp"), fields with
 * a comma, quote or line break quoted.
 */
export function payoutBatchCsv(batch: { code: string; lines: PayoutCsvLine[] }): string {
  const remark = csvText(payoutRemark(batch.code));
  return stringify(
    batch.lines.map((line) => [
      csvText(line.bankAccountNumber),
      csvText(line.bankAccountName),
      csvText(line.bankName),
      String(Math.trunc(line.amount)),
      remark,
      csvText(line.email),
      // Digits only (62…): a leading + would read as a formula and be guarded.
      csvText(line.phone?.replace(/^\+/, "") ?? null),
    ]),
    { header: true, columns: [...PAYOUT_CSV_HEADER], record_delimiter: "windows" },
  );
}
