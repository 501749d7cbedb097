/**
 * QRIS (EMVCo Merchant-Presented Mode) payloads: validate what a seller pastes and turn a
 * static code into a dynamic one with an exact amount. Pure string handling, no I/O.
 */

export type QrisField = { tag: string; value: string };

export type QrisPayload = {
  pointOfInitiation: "static" | "dynamic";
  merchantName: string;
  merchantCity: string;
  amount: number | null;
  fields: QrisField[];
};

export class QrisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QrisError";
  }
}

export const MAX_QRIS_AMOUNT = 9_999_999_999;

const MESSAGES = {
  empty: "Kode QRIS kosong — tempel isi kode QRIS dari aplikasi bank",
  notQris:
    "Ini bukan kode QRIS — isi kode QRIS selalu diawali 000201, bukan tautan atau teks biasa",
  incomplete: "Kode QRIS tidak lengkap — salin ulang seluruh kode dari aplikasi bank",
  malformed: "Struktur kode QRIS rusak — salin ulang kode dari aplikasi bank",
  noChecksum: "Kode QRIS tidak lengkap — bagian checksum (tag 63) di akhir kode tidak ada",
  checksum: "Checksum QRIS tidak cocok — salin ulang kode dari aplikasi bank",
  duplicate: (tag: string) => `Kode QRIS tidak sah — tag ${tag} muncul lebih dari sekali`,
  initiation: "Jenis kode QRIS (tag 01) harus 11 (statis) atau 12 (dinamis)",
  merchantAccount: "Kode QRIS tidak memuat data akun merchant (tag 26–51)",
  mcc: "Kode kategori usaha (MCC, tag 52) di kode QRIS tidak ada atau tidak sah",
  currency: "Mata uang QRIS harus Rupiah (360)",
  country: "Kode negara QRIS harus ID (Indonesia)",
  merchantName: "Nama merchant (tag 59) tidak ada di kode QRIS",
  merchantCity: "Kota merchant (tag 60) tidak ada di kode QRIS",
  amountInPayload: "Nominal di kode QRIS (tag 54) tidak sah",
  amount: "Nominal harus bilangan bulat Rupiah dari 1 sampai 9.999.999.999",
} as const;

/** CRC-16/CCITT-FALSE over the UTF-8 bytes, as 4 upper-case hex digits. */
export function crc16CcittFalse(input: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(input)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** Splits an EMVCo TLV string: 2-digit tag, 2-digit decimal length, then the value. */
export function parseTlv(payload: string): QrisField[] {
  const fields: QrisField[] = [];
  let pos = 0;
  while (pos < payload.length) {
    if (pos + 4 > payload.length) throw new QrisError(MESSAGES.incomplete);
    const tag = payload.slice(pos, pos + 2);
    const lengthText = payload.slice(pos + 2, pos + 4);
    if (!/^\d\d$/.test(tag) || !/^\d\d$/.test(lengthText)) {
      throw new QrisError(MESSAGES.malformed);
    }
    const length = Number(lengthText);
    const start = pos + 4;
    if (start + length > payload.length) throw new QrisError(MESSAGES.incomplete);
    fields.push({ tag, value: payload.slice(start, start + length) });
    pos = start + length;
  }
  return fields;
}

function serializeTlv(fields: readonly QrisField[]): string {
  return fields
    .map(({ tag, value }) => `${tag}${String(value.length).padStart(2, "0")}${value}`)
    .join("");
}

function withChecksum(body: string): string {
  const signed = `${body}6304`;
  return `${signed}${crc16CcittFalse(signed)}`;
}

function isMerchantAccountTag(tag: string): boolean {
  const n = Number(tag);
  return n >= 26 && n <= 51;
}

// Templates 26–51 must themselves be TLV with a globally unique identifier in sub-tag 00.
function isMerchantAccount(value: string): boolean {
  try {
    return parseTlv(value).some((sub) => sub.tag === "00" && sub.value.trim() !== "");
  } catch {
    return false;
  }
}

function parseAmount(value: string): number {
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(value) || value.length > 13) {
    throw new QrisError(MESSAGES.amountInPayload);
  }
  const amount = Number(value);
  if (!(amount > 0)) throw new QrisError(MESSAGES.amountInPayload);
  return amount;
}

