/**
 * The payment providers, one per method. The checkout, the order pages and the order commands
 * ask this registry instead of naming methods, so adding a method is one provider (plus its
 * traits and texts). See docs/decisions/027-payment-providers.md.
 */
import type { PaymentMethod } from "~/generated/prisma/enums";
import { recordCardRefund } from "../card-refunds.server";
import { codProvider } from "./cod.server";
import { midtransProvider } from "./midtrans.server";
import { qrisProvider } from "./qris.server";
import { stripeProvider } from "./stripe.server";
import { PAYMENT_METHODS } from "./traits";
import { transferProvider } from "./transfer.server";
import type { Db } from "~/utils/db.server";
import type { GatewaySettings, PaymentProvider, PaymentStart, ShopPaymentSetup, Tx } from "./types";

const PROVIDERS: Record<PaymentMethod, PaymentProvider> = {
  COD: codProvider,
  BANK_TRANSFER: transferProvider,
  QRIS: qrisProvider,
  MIDTRANS: midtransProvider,
  STRIPE: stripeProvider,
};

export function paymentProvider(method: PaymentMethod): PaymentProvider {
  return PROVIDERS[method];
}

/** The methods this shop cannot be paid with, whatever the installation offers. */
export function unpayableMethods(shop: ShopPaymentSetup): PaymentMethod[] {
  return PAYMENT_METHODS.filter((m) => PROVIDERS[m].refusal(shop) !== null);
}

/**
 * The methods this installation offers, each with whether every shop of the cart can take it
 * (a method only some shops take is shown, disabled, so the buyer knows it exists).
 */
export function offeredPaymentMethods(
  settings: GatewaySettings,
  shops: { unpayableBy: PaymentMethod[] }[],
): { method: PaymentMethod; available: boolean }[] {
  return PAYMENT_METHODS.filter((m) => PROVIDERS[m].enabled(settings)).map((method) => ({
    method,
    available: shops.every((shop) => !shop.unpayableBy.includes(method)),
  }));
}

/**
 * Opens the buyer's checkout's gateway payment again (a card page, a virtual account), when it
 * still waits to be paid. Null when there is nothing to open.
 */
export async function restartGatewayPayment(
  db: Db,
  input: { buyerId: string; groupCode: string; returnUrl: string },
): Promise<PaymentStart | "not-started" | null> {
  const payment = await db.payment.findFirst({
    where: {
      group: { code: input.groupCode, buyerId: input.buyerId },
      orderId: null,
      status: "PENDING",
    },
    select: { id: true, method: true },
  });
  const start = payment && PROVIDERS[payment.method].start;
  if (!payment || !start) return null;
  return (await start(db, { paymentId: payment.id, returnUrl: input.returnUrl })) ?? "not-started";
}

/**
 * Records, in the caller's transaction, that a refunded order's share of its checkout's gateway
 * payment must go back to the buyer. Returns false when nothing goes back through a gateway
 * (cash, or money paid straight to the seller, which the seller returns).
 */
export async function recordGatewayRefund(
  tx: Tx,
  order: { id: string; total: number },
): Promise<boolean> {
  const payment = await tx.payment.findFirst({
    where: { orderId: null, status: "SUCCEEDED", group: { orders: { some: { id: order.id } } } },
    select: { method: true },
  });
  if (!payment) return false;
  if (payment.method === "STRIPE") return recordCardRefund(tx, order);
  return false;
}
