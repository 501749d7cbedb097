/**
 * Where each bank's mutasi rekening (account statement) CSV keeps its columns. Banks publish
 * no specification of these exports, so each layout below is reconstructed from public
 * material and says where it came from and what was assumed. Columns are found by their header
 * name, not their position, so a bank adding a column does not break the import; when the
 * header is not there the user is told which columns were expected.
 */
import { z } from "zod";
import { DATE_FORMATS, type DateFormat } from "./dates";

export type PresetId = "bca" | "bri" | "bni" | "mandiri";
export type LayoutId = PresetId | "generic";

/** The layouts an upload may name, in the order the form offers them. */
export const LAYOUT_IDS = ["bca", "bri", "bni", "mandiri", "generic"] as const satisfies LayoutId[];
export type Delimiter = "," | ";" | "\t";

/**
 * A column by its header text as the bank writes it (presets; compared without case, quotes or
 * extra spaces; "" is an unnamed column) or by its 1-based position (the generic mapping).
 */
export type ColumnRef =
  | { name: string; aliases?: readonly string[]; optional?: boolean }
  | { position: number; optional?: boolean };

/** Credit and debit in two columns, or one amount with its direction beside or inside it. */
export type AmountColumns =
  | { kind: "split"; credit: ColumnRef; debit: ColumnRef }
  | { kind: "single"; amount: ColumnRef; direction: ColumnRef | null };

export interface StatementLayout {
  id: LayoutId;
  /** Shown in the message when the header does not fit. */
  bank: string;
  /** Tried in order; the first one with which the header row is found wins. */
  delimiters: readonly Delimiter[];
  /**
   * "find": the header row is searched for (exports start with account lines of varying
   * length); "skip": the data starts after that many rows (the generic mapping).
   */
  header: { kind: "find" } | { kind: "skip"; rows: number };
  date: ColumnRef;
  /** Joined with a space; Mandiri splits its description over two columns. */
  description: readonly ColumnRef[];
  amount: AmountColumns;
  dateFormats: readonly DateFormat[];
  /** A date cell marking a line not yet booked (KlikBCA's "PEND"); such lines are skipped. */
  pending: RegExp | null;
  /** A first cell starting a summary line after the table ("Saldo Awal", totals). */
  trailer: RegExp | null;
  /** The statement period in the lines above the header; gives the year of "DD/MM" dates. */
  period: RegExp | null;
}

/**
 * KlikBCA Individual, Informasi Rekening → Mutasi Rekening → "Download" (CSV).
 * Sources: README of github.com/gustiarto/mutasi-klikbca (mutation page of KlikBCA
 * Individual), TODO_BANK_CSV_PARSER.md in github.com/ThePrime-Sushimas/suryamas ("PEND indicator
 * in date column", BCA Personal and BCA Bisnis), and test fixtures of several open-source
 * reconciliation tools found by searching code for "Tanggal Transaksi,Keterangan,Cabang,Jumlah".
 * They agree on: lines "No. rekening :", "Nama :", "Periode : DD/MM/YYYY - DD/MM/YYYY",
 * "Kode Mata Uang :" above the header; columns Tanggal Transaksi, Keterangan, Cabang, Jumlah,
 * Saldo; cells starting with an apostrophe ("'05/09"); dates without a year; "PEND" as the
 * date of today's unbooked lines; trailer lines Saldo Awal, Mutasi Kredit, Mutasi Debet,
 * Saldo Akhir. Some samples carry CR/DB in an unnamed column after Jumlah
 * ("Jumlah,,Saldo"), others as a suffix of the amount ("1,500,000.00 CR"): both are read.
 * Assumed: ";" as an alternative delimiter (Excel with Indonesian regional settings re-saves so).
 */
export const BCA_LAYOUT: StatementLayout = {
  id: "bca",
  bank: "BCA",
  delimiters: [",", ";"],
  header: { kind: "find" },
  date: { name: "Tanggal Transaksi", aliases: ["Tanggal", "Tgl"] },
  description: [{ name: "Keterangan" }],
  amount: { kind: "single", amount: { name: "Jumlah" }, direction: { name: "", optional: true } },
  dateFormats: ["DD/MM", "DD/MM/YYYY"],
  pending: /^PEND$/i,
  trailer: /^(saldo awal|saldo akhir|mutasi kredit|mutasi debet|mutasi debit)\b/i,
  period: /periode\s*:?\s*,?\s*'?(\d{1,2}\/\d{1,2}\/\d{4})\s*-\s*(\d{1,2}\/\d{1,2}\/\d{4})/i,
};

