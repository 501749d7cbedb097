/**
 * A local stand-in for Midtrans's Core API: `POST /v2/charge` and `GET /v2/{order_id}/status`.
 * It checks what Midtrans's API reference asks of a charge — Basic auth with the server key as
 * user and an empty password, a JSON body with a known payment_type and its object
 * (qris.acquirer, bank_transfer.bank, echannel.bill_info1/2, gopay, shopeepay.callback_url),
 * transaction_details with an order_id of up to 50 URL-safe characters and an integer
 * gross_amount, item_details whose price × quantity add up to gross_amount, custom_expiry — and
 * answers like the API: the documented response per channel, `406` for an order_id charged
 * before, `404` "Transaction doesn't exist." on status. Tests move transactions on (settle,
 * expire), get correctly signed notifications for them, and can make the next requests fail (4xx,
 * 5xx, an error only in the body as Midtrans sometimes answers with HTTP 200) or hang.
 */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

type PaymentType = "qris" | "bank_transfer" | "echannel" | "gopay" | "shopeepay";
export type StandInStatus =
  "pending" | "settlement" | "capture" | "expire" | "cancel" | "deny" | "failure" | "refund";

export interface StandInTransaction {
  transactionId: string;
  orderId: string;
  paymentType: PaymentType;
  grossAmount: number;
  status: StandInStatus;
  fraudStatus: "accept" | "challenge";
  transactionTime: Date;
  expiryTime: Date;
  settlementTime?: Date;
  bank?: string;
  vaNumber?: string;
  billKey?: string;
  qrString?: string;
  request: unknown;
}

/** A notification body: Midtrans sends every field as a string. */
export type StandInNotification = Record<string, string> & {
  order_id: string;
  status_code: string;
  gross_amount: string;
  signature_key: string;
};

export type MidtransFailure =
  | { status: 400 | 401 | 402 | 404 | 406 | 429 | 500 | 502 | 503; inBodyOnly?: boolean }
  | { hangMs: number };

export interface MidtransStandIn {
  /** Base URL for MIDTRANS_API_BASE / createMidtransClient({ baseUrl }). */
  url: string;
  serverKey: string;
  /** Charges made, by order_id. */
  transactions: Map<string, StandInTransaction>;
  /** Every request received (including failed and refused ones). */
  requests: { method: string; path: string; body: unknown }[];
  /** Requests refused because their shape was wrong (should stay empty). */
  rejected: { reason: string; body: string }[];
  /** Answers the next requests with these failures, one each, before answering normally. */
  failNext: (...failures: MidtransFailure[]) => void;
  settle: (orderId: string) => void;
  expire: (orderId: string) => void;
  setStatus: (orderId: string, status: StandInStatus, fraudStatus?: "accept" | "challenge") => void;
  /** The HTTP notification Midtrans would send now, signed with serverKey (ours by default). */
  notificationFor: (orderId: string, serverKey?: string) => StandInNotification;
  close: () => Promise<void>;
}

const DUPLICATE_MESSAGE =
  "The request could not be completed due to a conflict with the current state of the target resource, please try again";
const STATUS_CODE: Record<StandInStatus, string> = {
  pending: "201",
  settlement: "200",
  capture: "200",
  expire: "407",
  cancel: "200",
  deny: "202",
  failure: "202",
  refund: "200",
};
/** Midtrans's default expiry per channel, in minutes. */
const DEFAULT_EXPIRY: Record<PaymentType, number> = {
  qris: 15,
  gopay: 15,
  shopeepay: 5,
  bank_transfer: 24 * 60,
  echannel: 24 * 60,
};
const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

