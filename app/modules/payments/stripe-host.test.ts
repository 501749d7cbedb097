import { describe, expect, it } from "vitest";
import { stripeHostOptions } from "./stripe.server";

describe("stripeHostOptions", () => {
  it("points the SDK at STRIPE_API_BASE, and at Stripe itself when it is unset", () => {
    expect(stripeHostOptions("http://127.0.0.1:12111")).toEqual({
      host: "127.0.0.1",
      port: 12111,
      protocol: "http",
    });
    expect(stripeHostOptions("https://stripe.internal")).toEqual({
      host: "stripe.internal",
      port: 443,
      protocol: "https",
    });
    expect(stripeHostOptions(undefined)).toEqual({});
  });
});
