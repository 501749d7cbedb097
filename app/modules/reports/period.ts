import { addMonths, isMonth, jakartaMonthOf, jakartaMonthRange } from "~/utils/jakarta-calendar";

/** Dashboard periods are whole calendar months in Asia/Jakarta: `dari`..`sampai` (YYYY-MM). */
export const MAX_PERIOD_MONTHS = 36;

/** A valid period from query parameters; defaults to the last 12 months, at most 36. */
export function parsePeriod(params: URLSearchParams, now = new Date()) {
  const today = jakartaMonthOf(now);
  let to = params.get("sampai") ?? "";
  let from = params.get("dari") ?? "";
  if (!isMonth(to)) to = today;
  if (!isMonth(from)) from = addMonths(to, -11);
  if (from > to) [from, to] = [to, from];
  if (from < addMonths(to, -(MAX_PERIOD_MONTHS - 1)))
    from = addMonths(to, -(MAX_PERIOD_MONTHS - 1));
  return {
    fromMonth: from,
    toMonth: to,
    from: jakartaMonthRange(from).start,
    to: jakartaMonthRange(to).end,
  };
}
