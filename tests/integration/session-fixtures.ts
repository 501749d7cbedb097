/** Calling routes as a signed-in user in integration tests. */
import { createUserSession } from "~/http/session.server";
import { db } from "~/utils/db.server";

/** The session cookie of a signed-in user (a day's session), for calling a route as them. */
export async function signedIn(userId: string): Promise<string> {
  const { id } = await db.session.create({
    data: { userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const response = await createUserSession({ sessionId: id, userId, deviceId: "d1" }, "/");
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("pk_session="))!;
  return cookie.split(";")[0]!;
}
