import { createCookie } from "@remix-run/node";
import { mergeGuestCart, type CartOwner } from "~/modules/orders/cart.server";
import { db } from "~/utils/db.server";
import { getOptionalUser } from "./session.server";

/** A guest's cart token. The cart itself lives in the database, so any instance can serve it. */
const cartCookie = createCookie("pk_cart", {
  httpOnly: true,
  secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
});

async function readToken(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{10,64}$/.test(value) ? value : null;
}

/** Whose cart this request sees: the signed-in user's, else the guest token's (maybe none yet). */
export async function getCartOwner(
  request: Request,
  user?: { id: string } | null,
): Promise<CartOwner> {
  const signedIn = user === undefined ? await getOptionalUser(request) : user;
  if (signedIn) return { userId: signedIn.id };
  return { token: await readToken(request) };
}

async function cartTokenCookie(token: string): Promise<string> {
  return cartCookie.serialize(token);
}

/** The header that keeps a guest's cart when adding to it has just made one, else none. */
export async function newCartHeaders(owner: CartOwner, token: string | null): Promise<Headers> {
  const headers = new Headers();
  if ("token" in owner && token && owner.token !== token) {
    headers.append("Set-Cookie", await cartTokenCookie(token));
  }
  return headers;
}

/**
 * After login or sign-up: moves the guest cart into the user's and returns the header that
 * forgets the guest token, or null when there was none.
 */
export async function adoptGuestCart(request: Request, userId: string): Promise<string | null> {
  const token = await readToken(request);
  if (!token) return null;
  await mergeGuestCart(db, { token, userId });
  return cartCookie.serialize("", { maxAge: 0 });
}
