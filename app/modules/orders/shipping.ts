import type { ShippingMethod } from "~/generated/prisma/enums";

export const SHIPPING_METHODS = [
  "PICKUP_SELLER",
  "PICKUP_BALAI_DESA",
  "LOCAL_DELIVERY",
  "COURIER",
] as const satisfies readonly ShippingMethod[];

/**
 * What a delivery choice costs the buyer, or null when the seller does not offer it. Pickups are
 * free; a courier's fee is paid to the courier when the parcel is sent.
 */
export function shippingFeeFor(
  method: ShippingMethod,
  seller: { localDeliveryFee: number | null },
): number | null {
  if (method === "LOCAL_DELIVERY") return seller.localDeliveryFee;
  return 0;
}
