import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readForm } from "~/http/body.server";
import { attachment } from "~/http/download.server";
import { can } from "~/modules/auth/permissions";
import { personalDataZip, personalDataZipName } from "~/modules/privacy/personal-data-files";
import { exportPersonalData } from "~/modules/privacy/export.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { notFound } from "~/http/responses";
import { requireUser } from "~/http/session.server";

const ExportSchema = z.object({
  userId: z.string().min(1),
  reason: z.string().max(1000),
  hp: z.string().max(40).default(""),
});

/** Staff download a person's data for them (audited with the reason); a file, so its own route. */
export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requireUser(request);
  if (!can(staff, "privacy.request")) notFound();
  const parsed = ExportSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return redirect("/staf/data-pribadi");
  const back = (error: string) =>
    redirect(`/staf/data-pribadi?${new URLSearchParams({ hp: parsed.data.hp, galat: error })}`);
  try {
    const exported = await exportPersonalData(db, {
      userId: parsed.data.userId,
      actor: { userId: staff.id, ip: context.clientIp },
      reason: parsed.data.reason,
    });
    return attachment(personalDataZip(exported), {
      name: personalDataZipName(exported),
      type: "application/zip",
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return back(error.message);
  }
}

export function loader() {
  return redirect("/staf/data-pribadi");
}
