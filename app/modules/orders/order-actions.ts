import type { OrderStatus, PaymentMethod, ShippingMethod } from "~/generated/prisma/enums";
import { can, type Actor, type SellerRecord } from "~/modules/auth/permissions";
import { PAYMENT_TRAITS } from "~/modules/payments/providers/traits";
import { canTransition, ORDER_TRANSITIONS } from "./transitions";

/** What can be done next to an order, named as the order pages' forms name them. */
export type OrderAction =
  "confirm-payment" | "pack" | "ship" | "receive" | "cancel" | "refund" | "review";

const ORDER_ACTIONS: readonly OrderAction[] = [
  "confirm-payment",
  "pack",
  "ship",
  "receive",
  "cancel",
  "refund",
  "review",
];

/**
 * How someone stands to an order: its buyer; the seller's side (the owner, the desa's operator,
 * an admin: whoever `can` manage the seller); or the system (the deadline jobs and the card
 * provider's outcome), which acts with no person behind it.
 */
export type OrderParty = "buyer" | "seller" | "system";

export interface OrderState {
  status: OrderStatus;
  /** The order's own payment; a card payment belongs to the whole checkout instead. */
  payment?: { method: PaymentMethod; payee: string } | null;
}

export interface OrderPeople {
  /** Null once the buyer's account is erased. */
  buyerId: string | null;
  seller: SellerRecord;
}

const STATUSES = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

/** The statuses reachable from `from` in one or more moves of the transition table. */
function ahead(from: OrderStatus): Set<OrderStatus> {
  const seen = new Set<OrderStatus>();
  const queue = [...ORDER_TRANSITIONS[from]];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...ORDER_TRANSITIONS[next]);
  }
  return seen;
}

/** Not shipped yet: shipping is still ahead. */
const BEFORE_SHIPPING = new Set(STATUSES.filter((s) => ahead(s).has("SHIPPED")));
/** Not received yet: cash on delivery has not changed hands. */
const BEFORE_RECEIPT = new Set(STATUSES.filter((s) => ahead(s).has("RECEIVED")));
/** As placed: no move leads here, so nobody has acted on the order since checkout. */
const AS_PLACED = new Set(STATUSES.filter((s) => !STATUSES.some((from) => canTransition(from, s))));

/** Called off before it ships: an unpaid order is cancelled, a paid one refunded. */
const cancellable = (o: OrderState) =>
  BEFORE_SHIPPING.has(o.status) &&
  (canTransition(o.status, "CANCELLED") || canTransition(o.status, "REFUNDED"));
const receivable = (o: OrderState) => canTransition(o.status, "RECEIVED");
/** Whether the buyer has paid: cash on delivery is paid when the goods are received. */
const paid = (o: OrderState) =>
  !o.payment ||
  PAYMENT_TRAITS[o.payment.method].confirmedBy !== "delivery" ||
  !BEFORE_RECEIPT.has(o.status);

/** Which party may take each action, and when. */
const RULES: Record<OrderAction, Partial<Record<OrderParty, (order: OrderState) => boolean>>> = {
  // Only money paid into the seller's own account is theirs to confirm; cards settle themselves.
  "confirm-payment": {
    seller: (o) =>
      canTransition(o.status, "PAID") &&
      o.payment?.payee === "seller" &&
      PAYMENT_TRAITS[o.payment.method].confirmedBy === "seller",
  },
  pack: { seller: (o) => canTransition(o.status, "PACKED") },
  ship: { seller: (o) => canTransition(o.status, "SHIPPED") },
  receive: { buyer: receivable, system: receivable },
  // Once the seller has acted (payment confirmed, parcel packed) the buyer asks the seller instead.
  cancel: {
    seller: cancellable,
    system: cancellable,
    buyer: (o) => AS_PLACED.has(o.status) && cancellable(o),
  },
  // After shipping the goods are out: the seller refunds (goods returned) rather than cancels;
  // there is nothing to give back while cash on delivery is still unpaid.
  refund: {
    seller: (o) => !BEFORE_SHIPPING.has(o.status) && canTransition(o.status, "REFUNDED") && paid(o),
  },
  // Not a move: the items of a completed order can be reviewed.
  review: { buyer: (o) => o.status === "COMPLETED" },
};

/**
 * Whether shipping an order takes a tracking number: only a courier's parcel has one. Goods
 * collected at the seller's or the balai desa are handed over, and the seller delivers local
 * orders in person.
 */
export function takesTrackingNumber(shippingMethod: ShippingMethod): boolean {
  return shippingMethod === "COURIER";
}

function partiesOf(order: OrderPeople, actor: Actor | null): OrderParty[] {
  if (!actor) return [];
  const parties: OrderParty[] = [];
  if (order.buyerId !== null && order.buyerId === actor.id) parties.push("buyer");
  if (can(actor, "seller.manage", order.seller)) parties.push("seller");
  return parties;
}

/**
 * The actions `actor` may take next on `order`, read from the transition table. A signed-in
 * person (or null) is placed by the order's buyer and by `can(actor, "seller.manage", seller)`;
 * one who is both gets both sides' actions. Code that has already established the party (a
 * command run on the buyer's own order, the deadline jobs) names it instead.
 */
export function orderActions(order: OrderState, actor: OrderParty): OrderAction[];
export function orderActions(order: OrderState & OrderPeople, actor: Actor | null): OrderAction[];
export function orderActions(
  order: OrderState & Partial<OrderPeople>,
  actor: Actor | OrderParty | null,
): OrderAction[] {
  const parties =
    typeof actor === "string" ? [actor] : partiesOf(order as OrderState & OrderPeople, actor);
  return ORDER_ACTIONS.filter((action) =>
    parties.some((party) => RULES[action][party]?.(order) ?? false),
  );
}
