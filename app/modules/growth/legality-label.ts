import type { LegalityType } from "~/generated/prisma/enums";

/** How a legality document is named on a statement and the pages a bank reads. */
export const LEGALITY_LABELS: Record<LegalityType, string> = {
  NIB: "NIB",
  PIRT: "P-IRT",
  HALAL: "Sertifikat Halal",
  SKU: "Surat Keterangan Usaha",
  KTP: "KTP",
};

// Sellers often type the document's name before its number ("P-IRT 2063510010123-25",
// "NIB: 9120...", "SPP-IRT No. 20635..."); printed after the label it would read twice.
const NAME_PREFIXES: Record<LegalityType, RegExp> = {
  NIB: /^NIB\b/i,
  PIRT: /^(SPP[\s-]?IRT|P[\s-]?IRT)\b/i,
  HALAL: /^((sertifikat|sert\.?)\s+)?halal\b/i,
  SKU: /^(SKU\b|surat\s+keterangan\s+usaha\b)/i,
  KTP: /^(KTP|NIK)\b/i,
};

/** The document's number without a repeated name in front of it ("P-IRT P-IRT 8518…" → "8518…"). */
export function legalityNumberText(type: LegalityType, number: string): string {
  const trimmed = number.trim();
  const match = NAME_PREFIXES[type].exec(trimmed);
  if (!match) return trimmed;
  const rest = trimmed
    .slice(match[0].length)
    .replace(/^\s*(nomor|no\.?)?\s*[:.#-]?\s*/i, "")
    .trim();
  return rest || trimmed;
}
