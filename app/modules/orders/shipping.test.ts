import { describe, expect, it } from "vitest";
import { shippingFeeFor } from "./shipping";

describe("shippingFeeFor", () => {
  it("charges the seller's flat fee for local delivery only, and refuses it when not offered", () => {
    expect(shippingFeeFor("LOCAL_DELIVERY", { localDeliveryFee: 7_000 })).toBe(7_000);
    expect(shippingFeeFor("LOCAL_DELIVERY", { localDeliveryFee: null })).toBeNull();
    expect(shippingFeeFor("PICKUP_SELLER", { localDeliveryFee: 7_000 })).toBe(0);
    expect(shippingFeeFor("PICKUP_BALAI_DESA", { localDeliveryFee: null })).toBe(0);
    expect(shippingFeeFor("COURIER", { localDeliveryFee: 7_000 })).toBe(0);
  });
});
