/**
 * The Midtrans payment channels the marketplace offers, in the order a buyer sees them. Safe for
 * the browser: no keys, no Node APIs.
 */
import { midtransId } from "~/utils/i18n-midtrans-id";

export const MIDTRANS_CHANNEL_IDS = [
  "qris",
  "va_bca",
  "va_bni",
  "va_bri",
  "va_permata",
  "echannel_mandiri",
  "gopay",
  "shopeepay",
] as const;

export type MidtransChannel = (typeof MIDTRANS_CHANNEL_IDS)[number];

/** How the buyer pays once the charge exists: scans a QR, transfers to a number, or is sent on. */
export type MidtransChannelKind = "qr" | "va" | "bill" | "redirect";

export interface MidtransChannelInfo {
  id: MidtransChannel;
  label: string;
  kind: MidtransChannelKind;
}

export const MIDTRANS_CHANNELS: readonly MidtransChannelInfo[] = MIDTRANS_CHANNEL_IDS.map((id) => ({
  id,
  label: midtransId[`midtrans.channel.${id}`],
  kind:
    id === "qris"
      ? "qr"
      : id === "echannel_mandiri"
        ? "bill"
        : id === "gopay" || id === "shopeepay"
          ? "redirect"
          : "va",
}));

export function isMidtransChannel(value: unknown): value is MidtransChannel {
  return typeof value === "string" && (MIDTRANS_CHANNEL_IDS as readonly string[]).includes(value);
}
