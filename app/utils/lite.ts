/**
 * Data-saving ("hemat kuota") mode: pages without the hydration scripts (every flow works
 * without JavaScript) and with the smallest photo variants. On when the browser sends
 * `Save-Data: on` (a phone's data saver), or when the visitor switched it on; a visitor who
 * switched it off gets full pages even with Save-Data.
 */
export const LITE_COOKIE = "hemat";

function cookieValue(cookieHeader: string | null | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export function isLiteRequest(headers: {
  cookie?: string | null;
  saveData?: string | null;
}): boolean {
  const chosen = cookieValue(headers.cookie, LITE_COOKIE);
  if (chosen === "1") return true;
  if (chosen === "0") return false;
  return headers.saveData?.trim().toLowerCase() === "on";
}