/**
 * BRI internet banking / CMS (QLola) account statement download, the "data export" CSV.
 * Sources: developers.bri.co.id "Prosedur Rekonsiliasi" (the account statement can be
 * downloaded from the CMS application; the remark carries the transfer's note), and the
 * header "ID,NOREK,TGL_TRAN,TGL_EFEKTIF,JAM_TRAN,SEQ,DESK_TRAN,SALDO_AWAL_MUTASI,MUTASI_DEBET,
 * MUTASI_KREDIT,SALDO_AKHIR_MUTASI,GLSIGN,TRUSER,KODE_TRAN,KODE_TRAN_TELLER,TRREMK,TLBDS1,TLBDS2,
 * REMARK_CUSTOM" quoted by open-source reconciliation tools (a README listing "CSV ekspor resmi"
 * of BRI, and a converter script writing "the BRI data-export CSV layout").
 * Assumed where sources were thin: the date format of TGL_TRAN (one sample shows 2026-08-02,
 * the printed statement DD/MM/YY, so both plus DD/MM/YYYY are accepted); amounts in plain
 * English notation ("5000000.00"), which parseRupiahAmount reads either way; REMARK_CUSTOM
 * appended to the description when present, since the payer's note is what staff look for.
 */
export const BRI_LAYOUT: StatementLayout = {
  id: "bri",
  bank: "BRI",
  delimiters: [",", ";"],
  header: { kind: "find" },
  date: { name: "TGL_TRAN" },
  description: [{ name: "DESK_TRAN" }, { name: "REMARK_CUSTOM", optional: true }],
  amount: { kind: "split", credit: { name: "MUTASI_KREDIT" }, debit: { name: "MUTASI_DEBET" } },
  dateFormats: ["YYYY-MM-DD", "DD/MM/YYYY", "DD/MM/YY"],
  pending: null,
  trailer: null,
  period: null,
};

/**
 * BNI internet banking (BNIDirect / BNI Internet Banking Personal) mutasi rekening export.
 * Sources: column lists in open-source statement adapters ("Bank BNI versi 2: Posting Date,
 * Effective Date, Branch, Journal, Transaction Description, Amount, DB/CR, Balance") and a
 * reconciliation library describing BNIDirect exports ("Posting Date … Amount, DB/CR, Balance";
 * D/K marks debit/credit). Sources were thin: no raw CSV sample was found. Assumed: a comma
 * CSV with account lines above the header; dates DD/MM/YYYY with an optional time (DD-MM-YYYY,
 * YYYY-MM-DD and "05 Des 2026" are also accepted); the DB/CR column holding D/K, D/C or DB/CR;
 * summary lines ("Beginning Balance", "Ending Balance", "Total Debet", "Total Kredit",
 * their Indonesian forms) after the table.
 */
export const BNI_LAYOUT: StatementLayout = {
  id: "bni",
  bank: "BNI",
  delimiters: [",", ";"],
  header: { kind: "find" },
  date: { name: "Posting Date", aliases: ["Tanggal Transaksi", "Tgl Transaksi", "Post Date"] },
  description: [{ name: "Transaction Description", aliases: ["Description", "Uraian"] }],
  amount: {
    kind: "single",
    amount: { name: "Amount", aliases: ["Nominal", "Jumlah"] },
    direction: { name: "DB/CR", aliases: ["D/K", "DK"], optional: true },
  },
  dateFormats: ["DD/MM/YYYY", "DD-MM-YYYY", "YYYY-MM-DD", "DD MMM YYYY"],
  pending: null,
  trailer:
    /^(beginning balance|ending balance|opening balance|closing balance|total debe?i?t|total kredit|total credit|saldo awal|saldo akhir)\b/i,
  period: null,
};

/**
 * Bank Mandiri business and internet banking (MCM / Kopra, Livin' web) statement CSV.
 * Sources: several open-source importers quoting the semicolon header
 * "AccountNo;Ccy;PostDate;Remarks;AdditionalDesc;Credit Amount;Debit Amount;Close Balance"
 * with PostDate like "01 September 2026 14:24:27" (English or Indonesian month names) and
 * amounts like "18429612.00"; one notes a newer comma layout ("Account No, Date, Val. Date,
 * Transaction Code, Description, Description, Reference No., Debit, Credit"), accepted through
 * the aliases below. Assumed: no lines above the header (none of the samples had any; a few
 * would still be skipped) and Remarks + AdditionalDesc together as the description.
 */
export const MANDIRI_LAYOUT: StatementLayout = {
  id: "mandiri",
  bank: "Mandiri",
  delimiters: [";", ","],
  header: { kind: "find" },
  date: { name: "PostDate", aliases: ["Post Date", "Date", "Tanggal"] },
  description: [
    { name: "Remarks", aliases: ["Description", "Keterangan"] },
    { name: "AdditionalDesc", optional: true },
  ],
  amount: {
    kind: "split",
    credit: { name: "Credit Amount", aliases: ["Credit", "Kredit"] },
    debit: { name: "Debit Amount", aliases: ["Debit", "Debet"] },
  },
  dateFormats: ["DD MMM YYYY", "DD/MM/YYYY", "YYYY-MM-DD"],
  pending: null,
  trailer: null,
  period: null,
};

export const PRESETS: Readonly<Record<PresetId, StatementLayout>> = {
  bca: BCA_LAYOUT,
  bri: BRI_LAYOUT,
  bni: BNI_LAYOUT,
  mandiri: MANDIRI_LAYOUT,
};

