import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requirePermission } from "~/http/guards.server";
import { z } from "zod";
import { readForm } from "~/http/body.server";
import { attachment } from "~/http/download.server";
import { personalDataZip, personalDataZipName } from "~/modules/privacy/personal-data-files";
import { exportPersonalData } from "~/modules/privacy/export.server";
import { db } from "~/utils/db.server";

const ExportSchema = z.object({
  userId: z.string().min(1),
  reason: z.string().max(1000),
  hp: z.string().max(40).default(""),
});

/** Staff download a person's data for them (audited with the reason); a file, so its own route. */
export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePermission(request, "privacy.request");
  const parsed = ExportSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return redirect("/staf/data-pribadi");
  const back = `/staf/data-pribadi?${new URLSearchParams({ hp: parsed.data.hp })}`;
  return withDomainErrors(
    request,
    async () => {
      const exported = await exportPersonalData(db, {
        userId: parsed.data.userId,
        actor: { userId: staff.id, ip: context.clientIp },
        reason: parsed.data.reason,
      });
      return attachment(personalDataZip(exported), {
        name: personalDataZipName(exported),
        type: "application/zip",
      });
    },
    (failure) => redirectWithToast(back, { kind: "error", message: failure.message }),
  );
}

export function loader() {
  return redirect("/staf/data-pribadi");
}
