import type { DbOrTx } from "~/utils/db.server";
import type { ShippingProvider, ShippingQuote } from "./provider";
import {
  billableWeightGrams,
  quoteFromTariffs,
  regionPrefix,
  type ShippingService,
} from "./tariff";
import { loadTariffs } from "./tariffs.server";

/** What the buyer reads for each service of the embedded table. */
export const TARIFF_SERVICE_LABELS: Readonly<Record<ShippingService, string>> = {
  REGULAR: "Reguler",
  NEXT_DAY: "Besok sampai",
};

/**
 * The embedded shipping provider: prices from the tariff table staff maintain, no booking or
 * tracking (the seller hands the parcel to a courier and types the waybill). `cache: false`
 * reads the table for every quote (the benchmark's comparison).
 */
export function createTariffProvider(
  db: DbOrTx,
  options: { cache?: boolean } = {},
): ShippingProvider {
  return {
    name: "tarif",
    async quote(input): Promise<ShippingQuote[]> {
      const origin = regionPrefix(input.origin.kecamatanCode, 3);
      const tariffs = await loadTariffs(db, origin, options);
      const billableKg = billableWeightGrams(input.parcels) / 1000;
      return quoteFromTariffs(tariffs, {
        originKecamatan: origin,
        destinationDesa: input.destination.desaCode,
        billableKg,
      })
        .map((q) => ({
          service: q.service,
          label: TARIFF_SERVICE_LABELS[q.service],
          price: q.price,
          etdMinDays: q.etdMinDays,
          etdMaxDays: q.etdMaxDays,
          courier: "tarif",
        }))
        .sort((a, b) => a.price - b.price);
    },
  };
}
