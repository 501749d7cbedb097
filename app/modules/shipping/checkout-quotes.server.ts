import type { DbOrTx } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { formatRupiah } from "~/modules/money/money";
import {
  courierChoice,
  methodOfChoice,
  packParcel,
  type CourierStatus,
  type DeliveryOption,
  type LocalDeliveryStatus,
  type PackableItem,
  type ShopDeliveries,
} from "./checkout-quotes";
import type { ShippingProvider } from "./provider";
import { shippingProviderFor } from "./shipping-provider.server";
import { regionPrefix } from "./tariff";

/**
 * The delivery options of each shop in a checkout, priced for one destination: pickups (free),
 * the seller's local delivery (its flat fee, only inside the shop's regency) and every courier
 * service the provider quotes for the shop's items packed into one parcel. The checkout page shows
 * them and placeOrder prices the order from the very same function, just before its transaction.
 */
export async function quoteDeliveries(
  db: DbOrTx,
  input: {
    lines: readonly { variantId: string; quantity: number }[];
    /** The buyer's desa; absent = not chosen yet (courier shows "pilih alamat dulu"). */
    destinationDesaCode?: string | null;
    /** The buyer's postal code, where the address has one; a courier aggregator needs it. */
    destinationPostalCode?: string | null;
    /** Defaults to shippingProviderFor(db): Biteship when configured, else the tariff table. */
    provider?: ShippingProvider;
    /** false reads the tariff rows afresh (placeOrder does). */
    cache?: boolean;
  },
): Promise<Map<string, ShopDeliveries>> {
  const quantities = new Map(input.lines.map((l) => [l.variantId, l.quantity]));
  const variants = await db.productVariant.findMany({
    where: { id: { in: [...quantities.keys()] } },
    select: {
      id: true,
      weightGrams: true,
      lengthCm: true,
      widthCm: true,
      heightCm: true,
      product: {
        select: {
          weightGrams: true,
          seller: {
            select: { id: true, desaCode: true, postalCode: true, localDeliveryFee: true },
          },
        },
      },
    },
  });
  type Seller = (typeof variants)[number]["product"]["seller"];
  const shops = new Map<string, { seller: Seller; items: PackableItem[] }>();
  for (const variant of variants) {
    const { seller } = variant.product;
    const shop = shops.get(seller.id) ?? { seller, items: [] };
    shop.items.push({
      weightGrams: variant.weightGrams ?? variant.product.weightGrams,
      lengthCm: variant.lengthCm,
      widthCm: variant.widthCm,
      heightCm: variant.heightCm,
      quantity: quantities.get(variant.id) ?? 0,
    });
    shops.set(seller.id, shop);
  }

  const provider = input.provider ?? shippingProviderFor(db, { cache: input.cache ?? true });
  const destinationPostalCode = input.destinationPostalCode?.trim() || undefined;
  const destination = input.destinationDesaCode ?? null;
  const entries = await Promise.all(
    [...shops.values()].map(async ({ seller, items }): Promise<[string, ShopDeliveries]> => {
      const options: DeliveryOption[] = [pickup("PICKUP_SELLER"), pickup("PICKUP_BALAI_DESA")];
      let localDelivery: LocalDeliveryStatus = "NOT_OFFERED";
      if (seller.localDeliveryFee !== null) {
        // Without a destination the fee is shown; placeOrder then asks for the desa.
        const inside =
          !destination || regionPrefix(destination, 2) === regionPrefix(seller.desaCode, 2);
        localDelivery = inside ? "OFFERED" : "OUTSIDE_REGENCY";
        if (inside) options.push({ ...pickup("LOCAL_DELIVERY"), fee: seller.localDeliveryFee });
      }
      let courier: CourierStatus = "NO_DESTINATION";
      if (destination) {
        try {
          // Without both postal codes Biteship answers through the tariff fallback (estimated).
          const quotes = await provider.quote({
            origin: {
              kecamatanCode: regionPrefix(seller.desaCode, 3),
              desaCode: seller.desaCode,
              ...(seller.postalCode ? { postalCode: seller.postalCode } : {}),
            },
            destination: {
              desaCode: destination,
              ...(destinationPostalCode ? { postalCode: destinationPostalCode } : {}),
            },
            parcels: [packParcel(items)],
          });
          courier = quotes.length > 0 ? "QUOTED" : "NO_TARIFF";
          for (const q of quotes) {
            options.push({
              choice: courierChoice(q.service),
              method: "COURIER",
              service: q.service,
              label: q.label,
              fee: q.price,
              etdMinDays: q.etdMinDays,
              etdMaxDays: q.etdMaxDays,
              ...(q.estimated ? { estimated: true as const } : {}),
            });
          }
        } catch (error) {
          console.error(`Shipping quote from ${seller.desaCode} failed:`, error);
          courier = "UNAVAILABLE";
        }
      }
      return [seller.id, { sellerId: seller.id, options, courier, localDelivery }];
    }),
  );
  return new Map(entries);
}

