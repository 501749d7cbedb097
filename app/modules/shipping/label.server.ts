import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { formatRupiah } from "~/modules/money/money";
import { formatDateTime, intlLocale } from "~/utils/format";
import { pdfSafe } from "~/utils/pdf-text";

/**
 * Shipping labels as a PDF: one A6 portrait page (105 × 148 mm) a parcel, so the operator at the
 * balai desa prints a batch on a home printer or a cheap thermal one. Black only, built-in
 * Helvetica (real text a courier's scanner and our tests can read), barcodes and the QR code drawn
 * as vector shapes so they stay sharp at any printer resolution.
 *
 * Every line is measured and placed by hand, never wrapped by pdfkit: pdfkit starts a new page
 * when text runs past the bottom, and a label must stay exactly one page.
 */

export interface LabelParty {
  /** The shop's name for the sender, the person's for the receiver. */
  name: string;
  phone: string;
  address: string;
  /** Desa, kecamatan, kabupaten and province: "Kemiren, Glagah, Kab. Banyuwangi, Jawa Timur". */
  regionLine: string;
  postalCode?: string | null;
}

export interface ShippingLabel {
  orderCode: string;
  createdAt: Date;
  sender: LabelParty;
  receiver: LabelParty;
  items: { name: string; quantity: number }[];
  /** Billable weight of the parcel. */
  weightGrams: number;
  /** Rupiah the courier collects from the receiver; 0 when already paid. */
  codAmount: number;
  courier?: { name: string; service: string; waybill?: string | null };
  /** How the parcel travels: "Kurir JNE Reguler", "Antar lokal", "Ambil di balai desa". */
  shippingMethodLabel: string;
  note?: string | null;
}

const MM = 72 / 25.4;
const PAGE_WIDTH = 105 * MM;
const PAGE_HEIGHT = 148 * MM;
const MARGIN = 10;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FOOTER_HEIGHT = 26;
const MAX_ITEM_LINES = 8;
/** Longer text is cut before it is measured: no name is worth thousands of measurements. */
const MAX_TEXT_CHARS = 400;
const BOLD = "Helvetica-Bold";
const REGULAR = "Helvetica";

type Doc = PDFKit.PDFDocument;

