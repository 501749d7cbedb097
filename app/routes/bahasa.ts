import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "~/utils/i18n";

const LanguageSchema = z.object({
  locale: z.enum(LOCALES),
  // Only same-site paths: never an open redirect.
  redirectTo: z
    .string()
    .regex(/^\/(?!\/)/)
    .catch("/"),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = LanguageSchema.safeParse(form);
  if (!parsed.success) {
    return Response.json({ error: "Bahasa tidak dikenal / unknown language" }, { status: 400 });
  }
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return redirect(parsed.data.redirectTo, {
    headers: {
      "Set-Cookie": `${LOCALE_COOKIE}=${parsed.data.locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`,
    },
  });
}

export async function loader() {
  return redirect("/");
}
