import { getEnv } from "~/utils/env.server";

let warned = false;

/**
 * The origin printed in links that leave the site (statements, certificates, bank share links,
 * payment return addresses): PUBLIC_URL, which production requires. In development without it,
 * the origin the request came in on, with a warning once per process: such a link may only work
 * on this machine.
 */
export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const origin = new URL(request.url).origin;
  if (!warned) {
    warned = true;
    console.warn(
      `PUBLIC_URL is not set: printed links (statements, certificates, share links) use ${origin}, which may only work on this machine.`,
    );
  }
  return origin;
}