const oneDecimal = new Intl.NumberFormat(intlLocale("id"), {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Billable weight as the courier writes it: "0,8 kg", "2,0 kg". */
export function formatLabelWeight(weightGrams: number): string {
  return `${oneDecimal.format(Math.round(Math.max(0, weightGrams) / 100) / 10)} kg`;
}

/** One line of text, whitespace collapsed, in the characters the built-in fonts have. */
function clean(text: string): string {
  return pdfSafe(text.slice(0, MAX_TEXT_CHARS)).replace(/\s+/g, " ").trim();
}

/** Code 128 carries ASCII: anything else in a code would make the barcode refuse it. */
function barcodeSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?").trim();
}

/** The text cut to the width with an ellipsis, in the font currently set. */
function ellipsize(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The text broken into lines of the width, in the font currently set; a word wider than a line is
 * cut, and past `maxLines` the last line ends with an ellipsis.
 */
function wrapLines(doc: Doc, text: string, width: number, maxLines: number): string[] {
  const fits = (s: string) => doc.widthOfString(s) <= width;
  const lines: string[] = [];
  let current = "";
  for (const word of clean(text).split(" ").filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
    if (lines.length > maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(doc, `${kept[maxLines - 1]} ${lines[maxLines]}…`, width);
  return kept;
}

/** Draws one line at (x, y) as its top; never wraps, so never starts a page. */
function put(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: { size: number; bold?: boolean; color?: string; align?: "left" | "center" | "right" },
  width = CONTENT_WIDTH,
): void {
  doc
    .font(options.bold ? BOLD : REGULAR)
    .fontSize(options.size)
    .fillColor(options.color ?? "black");
  const line = ellipsize(doc, clean(text), width);
  const lineWidth = doc.widthOfString(line);
  const left =
    options.align === "right"
      ? x + width - lineWidth
      : options.align === "center"
        ? x + (width - lineWidth) / 2
        : x;
  doc.text(line, left, y, { lineBreak: false });
}

/** The largest size up to `max` at which the text fits the width in bold (but not under `min`). */
function fittingSize(doc: Doc, text: string, width: number, max: number, min: number): number {
  doc.font(BOLD);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

/**
 * A Code 128 barcode (from bwip-js's encoder) filling at most the box, centred, with a quiet zone
 * of ten modules either side as scanners need.
 */
function drawCode128(doc: Doc, text: string, x: number, y: number, width: number, height: number) {
  const [symbol] = bwipjs.raw("code128", text, {});
  if (!symbol || !("sbs" in symbol)) throw new Error("Code 128 encoder returned no bars");
  const modules = symbol.sbs.reduce((sum, w) => sum + w, 0);
  // Wider than 2 pt a module buys nothing at the scanner and steals room from the text.
  const module = Math.min(2, width / (modules + 20));
  let cursor = x + (width - modules * module) / 2;
  symbol.sbs.forEach((w, i) => {
    // Even positions are bars, odd ones spaces.
    if (i % 2 === 0) doc.rect(cursor, y, w * module, height);
    cursor += w * module;
  });
  doc.fillColor("black").fill();
}

/** The QR code of the text as vector squares (runs of dark modules merged), `size` wide. */
function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair of overlap so no white seams show between squares on screen.
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fillColor("black").fill();
}

function rule(doc: Doc, y: number, width = 0.75) {
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(width)
    .strokeColor("black")
    .stroke();
}

/** Lays out one label on the current page. */
function drawLabel(doc: Doc, label: ShippingLabel): void {
  const left = MARGIN;
  const right = MARGIN + CONTENT_WIDTH;
  let y = MARGIN;

  // Top band: who sends it and how it travels.
  const bandHeight = 24;
  doc.rect(left, y, CONTENT_WIDTH, bandHeight).fillColor("black").fill();
  put(doc, "Pasar Kampung", left + 6, y + 6, { size: 13, bold: true, color: "white" });
  doc.font(BOLD).fontSize(13);
  const brandWidth = doc.widthOfString("Pasar Kampung") + 18;
  const service = label.courier
    ? `${label.courier.name} ${label.courier.service}`
    : label.shippingMethodLabel;
  put(
    doc,
    service,
    left + brandWidth,
    y + 6.5,
    { size: 12, bold: true, color: "white", align: "right" },
    CONTENT_WIDTH - brandWidth - 6,
  );
  y += bandHeight + 5;

  // The courier's waybill, the number they scan first.
  const waybill = barcodeSafe(label.courier?.waybill ?? "");
  if (waybill) {
    drawCode128(doc, waybill, left, y, CONTENT_WIDTH, 36);
    y += 38;
    put(doc, `Resi ${waybill}`, left, y, { size: 11, bold: true, align: "center" });
    y += 15;
    rule(doc, y);
    y += 5;
  }

  // The order: QR code on the left; the code, its barcode and what to collect on the right.
  const orderCode = barcodeSafe(label.orderCode) || "-";
  const rowHeight = 84;
  // Inset from the edge: with the margin, a quiet zone of four modules as QR scanners need.
  const qrSize = 78;
  drawQr(doc, orderCode, left + 4, y + 3, qrSize);
  const columnX = left + 4 + qrSize + 8;
  const columnWidth = right - columnX;
  put(doc, "NO. PESANAN", columnX, y, { size: 7, bold: true }, columnWidth);
  const codeSize = fittingSize(doc, orderCode, columnWidth, 17, 9);
  put(doc, orderCode, columnX, y + 8, { size: codeSize, bold: true }, columnWidth);
  drawCode128(doc, orderCode, columnX, y + 27, columnWidth, 20);
  const boxY = y + 51;
  const boxHeight = y + rowHeight - boxY;
  if (label.codAmount > 0) {
    doc
      .rect(columnX + 1, boxY + 1, columnWidth - 2, boxHeight - 2)
      .lineWidth(2.5)
      .stroke();
    put(
      doc,
      "COD — TAGIH KE PENERIMA",
      columnX,
      boxY + 4,
      { size: 8, bold: true, align: "center" },
      columnWidth,
    );
    const amount = formatRupiah(label.codAmount);
    const amountSize = fittingSize(doc, amount, columnWidth - 10, 15, 9);
    put(
      doc,
      amount,
      columnX,
      boxY + 14,
      { size: amountSize, bold: true, align: "center" },
      columnWidth,
    );
  } else {
    doc
      .rect(columnX + 0.5, boxY + 0.5, columnWidth - 1, boxHeight - 1)
      .lineWidth(1)
      .stroke();
    put(
      doc,
      "NON-COD (sudah dibayar)",
      columnX,
      boxY + (boxHeight - 10) / 2,
      { size: 10, bold: true, align: "center" },
      columnWidth,
    );
  }
  y += rowHeight + 6;
  rule(doc, y, 1.5);
  y += 5;

  // Receiver: the largest type after the codes, as the courier reads it at the door.
  const { receiver, sender } = label;
  put(doc, "PENERIMA", left, y, { size: 7.5, bold: true });
  y += 10;
  put(doc, receiver.name, left, y, { size: 14, bold: true });
  y += 17;
  put(doc, receiver.phone, left, y, { size: 11.5, bold: true });
  y += 15;
  doc.font(REGULAR).fontSize(9.5);
  for (const line of wrapLines(doc, receiver.address, CONTENT_WIDTH, 3)) {
    put(doc, line, left, y, { size: 9.5 });
    y += 11.5;
  }
  const receiverRegion = [receiver.regionLine, receiver.postalCode].filter(Boolean).join(" ");
  doc.font(BOLD).fontSize(9.5);
  for (const line of wrapLines(doc, receiverRegion, CONTENT_WIDTH, 2)) {
    put(doc, line, left, y, { size: 9.5, bold: true });
    y += 11.5;
  }
  if (label.note?.trim()) {
    doc.font("Helvetica-Oblique").fontSize(8);
    for (const line of wrapLines(doc, `Catatan: ${label.note}`, CONTENT_WIDTH, 2)) {
      doc.text(line, left, y, { lineBreak: false });
      y += 9.5;
    }
  }
  y += 2;
  rule(doc, y);
  y += 4;

  // Sender: smaller, for returns.
  put(doc, "PENGIRIM", left, y, { size: 6.5, bold: true });
  y += 8;
  doc.font(REGULAR).fontSize(8.5);
  const phoneWidth = doc.widthOfString(clean(sender.phone));
  put(doc, sender.phone, right - phoneWidth, y, { size: 8.5 }, phoneWidth);
  put(doc, sender.name, left, y, { size: 8.5, bold: true }, CONTENT_WIDTH - phoneWidth - 8);
  y += 10;
  const senderRegion = [sender.regionLine, sender.postalCode].filter(Boolean).join(" ");
  doc.font(REGULAR).fontSize(7.5);
  for (const line of wrapLines(doc, `${sender.address}, ${senderRegion}`, CONTENT_WIDTH, 2)) {
    put(doc, line, left, y, { size: 7.5 });
    y += 9;
  }
  y += 1;
  rule(doc, y);
  y += 4;

  // Contents, in whatever room is left above the footer.
  const footerTop = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
  const lineHeight = 9;
  const quantity = label.items.reduce((sum, item) => sum + item.quantity, 0);
  put(doc, `ISI PAKET (${quantity} barang)`, left, y, { size: 7, bold: true });
  y += 9;
  const room = Math.max(0, Math.floor((footerTop - 2 - y) / lineHeight));
  const lines = Math.min(MAX_ITEM_LINES, room);
  const shown = label.items.length > lines ? Math.max(0, lines - 1) : label.items.length;
  for (const item of label.items.slice(0, shown)) {
    put(doc, `${item.quantity} x ${item.name}`, left, y, { size: 7.5 });
    y += lineHeight;
  }
  if (shown < label.items.length && lines > 0) {
    put(doc, `+${label.items.length - shown} barang lain`, left, y, { size: 7.5, bold: true });
  }

  // Footer, pinned to the bottom: weight, method, date.
  rule(doc, footerTop);
  const footerY = footerTop + 4;
  const weight = `Berat ${formatLabelWeight(label.weightGrams)}`;
  put(doc, weight, left, footerY, { size: 11, bold: true });
  doc.font(BOLD).fontSize(11);
  const weightWidth = doc.widthOfString(weight) + 10;
  put(
    doc,
    formatDateTime("id", label.createdAt),
    left + weightWidth,
    footerY + 2,
    { size: 8, align: "right" },
    CONTENT_WIDTH - weightWidth,
  );
  put(doc, label.shippingMethodLabel, left, footerY + 13, { size: 8 });
}

/** Labels as one PDF, a page each, to print as a batch. */
export async function renderShippingLabels(labels: ShippingLabel[]): Promise<Buffer> {
  if (labels.length === 0) throw new RangeError("No labels to print");
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: "id-ID",
    info: {
      Title:
        labels.length === 1
          ? `Label pengiriman ${clean(labels[0]!.orderCode)}`
          : `Label pengiriman (${labels.length} paket)`,
      Author: "Pasar Kampung",
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const label of labels) {
    // No margins: every position is set by hand, and pdfkit's own page breaks stay out of reach.
    doc.addPage({ size: [PAGE_WIDTH, PAGE_HEIGHT], margin: 0 });
    drawLabel(doc, label);
  }
  const pages = doc.bufferedPageRange().count;
  if (pages !== labels.length) {
    throw new Error(`Shipping labels laid out on ${pages} pages for ${labels.length} labels`);
  }
  doc.end();
  return done;
}

/** One label as a one-page PDF. */
export function renderShippingLabel(label: ShippingLabel): Promise<Buffer> {
  return renderShippingLabels([label]);
}
