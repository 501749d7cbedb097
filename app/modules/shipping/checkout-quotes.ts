import type { ShippingMethod } from "~/generated/prisma/enums";
import type { Parcel } from "./tariff";

/**
 * The delivery choices a checkout offers per shop, as the form names them. Pickups and the
 * seller's local delivery are named by their method; a courier service is `COURIER:<service>`
 * ("COURIER:REGULAR"), so one radio names both the method and the quoted service. The order keeps
 * the method (COURIER) and snapshots the service and its estimate. Decision: docs/decisions/032.
 */

export const COURIER_CHOICE_PREFIX = "COURIER:";

/** A choice as the form sends it: a method, or COURIER with its service. */
export const DELIVERY_CHOICE_PATTERN =
  /^(PICKUP_SELLER|PICKUP_BALAI_DESA|LOCAL_DELIVERY|COURIER(:[A-Z0-9_]{1,30})?)$/;

export function courierChoice(service: string): string {
  return `${COURIER_CHOICE_PREFIX}${service}`;
}

/** The method of a choice ("COURIER:REGULAR" → COURIER). */
export function methodOfChoice(choice: string): ShippingMethod {
  return choice.startsWith("COURIER") ? "COURIER" : (choice as ShippingMethod);
}

/** One delivery the buyer can pick for a shop, with what it costs. */
export interface DeliveryOption {
  choice: string;
  method: ShippingMethod;
  /** The courier's service code; null for pickups and local delivery. */
  service: string | null;
  /** The courier service's name ("Reguler"); null for the other methods. */
  label: string | null;
  /** Rupiah */
  fee: number;
  etdMinDays: number | null;
  etdMaxDays: number | null;
  /** A courier fee from the tariff table because the live provider failed (decision 033). */
  estimated?: true;
}

/**
 * Why a shop shows no courier service: QUOTED = it has some; NO_DESTINATION = no desa chosen yet;
 * NO_TARIFF = the table has no row from the shop's kecamatan to there; UNAVAILABLE = the provider
 * did not answer. Never a silent Rp0.
 */
export type CourierStatus = "QUOTED" | "NO_DESTINATION" | "NO_TARIFF" | "UNAVAILABLE";

/** Why a shop shows no local delivery: OFFERED, NOT_OFFERED (no fee set), OUTSIDE_REGENCY. */
export type LocalDeliveryStatus = "OFFERED" | "NOT_OFFERED" | "OUTSIDE_REGENCY";

export interface ShopDeliveries {
  sellerId: string;
  options: DeliveryOption[];
  courier: CourierStatus;
  localDelivery: LocalDeliveryStatus;
}

/** A courier's estimate as the order snapshots it: "2-3" days, or "2" when both ends agree. */
export function etdText(option: Pick<DeliveryOption, "etdMinDays" | "etdMaxDays">): string | null {
  const { etdMinDays: min, etdMaxDays: max } = option;
  if (min === null || max === null) return null;
  return min === max ? String(min) : `${min}-${max}`;
}

/** One ordered line as packing needs it: the variant's weight (grams) and size (cm). */
export interface PackableItem {
  weightGrams: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  quantity: number;
}

/**
 * A shop's items packed into one parcel (decision 030): its weight is the sum of every item's
 * weight × quantity, its size the largest item's dimensions (by volume) when that item has all
 * three, else none — so the courier bills the whole box once instead of a kilo per item.
 */
export function packParcel(items: readonly PackableItem[]): Parcel {
  let weightGrams = 0;
  let largest: PackableItem | null = null;
  let largestVolume = 0;
  for (const item of items) {
    weightGrams += Math.max(0, item.weightGrams) * item.quantity;
    const { lengthCm: l, widthCm: w, heightCm: h } = item;
    const volume = l && w && h && l > 0 && w > 0 && h > 0 ? l * w * h : 0;
    if (volume > largestVolume) {
      largest = item;
      largestVolume = volume;
    }
  }
  if (!largest) return { weightGrams };
  return {
    weightGrams,
    lengthCm: largest.lengthCm,
    widthCm: largest.widthCm,
    heightCm: largest.heightCm,
  };
}
