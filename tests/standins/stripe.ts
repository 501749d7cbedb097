/**
 * A local stand-in for Stripe's Refunds API (`POST /v1/refunds`). It checks what Stripe's API
 * reference asks of a create-refund request — a Bearer secret key, a form-encoded body naming a
 * `payment_intent` or a `charge`, an optional positive integer `amount` in the currency's minor
 * unit (no more than is left to refund), `metadata[...]` strings, and an `Idempotency-Key` header
 * — and answers like the API: a `refund` object, or an `{ error: { type, message } }` body.
 * The same idempotency key returns the first refund (and a different body with it is an
 * idempotency_error). Tests can make the next requests fail before anything is refunded (4xx,
 * 5xx) or hang after the refund is made (the answer is lost, as in a timeout).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInRefund {
  id: string;
  object: "refund";
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  status: "succeeded" | "pending" | "failed";
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
}

export type StripeFailure = { status: 400 | 402 | 404 | 429 | 500 | 503 } | { hangMs: number };

export interface StripeStandIn {
  /** Base URL for STRIPE_API_BASE / stripeHostOptions. */
  url: string;
  secretKey: string;
  /** A succeeded PaymentIntent (and its charge) that refunds can name, in minor units. */
  addPaymentIntent: (id: string, amount: number) => void;
  /** Refunds made, in order. */
  refunds: StandInRefund[];
  /** Every POST /v1/refunds received (including failed and replayed ones). */
  requests: { idempotencyKey: string | undefined; form: URLSearchParams }[];
  /** Requests refused because their shape was wrong (should stay empty). */
  rejected: { reason: string; body: string }[];
  /** Answers the next requests with these failures, one each, before answering normally. */
  failNext: (...failures: StripeFailure[]) => void;
  /** The status new refunds start with (default succeeded). */
  refundStatus: StandInRefund["status"];
  close: () => Promise<void>;
}

const API_ERROR = {
  400: "invalid_request_error",
  402: "card_error",
  404: "invalid_request_error",
  429: "rate_limit_error",
  500: "api_error",
  503: "api_error",
} as const;

export async function startStripeStandIn(
  options: { secretKey?: string } = {},
): Promise<StripeStandIn> {
  const secretKey = options.secretKey ?? "sk_test_pasar_kampung";
  const intents = new Map<string, { amount: number; charge: string }>();
  const byKey = new Map<string, { body: string; refund: StandInRefund }>();
  const queue: StripeFailure[] = [];
  let counter = 0;

  const state: StripeStandIn = {
    url: "",
    secretKey,
    addPaymentIntent: (id, amount) => intents.set(id, { amount, charge: `ch_${id.slice(3)}` }),
    refunds: [],
    requests: [],
    rejected: [],
    failNext: (...failures) => queue.push(...failures),
    refundStatus: "succeeded",
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const answer = (res: http.ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "Content-Type": "application/json", "Request-Id": `req_${++counter}` });
    res.end(JSON.stringify(body));
  };
  const error = (res: http.ServerResponse, status: keyof typeof API_ERROR, message: string) =>
    answer(res, status, { error: { type: API_ERROR[status], message } });

  const refuse = (res: http.ServerResponse, reason: string, body: string) => {
    state.rejected.push({ reason, body });
    error(res, 400, reason);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (req.method !== "POST" || req.url !== "/v1/refunds") {
        state.rejected.push({ reason: `${req.method} ${req.url}`, body });
        return error(res, 404, `Unrecognized request URL (${req.method}: ${req.url})`);
      }
      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        state.rejected.push({ reason: "authorization", body });
        return answer(res, 401, {
          error: { type: "invalid_request_error", message: "Invalid API Key provided" },
        });
      }
      if (!String(req.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) {
        return refuse(res, "content-type must be application/x-www-form-urlencoded", body);
      }
      const key = req.headers["idempotency-key"];
      const idempotencyKey = typeof key === "string" ? key : undefined;
      const form = new URLSearchParams(body);
      state.requests.push({ idempotencyKey, form });
      if (!idempotencyKey || idempotencyKey.length > 255) {
        return refuse(res, "an Idempotency-Key header (up to 255 characters) is expected", body);
      }
      const allowed = /^(payment_intent|charge|amount|reason|metadata\[[^\]]+\])$/;
      const unknown = [...form.keys()].filter((k) => !allowed.test(k));
      if (unknown.length > 0) return refuse(res, `Received unknown parameter: ${unknown[0]}`, body);

      // A failure that happens before Stripe starts executing: nothing is saved for the key.
      const failure = queue.shift();
      if (failure && "status" in failure) {
        return error(res, failure.status, `Stand-in failure ${failure.status}`);
      }

      const saved = byKey.get(idempotencyKey);
      if (saved) {
        if (saved.body !== body) {
          return answer(res, 400, {
            error: {
              type: "idempotency_error",
              message: "Keys for idempotent requests can only be used with the same parameters",
            },
          });
        }
        if (failure) await new Promise((r) => setTimeout(r, failure.hangMs));
        return answer(res, 200, saved.refund);
      }

      const intentId = form.get("payment_intent");
      const chargeId = form.get("charge");
      if (!intentId === !chargeId) {
        return refuse(res, "One of payment_intent or charge is required", body);
      }
      const found = intentId
        ? ([intentId, intents.get(intentId)] as const)
        : [...intents.entries()].find(([, v]) => v.charge === chargeId);
      if (!found?.[1])
        return refuse(res, `No such payment_intent: '${intentId ?? chargeId}'`, body);
      const [pi, intent] = found;
      const refunded = state.refunds
        .filter((r) => r.payment_intent === pi && r.status !== "failed")
        .reduce((sum, r) => sum + r.amount, 0);
      const rawAmount = form.get("amount");
      if (rawAmount !== null && !/^[1-9][0-9]*$/.test(rawAmount)) {
        return refuse(res, "Invalid integer: amount", body);
      }
      const amount = rawAmount === null ? intent.amount - refunded : Number(rawAmount);
      if (amount > intent.amount - refunded) {
        return refuse(res, "Refund amount is greater than the unrefunded amount", body);
      }
      const reason = form.get("reason");
      if (reason && !["duplicate", "fraudulent", "requested_by_customer"].includes(reason)) {
        return refuse(res, "Invalid reason", body);
      }
      const metadata: Record<string, string> = {};
      for (const [k, v] of form) {
        const m = /^metadata\[([^\]]+)\]$/.exec(k);
        if (m) metadata[m[1]!] = v;
      }
      const refund: StandInRefund = {
        id: `re_standin_${++counter}`,
        object: "refund",
        amount,
        currency: "idr",
        charge: intent.charge,
        payment_intent: pi,
        status: state.refundStatus,
        reason,
        metadata,
        created: Math.floor(Date.now() / 1000),
      };
      state.refunds.push(refund);
      byKey.set(idempotencyKey, { body, refund });
      // A hang after the refund is made: the caller's timeout fires and the answer is lost.
      if (failure) await new Promise((r) => setTimeout(r, failure.hangMs));
      answer(res, 200, refund);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
