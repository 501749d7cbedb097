import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/http/session.server";
import { documentStorage } from "~/modules/images/storage.server";
import { readLegalityDocument } from "~/modules/sellers/legality-documents.server";
import { db } from "~/utils/db.server";

/**
 * A legality scan (`?v=pratinjau` for its preview), for the shop's people and its region's
 * staff only (anyone else gets 404); each view is audited. Never kept by a cache in between.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const preview = new URL(request.url).searchParams.get("v") === "pratinjau";
  const file = await readLegalityDocument(db, documentStorage(), {
    actor: user,
    legalityId: params.legalityId ?? "",
    variant: preview ? "preview" : "original",
    ip: context.clientIp,
  });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `inline; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
