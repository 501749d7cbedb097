import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment } from "~/http/download.server";
import { personalDataZip, personalDataZipName } from "~/modules/privacy/personal-data-files";
import { exportPersonalData } from "~/modules/privacy/export.server";
import { db } from "~/utils/db.server";
import { requireUser } from "~/http/session.server";

/** "Download my data": everything about the signed-in person, as a ZIP of JSON and CSV files. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const exported = await exportPersonalData(db, {
    userId: user.id,
    actor: { userId: user.id, ip: context.clientIp },
  });
  return attachment(personalDataZip(exported), {
    name: personalDataZipName(exported),
    type: "application/zip",
  });
}
