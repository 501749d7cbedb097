import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { signedCookie } from "./session.server";

/**
 * One-time messages shown on the next page ("Tersimpan", "Pesanan dibuat", a download that could
 * not be made): kept in a short-lived cookie between a redirect and the page it leads to, read and
 * cleared by the root loader. The address stays clean and a reload does not show it again.
 */
let cookie: ReturnType<typeof signedCookie> | undefined;
// Signed like the session: only this site can say what the next page shows.
const flashCookie = () => (cookie ??= signedCookie("pk_flash", 60));

const ToastSchema = z.object({
  kind: z.enum(["success", "error"]),
  /** A message key of the dictionaries, translated when shown… */
  key: z.string().max(80).optional(),
  values: z.record(z.string(), z.union([z.string().max(200), z.number()])).optional(),
  /** …or a message already in the reader's language (a module's refusal). */
  message: z.string().max(500).optional(),
});

export type Toast = { kind: "success" | "error" } & (
  | { key: MessageKey; values?: Record<string, string | number>; message?: undefined }
  | { message: string; key?: undefined; values?: undefined }
);

/** A redirect that shows `toast` once on the page it leads to. */
export async function redirectWithToast(url: string, toast: Toast, init?: ResponseInit) {
  return withToast(redirect(url, init), toast);
}

/** The same redirect (e.g. one that also ends a session), showing `toast` on its page. */
export async function withToast(response: Response, toast: Toast): Promise<Response> {
  response.headers.append("Set-Cookie", await flashCookie().serialize(toast));
  return response;
}

/** The toast waiting for this request, and the header that clears it (both null when none). */
export async function readToast(
  request: Request,
): Promise<{ toast: z.infer<typeof ToastSchema> | null; clear: string | null }> {
  const cookie = request.headers.get("Cookie");
  if (!cookie?.includes("pk_flash=")) return { toast: null, clear: null };
  const parsed = ToastSchema.safeParse(
    await flashCookie()
      .parse(cookie)
      .catch(() => null),
  );
  return {
    toast: parsed.success ? parsed.data : null,
    clear: await flashCookie().serialize("", { maxAge: 0 }),
  };
}
