import type { LiteracyStratum } from "~/generated/prisma/enums";
import type { InclusionKey } from "~/modules/literacy/instrument";

/** A share in percent with one decimal; 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Each seller's latest assessment before a moment, summed per stratum and indicator. */
export interface LiteracySnapshot {
  assessed: number;
  strata: Record<LiteracyStratum, number>;
  inclusion: Record<InclusionKey, number>;
}