/** Header text as compared: lower case, no apostrophe or quote, single spaces. */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/^['"]|['"]$/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/**
 * The bank whose export this text looks like, from the words of its header, to preselect the
 * upload form; null when none fits (the user then picks one or maps the columns).
 */
export function detectPreset(csvText: string): PresetId | null {
  const head = csvText.slice(0, 4000).toLowerCase();
  if (head.includes("tgl_tran") && head.includes("mutasi_kredit")) return "bri";
  if (head.includes("postdate") && head.includes("credit amount")) return "mandiri";
  if (head.includes("posting date") && head.includes("db/cr")) return "bni";
  if (
    head.includes("tanggal transaksi") &&
    head.includes("keterangan") &&
    head.includes("jumlah")
  ) {
    return "bca";
  }
  return null;
}

const MAX_COLUMN = 100;

/**
 * The column mapping a user submits for a bank without a preset. Columns are numbered from 1,
 * as a spreadsheet user counts them; "skipRows" counts every row above the first transaction,
 * the header included.
 */
export const StatementMappingSchema = z
  .object({
    delimiter: z.enum([",", ";", "\t"], { error: "Pilih pemisah kolom" }),
    skipRows: z.coerce
      .number({ error: "Isi jumlah baris judul yang dilewati" })
      .int({ error: "Jumlah baris yang dilewati harus bilangan bulat" })
      .min(0, { error: "Jumlah baris yang dilewati tidak boleh negatif" })
      .max(MAX_COLUMN, { error: "Baris yang dilewati paling banyak 100" }),
    dateColumn: z.coerce
      .number({ error: "Pilih kolom tanggal" })
      .int({ error: "Pilih kolom tanggal" })
      .min(1, { error: "Pilih kolom tanggal" })
      .max(MAX_COLUMN, { error: "Nomor kolom paling besar 100" }),
    descriptionColumn: z.coerce
      .number({ error: "Pilih kolom keterangan" })
      .int({ error: "Pilih kolom keterangan" })
      .min(1, { error: "Pilih kolom keterangan" })
      .max(MAX_COLUMN, { error: "Nomor kolom paling besar 100" }),
    creditColumn: z.coerce
      .number({ error: "Pilih kolom jumlah kredit" })
      .int({ error: "Pilih kolom jumlah kredit" })
      .min(1, { error: "Pilih kolom jumlah kredit" })
      .max(MAX_COLUMN, { error: "Nomor kolom paling besar 100" }),
    debitColumn: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce
        .number({ error: "Kolom debit harus nomor kolom" })
        .int({ error: "Kolom debit harus nomor kolom" })
        .min(1, { error: "Kolom debit harus nomor kolom" })
        .max(MAX_COLUMN, { error: "Nomor kolom paling besar 100" })
        .optional(),
    ),
    directionColumn: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce
        .number({ error: "Kolom CR/DB harus nomor kolom" })
        .int({ error: "Kolom CR/DB harus nomor kolom" })
        .min(1, { error: "Kolom CR/DB harus nomor kolom" })
        .max(MAX_COLUMN, { error: "Nomor kolom paling besar 100" })
        .optional(),
    ),
    dateFormat: z.enum(DATE_FORMATS, { error: "Pilih format tanggal" }),
  })
  .superRefine((mapping, ctx) => {
    if (mapping.debitColumn !== undefined && mapping.directionColumn !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["directionColumn"],
        message: "Pilih kolom debit atau kolom CR/DB, tidak keduanya",
      });
    }
    const used = [
      mapping.dateColumn,
      mapping.descriptionColumn,
      mapping.creditColumn,
      mapping.debitColumn,
      mapping.directionColumn,
    ].filter((column) => column !== undefined);
    if (new Set(used).size !== used.length) {
      ctx.addIssue({
        code: "custom",
        path: ["creditColumn"],
        message: "Satu kolom hanya bisa dipakai untuk satu isian",
      });
    }
  });

export type StatementMapping = z.infer<typeof StatementMappingSchema>;

/** The layout of a user's own mapping: no header search, columns by position. */
export function layoutFromMapping(mapping: StatementMapping): StatementLayout {
  const amount: AmountColumns =
    mapping.debitColumn !== undefined
      ? {
          kind: "split",
          credit: { position: mapping.creditColumn },
          debit: { position: mapping.debitColumn },
        }
      : {
          kind: "single",
          amount: { position: mapping.creditColumn },
          direction:
            mapping.directionColumn !== undefined ? { position: mapping.directionColumn } : null,
        };
  return {
    id: "generic",
    bank: "pemetaan kolom sendiri",
    delimiters: [mapping.delimiter],
    header: { kind: "skip", rows: mapping.skipRows },
    date: { position: mapping.dateColumn },
    description: [{ position: mapping.descriptionColumn }],
    amount,
    dateFormats: [mapping.dateFormat],
    pending: null,
    trailer: null,
    period: null,
  };
}
