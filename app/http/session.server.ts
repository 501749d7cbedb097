import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import {
  getSessionUser,
  logout,
  SESSION_TTL_MS,
  type SessionUser,
} from "~/modules/auth/auth.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/**
 * SESSION_SECRET, or a random one generated once and kept beside the embedded database. It signs
 * the cookies and the training check-in links.
 */
export function sessionSecret(): string {
  const env = getEnv();
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = path.resolve("data", ".session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** A signed, HTTP-only, same-site cookie (Secure in production). */
export function signedCookie(name: string, maxAgeSeconds: number) {
  return createCookie(name, {
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
    sameSite: "lax",
    path: "/",
    maxAge: maxAgeSeconds,
    secrets: [sessionSecret()],
  });
}

let cookie: ReturnType<typeof createCookie> | undefined;
function sessionCookie() {
  cookie ??= signedCookie("pk_session", SESSION_TTL_MS / 1000);
  return cookie;
}

const DEVICE_TTL_SECONDS = 365 * 24 * 60 * 60;
const DeviceSchema = z.object({ userId: z.string().min(1), deviceId: z.string().min(1) });

let device: ReturnType<typeof createCookie> | undefined;
function deviceCookie() {
  device ??= signedCookie("pk_device", DEVICE_TTL_SECONDS);
  return device;
}

/**
 * The signed device cookie of an earlier successful login: login throttling trusts the device
 * for that account (decision 013). A forged or foreign value reads as none.
 */
export async function readDevice(
  request: Request,
): Promise<{ userId: string; deviceId: string } | null> {
  const parsed = DeviceSchema.safeParse(await deviceCookie().parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : null;
}

async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

// The root loader and the page's loaders ask for the same request's user: read it once.
const usersByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

export function getOptionalUser(request: Request): Promise<SessionUser | null> {
  let user = usersByRequest.get(request);
  if (!user) {
    user = readSessionId(request).then((sessionId) =>
      sessionId ? getSessionUser(db, sessionId) : null,
    );
    usersByRequest.set(request, user);
  }
  return user;
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getOptionalUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/masuk?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return user;
}

/** Signs in: the session cookie, and the device cookie that login throttling trusts later. */
export async function createUserSession(
  signedIn: { sessionId: string; userId: string; deviceId: string },
  redirectTo: string,
): Promise<Response> {
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookie().serialize(signedIn.sessionId));
  headers.append(
    "Set-Cookie",
    await deviceCookie().serialize({ userId: signedIn.userId, deviceId: signedIn.deviceId }),
  );
  return redirect(safeRedirect(redirectTo), { headers });
}

export async function destroyUserSession(request: Request, redirectTo = "/"): Promise<Response> {
  const sessionId = await readSessionId(request);
  if (sessionId) await logout(db, sessionId);
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) },
  });
}

/** Only paths on this site: never an open redirect. */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (
    typeof to !== "string" ||
    !to.startsWith("/") ||
    to.startsWith("//") ||
    to.startsWith("/\\")
  ) {
    return fallback;
  }
  return to;
}
