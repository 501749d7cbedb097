import type { ActionFunctionArgs } from "@remix-run/node";
import { readRawBody } from "~/http/body.server";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import {
  getMidtrans,
  handleMidtransNotification,
} from "~/modules/payments/midtrans/gateway.server";
import { MidtransUnreachable } from "~/modules/payments/midtrans/midtrans.server";
import { db } from "~/utils/db.server";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Midtrans' HTTP notification. Midtrans retries anything but a 2xx, so a Status API that cannot
 * be reached answers 503: the notification comes again.
 */
export async function action({ request }: ActionFunctionArgs) {
  const configured = getMidtrans();
  if (!configured) return new Response("Not found", { status: 404 });
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  const rawBody = await readRawBody(request, MAX_BODY_BYTES);
  try {
    const outcome = await handleMidtransNotification(
      db,
      configured.client,
      { rawBody, serverKey: configured.serverKey },
      orderSettlement,
    );
    if (outcome.status !== 200) {
      return Response.json({ error: outcome.message }, { status: outcome.status });
    }
    return Response.json({ received: true, duplicate: outcome.duplicate });
  } catch (error) {
    if (error instanceof MidtransUnreachable) {
      return Response.json({ error: "Status API unreachable" }, { status: 503 });
    }
    throw error;
  }
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
