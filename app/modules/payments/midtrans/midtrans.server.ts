/**
 * Midtrans Core API through its official client: charges for QRIS, bank virtual accounts,
 * Mandiri bill payment, GoPay and ShopeePay, and the Status API. Answers are parsed into plain
 * data, money goes in and out as whole rupiah, and the client's errors become two: a definite
 * refusal (a 4xx: nothing was created) or an unreachable Midtrans (5xx, network, timeout, an
 * unreadable answer: the charge may or may not exist, and the Status API tells which).
 */
import midtransClient, { type CoreApi } from "midtrans-client";
import { z } from "zod";
import { DomainError } from "~/utils/errors";
import { midtransId } from "~/utils/i18n-midtrans-id";
import type { MidtransChannel } from "./channels";
import {
  MIDTRANS_FRAUD_STATUSES,
  MIDTRANS_TRANSACTION_STATUSES,
  MidtransAmountSchema,
  MidtransTimeSchema,
  midtransOutcome,
  parseMidtransAmount,
  parseMidtransTime,
  type MidtransFraudStatus,
  type MidtransOutcome,
  type MidtransTransactionStatus,
} from "./status";

export { MIDTRANS_CHANNELS, type MidtransChannel } from "./channels";
export { midtransOutcome, parseMidtransAmount, type MidtransOutcome } from "./status";
export {
  MidtransNotificationSchema,
  parseMidtransNotification,
  verifyMidtransSignature,
  type MidtransNotification,
} from "./notification.server";

export const MIDTRANS_UNREACHABLE = midtransId["midtrans.error.unreachable"];
export const MIDTRANS_REFUSED = midtransId["midtrans.error.refused"];
export const MIDTRANS_DUPLICATE_ORDER = midtransId["midtrans.error.duplicate"];
export const MIDTRANS_ITEMS_MISMATCH = midtransId["midtrans.error.itemsMismatch"];
export const MIDTRANS_INVALID_AMOUNT = midtransId["midtrans.error.invalidAmount"];
export const MIDTRANS_INVALID_ORDER_ID = midtransId["midtrans.error.invalidOrderId"];
export const MIDTRANS_INVALID_EXPIRY = midtransId["midtrans.error.invalidExpiry"];
export const MIDTRANS_UNEXPECTED_ANSWER = midtransId["midtrans.error.unexpectedAnswer"];

export const MIDTRANS_SANDBOX_BASE_URL = "https://api.sandbox.midtrans.com";
export const MIDTRANS_PRODUCTION_BASE_URL = "https://api.midtrans.com";
const DEFAULT_TIMEOUT_MS = 15_000;

/** Midtrans said no (HTTP or body status 4xx): nothing was charged, retrying the same fails. */
export class MidtransRefused extends Error {
  readonly statusCode: number;
  /** Midtrans's own status_message (English), for logs. */
  readonly apiMessage: string;
  readonly validationMessages: string[];

  constructor(statusCode: number, apiMessage: string, validationMessages: string[] = []) {
    super(statusCode === 406 ? MIDTRANS_DUPLICATE_ORDER : MIDTRANS_REFUSED);
    this.name = "MidtransRefused";
    this.statusCode = statusCode;
    this.apiMessage = apiMessage;
    this.validationMessages = validationMessages;
  }

  /** 406: the order_id was charged before (its transaction can be read with midtransStatus). */
  get duplicateOrder(): boolean {
    return this.statusCode === 406;
  }
}

/** No usable answer: a 5xx, a 429, a network failure, a timeout, or a body we cannot read. */
export class MidtransUnreachable extends Error {
  readonly reason: "server" | "network" | "timeout" | "unreadable";
  readonly statusCode: number | null;

  constructor(reason: MidtransUnreachable["reason"], statusCode: number | null = null) {
    super(reason === "unreadable" ? MIDTRANS_UNEXPECTED_ANSWER : MIDTRANS_UNREACHABLE);
    this.name = "MidtransUnreachable";
    this.reason = reason;
    this.statusCode = statusCode;
  }
}

export interface MidtransConfig {
  serverKey: string;
  isProduction: boolean;
  /**
   * Only for a local stand-in in tests (MIDTRANS_API_BASE). The client hard-codes its sandbox and
   * production URLs in `apiConfig.getCoreApiBaseUrl()`; this instance's method is replaced.
   */
  baseUrl?: string;
  /** Milliseconds before a request counts as lost (default 15 s; the client has none). */
  timeoutMs?: number;
}

export type MidtransClient = CoreApi;