function pickup(method: "PICKUP_SELLER" | "PICKUP_BALAI_DESA" | "LOCAL_DELIVERY"): DeliveryOption {
  return {
    choice: method,
    method,
    service: null,
    label: null,
    fee: 0,
    etdMinDays: null,
    etdMaxDays: null,
  };
}

/**
 * The option a shop's chosen delivery stands for, or the reason it cannot be had. `seenFee` is
 * the fee the form showed next to it: a courier choice must carry one (its fee depends on the
 * destination); a difference is reported by assertSeenFees once every shop is priced.
 */
export function chooseDelivery(
  shop: { id: string; businessName: string },
  deliveries: ShopDeliveries | undefined,
  choice: string,
  hasDestination: boolean,
): DeliveryOption {
  const option = deliveries?.options.find((o) => o.choice === choice);
  // Local delivery's fee is shown before an address is chosen; the order needs the desa.
  if (option?.method === "LOCAL_DELIVERY" && !hasDestination) {
    throw new DomainError("INVALID", "Pilih desa tujuan untuk antar lokal");
  }
  if (option) return option;
  const method = methodOfChoice(choice);
  if (method === "LOCAL_DELIVERY") {
    if (deliveries?.localDelivery === "OUTSIDE_REGENCY") {
      throw new DomainError(
        "INVALID",
        `${shop.businessName} hanya mengantar di dalam kabupatennya`,
      );
    }
    throw new DomainError("INVALID", `${shop.businessName} tidak melayani antar lokal`);
  }
  if (method === "COURIER") {
    if (!hasDestination || deliveries?.courier === "NO_DESTINATION") {
      throw new DomainError("INVALID", "Pilih alamat tujuan dulu untuk menghitung ongkir kurir");
    }
    if (deliveries?.courier === "NO_TARIFF") {
      throw new DomainError(
        "INVALID",
        `${shop.businessName} belum punya tarif kurir ke alamat ini — pilih cara pengiriman lain`,
      );
    }
    if (deliveries?.courier === "UNAVAILABLE") {
      throw new DomainError("INVALID", "Ongkir kurir belum bisa dihitung — coba lagi sebentar");
    }
    throw new DomainError("INVALID", "Pilih layanan kurir yang tersedia");
  }
  throw new DomainError("INVALID", "Pilih cara pengiriman untuk setiap toko");
}

/**
 * Refuses the checkout when a fee the buyer saw is not the fee the server computes now (the
 * tariff or a weight changed, or the form was edited), naming the new total so the buyer sees it
 * before anything is placed. A courier choice without a seen fee was never shown a price.
 */
export function assertSeenFees(
  drafts: readonly {
    seller: { id: string; businessName: string };
    shippingMethod: string;
    shippingFee: number;
    seenFee: number | undefined;
  }[],
  total: number,
): void {
  for (const draft of drafts) {
    if (draft.seenFee === undefined && draft.shippingMethod === "COURIER") {
      throw new DomainError("INVALID", "Tekan Hitung ongkir dulu untuk melihat ongkir kurir");
    }
  }
  const changed = drafts.filter((d) => d.seenFee !== undefined && d.seenFee !== d.shippingFee);
  if (changed.length === 0) return;
  const shop = changed[0]!.seller;
  const newFee = formatRupiah(changed[0]!.shippingFee);
  const newTotal = formatRupiah(total);
  throw new DomainError(
    "CONFLICT",
    `Ongkir ${shop.businessName} berubah menjadi ${newFee} — total baru ${newTotal}, periksa lalu pesan lagi`,
    {
      total,
      fees: Object.fromEntries(changed.map((d) => [d.seller.id, d.shippingFee])),
    },
  );
}
