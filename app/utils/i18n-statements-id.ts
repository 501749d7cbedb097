/**
 * Messages of the bank statement (mutasi rekening) import. Values in braces are filled by
 * parseStatement's error (`line`, `value`, …).
 */
export const statementsId = {
  "statements.preset.bca": "BCA (KlikBCA, berkas CSV mutasi rekening)",
  "statements.preset.bri": "BRI (internet banking / CMS, berkas CSV)",
  "statements.preset.bni": "BNI (internet banking / BNIDirect, berkas CSV)",
  "statements.preset.mandiri": "Mandiri (Livin' / MCM, berkas CSV)",
  "statements.preset.generic": "Bank lain (atur kolom sendiri)",
  "statements.error.tooLarge": "Berkas terlalu besar: maksimal 2 MB",
  "statements.error.tooManyLines": "Berkas terlalu panjang: maksimal 50.000 baris",
  "statements.error.unreadableCsv":
    "Baris {line}: berkas CSV tidak bisa dibaca (periksa tanda kutip)",
  "statements.error.header":
    "Judul kolom tidak cocok dengan format {bank}. Kolom yang diharapkan: {columns}",
  "statements.error.tooFewColumns": "Baris {line}: hanya ada {count} kolom, perlu {expected}",
  "statements.error.date": 'Baris {line}: tanggal "{value}" tidak bisa dibaca (format {format})',
  "statements.error.amount": 'Baris {line}: jumlah "{value}" tidak bisa dibaca',
  "statements.error.sen":
    'Baris {line}: jumlah "{value}" memuat sen, padahal pembayaran memakai rupiah bulat',
  "statements.error.direction":
    'Baris {line}: arah mutasi "{value}" tidak dikenal (harus CR atau DB)',
  "statements.error.creditAndDebit": "Baris {line}: kolom kredit dan debit sama-sama terisi",
} as const;