const ChargeSchema = z
  .object({
    payment_type: z.enum(["qris", "bank_transfer", "echannel", "gopay", "shopeepay"]),
    transaction_details: z.strictObject({
      order_id: z.string().regex(/^[A-Za-z0-9\-_.~]{1,50}$/),
      gross_amount: z.number().int().positive(),
    }),
    item_details: z
      .array(
        z.strictObject({
          id: z.string().max(50).optional(),
          name: z.string().min(1).max(50),
          price: z.number().int(),
          quantity: z.number().int().positive(),
        }),
      )
      .min(1)
      .optional(),
    customer_details: z
      .strictObject({
        first_name: z.string().max(255).optional(),
        last_name: z.string().max(255).optional(),
        email: z.email().optional(),
        phone: z.string().max(255).optional(),
      })
      .optional(),
    custom_expiry: z
      .strictObject({
        order_time: z.string().optional(),
        expiry_duration: z.number().int().positive(),
        unit: z.enum(["second", "minute", "hour", "day"]).optional(),
      })
      .optional(),
    qris: z.strictObject({ acquirer: z.enum(["gopay", "airpay shopee"]).optional() }).optional(),
    bank_transfer: z
      .strictObject({
        bank: z.enum(["bca", "bni", "bri", "permata", "cimb"]),
        va_number: z.string().optional(),
      })
      .optional(),
    echannel: z
      .strictObject({ bill_info1: z.string().min(1), bill_info2: z.string().min(1) })
      .optional(),
    gopay: z
      .strictObject({
        enable_callback: z.boolean().optional(),
        callback_url: z.url().optional(),
      })
      .optional(),
    shopeepay: z.strictObject({ callback_url: z.url() }).optional(),
  })
  .strict();
type ChargeBody = z.infer<typeof ChargeSchema>;

/** Midtrans's "YYYY-MM-DD HH:mm:ss" in GMT+7. */
function wib(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}

function digits(n: number): string {
  return Array.from({ length: n }, () => crypto.randomInt(10)).join("");
}

