/** For optional form fields: an empty or all-blank input counts as not given. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}
