/**
 * The checkout form as the server reads it. Amounts never come from it: placeOrder computes them.
 */
import { z } from "zod";
import {
  postalCodeField,
  recipientNameField,
  recipientPhoneField,
  streetAddressField,
} from "~/modules/accounts/address-fields";
import { PAYMENT_METHODS } from "~/modules/payments/providers/traits";
import { DELIVERY_CHOICE_PATTERN } from "~/modules/shipping/checkout-quotes";
import { blankToUndefined } from "~/utils/forms";
import { MAX_LINE_QUANTITY } from "./cart.server";

/** Totals are 32-bit integers in the database; no village order comes near this. */
export const MAX_ORDER_TOTAL = 2_000_000_000;

const SHIPPING_CHOICE_WITH_FEE = new RegExp(
  `${DELIVERY_CHOICE_PATTERN.source.slice(0, -1)}(=\\d{1,10})?$`,
);

/**
 * What the checkout form sends. Lines and the expected goods subtotal echo what the buyer saw,
 * so a price that changed in between (or a tampered form) is refused rather than silently
 * charged. Delivery fees are shown next to each delivery choice; the form echoes the fee shown
 * with the choice ("COURIER:REGULAR=18000") and the server, which alone decides amounts, refuses
 * a fee that is not its own quote. Unknown fields (a `price`, say) are refused too.
 */
export const CheckoutSchema = z.strictObject({
  buyerName: recipientNameField,
  buyerPhone: recipientPhoneField,
  address: streetAddressField,
  desaCode: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Pilih desa dari daftar" })
      .optional(),
  ),
  /** Filled from a saved address; couriers that price by postal code need it. */
  postalCode: postalCodeField,
  note: z.preprocess(
    blankToUndefined,
    z.string().trim().max(300, { error: "Catatan maksimal 300 huruf" }).optional(),
  ),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: "Pilih cara bayar" }),
  /** A gateway's channel (Midtrans: qris, va_bca, gopay, …); other methods send none. */
  paymentChannel: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  lines: z
    .array(
      z.strictObject({
        variantId: z.string().min(1).max(40),
        quantity: z.coerce
          .number({ error: "Jumlah harus angka" })
          .int({ error: "Jumlah harus bilangan bulat" })
          .min(1, { error: "Jumlah minimal 1" })
          .max(MAX_LINE_QUANTITY, { error: `Jumlah maksimal ${MAX_LINE_QUANTITY}` }),
      }),
      { error: "Keranjang kosong" },
    )
    .min(1, { error: "Keranjang kosong" })
    .max(100),
  shipping: z
    .array(
      z
        .strictObject({
          sellerId: z.string().min(1).max(40),
          /** A delivery choice ("PICKUP_SELLER", "COURIER:REGULAR"), with "=<fee>" from the form. */
          method: z
            .string({ error: "Pilih cara pengiriman" })
            .regex(SHIPPING_CHOICE_WITH_FEE, { error: "Pilih cara pengiriman" }),
        })
        .transform(({ sellerId, method }): { sellerId: string; method: string; fee?: number } => {
          // The fee the buyer saw for that choice, in rupiah, travels with it.
          const [choice, seen] = method.split("=");
          return { sellerId, method: choice!, fee: seen === undefined ? undefined : Number(seen) };
        }),
      { error: "Pilih cara pengiriman" },
    )
    .min(1, { error: "Pilih cara pengiriman" }),
  expectedSubtotal: z.coerce.number().int().min(0).max(MAX_ORDER_TOTAL),
});
export type CheckoutInput = z.infer<typeof CheckoutSchema>;
