import type { ShippingTrackingStatus } from "../provider";

/**
 * The pure rules of the Biteship adapter: what its status words mean for us, how one of its
 * courier services becomes a service code the checkout form can carry, and what its delivery
 * estimate means in days. Decision: docs/decisions/033.
 */

/**
 * Biteship's order and tracking statuses (Order API overview, Tracking status list). The tracking
 * list spells some in camelCase ("pickingUp"); both spellings are read the same.
 */
export const BITESHIP_STATUSES: Readonly<Record<string, ShippingTrackingStatus>> = {
  confirmed: "CONFIRMED",
  scheduled: "CONFIRMED",
  allocated: "ALLOCATED",
  picking_up: "PICKING_UP",
  picked: "PICKED_UP",
  // Not in the documented list, but some couriers report it through Biteship.
  in_transit: "IN_TRANSIT",
  dropping_off: "OUT_FOR_DELIVERY",
  delivered: "DELIVERED",
  return_in_transit: "RETURNED",
  returned: "RETURNED",
  on_hold: "ON_HOLD",
  cancelled: "CANCELLED",
  rejected: "CANCELLED",
  courier_not_found: "CANCELLED",
  disposed: "CANCELLED",
};

/** Our status for a Biteship status word; null for a word Biteship does not document. */
export function biteshipStatus(raw: string): ShippingTrackingStatus | null {
  const key = raw
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase();
  return Object.hasOwn(BITESHIP_STATUSES, key) ? BITESHIP_STATUSES[key]! : null;
}

/** What the checkout form accepts after "COURIER:" (DELIVERY_CHOICE_PATTERN). */
const SERVICE_CODE = /^[A-Z0-9_]{1,30}$/;
/** Biteship's courier codes ("jne", "sicepat", "gojek") never contain "_"; services may. */
const COURIER_CODE = /^[a-z0-9]+$/;

/**
 * A Biteship courier service as one service code: `<COURIER>_<SERVICE>` upper-cased
 * ("jne" + "reg" → "JNE_REG", "gojek" + "same_day" → "GOJEK_SAME_DAY"). Null when the codes
 * cannot make one the form accepts (a courier code with "_", other characters, over 30 long).
 */
export function encodeBiteshipService(courier: string, service: string): string | null {
  const c = courier.trim().toLowerCase();
  const s = service.trim().toLowerCase();
  if (!COURIER_CODE.test(c) || s === "") return null;
  const code = `${c}_${s}`.toUpperCase();
  return SERVICE_CODE.test(code) ? code : null;
}

/**
 * The Order API's `courier_company` and `courier_type` of a service code, lower case
 * ("GOJEK_SAME_DAY" → gojek, same_day); null when the code is not one of ours.
 */
export function decodeBiteshipService(code: string): { courier: string; service: string } | null {
  if (!SERVICE_CODE.test(code)) return null;
  const split = code.indexOf("_");
  if (split <= 0 || split === code.length - 1) return null;
  const courier = code.slice(0, split).toLowerCase();
  if (!COURIER_CODE.test(courier)) return null;
  return { courier, service: code.slice(split + 1).toLowerCase() };
}

/**
 * Days from the Rates API's `shipment_duration_range` ("1 - 2", "3") and
 * `shipment_duration_unit` ("days", "hours"): hours round up to whole days, at least one, so an
 * instant or same-day service reads "1 day". Null when the range is not numbers.
 */
export function biteshipEtdDays(
  range: string,
  unit: string,
): { etdMinDays: number; etdMaxDays: number } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?)\s*)?$/.exec(range);
  if (!match) return null;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  if (high < low) return null;
  const hours = /^hours?$/i.test(unit.trim());
  const days = (n: number) => (hours ? Math.max(1, Math.ceil(n / 24)) : Math.max(0, Math.ceil(n)));
  return { etdMinDays: days(low), etdMaxDays: days(high) };
}

/** "JNE Reguler" from the Rates API's courier_name and courier_service_name. */
export function biteshipLabel(courierName: string, serviceName: string): string {
  const courier = courierName.trim();
  const service = serviceName.trim();
  if (!service) return courier;
  if (!courier || service.toLowerCase().startsWith(courier.toLowerCase())) return service;
  return `${courier} ${service}`;
}

/** Courier names a seller types (or picks) for a waybill, as Biteship's courier codes. */
const COURIER_NAMES: Readonly<Record<string, string>> = {
  jne: "jne",
  jt: "jnt",
  jnt: "jnt",
  jtexpress: "jnt",
  sicepat: "sicepat",
  anteraja: "anteraja",
  pos: "pos",
  posindonesia: "pos",
  tiki: "tiki",
  ninja: "ninja",
  ninjaxpress: "ninja",
  lion: "lion",
  lionparcel: "lion",
  idexpress: "idexpress",
  wahana: "wahana",
  sap: "sap",
  rpx: "rpx",
};

/** Biteship's courier code for a courier's name ("J&T" → "jnt"); null for one it does not track. */
export function biteshipCourierCode(name: string): string | null {
  return COURIER_NAMES[name.toLowerCase().replace(/[^a-z0-9]/g, "")] ?? null;
}
