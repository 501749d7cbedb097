import { describe, expect, it } from "vitest";
import type { OrderStatus, ShippingMethod } from "~/generated/prisma/enums";
import { ordersEn } from "./i18n-orders-en";
import { ordersId } from "./i18n-orders-id";
import { orderStatusKey, shipActionKey } from "./order-wording";

const STATUSES: OrderStatus[] = [
  "PENDING_PAYMENT",
  "COD_PENDING",
  "PAID",
  "PACKED",
  "SHIPPED",
  "RECEIVED",
  "COMPLETED",
  "CANCELLED",
  "REFUNDED",
];
const METHODS: ShippingMethod[] = [
  "PICKUP_SELLER",
  "PICKUP_BALAI_DESA",
  "LOCAL_DELIVERY",
  "COURIER",
];
const languages = { id: ordersId, en: ordersEn } as Record<string, Record<string, string>>;

function text(language: string, key: string): string | undefined {
  return languages[language]![key];
}

describe("order status wording", () => {
  for (const language of Object.keys(languages)) {
    it(`has a ${language} text for every status with every delivery method`, () => {
      for (const status of STATUSES) {
        for (const method of METHODS) {
          expect(text(language, orderStatusKey(status, method)), `${status} ${method}`).toMatch(
            /\S/,
          );
        }
      }
    });

    it(`names the ship button in ${language} for every delivery method`, () => {
      for (const method of METHODS) {
        expect(text(language, shipActionKey(method)), method).toMatch(/\S/);
      }
    });
  }

  it("says what happens next, not how the buyer pays", () => {
    const id = (status: OrderStatus, method: ShippingMethod) =>
      text("id", orderStatusKey(status, method));
    for (const method of METHODS) {
      expect(id("COD_PENDING", method)).toBe("Menunggu dikemas penjual");
      expect(id("COD_PENDING", method)).not.toMatch(/bayar di tempat/i);
    }
    expect(id("PACKED", "PICKUP_SELLER")).toBe("Siap diambil di tempat penjual");
    expect(id("SHIPPED", "PICKUP_BALAI_DESA")).toBe("Siap diambil di balai desa");
    expect(id("SHIPPED", "COURIER")).toBe("Dalam pengiriman");
    expect(text("en", orderStatusKey("SHIPPED", "COURIER"))).toBe("On its way with the courier");
  });

  it("never tells a buyer who collects the goods that they were shipped", () => {
    for (const language of Object.keys(languages)) {
      for (const method of ["PICKUP_SELLER", "PICKUP_BALAI_DESA"] as const) {
        for (const status of STATUSES) {
          expect(text(language, orderStatusKey(status, method))).not.toMatch(
            /dikirim|pengiriman|kurir|shipped|courier/i,
          );
        }
        expect(text(language, shipActionKey(method))).not.toMatch(/kirim|ship/i);
      }
    }
  });
});
