/** Dashboard periods are whole calendar months in Asia/Jakarta: `dari`..`sampai` (YYYY-MM). */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthStart(month: string): Date {
  const [, y, m] = MONTH.exec(month)!;
  return new Date(Date.UTC(Number(y), Number(m) - 1, 1) - 7 * 3_600_000);
}

export function currentMonth(now = new Date()): string {
  const jakarta = new Date(now.getTime() + 7 * 3_600_000);
  return `${jakarta.getUTCFullYear()}-${String(jakarta.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function shiftMonth(month: string, by: number): string {
  const [, y, m] = MONTH.exec(month)!;
  const d = new Date(Date.UTC(Number(y), Number(m) - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** A valid period from query parameters; defaults to the last 12 months, at most 36. */
export function parsePeriod(params: URLSearchParams, now = new Date()) {
  const today = currentMonth(now);
  let to = params.get("sampai") ?? "";
  let from = params.get("dari") ?? "";
  if (!MONTH.test(to)) to = today;
  if (!MONTH.test(from)) from = shiftMonth(to, -11);
  if (from > to) [from, to] = [to, from];
  if (from < shiftMonth(to, -35)) from = shiftMonth(to, -35);
  return {
    fromMonth: from,
    toMonth: to,
    from: monthStart(from),
    to: monthStart(shiftMonth(to, 1)),
  };
}
