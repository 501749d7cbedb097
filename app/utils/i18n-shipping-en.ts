import type { shippingId } from "./i18n-shipping-id";

/** English for shipping: the tariff table district staff maintain. */
export const shippingEn: Record<keyof typeof shippingId, string> = {
  "nav.shipping": "Shipping",
  "shipping.title": "Shipping rates",
  "shipping.intro":
    "The built-in courier rates from each kecamatan: a price per billable kg (actual weight or volume L×W×H/6000, rounded up per kg past a 0.3 kg tolerance), with a minimum price per parcel. A destination kabupaten row replaces its zone's rate for that kabupaten/kota.",
  "shipping.origin": "Origin kecamatan",
  "shipping.show": "Show",
  "shipping.rows": "Rates from Kecamatan {name}",
  "shipping.none": "No rates for this kecamatan yet.",
  "shipping.zone": "Destination zone",
  "shipping.destination": "Destination kabupaten/kota",
  "shipping.destinationHint":
    "Leave empty for the zone's rate. Enter a kabupaten/kota code (e.g. 35.78 Kota Surabaya) for a rate to that destination only.",
  "shipping.allOfZone": "All",
  "shipping.service": "Service",
  "shipping.pricePerKg": "Price per kg (Rp)",
  "shipping.minimumPrice": "Minimum price (Rp)",
  "shipping.etdMin": "Soonest estimate (days)",
  "shipping.etdMax": "Latest estimate (days)",
  "shipping.etd": "Estimate",
  "shipping.days": "{min}–{max} days",
  "shipping.actions": "Actions",
  "shipping.edit": "Edit",
  "shipping.delete": "Delete",
  "shipping.add": "Add a rate",
  "shipping.editTitle": "Edit rate",
  "shipping.save": "Save rate",
  "shipping.cancel": "Cancel",
  "shipping.csv": "CSV file",
  "shipping.csvIntro":
    "Download the table, edit it in a spreadsheet, and upload it again. A file replaces all rates of every origin kecamatan it contains; if one line is wrong, nothing changes.",
  "shipping.download": "Download this kecamatan's CSV",
  "shipping.file": "Rates file (CSV, at most 1 MB)",
  "shipping.upload": "Upload CSV",
  "shipping.saved": "Rate saved.",
  "shipping.deleted": "Rate deleted.",
  "shipping.imported": "{rows} rate lines from {origins} kecamatan saved.",
  "shipping.zone.SAME_KECAMATAN": "Same kecamatan",
  "shipping.zone.SAME_KABUPATEN": "Same kabupaten",
  "shipping.zone.SAME_PROVINCE": "Same province",
  "shipping.zone.JAWA_BALI": "Java–Bali",
  "shipping.zone.OUTSIDE_JAWA_BALI": "Outside Java–Bali",
  "shipping.service.REGULAR": "Regular",
  "shipping.service.NEXT_DAY": "Next day",
  "editor.weightHint":
    "Required for a product on sale: couriers price shipping by weight. Variants without their own weight use this one.",
  "checkout.quote": "Work out shipping",
  "checkout.quoteHint":
    "The courier fee depends on the address: choose the address above, then press Work out shipping.",
  "checkout.courierNoDestination":
    "Courier: choose the address first, then press Work out shipping",
  "checkout.courierNoTariff":
    "Courier not available: no tariff yet from this shop's kecamatan to the address",
  "checkout.courierUnavailable":
    "The courier fee cannot be worked out right now — try again shortly",
  "checkout.localOutside": "Local delivery only within the shop's regency",
  "checkout.courierOption": "Courier {service} · {days} · {fee}",
  "checkout.oneDay": "{n} day(s)",
};
