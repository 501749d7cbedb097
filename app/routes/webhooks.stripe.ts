import type { ActionFunctionArgs } from "@remix-run/node";
import { readRawBody } from "~/http/body.server";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import { getStripe, handleStripeWebhook } from "~/modules/payments/stripe.server";
import { db } from "~/utils/db.server";

const MAX_BODY_BYTES = 512 * 1024;

/**
 * Stripe's webhook. The signature covers the exact bytes sent, so the body is read raw and
 * never parsed before verification.
 */
export async function action({ request }: ActionFunctionArgs) {
  const configured = getStripe();
  if (!configured) return new Response("Not found", { status: 404 });
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const rawBody = await readRawBody(request, MAX_BODY_BYTES);
  const outcome = await handleStripeWebhook(
    db,
    configured.stripe,
    {
      rawBody,
      signature: request.headers.get("stripe-signature"),
      webhookSecret: configured.webhookSecret,
    },
    orderSettlement,
  );
  if (outcome.status === 400) return Response.json({ error: outcome.message }, { status: 400 });
  return Response.json({ received: true, duplicate: outcome.duplicate });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
