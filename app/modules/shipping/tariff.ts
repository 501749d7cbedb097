/**
 * The rules of the embedded shipping tariff: which zone a destination falls in, what weight a
 * courier bills, and what a tariff row charges. Pure and synchronous, so a checkout can quote five
 * shops in well under a millisecond once the rows are loaded. Decision: docs/decisions/030.
 */

export const SHIPPING_ZONES = [
  "SAME_KECAMATAN",
  "SAME_KABUPATEN",
  "SAME_PROVINCE",
  "JAWA_BALI",
  "OUTSIDE_JAWA_BALI",
] as const;
export type ShippingZone = (typeof SHIPPING_ZONES)[number];

export const SHIPPING_SERVICES = ["REGULAR", "NEXT_DAY"] as const;
export type ShippingService = (typeof SHIPPING_SERVICES)[number];

/** Province codes of Java and Bali: DKI Jakarta, Jawa Barat, Jawa Tengah, DIY, Jawa Timur, Banten, Bali. */
export const JAWA_BALI_PROVINCES: ReadonlySet<string> = new Set([
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
]);

/** The first `depth` segments of a Kemendagri code: 1 = province, 2 = kabupaten, 3 = kecamatan. */
export function regionPrefix(code: string, depth: 1 | 2 | 3): string {
  return code.split(".").slice(0, depth).join(".");
}

/**
 * The zone of a destination seen from an origin. The origin may be a desa or a kecamatan code;
 * the destination a desa code (or a kabupaten code, for an override row: then it is never the
 * same kecamatan). Jawa–Bali means both ends are on Java or Bali.
 */
export function zoneOf(originCode: string, destinationCode: string): ShippingZone {
  const origin = originCode.split(".");
  const destination = destinationCode.split(".");
  const same = (depth: number) =>
    origin.length >= depth &&
    destination.length >= depth &&
    origin.slice(0, depth).join(".") === destination.slice(0, depth).join(".");
  if (same(3)) return "SAME_KECAMATAN";
  if (same(2)) return "SAME_KABUPATEN";
  if (same(1)) return "SAME_PROVINCE";
  const inJawaBali = (parts: string[]) => JAWA_BALI_PROVINCES.has(parts[0] ?? "");
  return inJawaBali(origin) && inJawaBali(destination) ? "JAWA_BALI" : "OUTSIDE_JAWA_BALI";
}

export interface Parcel {
  weightGrams: number;
  lengthCm?: number | null;
  widthCm?: number | null;
  heightCm?: number | null;
}

/** Grams over a whole kilogram that are not billed (JNE, TIKI: 1.3 kg bills as 1 kg). */
export const WEIGHT_TOLERANCE_GRAMS = 300;

/**
 * Billable kilograms of one parcel: the greater of its actual and volumetric weight, rounded up
 * to a whole kilogram only past a 0.3 kg tolerance (1.30 kg → 1, 1.31 kg → 2), at least 1 kg.
 * Computed in sixths of a gram so that L×W×H/6 is exact: no floating-point edge at 1.3 kg.
 */
export function billableKgOfParcel(parcel: Parcel): number {
  const { lengthCm: l, widthCm: w, heightCm: h } = parcel;
  const volumeCm3 = l && w && h && l > 0 && w > 0 && h > 0 ? l * w * h : 0;
  // grams × 6; couriers' volumetric weight is L×W×H (cm) / 6000 kg = cm³ / 6 grams
  const sixthGrams = Math.max(Math.max(0, parcel.weightGrams) * 6, volumeCm3);
  const kg = Math.ceil((sixthGrams - WEIGHT_TOLERANCE_GRAMS * 6) / (1000 * 6));
  return Math.max(1, kg);
}

/** Billable weight of a shipment in grams (whole kilograms): each parcel rounded on its own. */
export function billableWeightGrams(parcels: readonly Parcel[]): number {
  return parcels.reduce((sum, parcel) => sum + billableKgOfParcel(parcel) * 1000, 0);
}

/** A tariff row as the rules need it ("" = no destination override). */
export interface TariffRow {
  originKecamatanCode: string;
  zone: ShippingZone;
  destinationKabupatenCode: string;
  service: ShippingService;
  pricePerKg: number;
  minimumPrice: number;
  etdMinDays: number;
  etdMaxDays: number;
}

export interface TariffQuote {
  service: ShippingService;
  zone: ShippingZone;
  /** Rupiah */
  price: number;
  etdMinDays: number;
  etdMaxDays: number;
}

/**
 * The price of each service from an origin kecamatan to a destination desa: max(minimum, price
 * per kg × kg). A row for the destination's kabupaten (in the same zone) wins over the zone's row;
 * a service with no row is not offered. Services come in the order of SHIPPING_SERVICES.
 */
export function quoteFromTariffs(
  tariffs: readonly TariffRow[],
  input: { originKecamatan: string; destinationDesa: string; billableKg: number },
): TariffQuote[] {
  const origin = regionPrefix(input.originKecamatan, 3);
  const zone = zoneOf(origin, input.destinationDesa);
  const kabupaten = regionPrefix(input.destinationDesa, 2);
  const kg = Math.max(1, Math.ceil(input.billableKg));
  const quotes: TariffQuote[] = [];
  for (const service of SHIPPING_SERVICES) {
    let zoneRow: TariffRow | undefined;
    let overrideRow: TariffRow | undefined;
    for (const row of tariffs) {
      if (row.originKecamatanCode !== origin || row.zone !== zone || row.service !== service) {
        continue;
      }
      if (row.destinationKabupatenCode === "") zoneRow = row;
      else if (row.destinationKabupatenCode === kabupaten) overrideRow = row;
    }
    const row = overrideRow ?? zoneRow;
    if (!row) continue;
    quotes.push({
      service,
      zone,
      price: Math.max(row.minimumPrice, row.pricePerKg * kg),
      etdMinDays: row.etdMinDays,
      etdMaxDays: row.etdMaxDays,
    });
  }
  return quotes;
}