export function createMidtransClient(config: MidtransConfig): MidtransClient {
  const client = new midtransClient.CoreApi({
    isProduction: config.isProduction,
    serverKey: config.serverKey,
  });
  if (config.baseUrl) {
    const base = config.baseUrl.replace(/\/+$/, "");
    client.apiConfig.getCoreApiBaseUrl = () => base;
  }
  client.httpClient.http_client.defaults.timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return client;
}

export interface MidtransItem {
  id: string;
  name: string;
  /** Whole rupiah per unit; a discount line may be negative. */
  price: number;
  quantity: number;
}

export interface MidtransCustomer {
  firstName: string;
  lastName?: string;
  email?: string;
  phone?: string;
}

export interface MidtransChargeInput {
  /** Unique per charge at Midtrans: a second charge with the same id is refused (406). */
  orderId: string;
  /** Whole rupiah. */
  grossAmount: number;
  channel: MidtransChannel;
  /** Minutes the buyer has to pay; Midtrans's default per channel when absent. */
  expiryMinutes?: number;
  /** Lines that add up to grossAmount; one line for the whole order when absent. */
  items?: MidtransItem[];
  customer?: MidtransCustomer;
  /** Where GoPay and ShopeePay send the buyer back after paying in their app. */
  callbackUrl?: string;
}

export type MidtransInstruction =
  | { kind: "qr"; qrString: string; qrUrl?: string }
  | { kind: "va"; bank: "bca" | "bni" | "bri" | "permata"; vaNumber: string }
  | { kind: "bill"; billerCode: string; billKey: string }
  | { kind: "redirect"; url: string; qrString?: string; qrUrl?: string };

export interface MidtransCharge {
  transactionId: string;
  orderId: string;
  status: MidtransOutcome;
  transactionStatus: MidtransTransactionStatus;
  /** Whole rupiah, as Midtrans recorded it. */
  grossAmount: number;
  instruction: MidtransInstruction;
  expiresAt?: Date;
}

/** Midtrans accepts order ids of up to 50 of these characters (they also go into URLs). */
const ORDER_ID = /^[A-Za-z0-9\-_.~]{1,50}$/;
const VA_BANKS = { va_bca: "bca", va_bni: "bni", va_bri: "bri", va_permata: "permata" } as const;

