import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { openNotification } from "~/modules/notifications/inbox.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { requireUser } from "~/http/session.server";

/** Opens a notification: marks it read and goes where it points. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = params.notificationId ?? "";
  invariantResponse(/^[\w-]{1,64}$/.test(id), "Not found", { status: 404 });
  const link = await openNotification(db, { userId: user.id, id });
  invariantResponse(link, "Not found", { status: 404 });
  // Links are written by the platform as site paths; anything else goes to the list.
  return redirect(link.startsWith("/") && !link.startsWith("//") ? link : "/notifikasi");
}
