const idNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

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
