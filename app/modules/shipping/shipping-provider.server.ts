import { getEnv } from "~/utils/env.server";
import type { DbOrTx } from "~/utils/db.server";
import { createBiteshipProvider, type BiteshipConfig } from "./biteship/biteship.server";
import type { ShippingProvider, ShippingQuote } from "./provider";
import { createTariffProvider } from "./tariff-provider.server";

/**
 * The shipping provider a checkout quotes with. With BITESHIP_API_KEY set: Biteship, falling back
 * to the embedded tariff table whenever Biteship cannot quote (down, slow, refusing, or a postal
 * code missing); without it: the tariff table alone. Booking and tracking stay Biteship's.
 *
 * The fallback is visible through the smallest change: each quote it returns carries
 * `estimated: true` (ShippingQuote.estimated), which the checkout passes on to its delivery
 * option so the page can say the fee is an estimate. Each failure is logged once per quote call
 * with console.error. Decision: docs/decisions/033.
 */
export function shippingProviderFor(
  db: DbOrTx,
  options: {
    /** false reads the tariff rows afresh (placeOrder does). */
    cache?: boolean;
    /** Defaults to the environment's BITESHIP_* settings; null = the tariff table only. */
    biteship?: BiteshipConfig | null;
  } = {},
): ShippingProvider {
  const tariffs = createTariffProvider(db, { cache: options.cache ?? true });
  const config = options.biteship === undefined ? biteshipFromEnv() : options.biteship;
  if (!config) return tariffs;
  return withTariffFallback(createBiteshipProvider(config), tariffs);
}

function biteshipFromEnv(): BiteshipConfig | null {
  const env = getEnv();
  if (!env.BITESHIP_API_KEY) return null;
  return {
    apiKey: env.BITESHIP_API_KEY,
    baseUrl: env.BITESHIP_API_BASE,
    couriers: env.BITESHIP_COURIERS,
    timeoutMs: env.BITESHIP_TIMEOUT_MS,
  };
}

/**
 * `live` for quotes, the tariff table (its quotes marked estimated) when `live` throws. A live
 * answer of no services at all stays an empty list: the couriers really do not serve that lane.
 */
function withTariffFallback(live: ShippingProvider, tariffs: ShippingProvider): ShippingProvider {
  return {
    name: live.name,
    async quote(input): Promise<ShippingQuote[]> {
      try {
        return await live.quote(input);
      } catch (error) {
        console.error(
          `Shipping quote from ${live.name} failed; using the ${tariffs.name} table:`,
          error instanceof Error ? `${error.name}: ${error.message}` : error,
        );
        const quotes = await tariffs.quote(input);
        return quotes.map((q) => ({ ...q, estimated: true as const }));
      }
    },
    ...(live.bookable ? { bookable: live.bookable.bind(live) } : {}),
    ...(live.book ? { book: live.book.bind(live) } : {}),
    ...(live.track ? { track: live.track.bind(live) } : {}),
    ...(live.order ? { order: live.order.bind(live) } : {}),
    ...(live.cancel ? { cancel: live.cancel.bind(live) } : {}),
  };
}
