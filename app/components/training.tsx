export const TOPICS = [
  "DIGITAL_MARKETING",
  "PRODUCT_PHOTO",
  "BOOKKEEPING",
  "HALAL_CERTIFICATION",
  "FINANCIAL_LITERACY",
  "PACKAGING",
  "LEGALITY",
  "OTHER",
] as const;

/** Date and time in Asia/Jakarta, the way a poster at the balai desa writes it. */
export function formatSessionTime(locale: "id" | "en", date: Date | string): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Jakarta",
  }).format(typeof date === "string" ? new Date(date) : date);
}
