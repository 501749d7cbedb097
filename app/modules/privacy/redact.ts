/**
 * Pure rules for taking a person out of text the platform keeps: free-text reasons written by
 * staff, notification parameters copied from an order, and payment-provider callbacks.
 */
import { normalizeIndonesianPhone } from "~/modules/auth/phone";

/** What an erased account, and every snapshot of its name, is called from then on. */
export const ERASED_NAME = "Pengguna dihapus";

/** Replaces text the buyer typed (a cancellation reason) on records the shop keeps. */
export const ERASED_BUYER_TEXT = "(dihapus atas permintaan pembeli)";

// A mobile number as people write it: `0812-3456-7890`, `+62 812 3456 7890`, `(0812) 34567890`.
const PHONE_LIKE = /(?<!\d)(?:\+62|62|0)[\s\-.()]{0,2}8(?:[\s\-.()]{0,2}\d){8,11}(?!\d)/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Free text with a person's name (whole, and each word of three letters or more), their email
 * and every Indonesian mobile number replaced. Any mobile number goes, not only the person's own:
 * a reason that quotes a number is quoting someone's.
 */
export function scrubPersonFromText(
  text: string,
  person: { name: string; email?: string | null },
): string {
  let out = text.replace(PHONE_LIKE, (match) =>
    normalizeIndonesianPhone(match) ? "[nomor HP]" : match,
  );
  if (person.email) out = out.replace(new RegExp(escapeRegExp(person.email), "gi"), "[email]");
  const name = person.name.trim();
  const words = [name, ...name.split(/\s+/)].filter((w) => w.length >= 3);
  for (const word of words) {
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "giu"),
      "[nama]",
    );
  }
  return out;
}

/** The order id in a notification key: `<kind>:<orderId>` or a dedupe key `<kind>:<orderId>:<user>`. */
export function orderIdOfNotificationKey(key: string): string | null {
  return key.split(":")[1] ?? null;
}

/** Notification kinds whose parameters carry something the buyer gave. */
export const BUYER_PARAM_KINDS = [
  "seller.orderNew",
  "seller.orderCancelled",
  "buyer.orderCancelled",
  "buyer.orderRefunded",
] as const;

/**
 * A notification's parameters without the erased buyer: the name checkout copied into "new
 * order" news, and the reason of an order the buyer cancelled. Returns null when nothing changes.
 */
export function scrubNotificationParams(
  kind: string,
  params: unknown,
  buyerCancelled: boolean,
): Record<string, unknown> | null {
  if (!params || typeof params !== "object" || Array.isArray(params)) return null;
  const next: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  let changed = false;
  if (kind === "seller.orderNew" && "buyer" in next && next.buyer !== ERASED_NAME) {
    next.buyer = ERASED_NAME;
    changed = true;
  }
  if (buyerCancelled && "reason" in next && next.reason !== ERASED_BUYER_TEXT) {
    next.reason = ERASED_BUYER_TEXT;
    changed = true;
  }
  return changed ? next : null;
}

const pick = (value: unknown, keys: readonly string[]): Record<string, unknown> => {
  if (!value || typeof value !== "object") return {};
  const source = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]));
};

/**
 * A provider callback reduced to what reconciles a payment (event id and type, the session, its
 * status and amount, our own references). Card checkout callbacks also carry the payer's name,
 * email, phone and billing address, which the platform never reads.
 */
export function redactProviderPayload(payload: unknown): Record<string, unknown> {
  const event = pick(payload, ["id", "object", "type", "created", "livemode", "api_version"]);
  const data = pick(payload, ["data"]).data;
  const object = pick(pick(data, ["object"]).object, [
    "id",
    "object",
    "status",
    "payment_status",
    "amount_total",
    "currency",
    "metadata",
    "client_reference_id",
  ]);
  return { ...event, data: { object } };
}
