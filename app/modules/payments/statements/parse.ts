/**
 * Reads a bank statement CSV into the lines that matter for payment matching. Pure: text in,
 * lines or one error out. The error names the file line (as a text editor counts it) and is
 * built from the i18n-statements messages, so a page shows it in the reader's language with
 * `t(error.key, error.values)`; `message` is the Indonesian text, for logs and tests.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { statementsId } from "~/utils/i18n-statements-id";
import { parseDirection, parseRupiahAmount, type Direction } from "./amounts";
import { parseStatementDate, parseStatementDateAny } from "./dates";
import { normalizeHeader, type ColumnRef, type Delimiter, type StatementLayout } from "./presets";

export { detectPreset } from "./presets";

export const MAX_STATEMENT_BYTES = 2 * 1024 * 1024;
export const MAX_STATEMENT_LINES = 50_000;

export interface StatementLine {
  /** The file line the transaction starts on (1-based, blank lines counted). */
  lineNumber: number;
  /** The bank's booking day on the Jakarta calendar, `YYYY-MM-DD`. */
  date: string;
  description: string;
  /** Integer rupiah, always positive; `direction` says which way it went. */
  amount: number;
  direction: Direction;
  /** Same line, same file → same value; see `fingerprintLines`. */
  fingerprint: string;
}

export type StatementMessageKey = keyof typeof statementsId;

export interface StatementError {
  /** The file line at fault; 0 when the whole file is refused (size, length). */
  line: number;
  key: StatementMessageKey;
  values: Record<string, string | number>;
  message: string;
}

export type ParseStatementResult =
  | {
      ok: true;
      lines: StatementLine[];
      /** Lines not yet booked (KlikBCA "PEND"): left out, they come back dated next time. */
      pending: number;
    }
  | { ok: false; error: StatementError };

type Failure = { ok: false; error: StatementError };

function failure(
  line: number,
  key: StatementMessageKey,
  values: Record<string, string | number> = {},
): Failure {
  const all = { line, ...values };
  const message = statementsId[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in all ? String(all[name as keyof typeof all]) : match,
  );
  return { ok: false, error: { line, key, values: all, message } };
}

