const idNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/**
 * Rupiah are written the Indonesian way in both languages (docs/decisions/020): the form on the
 * shelf, the receipt and the transfer. Spreadsheets keep the number and show it with this format.
 */
export const RUPIAH_NUMFMT = '"Rp"#,##0';

/** Formats integer rupiah the way Indonesian shops write it: `Rp15.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Rupiah amounts are whole numbers; got ${amount}`);
  }
  const sign = amount < 0 ? "-" : "";
  return `${sign}Rp${idNumber.format(Math.abs(amount))}`;
}

/** Formats a range of rupiah, collapsing equal ends: `Rp15.000 – Rp30.000`. */
export function formatRupiahRange(min: number, max: number): string {
  return min === max ? formatRupiah(min) : `${formatRupiah(min)} – ${formatRupiah(max)}`;
}
