import type { LegalityStatus, LegalityType } from "~/generated/prisma/enums";

export type LegalityBadge = "NIB" | "PIRT" | "HALAL";

/**
 * Badges a buyer may see. A legality number counts only once staff verified it; the halal badge
 * also needs the product itself marked halal (a certified kitchen can still sell a non-halal item).
 */
export function publicLegalityBadges(
  legalities: { type: LegalityType; status: LegalityStatus }[],
  productIsHalal?: boolean,
): LegalityBadge[] {
  const verified = new Set(legalities.filter((l) => l.status === "VERIFIED").map((l) => l.type));
  const badges: LegalityBadge[] = [];
  if (verified.has("NIB")) badges.push("NIB");
  if (verified.has("PIRT")) badges.push("PIRT");
  if (verified.has("HALAL") && productIsHalal !== false) badges.push("HALAL");
  return badges;
}