/** A cell quoted back to the user: short, on one line. */
function shown(cell: string): string {
  const flat = cell.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

type Row = { cells: string[]; line: number };

/**
 * Rows with the file line each starts on. csv-parse reports the line a record ends on; a
 * quoted cell may hold line breaks, so those are subtracted.
 */
function readRows(
  text: string,
  delimiter: Delimiter,
  span: { from_line?: number; to_line?: number } = {},
): Row[] | Failure {
  // csv-parse builds an error object, stack trace and all, for every row whose width differs
  // from the first row's, even with relax_column_count: the table is read from its header on
  // (so its rows agree), and without stack traces for the few that do not (summary lines).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const records = parse(text, {
      ...span,
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => {
      const breaks = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
      return { cells: record, line: info.lines - breaks };
    });
  } catch (error) {
    const line =
      error instanceof Error && "lines" in error && typeof error.lines === "number"
        ? error.lines
        : 0;
    return failure(line, "statements.error.unreadableCsv");
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

/** The text of a cell without KlikBCA's leading apostrophe and with single spaces. */
function cellText(cell: string | undefined): string {
  return (cell ?? "").trim().replace(/^'/, "").replace(/\s+/g, " ").trim();
}

type Columns = {
  date: number;
  description: number[];
  credit: number;
  /** Split layouts only. */
  debit: number;
  /** Single-amount layouts: the CR/DB column, or -1. */
  direction: number;
};

function refNames(ref: ColumnRef): string[] {
  return "name" in ref ? [ref.name, ...(ref.aliases ?? [])] : [];
}

/** The index of a column in a header row, -1 when absent. */
function findColumn(header: string[] | null, ref: ColumnRef): number {
  if ("position" in ref) return ref.position - 1;
  if (!header) return -1;
  for (const name of refNames(ref).map(normalizeHeader)) {
    // An unnamed column is searched after the first one: KlikBCA's CR/DB column has no title.
    const index = header.findIndex((cell, i) => cell === name && (name !== "" || i > 0));
    if (index >= 0) return index;
  }
  return -1;
}

function requiredRefs(layout: StatementLayout): ColumnRef[] {
  const amount =
    layout.amount.kind === "split"
      ? [layout.amount.credit, layout.amount.debit]
      : [layout.amount.amount, ...(layout.amount.direction ? [layout.amount.direction] : [])];
  return [layout.date, ...layout.description, ...amount].filter((ref) => !ref.optional);
}

/** Column indexes from a header row, or null when a required column is missing. */
function resolveColumns(layout: StatementLayout, headerCells: string[] | null): Columns | null {
  const header = headerCells?.map(normalizeHeader) ?? null;
  if (requiredRefs(layout).some((ref) => findColumn(header, ref) < 0)) return null;
  const amount = layout.amount;
  return {
    date: findColumn(header, layout.date),
    description: layout.description.map((ref) => findColumn(header, ref)).filter((i) => i >= 0),
    credit: findColumn(header, amount.kind === "split" ? amount.credit : amount.amount),
    debit: amount.kind === "split" ? findColumn(header, amount.debit) : -1,
    direction:
      amount.kind === "single" && amount.direction ? findColumn(header, amount.direction) : -1,
  };
}

// Account lines above a header are few; a header further down is not the table we want.
const HEADER_SEARCH_ROWS = 60;

type Table = { rows: Row[]; columns: Columns; preamble: Row[] };

/** The table of the file: its data rows and where their columns are. */
function locateTable(text: string, layout: StatementLayout): Table | Failure {
  let firstRows: Row[] | null = null;
  for (const delimiter of layout.delimiters) {
    if (layout.header.kind === "skip") {
      const skip = layout.header.rows;
      const columns = resolveColumns(layout, null);
      if (!columns) break;
      const rows = readRows(text, delimiter, { from_line: skip + 1 });
      if (!Array.isArray(rows)) return rows;
      const preamble = skip > 0 ? readRows(text, delimiter, { to_line: skip }) : [];
      return { rows, columns, preamble: Array.isArray(preamble) ? preamble : [] };
    }
    // The header is searched for in the first rows; a cut that splits a quoted cell is read whole.
    let head = readRows(text, delimiter, { to_line: HEADER_SEARCH_ROWS * 2 });
    if (!Array.isArray(head)) head = readRows(text, delimiter);
    if (!Array.isArray(head)) return head;
    firstRows ??= head;
    const limit = Math.min(head.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index += 1) {
      const columns = resolveColumns(layout, head[index]!.cells);
      if (columns) {
        const rows = readRows(text, delimiter, { from_line: head[index]!.line + 1 });
        if (!Array.isArray(rows)) return rows;
        return { rows, columns, preamble: head.slice(0, index) };
      }
    }
  }
  const expected = requiredRefs(layout)
    .map((ref) => ("name" in ref ? ref.name || "(CR/DB)" : `#${ref.position}`))
    .join(", ");
  const tableLike = firstRows?.find((row) => row.cells.length >= 3) ?? firstRows?.[0];
  return failure(tableLike?.line ?? 1, "statements.error.header", {
    bank: layout.bank,
    columns: expected,
  });
}

type Period = { start: string; end: string };

/** The statement period printed above the table ("Periode : 01/09/2026 - 30/09/2026"). */
function findPeriod(layout: StatementLayout, preamble: Row[], now: Date): Period | null {
  if (!layout.period) return null;
  const match = preamble
    .map((row) => row.cells.join(","))
    .join("\n")
    .match(layout.period);
  if (!match) return null;
  const start = parseStatementDate(match[1] ?? "", "DD/MM/YYYY", { now });
  const end = parseStatementDate(match[2] ?? "", "DD/MM/YYYY", { now });
  return start && end && start <= end ? { start, end } : null;
}

type Draft = Omit<StatementLine, "fingerprint">;

/** An amount cell of a credit or debit column: blank and "-" are zero. */
function columnAmount(cell: string, line: number): number | Failure {
  const parsed = parseRupiahAmount(cell);
  if (parsed.ok) return Math.abs(parsed.rupiah);
  if (parsed.reason === "EMPTY") return 0;
  return failure(
    line,
    parsed.reason === "HAS_SEN" ? "statements.error.sen" : "statements.error.amount",
    { value: shown(cell) },
  );
}

/** Amount and direction of one row; null for a zero line (nothing moved). */
function rowAmount(
  layout: StatementLayout,
  columns: Columns,
  row: Row,
): { amount: number; direction: Direction } | null | Failure {
  const cells = row.cells;
  if (layout.amount.kind === "split") {
    const credit = columnAmount(cells[columns.credit] ?? "", row.line);
    if (typeof credit !== "number") return credit;
    const debit = columnAmount(cells[columns.debit] ?? "", row.line);
    if (typeof debit !== "number") return debit;
    if (credit > 0 && debit > 0) return failure(row.line, "statements.error.creditAndDebit");
    if (credit > 0) return { amount: credit, direction: "CREDIT" };
    return debit > 0 ? { amount: debit, direction: "DEBIT" } : null;
  }
  const cell = cells[columns.credit] ?? "";
  const parsed = parseRupiahAmount(cell);
  if (!parsed.ok) {
    return failure(
      row.line,
      parsed.reason === "HAS_SEN" ? "statements.error.sen" : "statements.error.amount",
      { value: shown(cell) },
    );
  }
  let direction = parsed.direction;
  const marker = columns.direction >= 0 ? cellText(cells[columns.direction]) : "";
  if (marker !== "") {
    const fromColumn = parseDirection(marker);
    if (!fromColumn)
      return failure(row.line, "statements.error.direction", { value: shown(marker) });
    direction = fromColumn;
  }
  if (parsed.rupiah === 0) return null;
  // Without any marker the sign decides: a plain amount is money in.
  direction ??= parsed.rupiah < 0 ? "DEBIT" : "CREDIT";
  return { amount: Math.abs(parsed.rupiah), direction };
}

/**
 * A stable id of each line, the same however often the file is uploaded: sha256 of the bank
 * day, the description (spaces collapsed, upper case), the amount, the direction and how many
 * identical lines came before it in this file. Nothing account-specific (no balance, no
 * account number) goes in, so the same transfer in two overlapping downloads gets the same
 * fingerprint; the occurrence index keeps two genuinely identical transfers of one day apart.
 * A later download covering more of that day only adds occurrences, so earlier ones keep
 * their ids. The "v1" prefix lets a future change of recipe be told apart.
 */
export function fingerprintLines(drafts: readonly Draft[]): StatementLine[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const content = [
      draft.date,
      draft.description.replace(/\s+/g, " ").trim().toUpperCase(),
      String(draft.amount),
      draft.direction,
    ].join("\u001f");
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    const fingerprint = createHash("sha256")
      .update(`v1\u001f${content}\u001f${occurrence}`)
      .digest("hex");
    return { ...draft, fingerprint };
  });
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

export interface ParseStatementOptions {
  /** Today, for the year of a "DD/MM" date when the file prints no period. */
  now: Date;
  /** The year of "DD/MM" dates, when the caller knows it better than the file. */
  year?: number;
}

/**
 * The transactions of a statement file laid out as `layout` says. Blank lines, the account
 * lines above the header, summary lines after the table, zero lines and pending lines are
 * skipped; anything else that cannot be read stops the import with the line at fault, since
 * a silently dropped credit would leave a buyer's payment unconfirmed.
 */
export function parseStatement(
  csvText: string,
  layout: StatementLayout,
  options: ParseStatementOptions,
): ParseStatementResult {
  if (Buffer.byteLength(csvText, "utf8") > MAX_STATEMENT_BYTES) {
    return failure(0, "statements.error.tooLarge");
  }
  if (countLines(csvText) > MAX_STATEMENT_LINES) return failure(0, "statements.error.tooManyLines");

  const table = locateTable(csvText, layout);
  if ("ok" in table) return table;
  const { rows, columns } = table;
  const period = findPeriod(layout, table.preamble, options.now);
  const dateContext = { period, year: options.year, now: options.now };
  const needed = Math.max(columns.date, columns.credit, columns.debit, ...columns.description) + 1;

  const drafts: Draft[] = [];
  let pending = 0;
  for (const row of rows) {
    if (isBlank(row.cells)) continue;
    const dateCell = cellText(row.cells[columns.date]);
    const first = cellText(row.cells.find((cell) => cell.trim() !== ""));
    if (layout.trailer?.test(first)) continue;
    if (layout.pending?.test(dateCell)) {
      pending += 1;
      continue;
    }
    if (row.cells.length < needed) {
      return failure(row.line, "statements.error.tooFewColumns", {
        count: row.cells.length,
        expected: needed,
      });
    }
    const date = parseStatementDateAny(dateCell, layout.dateFormats, dateContext);
    if (!date) {
      return failure(row.line, "statements.error.date", {
        value: shown(dateCell),
        format: layout.dateFormats.join(" / "),
      });
    }
    const amount = rowAmount(layout, columns, row);
    if (amount === null) continue;
    if ("ok" in amount) return amount;
    const description = columns.description
      .map((index) => cellText(row.cells[index]))
      .filter((text) => text !== "")
      .join(" ");
    drafts.push({ lineNumber: row.line, date, description, ...amount });
  }
  return { ok: true, lines: fingerprintLines(drafts), pending };
}
