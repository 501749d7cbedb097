import type { biteshipId } from "./i18n-biteship-id";

export const biteshipEn: Record<keyof typeof biteshipId, string> = {
  "biteship.error.unreachable":
    "Biteship could not be reached — the fee comes from the tariff table, try again in a moment",
  "biteship.error.refused": "Biteship refused this request",
  "biteship.error.unexpectedAnswer": "Biteship's answer could not be read",
  "biteship.error.missingPostalCode":
    "The shop's and the delivery address's postal codes are needed for a courier fee",
  "biteship.error.unknownService": "Biteship does not know this courier service",
  "biteship.error.invalidBooking":
    "The shipment is incomplete: name, phone number, address, postal code and weight are required",
  "biteship.error.alreadyBooked":
    "A courier pickup for this order was already booked — wait for the courier, or type its waybill",
  "biteship.estimated":
    "Estimate from the tariff table — the courier's fee could not be checked live",
};
