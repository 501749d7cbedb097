import type { statementsId } from "./i18n-statements-id";

export const statementsEn: Record<keyof typeof statementsId, string> = {
  "statements.preset.bca": "BCA (KlikBCA, account statement CSV)",
  "statements.preset.bri": "BRI (internet banking / CMS, CSV)",
  "statements.preset.bni": "BNI (internet banking / BNIDirect, CSV)",
  "statements.preset.mandiri": "Mandiri (Livin' / MCM, CSV)",
  "statements.preset.generic": "Other bank (map the columns yourself)",
  "statements.error.tooLarge": "File too large: 2 MB at most",
  "statements.error.tooManyLines": "File too long: 50,000 lines at most",
  "statements.error.unreadableCsv": "Line {line}: the CSV file cannot be read (check the quotes)",
  "statements.error.header":
    "The column headings do not match the {bank} format. Expected columns: {columns}",
  "statements.error.tooFewColumns": "Line {line}: only {count} columns, {expected} needed",
  "statements.error.date": 'Line {line}: date "{value}" cannot be read (format {format})',
  "statements.error.amount": 'Line {line}: amount "{value}" cannot be read',
  "statements.error.sen":
    'Line {line}: amount "{value}" has sen (cents), but payments are in whole rupiah',
  "statements.error.direction": 'Line {line}: direction "{value}" is not known (must be CR or DB)',
  "statements.error.creditAndDebit": "Line {line}: both the credit and the debit column are filled",
};
