/**
 * Text for PDFs set in pdfkit's built-in fonts (Helvetica and friends, no font files). They carry
 * the WinAnsi character set only: anything else would print as garbage, so it becomes "?".
 */

// Beyond Latin-1, WinAnsi only has these.
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** The text with every character the standard PDF fonts cannot show replaced by "?". */
export function pdfSafe(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      const printable = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff);
      return printable || c === "\n" || WIN_ANSI_EXTRAS.has(c) ? c : "?";
    })
    .join("");
}
