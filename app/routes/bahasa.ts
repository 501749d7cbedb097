import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { readForm } from "~/http/body.server";
import { setUserLocale } from "~/modules/notifications/preferences.server";
import { db } from "~/utils/db.server";
import { LOCALE_COOKIE, LOCALES } from "~/utils/i18n";
import { getOptionalUser } from "~/http/session.server";

const LanguageSchema = z.object({
  locale: z.enum(LOCALES),
  // Only same-site paths: never an open redirect.
  redirectTo: z
    .string()
    .regex(/^\/(?!\/)/)
    .catch("/"),
});

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const parsed = LanguageSchema.safeParse(form);
  if (!parsed.success) {
    return Response.json({ error: "Bahasa tidak dikenal / unknown language" }, { status: 400 });
  }
  // Messages sent later (WhatsApp, email) speak the language the person chose here.
  const user = await getOptionalUser(request);
  if (user) await setUserLocale(db, { userId: user.id, locale: parsed.data.locale });
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