export async function startMidtransStandIn(
  options: { serverKey?: string } = {},
): Promise<MidtransStandIn> {
  const serverKey = options.serverKey ?? "SB-Mid-server-pasar-kampung";
  const queue: MidtransFailure[] = [];

  const find = (orderId: string) => {
    const found = state.transactions.get(orderId);
    if (!found) throw new Error(`The stand-in has no transaction ${orderId}`);
    return found;
  };
  const setStatus: MidtransStandIn["setStatus"] = (orderId, status, fraudStatus = "accept") => {
    const transaction = find(orderId);
    transaction.status = status;
    transaction.fraudStatus = fraudStatus;
    if (status === "settlement" || status === "capture") transaction.settlementTime = new Date();
  };

  const state: MidtransStandIn = {
    url: "",
    serverKey,
    transactions: new Map(),
    requests: [],
    rejected: [],
    failNext: (...failures) => queue.push(...failures),
    settle: (orderId) => setStatus(orderId, "settlement"),
    expire: (orderId) => setStatus(orderId, "expire"),
    setStatus,
    notificationFor: (orderId, key = serverKey) => {
      const t = find(orderId);
      const statusCode = STATUS_CODE[t.status];
      const grossAmount = `${t.grossAmount}.00`;
      return {
        order_id: orderId,
        gross_amount: grossAmount,
        ...Object.fromEntries(
          Object.entries(transactionBody(t)).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        ),
        status_code: statusCode,
        signature_key: crypto
          .createHash("sha512")
          .update(orderId + statusCode + grossAmount + key)
          .digest("hex"),
      };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  /** The fields a status answer and a notification share. */
  function transactionBody(t: StandInTransaction): Record<string, unknown> {
    return {
      transaction_time: wib(t.transactionTime),
      transaction_status: t.status,
      transaction_id: t.transactionId,
      status_message: `midtrans payment notification`,
      payment_type: t.paymentType,
      order_id: t.orderId,
      merchant_id: "G000000001",
      gross_amount: `${t.grossAmount}.00`,
      fraud_status: t.fraudStatus,
      currency: "IDR",
      expiry_time: wib(t.expiryTime),
      ...(t.settlementTime ? { settlement_time: wib(t.settlementTime) } : {}),
      ...(t.paymentType === "bank_transfer" && t.bank !== "permata"
        ? { va_numbers: [{ bank: t.bank, va_number: t.vaNumber }] }
        : {}),
      ...(t.bank === "permata" ? { permata_va_number: t.vaNumber } : {}),
      ...(t.billKey ? { bill_key: t.billKey, biller_code: "70012" } : {}),
    };
  }

  const answer = (res: http.ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const error = (
    res: http.ServerResponse,
    status: number,
    message: string,
    extra: Record<string, unknown> = {},
    inBodyOnly = false,
  ) =>
    answer(res, inBodyOnly ? 200 : status, {
      status_code: String(status),
      status_message: message,
      id: crypto.randomUUID(),
      ...extra,
    });
  const refuse = (res: http.ServerResponse, reason: string, body: string) => {
    state.rejected.push({ reason, body });
    error(res, 400, "One or more parameters in the payload is invalid.", {
      validation_messages: [reason],
    });
  };

  function charge(res: http.ServerResponse, raw: string, hangMs: number | undefined) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return refuse(res, "body is not JSON", raw);
    }
    const parsed = ChargeSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(res, `${issue?.path.join(".")}: ${issue?.message}`, raw);
    }
    const body: ChargeBody = parsed.data;
    const { order_id: orderId, gross_amount: gross } = body.transaction_details;
    if (body.item_details) {
      const sum = body.item_details.reduce((total, i) => total + i.price * i.quantity, 0);
      if (sum !== gross) {
        return refuse(
          res,
          "transaction_details.gross_amount is not equal to the sum of item_details",
          raw,
        );
      }
    }
    const objects = ["qris", "bank_transfer", "echannel", "gopay", "shopeepay"] as const;
    const stray = objects.find((name) => body[name] && name !== body.payment_type);
    if (stray) return refuse(res, `${stray} does not go with ${body.payment_type}`, raw);
    if (body.payment_type === "bank_transfer" && !body.bank_transfer) {
      return refuse(res, "bank_transfer.bank is required", raw);
    }
    if (body.payment_type === "echannel" && !body.echannel) {
      return refuse(res, "echannel.bill_info1 and bill_info2 are required", raw);
    }
    if (state.transactions.has(orderId)) return error(res, 406, DUPLICATE_MESSAGE);

    const now = new Date();
    const expiryMs = body.custom_expiry
      ? body.custom_expiry.expiry_duration * UNIT_MS[body.custom_expiry.unit ?? "minute"]
      : DEFAULT_EXPIRY[body.payment_type] * 60_000;
    const bank = body.bank_transfer?.bank;
    const t: StandInTransaction = {
      transactionId: crypto.randomUUID(),
      orderId,
      paymentType: body.payment_type,
      grossAmount: gross,
      status: "pending",
      fraudStatus: "accept",
      transactionTime: now,
      expiryTime: new Date(now.getTime() + expiryMs),
      ...(bank ? { bank, vaNumber: bank === "bca" ? `12345${digits(6)}` : digits(16) } : {}),
      ...(body.payment_type === "echannel" ? { billKey: digits(12) } : {}),
      ...(body.payment_type === "qris" || body.payment_type === "gopay"
        ? {
            qrString: `00020101021226620014COM.GO-JEK.WWW01189360091434506469550210G0000000010303UMI51440014ID.CO.QRIS.WWW0215ID20200000000010303UMI5204581253033605405${gross}5802ID5913PASAR KAMPUNG6007JAKARTA6304ABCD`,
          }
        : {}),
      request: body,
    };
    state.transactions.set(orderId, t);

    const base = transactionBody(t);
    delete base.settlement_time;
    const api = `${state.url}/v2`;
    let reply: Record<string, unknown>;
    switch (body.payment_type) {
      case "qris":
        reply = {
          status_code: "201",
          status_message: "QRIS transaction is created",
          ...base,
          actions: [
            {
              name: "generate-qr-code",
              method: "GET",
              url: `${api}/qris/${t.transactionId}/qr-code`,
            },
          ],
          qr_string: t.qrString,
          acquirer: body.qris?.acquirer ?? "gopay",
        };
        break;
      case "bank_transfer":
        reply = {
          status_code: "201",
          status_message: "Success, Bank Transfer transaction is created",
          ...base,
        };
        break;
      case "echannel":
        reply = {
          status_code: "201",
          status_message: "Success, Mandiri Bill transaction is successful",
          ...base,
        };
        break;
      case "gopay": {
        const callback = body.gopay?.enable_callback && body.gopay.callback_url;
        reply = {
          status_code: "201",
          status_message: "GoPay transaction is created",
          ...base,
          actions: [
            {
              name: "generate-qr-code",
              method: "GET",
              url: `${api}/gopay/${t.transactionId}/qr-code`,
            },
            {
              name: "deeplink-redirect",
              method: "GET",
              url: `https://simulator.sandbox.midtrans.com/gopay/ui/checkout?referenceid=${t.transactionId}${
                callback ? `&callback_url=${encodeURIComponent(callback)}` : ""
              }`,
            },
            { name: "get-status", method: "GET", url: `${api}/${t.transactionId}/status` },
            { name: "cancel", method: "POST", url: `${api}/${t.transactionId}/cancel` },
          ],
        };
        break;
      }
      case "shopeepay":
        reply = {
          status_code: "201",
          status_message: "ShopeePay transaction is created",
          channel_response_code: "0",
          channel_response_message: "success",
          ...base,
          actions: [
            {
              name: "deeplink-redirect",
              method: "GET",
              url: `https://simulator.sandbox.midtrans.com/shopeepay/ui/checkout?reference=${t.transactionId}`,
            },
          ],
        };
        break;
    }
    // A hang after the charge is made: the caller's timeout fires and the answer is lost.
    if (hangMs) setTimeout(() => answer(res, 200, reply), hangMs);
    else answer(res, 200, reply);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "").split("?")[0] ?? "";
      let parsedBody: unknown = raw;
      try {
        parsedBody = raw ? JSON.parse(raw) : null;
      } catch {
        // Kept as text; the charge handler refuses it.
      }
      state.requests.push({ method: req.method ?? "", path, body: parsedBody });

      const expected = `Basic ${Buffer.from(`${serverKey}:`).toString("base64")}`;
      if (req.headers.authorization !== expected) {
        state.rejected.push({ reason: "authorization", body: raw });
        return error(
          res,
          401,
          "Access denied due to unauthorized transaction, please check client or server key",
        );
      }
      if (!String(req.headers.accept).includes("application/json")) {
        return refuse(res, "Accept must be application/json", raw);
      }

      const failure = queue.shift();
      if (failure && "status" in failure) {
        return error(
          res,
          failure.status,
          `Stand-in failure ${failure.status}`,
          {},
          failure.inBodyOnly,
        );
      }
      const hangMs = failure?.hangMs;

      if (req.method === "POST" && path === "/v2/charge") {
        if (!String(req.headers["content-type"]).startsWith("application/json")) {
          return refuse(res, "Content-Type must be application/json", raw);
        }
        return charge(res, raw, hangMs);
      }
      const status = /^\/v2\/([^/]+)\/status$/.exec(path);
      if (req.method === "GET" && status) {
        const id = decodeURIComponent(status[1]!);
        const t =
          state.transactions.get(id) ??
          [...state.transactions.values()].find((x) => x.transactionId === id);
        const reply = t
          ? {
              status_code: STATUS_CODE[t.status],
              status_message: "Success, transaction is found",
              ...transactionBody(t),
              signature_key: state.notificationFor(t.orderId).signature_key,
            }
          : {
              status_code: "404",
              status_message: "Transaction doesn't exist.",
              id: crypto.randomUUID(),
            };
        // Midtrans answers an expired transaction's status with HTTP 200 and status_code 407.
        const httpStatus = t ? 200 : 404;
        if (hangMs) setTimeout(() => answer(res, httpStatus, reply), hangMs);
        else answer(res, httpStatus, reply);
        return;
      }
      state.rejected.push({ reason: `${req.method} ${path}`, body: raw });
      error(res, 404, "The requested resource is not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
