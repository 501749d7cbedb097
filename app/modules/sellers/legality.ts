import type { LegalityStatus, LegalityType } from "~/generated/prisma/enums";

export type LegalityBadge = "NIB" | "PIRT" | "HALAL";

/** Short names, as on the badges and in notifications (the same in both languages). */
export const DOCUMENT_SHORT_NAMES: Record<LegalityType, string> = {
  NIB: "NIB",
  PIRT: "P-IRT",
  HALAL: "Halal",
  SKU: "SKU",
  KTP: "KTP",
};

/** A KTP is kept as a scan only: its number is the NIK, which lives encrypted on the seller. */
export function documentHasNumber(type: LegalityType): boolean {
  return type !== "KTP";
}

/** An NIB and a KTP have no end date to record; the others may (a P-IRT must). */
export function documentExpires(type: LegalityType): boolean {
  return type !== "NIB" && type !== "KTP";
}

/** Shops are reminded this long before a document expires; the dashboard counts it as expiring. */
export const EXPIRY_REMINDER_DAYS = 30;

/** A legality document as the badge rules read it. */
export type LegalityState = {
  type: LegalityType;
  status: LegalityStatus;
  expiresAt?: Date | null;
};

/**
 * A document counts only while staff have verified it and it has not expired. Every place that
 * trusts a legality document (badges, search facets, the statement, the KUR checklist) asks here.
 */
export function isLegalityCurrent(legality: LegalityState, now: Date = new Date()): boolean {
  if (legality.status !== "VERIFIED") return false;
  return !legality.expiresAt || legality.expiresAt.getTime() > now.getTime();
}

/** The document types a seller holds current (verified and unexpired). */
export function currentLegalityTypes(
  legalities: LegalityState[],
  now: Date = new Date(),
): Set<LegalityType> {
  return new Set(legalities.filter((l) => isLegalityCurrent(l, now)).map((l) => l.type));
}

/**
 * Badges a buyer may see. A legality document counts only while verified and unexpired; the
 * halal badge also needs the product to be one the halal certificate covers (a certified kitchen
 * can still sell an item outside its certificate).
 */
export function publicLegalityBadges(
  legalities: LegalityState[],
  productCovered?: boolean,
  now: Date = new Date(),
): LegalityBadge[] {
  const current = currentLegalityTypes(legalities, now);
  const badges: LegalityBadge[] = [];
  if (current.has("NIB")) badges.push("NIB");
  if (current.has("PIRT")) badges.push("PIRT");
  if (current.has("HALAL") && productCovered !== false) badges.push("HALAL");
  return badges;
}
