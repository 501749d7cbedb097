import type { Prisma } from "~/generated/prisma/client";
import type { PaymentMethod } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import type { DomainError } from "~/utils/errors";
import type { PaymentTraits } from "./traits";

export type Tx = Prisma.TransactionClient;

/** What a shop has set up to be paid. */
export interface ShopPaymentSetup {
  id: string;
  businessName: string;
  bankAccountNumber: string | null;
  qrisStatic: string | null;
}

/** Which gateways this installation has keys for (checkout settings). */
export interface GatewaySettings {
  stripeEnabled: boolean;
  midtransEnabled?: boolean;
}

/** A payment row as the checkout writes it. */
export interface PlannedPayment {
  id: string;
  groupId: string;
  orderId: string | null;
  method: PaymentMethod;
  payee: string;
  amount: number;
  provider: string;
  idempotencyKey: string;
  qrisPayload: string | null;
  uniqueCode: number | null;
  channel: string | null;
}

export interface PaymentPlanInput {
  groupId: string;
  /** The checkout's orders, each with its total (goods and delivery) and its shop. */
  orders: { id: string; total: number; seller: ShopPaymentSetup }[];
  total: number;
  now: Date;
  /** When unpaid orders expire; null for cash on delivery. */
  expiresAt: Date | null;
  /** The gateway channel the buyer chose (Midtrans: qris, va_bca, …). */
  channel?: string;
}

/** What happens right after the checkout is written: nothing, or a page to send the buyer to. */
export type PaymentStart = { redirectTo: string } | null;

/**
 * One payment method's part of the payment lifecycle. The checkout asks it whether it is offered
 * and what to write; the order pages start it; refunds and notifications go through it.
 */
export interface PaymentProvider extends PaymentTraits {
  method: PaymentMethod;
  /** Whether this installation offers it at all (a gateway needs its keys). */
  enabled(settings: GatewaySettings): boolean;
  /** Why this shop cannot be paid this way, or null. */
  refusal(shop: ShopPaymentSetup): DomainError | null;
  /** Refuses a channel that is not valid (methods without channels accept none). */
  checkChannel(channel: string | undefined): void;
  /** The payments to write with the orders, inside the checkout's transaction. */
  plan(tx: Tx, input: PaymentPlanInput): Promise<PlannedPayment[]>;
  /**
   * Opens the payment at its gateway after the checkout committed (a card page, a virtual
   * account). Safe to call again: a gateway sees the payment's idempotency key.
   */
  start?(db: Db, input: { paymentId: string; returnUrl: string }): Promise<PaymentStart>;
}

/**
 * What a gateway's verdict does to the orders a payment covers. Payments sit below orders, so
 * the order module implements this (`orders/gateway-settlement.server.ts`) and the webhook
 * routes hand it to the gateway's handler.
 */
export interface PaymentSettlement {
  /**
   * The payment succeeded: it (once) and its checkout's unpaid orders become paid. False when
   * the payment had already moved on (a replay, or money arriving after cancellation).
   */
  settle(
    tx: Tx,
    input: {
      paymentId: string;
      providerRef: string | null;
      providerPaymentRef?: string | null;
      /** The timeline's words, e.g. "Pembayaran kartu berhasil". */
      note: string;
      at?: Date;
    },
  ): Promise<boolean>;
  /**
   * Payments the seller receives (one per order) confirmed together, from a bank statement: each
   * still open one becomes SUCCEEDED and its order PAID, in a few statements for all of them.
   * Returns the ids it confirmed; the others had moved on (paid by hand, cancelled).
   */
  confirmMany(
    tx: Tx,
    input: { paymentIds: string[]; actorId: string | null; note: string; at: Date },
  ): Promise<string[]>;
  /** The payment failed or expired at the gateway: its checkout's unpaid orders are cancelled. */
  abandon(
    tx: Tx,
    input: { paymentId: string; status: "FAILED" | "CANCELLED"; reason: string },
  ): Promise<boolean>;
}
