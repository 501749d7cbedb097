import { z } from "zod";

/** For optional form fields: an empty or all-blank input counts as not given. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A checkbox: browsers send "on" when ticked and nothing when not; JSON callers may send true. */
export const checkboxField = z
  .preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean())
  .default(false);
