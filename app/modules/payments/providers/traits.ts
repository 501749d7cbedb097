/**
 * What each payment method is, as the order rules and pages need to know it: who receives the
 * money, whether one payment covers a seller's order or the whole checkout, and what makes it
 * paid. Pure, so the order rules (`orders/order-actions.ts`) and pages read the same facts the
 * providers (`*.server.ts` beside this file) act on. See docs/decisions/027-payment-providers.md.
 */
import type { PaymentMethod } from "~/generated/prisma/enums";

export interface PaymentTraits {
  /** Who receives the money: the seller's own account, or the platform's. */
  payee: "seller" | "platform";
  /** One payment per seller's order, or one for the whole checkout. */
  scope: "order" | "checkout";
  /**
   * What makes it paid: the goods changing hands (cash on delivery), the seller (by hand, or a
   * bank statement line), or the gateway's own notification.
   */
  confirmedBy: "delivery" | "seller" | "gateway";
  /** The buyer may attach a receipt photo for the seller to check, as evidence. */
  takesReceipt: boolean;
}

/** Every method, in the order the checkout offers them. */
export const PAYMENT_METHODS = [
  "COD",
  "BANK_TRANSFER",
  "QRIS",
  "MIDTRANS",
  "STRIPE",
] as const satisfies readonly PaymentMethod[];

export const PAYMENT_TRAITS: Record<PaymentMethod, PaymentTraits> = {
  COD: { payee: "seller", scope: "order", confirmedBy: "delivery", takesReceipt: false },
  BANK_TRANSFER: { payee: "seller", scope: "order", confirmedBy: "seller", takesReceipt: true },
  QRIS: { payee: "seller", scope: "order", confirmedBy: "seller", takesReceipt: true },
  MIDTRANS: { payee: "platform", scope: "checkout", confirmedBy: "gateway", takesReceipt: false },
  STRIPE: { payee: "platform", scope: "checkout", confirmedBy: "gateway", takesReceipt: false },
};

/** Methods the seller confirms (by hand or from a statement), for queries. */
export const SELLER_CONFIRMED_METHODS = (Object.keys(PAYMENT_TRAITS) as PaymentMethod[]).filter(
  (m) => PAYMENT_TRAITS[m].confirmedBy === "seller",
);

/** Methods paid when the goods change hands, for queries. */
export const ON_DELIVERY_METHODS = (Object.keys(PAYMENT_TRAITS) as PaymentMethod[]).filter(
  (m) => PAYMENT_TRAITS[m].confirmedBy === "delivery",
);

/** Methods a buyer may attach a receipt to, for queries. */
export const RECEIPT_METHODS = (Object.keys(PAYMENT_TRAITS) as PaymentMethod[]).filter(
  (m) => PAYMENT_TRAITS[m].takesReceipt,
);
