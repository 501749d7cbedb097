/** Text handling shared by the embedded engine and highlighting: lower-case ASCII words. */

export function normalizeTerm(term: string): string {
  return term
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Words of a text, normalised: "Oleh-oleh Kopi" → ["oleh", "oleh", "kopi"]. */
export function tokenize(text: string): string[] {
  return normalizeTerm(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Typo budget by word length, as configured in Meilisearch: 1 from 4 letters, 2 from 8. */
export function typoBudget(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

/** Splits a title into matched and plain parts, given the index terms that matched. */
export function highlightTitle(
  title: string,
  matchedTerms: ReadonlySet<string>,
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const piece of title.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === "") continue;
    const match = matchedTerms.has(normalizeTerm(piece));
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
