import { adoptGuestCart } from "./cart-cookie.server";
import { createUserSession } from "./session.server";

/**
 * After a login or sign-up: the session and device cookies, the guest's cart moved into the
 * account, and the redirect to where the person was going.
 */
export async function signedInRedirect(
  request: Request,
  signedIn: { sessionId: string; userId: string; deviceId: string },
  redirectTo: string,
): Promise<Response> {
  const response = await createUserSession(signedIn, redirectTo);
  const forgetGuestCart = await adoptGuestCart(request, signedIn.userId);
  if (forgetGuestCart) response.headers.append("Set-Cookie", forgetGuestCart);
  return response;
}
