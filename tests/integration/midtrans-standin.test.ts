/**
 * The Midtrans adapter through the official midtrans-client against the local stand-in: each
 * channel's charge, the Status API, notifications' signatures and shapes, and how failures are
 * told apart (refused: nothing was made; unreachable: the Status API tells).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  MIDTRANS_CHANNELS,
  MIDTRANS_DUPLICATE_ORDER,
  MIDTRANS_ITEMS_MISMATCH,
  MIDTRANS_REFUSED,
  MIDTRANS_UNREACHABLE,
  MidtransRefused,
  MidtransUnreachable,
  chargeMidtrans,
  createMidtransClient,
  midtransOutcome,
  midtransStatus,
  parseMidtransAmount,
  parseMidtransNotification,
  verifyMidtransSignature,
  type MidtransChannel,
  type MidtransClient,
} from "~/modules/payments/midtrans/midtrans.server";
import {
  NOTIFICATION_BAD_SIGNATURE,
  NOTIFICATION_INVALID,
  NOTIFICATION_MALFORMED,
} from "~/modules/payments/midtrans/notification.server";
import { isDomainError } from "~/utils/errors";
import { startMidtransStandIn, type MidtransStandIn } from "../standins/midtrans";

let standIn: MidtransStandIn;
let client: MidtransClient;
let orders = 0;
const nextOrderId = () => `PK-${Date.now()}-${++orders}`;

beforeAll(async () => {
  standIn = await startMidtransStandIn();
  client = createMidtransClient({
    serverKey: standIn.serverKey,
    isProduction: false,
    baseUrl: standIn.url,
    timeoutMs: 300,
  });
});
afterAll(() => standIn.close());
afterEach(() => {
  // Every request the adapter sends has the shape Midtrans documents.
  expect(standIn.rejected.splice(0)).toEqual([]);
});

const items = [
  { id: "v1", name: "Keripik singkong balado 250 g", price: 15_000, quantity: 3 },
  { id: "ship", name: "Ongkir Toko Bu Sri", price: 10_000, quantity: 1 },
];

async function charge(channel: MidtransChannel, extra: { expiryMinutes?: number } = {}) {
  const orderId = nextOrderId();
  const result = await chargeMidtrans(client, {
    orderId,
    grossAmount: 55_000,
    channel,
    items,
    customer: { firstName: "Siti", lastName: "Aminah", email: "siti@example.id", phone: "0812" },
    callbackUrl: "https://pasar.example.id/pesanan/ABC/bayar",
    ...extra,
  });
  return { orderId, result, request: standIn.transactions.get(orderId)?.request };
}

describe("charges per channel", () => {
  it("offers every channel with an Indonesian label", () => {
    expect(MIDTRANS_CHANNELS.map((c) => c.id)).toEqual([
      "qris",
      "va_bca",
      "va_bni",
      "va_bri",
      "va_permata",
      "echannel_mandiri",
      "gopay",
      "shopeepay",
    ]);
    expect(MIDTRANS_CHANNELS.find((c) => c.id === "qris")?.label).toBe(
      "QRIS (semua e-wallet & m-banking)",
    );
    expect(MIDTRANS_CHANNELS.find((c) => c.id === "va_bca")?.label).toBe("Virtual Account BCA");
  });

  it("QRIS gives a QR string and its image URL, with the deadline asked for", async () => {
    const before = Date.now();
    const { orderId, result, request } = await charge("qris", { expiryMinutes: 30 });
    expect(request).toMatchObject({
      payment_type: "qris",
      qris: { acquirer: "gopay" },
      transaction_details: { order_id: orderId, gross_amount: 55_000 },
      custom_expiry: { expiry_duration: 30, unit: "minute" },
      customer_details: { first_name: "Siti", email: "siti@example.id" },
    });
    expect(result).toMatchObject({ orderId, status: "pending", grossAmount: 55_000 });
    expect(result.transactionId).toBe(standIn.transactions.get(orderId)?.transactionId);
    if (result.instruction.kind !== "qr") throw new Error("expected a QR");
    expect(result.instruction.qrString).toMatch(/^000201/);
    expect(result.instruction.qrUrl).toContain(`/qris/${result.transactionId}/qr-code`);
    // Midtrans's times have whole seconds in GMT+7.
    const expires = result.expiresAt!.getTime();
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 30 * 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * 60_000);
  });

  it.each([
    ["va_bca", "bca"],
    ["va_bni", "bni"],
    ["va_bri", "bri"],
    ["va_permata", "permata"],
  ] as const)("%s gives a virtual account number at %s", async (channel, bank) => {
    const { orderId, result, request } = await charge(channel);
    expect(request).toMatchObject({ payment_type: "bank_transfer", bank_transfer: { bank } });
    expect(result.instruction).toEqual({
      kind: "va",
      bank,
      vaNumber: standIn.transactions.get(orderId)?.vaNumber,
    });
    // Without a deadline of ours, Midtrans's 24 hours for bank transfers.
    expect(result.expiresAt!.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
  });

  it("Mandiri bill payment gives a biller code and a bill key", async () => {
    const { orderId, result, request } = await charge("echannel_mandiri");
    expect(request).toMatchObject({
      payment_type: "echannel",
      echannel: { bill_info1: "Bayar:", bill_info2: "Pasar Kampung" },
    });
    expect(result.instruction).toEqual({
      kind: "bill",
      billerCode: "70012",
      billKey: standIn.transactions.get(orderId)?.billKey,
    });
  });

  it("GoPay sends the buyer to the app and back to our page", async () => {
    const { result, request } = await charge("gopay");
    expect(request).toMatchObject({
      payment_type: "gopay",
      gopay: { enable_callback: true, callback_url: "https://pasar.example.id/pesanan/ABC/bayar" },
    });
    if (result.instruction.kind !== "redirect") throw new Error("expected a redirect");
    expect(result.instruction.url).toContain("callback_url=https%3A%2F%2Fpasar.example.id");
    expect(result.instruction.qrUrl).toContain(`/gopay/${result.transactionId}/qr-code`);
  });

  it("ShopeePay sends the buyer to the app", async () => {
    const { result, request } = await charge("shopeepay");
    expect(request).toMatchObject({
      payment_type: "shopeepay",
      shopeepay: { callback_url: "https://pasar.example.id/pesanan/ABC/bayar" },
    });
    expect(result.instruction).toMatchObject({ kind: "redirect" });
  });

  it("sends one line for the whole order when no lines are given", async () => {
    const orderId = nextOrderId();
    await chargeMidtrans(client, { orderId, grossAmount: 125_000, channel: "qris" });
    expect(standIn.transactions.get(orderId)?.request).toMatchObject({
      item_details: [{ id: orderId, price: 125_000, quantity: 1 }],
    });
  });

  it("refuses, before sending, lines that do not add up or an amount that is not rupiah", async () => {
    const sent = standIn.requests.length;
    const attempt = (input: { grossAmount: number; orderId?: string }) =>
      chargeMidtrans(client, {
        orderId: input.orderId ?? nextOrderId(),
        grossAmount: input.grossAmount,
        channel: "va_bca",
        items,
      }).then(
        () => null,
        (e: unknown) => e,
      );
    const mismatch = await attempt({ grossAmount: 50_000 });
    expect(isDomainError(mismatch) && mismatch.message).toBe(MIDTRANS_ITEMS_MISMATCH);
    expect(isDomainError(await attempt({ grossAmount: 55_000.5 }))).toBe(true);
    expect(isDomainError(await attempt({ grossAmount: 55_000, orderId: "PK/1" }))).toBe(true);
    expect(standIn.requests.length).toBe(sent);
  });
});

describe("status", () => {
  it("follows a charge from pending to paid, and says when it expired", async () => {
    const { orderId, result } = await charge("va_bni");
    expect(await midtransStatus(client, orderId)).toMatchObject({
      orderId,
      transactionId: result.transactionId,
      outcome: "pending",
      paymentType: "bank_transfer",
      grossAmount: 55_000,
    });
    standIn.settle(orderId);
    const paid = await midtransStatus(client, orderId);
    expect(paid).toMatchObject({ outcome: "paid", transactionStatus: "settlement" });
    expect(paid?.settledAt).toBeInstanceOf(Date);

    const other = await charge("qris");
    standIn.expire(other.orderId);
    // Midtrans answers 407 in the body for an expired transaction; the client lets it through.
    expect(await midtransStatus(client, other.orderId)).toMatchObject({ outcome: "expired" });
  });

  it("is null for an order Midtrans never saw", async () => {
    expect(await midtransStatus(client, "PK-never-charged")).toBeNull();
  });
});

describe("failures", () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e,
    );

  it("a second charge with the same order id is refused as a duplicate", async () => {
    const { orderId } = await charge("qris");
    const error = await failure(
      chargeMidtrans(client, { orderId, grossAmount: 55_000, channel: "qris", items }),
    );
    expect(error).toBeInstanceOf(MidtransRefused);
    expect(error).toMatchObject({ statusCode: 406, duplicateOrder: true });
    expect((error as Error).message).toBe(MIDTRANS_DUPLICATE_ORDER);
    expect((error as MidtransRefused).apiMessage).toMatch(/conflict/);
  });

  it.each([
    [{ status: 400 as const }, 400],
    [{ status: 402 as const }, 402],
    [{ status: 401 as const, inBodyOnly: true }, 401],
  ])("a 4xx (%o) is a refusal: nothing was made", async (fail, statusCode) => {
    standIn.failNext(fail);
    const orderId = nextOrderId();
    const error = await failure(
      chargeMidtrans(client, { orderId, grossAmount: 9_000, channel: "gopay" }),
    );
    expect(error).toBeInstanceOf(MidtransRefused);
    expect(error).toMatchObject({ statusCode, message: MIDTRANS_REFUSED });
    expect(standIn.transactions.has(orderId)).toBe(false);
  });

  it("a wrong server key is refused", async () => {
    const stranger = createMidtransClient({
      serverKey: "SB-Mid-server-someone-else",
      isProduction: false,
      baseUrl: standIn.url,
    });
    const error = await failure(midtransStatus(stranger, "PK-anything"));
    expect(error).toMatchObject({ name: "MidtransRefused", statusCode: 401 });
    expect(standIn.rejected.splice(0).map((r) => r.reason)).toEqual(["authorization"]);
  });

  it.each([500, 503, 429] as const)("a %i is unreachable", async (status) => {
    standIn.failNext({ status });
    const error = await failure(
      chargeMidtrans(client, { orderId: nextOrderId(), grossAmount: 9_000, channel: "qris" }),
    );
    expect(error).toBeInstanceOf(MidtransUnreachable);
    expect(error).toMatchObject({
      reason: "server",
      statusCode: status,
      message: MIDTRANS_UNREACHABLE,
    });
  });

  it("a timeout is unreachable, and the Status API then shows the charge was made", async () => {
    standIn.failNext({ hangMs: 1_500 });
    const orderId = nextOrderId();
    const error = await failure(
      chargeMidtrans(client, { orderId, grossAmount: 9_000, channel: "qris" }),
    );
    expect(error).toBeInstanceOf(MidtransUnreachable);
    expect(error).toMatchObject({ reason: "timeout" });
    expect(await midtransStatus(client, orderId)).toMatchObject({ outcome: "pending" });
  });

  it("a closed port is unreachable", async () => {
    const nowhere = createMidtransClient({
      serverKey: standIn.serverKey,
      isProduction: false,
      baseUrl: "http://127.0.0.1:9",
    });
    const error = await failure(midtransStatus(nowhere, "PK-1"));
    expect(error).toMatchObject({ name: "MidtransUnreachable", reason: "network" });
  });

  it("uses Midtrans's own sandbox and production hosts unless told otherwise", () => {
    const sandbox = createMidtransClient({ serverKey: "k", isProduction: false });
    const production = createMidtransClient({ serverKey: "k", isProduction: true });
    expect(sandbox.apiConfig.getCoreApiBaseUrl()).toBe("https://api.sandbox.midtrans.com");
    expect(production.apiConfig.getCoreApiBaseUrl()).toBe("https://api.midtrans.com");
    expect(sandbox.httpClient.http_client.defaults.timeout).toBe(15_000);
  });
});

describe("notifications", () => {
  async function settledNotification() {
    const { orderId } = await charge("va_bri");
    standIn.settle(orderId);
    return { orderId, body: standIn.notificationFor(orderId) };
  }

  it("accepts a correctly signed notification and reads its amount and outcome", async () => {
    const { orderId, body } = await settledNotification();
    expect(verifyMidtransSignature(body, standIn.serverKey)).toBe(true);
    const parsed = parseMidtransNotification(JSON.stringify(body), standIn.serverKey);
    expect(parsed).toMatchObject({
      ok: true,
      notification: {
        order_id: orderId,
        transaction_status: "settlement",
        status_code: "200",
        gross_amount: "55000.00",
        amount: 55_000,
        outcome: "paid",
      },
    });
  });

  it("refuses a tampered amount and a signature made with another key (401)", async () => {
    const { orderId, body } = await settledNotification();
    const tampered = { ...body, gross_amount: "1000.00" };
    expect(parseMidtransNotification(JSON.stringify(tampered), standIn.serverKey)).toEqual({
      ok: false,
      status: 401,
      message: NOTIFICATION_BAD_SIGNATURE,
    });
    const forged = standIn.notificationFor(orderId, "SB-Mid-server-someone-else");
    expect(parseMidtransNotification(JSON.stringify(forged), standIn.serverKey)).toMatchObject({
      ok: false,
      status: 401,
    });
    // The right body checked with the wrong key fails too.
    expect(parseMidtransNotification(JSON.stringify(body), "SB-Mid-server-x")).toMatchObject({
      status: 401,
    });
  });

  it("refuses malformed JSON and bodies missing or mangling fields (400)", async () => {
    const { body } = await settledNotification();
    const key = standIn.serverKey;
    expect(parseMidtransNotification("{not json", key)).toEqual({
      ok: false,
      status: 400,
      message: NOTIFICATION_MALFORMED,
    });
    const broken: Record<string, unknown>[] = [
      { ...body, signature_key: undefined },
      { ...body, order_id: undefined },
      { ...body, transaction_status: "paid" },
      { ...body, gross_amount: "55000.50" },
      { ...body, gross_amount: 55000 },
      { ...body, status_code: "ok" },
      { ...body, transaction_time: "05/12/2026" },
    ];
    for (const b of broken) {
      expect(parseMidtransNotification(JSON.stringify(b), key)).toEqual({
        ok: false,
        status: 400,
        message: NOTIFICATION_INVALID,
      });
    }
    expect(parseMidtransNotification("[]", key)).toMatchObject({ status: 400 });
  });
});

describe("outcomes", () => {
  it.each([
    ["capture", "accept", "paid"],
    ["capture", "challenge", "pending"],
    ["capture", undefined, "paid"],
    ["settlement", "accept", "paid"],
    ["pending", "accept", "pending"],
    ["authorize", "accept", "pending"],
    ["deny", "deny", "failed"],
    ["failure", undefined, "failed"],
    ["expire", "accept", "expired"],
    ["cancel", "accept", "cancelled"],
    ["refund", "accept", "refunded"],
    ["partial_refund", "accept", "refunded"],
  ] as const)("%s with fraud status %s is %s", (transaction_status, fraud_status, outcome) => {
    expect(midtransOutcome({ transaction_status, fraud_status })).toBe(outcome);
  });

  it("reads Midtrans's amounts back as whole rupiah", () => {
    expect(parseMidtransAmount("125000.00")).toBe(125_000);
    expect(parseMidtransAmount("9000")).toBe(9_000);
    expect(() => parseMidtransAmount("125000.50")).toThrow();
    expect(() => parseMidtransAmount("-1.00")).toThrow();
  });
});
