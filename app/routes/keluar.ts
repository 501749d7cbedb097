import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { readForm } from "~/http/body.server";
import { destroyUserSession } from "~/http/session.server";

export async function action({ request }: ActionFunctionArgs) {
  // No fields, but only a real form post signs out (anything else is 415, like every action).
  await readForm(request);
  return destroyUserSession(request);
}

// Signing out changes state, so it is a POST only.
export async function loader() {
  return redirect("/");
}
