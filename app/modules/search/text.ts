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

/**
 * Levenshtein distance between two words, giving up past `max` (then returns max + 1).
 * Runs on the query words against the index vocabulary, so it must be cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) return slowEditDistance(a, b, max);
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length]!, max + 1);
}

// Reused rows: the distance runs against the whole vocabulary for every query word.
const rowA = new Int32Array(65);
const rowB = new Int32Array(65);

function slowEditDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Splits a title into matched and plain parts, given the index terms that matched. */
export function highlightTitle(
  title: string,
  matchedTerms: ReadonlySet<string>,
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const piece of title.normalize("NFC").split(/([\p{L}\p{N}]+)/u)) {
    if (piece === "") continue;
    const match = matchedTerms.has(normalizeTerm(piece));
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
