import type { OrderStatus, ShippingMethod } from "~/generated/prisma/enums";

/**
 * The statuses whose meaning depends on how the goods reach the buyer: "packed" is "ready to
 * collect" for a pickup at the seller's, "shipped" is "waiting at the balai desa" for a pickup
 * there, "received" is "collected". The others read the same for every delivery method.
 */
const BY_DELIVERY = ["PACKED", "SHIPPED", "RECEIVED"] as const satisfies readonly OrderStatus[];
type ByDelivery = (typeof BY_DELIVERY)[number];

export type OrderStatusKey =
  `status.${Exclude<OrderStatus, ByDelivery>}` | `status.${ByDelivery}.${ShippingMethod}`;

/** The message that says where an order stands and what happens next, for its delivery method. */
export function orderStatusKey(
  status: OrderStatus,
  shippingMethod: ShippingMethod,
): OrderStatusKey {
  return (BY_DELIVERY as readonly OrderStatus[]).includes(status)
    ? `status.${status as ByDelivery}.${shippingMethod}`
    : `status.${status as Exclude<OrderStatus, ByDelivery>}`;
}

/** The seller's "ship" button, named for what it means with each delivery method. */
export function shipActionKey(shippingMethod: ShippingMethod) {
  return `inbox.ship.${shippingMethod}` as const;
}