/** The /v2/charge body for one charge; throws DomainError INVALID when the input cannot be sent. */
export function buildMidtransChargeRequest(input: MidtransChargeInput): Record<string, unknown> {
  if (!ORDER_ID.test(input.orderId)) throw new DomainError("INVALID", MIDTRANS_INVALID_ORDER_ID);
  if (!Number.isSafeInteger(input.grossAmount) || input.grossAmount <= 0) {
    throw new DomainError("INVALID", MIDTRANS_INVALID_AMOUNT);
  }
  if (
    input.expiryMinutes !== undefined &&
    (!Number.isSafeInteger(input.expiryMinutes) || input.expiryMinutes <= 0)
  ) {
    throw new DomainError("INVALID", MIDTRANS_INVALID_EXPIRY);
  }
  const items = input.items ?? [
    { id: input.orderId, name: `Pesanan ${input.orderId}`, price: input.grossAmount, quantity: 1 },
  ];
  const valid = items.every(
    (item) =>
      Number.isSafeInteger(item.price) && Number.isSafeInteger(item.quantity) && item.quantity > 0,
  );
  // Midtrans refuses a charge whose lines do not add up to gross_amount.
  const sum = items.reduce((total, item) => total + item.price * item.quantity, 0);
  if (!valid || items.length === 0 || sum !== input.grossAmount) {
    throw new DomainError("INVALID", MIDTRANS_ITEMS_MISMATCH, { sum, gross: input.grossAmount });
  }

  const body: Record<string, unknown> = {
    transaction_details: { order_id: input.orderId, gross_amount: input.grossAmount },
    item_details: items.map((item) => ({
      id: item.id.slice(0, 50),
      name: item.name.slice(0, 50),
      price: item.price,
      quantity: item.quantity,
    })),
  };
  if (input.customer) {
    const c = input.customer;
    body.customer_details = {
      first_name: c.firstName,
      ...(c.lastName ? { last_name: c.lastName } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
    };
  }
  if (input.expiryMinutes !== undefined) {
    body.custom_expiry = { expiry_duration: input.expiryMinutes, unit: "minute" };
  }
  switch (input.channel) {
    case "qris":
      return { payment_type: "qris", ...body, qris: { acquirer: "gopay" } };
    case "va_bca":
    case "va_bni":
    case "va_bri":
    case "va_permata":
      return {
        payment_type: "bank_transfer",
        ...body,
        bank_transfer: { bank: VA_BANKS[input.channel] },
      };
    case "echannel_mandiri":
      // Mandiri shows bill_info1 (up to 10 characters) and bill_info2 (up to 30) in its apps.
      return {
        payment_type: "echannel",
        ...body,
        echannel: {
          bill_info1: midtransId["midtrans.billInfoLabel"],
          bill_info2: midtransId["midtrans.billInfoValue"],
        },
      };
    case "gopay":
      return {
        payment_type: "gopay",
        ...body,
        ...(input.callbackUrl
          ? { gopay: { enable_callback: true, callback_url: input.callbackUrl } }
          : {}),
      };
    case "shopeepay":
      return {
        payment_type: "shopeepay",
        ...body,
        ...(input.callbackUrl ? { shopeepay: { callback_url: input.callbackUrl } } : {}),
      };
  }
}

const ActionSchema = z.object({ name: z.string(), method: z.string().optional(), url: z.string() });

const TransactionSchema = z.object({
  status_code: z.string().optional(),
  status_message: z.string().optional(),
  transaction_id: z.string().min(1),
  order_id: z.string().min(1),
  transaction_status: z.enum(MIDTRANS_TRANSACTION_STATUSES),
  fraud_status: z.enum(MIDTRANS_FRAUD_STATUSES).optional(),
  gross_amount: MidtransAmountSchema,
  payment_type: z.string(),
  transaction_time: MidtransTimeSchema.optional(),
  settlement_time: MidtransTimeSchema.optional(),
  expiry_time: MidtransTimeSchema.optional(),
  actions: z.array(ActionSchema).optional(),
  qr_string: z.string().optional(),
  va_numbers: z.array(z.object({ bank: z.string(), va_number: z.string() })).optional(),
  permata_va_number: z.string().optional(),
  bill_key: z.string().optional(),
  biller_code: z.string().optional(),
});
type TransactionBody = z.infer<typeof TransactionSchema>;

const ErrorBodySchema = z.object({
  status_message: z.string().optional(),
  validation_messages: z.array(z.string()).optional(),
});

function isMidtransError(
  error: unknown,
): error is InstanceType<typeof midtransClient.MidtransError> {
  return (
    error instanceof midtransClient.MidtransError ||
    (error instanceof Error && error.name === "MidtransError" && "httpStatusCode" in error)
  );
}

/** The client's error as ours; anything that is not the client's goes on unchanged. */
function toMidtransFailure(error: unknown): unknown {
  if (!isMidtransError(error)) return error;
  const status = Number(error.httpStatusCode);
  if (error.httpStatusCode === null || !Number.isInteger(status)) {
    const raw = error.rawHttpClientData as { code?: unknown } | null;
    const timedOut = raw?.code === "ECONNABORTED" || raw?.code === "ETIMEDOUT";
    return new MidtransUnreachable(timedOut ? "timeout" : "network");
  }
  // 429 (rate limit) is a "not now", not a "no".
  if (status >= 400 && status < 500 && status !== 429) {
    const body = ErrorBodySchema.safeParse(error.ApiResponse);
    return new MidtransRefused(
      status,
      (body.success && body.data.status_message) || `HTTP ${status}`,
      (body.success && body.data.validation_messages) || [],
    );
  }
  return new MidtransUnreachable("server", status);
}

function parseTransaction(answer: unknown): TransactionBody {
  const parsed = TransactionSchema.safeParse(answer);
  if (!parsed.success) throw new MidtransUnreachable("unreadable");
  return parsed.data;
}

function actionUrl(body: TransactionBody, name: string): string | undefined {
  return body.actions?.find((action) => action.name === name)?.url;
}

function instructionOf(channel: MidtransChannel, body: TransactionBody): MidtransInstruction {
  const qrUrl = actionUrl(body, "generate-qr-code");
  switch (channel) {
    case "qris":
      if (!body.qr_string) break;
      return { kind: "qr", qrString: body.qr_string, ...(qrUrl ? { qrUrl } : {}) };
    case "va_permata":
      if (!body.permata_va_number) break;
      return { kind: "va", bank: "permata", vaNumber: body.permata_va_number };
    case "va_bca":
    case "va_bni":
    case "va_bri": {
      const bank = VA_BANKS[channel];
      const va = body.va_numbers?.find((v) => v.bank === bank);
      if (!va) break;
      return { kind: "va", bank, vaNumber: va.va_number };
    }
    case "echannel_mandiri":
      if (!body.bill_key || !body.biller_code) break;
      return { kind: "bill", billerCode: body.biller_code, billKey: body.bill_key };
    case "gopay":
    case "shopeepay": {
      const url = actionUrl(body, "deeplink-redirect");
      if (!url) break;
      return {
        kind: "redirect",
        url,
        ...(body.qr_string ? { qrString: body.qr_string } : {}),
        ...(qrUrl ? { qrUrl } : {}),
      };
    }
  }
  throw new MidtransUnreachable("unreadable");
}

/**
 * Creates one charge at Midtrans and says how the buyer pays it. Throws DomainError INVALID before
 * sending anything that Midtrans would refuse for its shape, MidtransRefused for Midtrans's 4xx,
 * and MidtransUnreachable when the charge's fate is unknown.
 */
export async function chargeMidtrans(
  client: MidtransClient,
  input: MidtransChargeInput,
): Promise<MidtransCharge> {
  const request = buildMidtransChargeRequest(input);
  let answer: unknown;
  try {
    answer = await client.charge(request);
  } catch (error) {
    throw toMidtransFailure(error);
  }
  return toCharge(input.channel, parseTransaction(answer), input.expiryMinutes);
}

/** The Status API's raw answer for an order_id; null when Midtrans has no such transaction. */
async function statusAnswer(client: MidtransClient, orderId: string): Promise<unknown> {
  try {
    return await client.transaction.status(encodeURIComponent(orderId));
  } catch (error) {
    const failure = toMidtransFailure(error);
    if (failure instanceof MidtransRefused && failure.statusCode === 404) return null;
    throw failure;
  }
}

/**
 * A charge whose answer was lost (a timeout after Midtrans made it), read back through the
 * Status API. Null when Midtrans has no such transaction, or when its status does not carry how
 * to pay (virtual accounts and Mandiri bill do; QR strings and e-wallet links do not).
 */
export async function recoverMidtransCharge(
  client: MidtransClient,
  orderId: string,
  channel: MidtransChannel,
): Promise<MidtransCharge | null> {
  const answer = await statusAnswer(client, orderId);
  if (answer === null) return null;
  try {
    return toCharge(channel, parseTransaction(answer));
  } catch (error) {
    if (error instanceof MidtransUnreachable && error.reason === "unreadable") return null;
    throw error;
  }
}

function toCharge(
  channel: MidtransChannel,
  body: TransactionBody,
  expiryMinutes?: number,
): MidtransCharge {
  const instruction = instructionOf(channel, body);
  let expiresAt = body.expiry_time ? parseMidtransTime(body.expiry_time) : undefined;
  if (!expiresAt && expiryMinutes && body.transaction_time) {
    expiresAt = new Date(
      parseMidtransTime(body.transaction_time).getTime() + expiryMinutes * 60_000,
    );
  }
  return {
    transactionId: body.transaction_id,
    orderId: body.order_id,
    status: midtransOutcome(body),
    transactionStatus: body.transaction_status,
    grossAmount: parseMidtransAmount(body.gross_amount),
    instruction,
    ...(expiresAt ? { expiresAt } : {}),
  };
}

export interface MidtransStatus {
  transactionId: string;
  orderId: string;
  outcome: MidtransOutcome;
  transactionStatus: MidtransTransactionStatus;
  fraudStatus?: MidtransFraudStatus;
  paymentType: string;
  /** Whole rupiah. */
  grossAmount: number;
  transactionTime?: Date;
  settledAt?: Date;
  expiresAt?: Date;
}

/**
 * A transaction's status from the Status API, by order_id (or transaction_id); null when Midtrans
 * has no such transaction (404: the charge never reached it).
 */
export async function midtransStatus(
  client: MidtransClient,
  orderId: string,
): Promise<MidtransStatus | null> {
  const answer = await statusAnswer(client, orderId);
  if (answer === null) return null;
  const body = parseTransaction(answer);
  return {
    transactionId: body.transaction_id,
    orderId: body.order_id,
    outcome: midtransOutcome(body),
    transactionStatus: body.transaction_status,
    ...(body.fraud_status ? { fraudStatus: body.fraud_status } : {}),
    paymentType: body.payment_type,
    grossAmount: parseMidtransAmount(body.gross_amount),
    ...(body.transaction_time ? { transactionTime: parseMidtransTime(body.transaction_time) } : {}),
    ...(body.settlement_time ? { settledAt: parseMidtransTime(body.settlement_time) } : {}),
    ...(body.expiry_time ? { expiresAt: parseMidtransTime(body.expiry_time) } : {}),
  };
}
