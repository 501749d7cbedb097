import type { ActionFunctionArgs } from "@remix-run/node";
import { readRawBody } from "~/http/body.server";
import { applyProviderReport } from "~/modules/orders/order-shipments.server";
import {
  BITESHIP_WEBHOOK_MAX_BYTES,
  BiteshipWebhookInvalid,
  biteshipReport,
  isBiteshipInstallationPing,
  parseBiteshipWebhook,
  verifyBiteshipWebhook,
  type BiteshipWebhookEvent,
} from "~/modules/shipping/biteship/webhook.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/**
 * Biteship's webhook: order status, waybill and price changes of pickups booked through it.
 * Authenticated by the secret header set in Biteship's dashboard; replays and reordering are
 * harmless (the shipment keeps each report once and never moves back). Biteship retries anything
 * but a 2xx, so only a body that can never be read is refused with a 4xx.
 */
export async function action({ request }: ActionFunctionArgs) {
  const secret = getEnv().BITESHIP_WEBHOOK_SECRET;
  if (!secret) return new Response("Not found", { status: 404 });
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const rawBody = await readRawBody(request, BITESHIP_WEBHOOK_MAX_BYTES);
  // Saving the URL in the dashboard sends an empty body: answering 200 lets it be saved.
  if (isBiteshipInstallationPing(rawBody)) return Response.json({ received: true });
  if (!verifyBiteshipWebhook(request.headers, secret)) {
    return Response.json({ error: "Unauthorized" }, { status: 401 });
  }
  let event: BiteshipWebhookEvent;
  try {
    event = parseBiteshipWebhook(rawBody);
  } catch (error) {
    if (error instanceof BiteshipWebhookInvalid) {
      return Response.json({ error: "Invalid body" }, { status: 400 });
    }
    throw error;
  }
  if (event.kind === "ignored") return Response.json({ received: true, ignored: event.reason });
  const outcome = await applyProviderReport(db, biteshipReport(event));
  return Response.json({ received: true, outcome });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
