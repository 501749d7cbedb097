/**
 * Amounts as bank statements print them, read into integer rupiah. Indonesian exports write
 * "1.250.000,00", English ones "1,250,000.00", and some neither ("125317"); KlikBCA adds a
 * "CR"/"DB" suffix. The separator is decided from the text itself, never from the bank, because
 * the same bank prints both styles depending on the customer's language setting.
 */

export type Direction = "CREDIT" | "DEBIT";

export type AmountFailure =
  /** Nothing but spaces, "Rp" or a dash. */
  | "EMPTY"
  /** Not a number we can read without guessing. */
  | "UNREADABLE"
  /** Non-zero sen: rupiah here are integers, and a transfer with sen cannot carry a kode unik. */
  | "HAS_SEN";

export type ParsedAmount =
  | {
      ok: true;
      /** Integer rupiah; negative when written "-15.000" or "(15.000)". */
      rupiah: number;
      /** From a "CR"/"DB" (or "DR", "K", "D") marker in the text; null when it has none. */
      direction: Direction | null;
    }
  | { ok: false; reason: AmountFailure };

// Fifteen digits stay far inside Number.MAX_SAFE_INTEGER; no statement line comes close.
const MAX_DIGITS = 15;

const DIRECTION_SUFFIX = /\s*\b(CR|DB|DR|K|D)\.?$/i;
const CURRENCY = /^(RP\.?|IDR)\s*/i;

/** Reads a direction marker: the suffix of an amount, or the cell of a CR/DB column. */
export function parseDirection(text: string): Direction | null {
  const marker = text.trim().replace(/^'/, "").replace(/\.$/, "").toUpperCase();
  if (["CR", "C", "K", "KREDIT", "CREDIT"].includes(marker)) return "CREDIT";
  if (["DB", "DR", "D", "DEBET", "DEBIT"].includes(marker)) return "DEBIT";
  return null;
}

/**
 * Digits with thousands separators and optional sen, as integer rupiah. The last separator
 * followed by one or two digits is the decimal mark; followed by exactly three digits it is a
 * thousands separator ("1.250" and "1,250" are both 1250: no bank prints sen with three digits).
 * The thousands groups must be regular and use one character different from the decimal mark,
 * so "1.250,000" or "12.50.000" are refused rather than guessed.
 */
function parseDigits(text: string): ParsedAmount {
  const last = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  let whole = text;
  let sen = "";
  if (last >= 0) {
    const tail = text.slice(last + 1);
    if (/^\d{1,2}$/.test(tail)) {
      whole = text.slice(0, last);
      sen = tail;
      if (whole.includes(text[last]!)) return { ok: false, reason: "UNREADABLE" };
    } else if (!/^\d{3}$/.test(tail)) {
      return { ok: false, reason: "UNREADABLE" };
    }
  }
  const thousands = whole.match(/[.,]/)?.[0];
  const grouped = thousands
    ? new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)
    : /^\d+$/.test(whole);
  if (!grouped) return { ok: false, reason: "UNREADABLE" };
  const digits = whole.replace(/[.,]/g, "");
  if (digits.length > MAX_DIGITS) return { ok: false, reason: "UNREADABLE" };
  if (/[1-9]/.test(sen)) return { ok: false, reason: "HAS_SEN" };
  return { ok: true, rupiah: Number(digits), direction: null };
}

/**
 * One amount cell as integer rupiah, with its CR/DB marker when it carries one. Accepts a
 * leading apostrophe (KlikBCA writes one so spreadsheets keep the text), "Rp"/"IDR", spaces
 * (also non-breaking ones) between groups, a minus sign or accounting parentheses.
 */
export function parseRupiahAmount(text: string): ParsedAmount {
  let rest = text
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .replace(/^'/, "")
    .trim();
  let direction: Direction | null = null;
  const suffix = rest.match(DIRECTION_SUFFIX);
  if (suffix && /\d/.test(rest.slice(0, suffix.index))) {
    direction = parseDirection(suffix[1]!);
    rest = rest.slice(0, suffix.index).trim();
  }
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  if (rest.startsWith("-")) {
    negative = !negative;
    rest = rest.slice(1).trim();
  } else if (rest.startsWith("+")) {
    rest = rest.slice(1).trim();
  }
  rest = rest.replace(CURRENCY, "").replace(/ /g, "");
  if (rest.endsWith("-") && !negative) {
    // Some core-banking exports put the minus sign last ("15.000-").
    negative = true;
    rest = rest.slice(0, -1);
  }
  if (rest === "" || rest === "-") return { ok: false, reason: "EMPTY" };
  const parsed = parseDigits(rest);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    rupiah: negative && parsed.rupiah > 0 ? -parsed.rupiah : parsed.rupiah,
    direction,
  };
}
