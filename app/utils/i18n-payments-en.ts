import type { paymentsId } from "./i18n-payments-id";

export const paymentsEn: Record<keyof typeof paymentsId, string> = {
  "order.gatewayFailed":
    "The order was placed, but the payment could not be opened yet. Try again with the button below.",
};
