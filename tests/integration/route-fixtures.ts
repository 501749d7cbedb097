/** Calling routes in integration tests: the request context, a signed-in user, a webhook POST. */
import type { ActionFunctionArgs } from "@remix-run/node";
import { createUserSession } from "~/http/session.server";
import { db } from "~/utils/db.server";

/** What the server hands every route (no CSP nonce needed, a local client). */
export const ROUTE_CONTEXT = { cspNonce: "", clientIp: "127.0.0.1" };

/** The session cookie of a signed-in user (a day's session), for calling a route as them. */
export async function signedIn(userId: string): Promise<string> {
  const { id } = await db.session.create({
    data: { userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const response = await createUserSession({ sessionId: id, userId, deviceId: "d1" }, "/");
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("pk_session="))!;
  return cookie.split(";")[0]!;
}

/** POSTs a provider's webhook body to a route's action (a string is sent as it is). */
export async function postWebhook(
  action: (args: ActionFunctionArgs) => unknown,
  url: string,
  body: unknown,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<Response> {
  const request = new Request(url, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return (await action({ request, params: {}, context: ROUTE_CONTEXT })) as Response;
}
