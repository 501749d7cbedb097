/**
 * Indonesian mobile numbers as people type them — `0812-3456-7890`, `+62 812 3456 7890`,
 * `6281234567890` — to E.164 (`+6281234567890`). Mobile numbers start with 8 after the country
 * code and have 9–12 digits after it.
 */
export function normalizeIndonesianPhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, "");
  let national: string;
  if (/^\+62\d+$/.test(compact)) national = compact.slice(3);
  else if (/^62\d+$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return null;
  if (!/^8\d{8,11}$/.test(national)) return null;
  return `+62${national}`;
}

/** A stored number as couriers' and banks' forms take it: "081234567890". */
export function nationalIndonesianPhone(e164: string): string {
  return `0${e164.replace(/^\+62/, "")}`;
}

/** `+6281234567890` → `0812-3456-7890`, the way Indonesians read numbers. */
export function formatIndonesianPhone(e164: string): string {
  const national = nationalIndonesianPhone(e164);
  return national.replace(/^(\d{4})(\d{4})(\d+)$/, "$1-$2-$3");
}
