import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroyUserSession } from "~/utils/session.server";

export async function action({ request }: ActionFunctionArgs) {
  return destroyUserSession(request);
}

// Signing out changes state, so it is a POST only.
export async function loader() {
  return redirect("/");
}
