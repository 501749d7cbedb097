import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { readForm } from "~/http/body.server";
import { LITE_COOKIE } from "~/utils/lite";

const LiteSchema = z.object({
  lite: z.enum(["0", "1"]),
  // Only same-site paths: never an open redirect.
  redirectTo: z
    .string()
    .regex(/^\/(?!\/)/)
    .catch("/"),
});

/** Switches data-saving mode on or off for this browser (a year). */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = LiteSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    return Response.json({ error: "Pilihan tidak dikenal / unknown choice" }, { status: 400 });
  }
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return redirect(parsed.data.redirectTo, {
    headers: {
      "Set-Cookie": `${LITE_COOKIE}=${parsed.data.lite}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`,
    },
  });
}

export async function loader() {
  return redirect("/");
}
