import type { Prisma } from "~/generated/prisma/client";
import type { ShippingService, ShippingZone } from "~/modules/shipping/tariff";
import type { Db } from "~/utils/db.server";

/**
 * A plausible 2026 tariff table for every Banyuwangi kecamatan as origin, shaped like the rate
 * cards of regional express couriers: a price per kg with a one-kilo minimum, per zone. Kecamatan
 * far from the regency's sorting hub in Banyuwangi town pay a little more per kg; NEXT_DAY costs
 * about 1.6× and runs only within Java and Bali.
 */
const REGULAR: Record<ShippingZone, { perKg: number; etd: [number, number] }> = {
  SAME_KECAMATAN: { perKg: 6_000, etd: [1, 1] },
  SAME_KABUPATEN: { perKg: 8_000, etd: [1, 2] },
  SAME_PROVINCE: { perKg: 11_000, etd: [2, 3] },
  JAWA_BALI: { perKg: 16_000, etd: [2, 4] },
  OUTSIDE_JAWA_BALI: { perKg: 45_000, etd: [4, 7] },
};

/** Destination kabupaten/kota with their own price: big cities on the trunk routes. */
const OVERRIDES: { kabupaten: string; zone: ShippingZone; perKg: number; etd: [number, number] }[] =
  [
    // Kota Surabaya: the Surabaya hub, daily line-haul from Banyuwangi.
    { kabupaten: "35.78", zone: "SAME_PROVINCE", perKg: 10_000, etd: [1, 2] },
    // Kota Denpasar: across the Ketapang–Gilimanuk strait, nearer than most of Java.
    { kabupaten: "51.71", zone: "JAWA_BALI", perKg: 12_000, etd: [1, 2] },
    // Kota Makassar: by sea from Surabaya, cheaper than the outer-islands average.
    { kabupaten: "73.71", zone: "OUTSIDE_JAWA_BALI", perKg: 38_000, etd: [3, 5] },
  ];

const NEXT_DAY_FACTOR = 1.6;
const NEXT_DAY_ZONES: ReadonlySet<ShippingZone> = new Set([
  "SAME_KECAMATAN",
  "SAME_KABUPATEN",
  "SAME_PROVINCE",
  "JAWA_BALI",
]);

const roundTo500 = (n: number) => Math.round(n / 500) * 500;

export async function seedShippingTariffs(db: Db, kecamatanCodes: string[]): Promise<number> {
  const rows: Prisma.ShippingTariffCreateManyInput[] = [];
  kecamatanCodes.forEach((origin, i) => {
    // 0–2,000 rupiah more per kg away from the hub (a stable spread by code).
    const remote = (i % 5) * 500;
    const add = (
      zone: ShippingZone,
      destinationKabupatenCode: string,
      perKg: number,
      etd: [number, number],
    ) => {
      const services: ShippingService[] = NEXT_DAY_ZONES.has(zone)
        ? ["REGULAR", "NEXT_DAY"]
        : ["REGULAR"];
      for (const service of services) {
        const price =
          service === "REGULAR" ? perKg + remote : roundTo500((perKg + remote) * NEXT_DAY_FACTOR);
        rows.push({
          originKecamatanCode: origin,
          zone,
          destinationKabupatenCode,
          service,
          pricePerKg: price,
          minimumPrice: price,
          etdMinDays: service === "REGULAR" ? etd[0] : 1,
          etdMaxDays: service === "REGULAR" ? etd[1] : zone === "JAWA_BALI" ? 2 : 1,
        });
      }
    };
    for (const [zone, tariff] of Object.entries(REGULAR) as [
      ShippingZone,
      (typeof REGULAR)[ShippingZone],
    ][]) {
      add(zone, "", tariff.perKg, tariff.etd);
    }
    for (const o of OVERRIDES) add(o.zone, o.kabupaten, o.perKg, o.etd);
  });
  await db.shippingTariff.createMany({ data: rows });
  return rows.length;
}