/** Validates a pasted QRIS payload (static or dynamic) and extracts what checkout needs. */
export function parseQris(payload: string): QrisPayload {
  const text = payload.trim();
  if (text === "") throw new QrisError(MESSAGES.empty);
  if (!text.startsWith("000201")) throw new QrisError(MESSAGES.notQris);

  // Check the CRC before the structure so a single mistyped character, even in a length
  // digit, is reported as a bad copy rather than a confusing structural error.
  const hasTrailer = text.length >= 8 && text.slice(-8, -4) === "6304";
  if (hasTrailer && crc16CcittFalse(text.slice(0, -4)) !== text.slice(-4).toUpperCase()) {
    throw new QrisError(MESSAGES.checksum);
  }

  const fields = parseTlv(text);
  const last = fields[fields.length - 1];
  if (!hasTrailer || last?.tag !== "63" || last.value.length !== 4) {
    throw new QrisError(MESSAGES.noChecksum);
  }

  const byTag = new Map<string, string>();
  for (const { tag, value } of fields) {
    if (byTag.has(tag)) throw new QrisError(MESSAGES.duplicate(tag));
    byTag.set(tag, value);
  }

  const initiation = byTag.get("01");
  if (initiation !== "11" && initiation !== "12") throw new QrisError(MESSAGES.initiation);

  const hasAccount = fields.some((f) => isMerchantAccountTag(f.tag) && isMerchantAccount(f.value));
  if (!hasAccount) throw new QrisError(MESSAGES.merchantAccount);

  if (!/^\d{4}$/.test(byTag.get("52") ?? "")) throw new QrisError(MESSAGES.mcc);
  if (byTag.get("53") !== "360") throw new QrisError(MESSAGES.currency);
  if (byTag.get("58") !== "ID") throw new QrisError(MESSAGES.country);

  const merchantName = byTag.get("59")?.trim() ?? "";
  if (merchantName === "") throw new QrisError(MESSAGES.merchantName);
  const merchantCity = byTag.get("60")?.trim() ?? "";
  if (merchantCity === "") throw new QrisError(MESSAGES.merchantCity);

  const amountText = byTag.get("54");
  return {
    pointOfInitiation: initiation === "11" ? "static" : "dynamic",
    merchantName,
    merchantCity,
    amount: amountText === undefined ? null : parseAmount(amountText),
    fields,
  };
}

/** The tag 54 amount of a valid QRIS payload, or null when the payer types it in. */
export function qrisAmount(payload: string): number | null {
  return parseQris(payload).amount;
}

/** Turns a seller's QRIS into a dynamic one that charges exactly `amount` rupiah. */
export function buildDynamicQris(staticPayload: string, amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_QRIS_AMOUNT) {
    throw new QrisError(MESSAGES.amount);
  }
  const { fields } = parseQris(staticPayload);

  const body: QrisField[] = [];
  for (const field of fields) {
    // 54 is replaced; 55–57 (tip prompts and convenience fees) would change the total.
    if (["54", "55", "56", "57", "63"].includes(field.tag)) continue;
    if (field.tag === "58") body.push({ tag: "54", value: String(amount) });
    body.push(field.tag === "01" ? { tag: "01", value: "12" } : field);
  }
  return withChecksum(serializeTlv(body));
}

/**
 * A static QRIS for a merchant, as a bank's app would print it. Used for demo data and tests;
 * real sellers paste the code their bank issued.
 */
export function buildStaticQris(input: {
  merchantName: string;
  merchantCity: string;
  merchantId: string;
  mcc?: string;
}): string {
  const account = serializeTlv([
    { tag: "00", value: "ID.CO.QRIS.WWW" },
    { tag: "02", value: input.merchantId },
    { tag: "03", value: "UMI" },
  ]);
  return withChecksum(
    serializeTlv([
      { tag: "00", value: "01" },
      { tag: "01", value: "11" },
      { tag: "51", value: account },
      { tag: "52", value: input.mcc ?? "5499" },
      { tag: "53", value: "360" },
      { tag: "58", value: "ID" },
      { tag: "59", value: input.merchantName.slice(0, 25) },
      { tag: "60", value: input.merchantCity.slice(0, 15) },
    ]),
  );
}
