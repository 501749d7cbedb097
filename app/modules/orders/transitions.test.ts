import { describe, expect, it } from "vitest";
import type { OrderStatus } from "~/generated/prisma/enums";
import { DomainError } from "~/utils/errors";
import { assertTransition, canTransition, FINAL_STATUSES, ORDER_TRANSITIONS } from "./transitions";

const ALL = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];

describe("order transition table", () => {
  it("walks the happy paths for paid and cash-on-delivery orders", () => {
    const paid: OrderStatus[] = [
      "PENDING_PAYMENT",
      "PAID",
      "PACKED",
      "SHIPPED",
      "RECEIVED",
      "COMPLETED",
    ];
    const cod: OrderStatus[] = ["COD_PENDING", "PACKED", "SHIPPED", "RECEIVED", "COMPLETED"];
    for (const path of [paid, cod]) {
      for (let i = 1; i < path.length; i++)
        expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    }
  });

  it("never skips steps or goes backwards", () => {
    expect(canTransition("PENDING_PAYMENT", "SHIPPED")).toBe(false);
    expect(canTransition("PAID", "COMPLETED")).toBe(false);
    expect(canTransition("SHIPPED", "PACKED")).toBe(false);
    expect(canTransition("COMPLETED", "RECEIVED")).toBe(false);
  });

  it("refunds instead of cancelling once money moved, and ends in final states", () => {
    expect(canTransition("PAID", "CANCELLED")).toBe(false);
    expect(canTransition("PAID", "REFUNDED")).toBe(true);
    expect(canTransition("PENDING_PAYMENT", "CANCELLED")).toBe(true);
    expect([...FINAL_STATUSES].sort()).toEqual(["CANCELLED", "REFUNDED"]);
    for (const from of FINAL_STATUSES)
      for (const to of ALL) expect(canTransition(from, to)).toBe(false);
  });

  it("reaches every status from an initial one", () => {
    const seen = new Set<OrderStatus>(["PENDING_PAYMENT", "COD_PENDING"]);
    for (let changed = true; changed;) {
      changed = false;
      for (const from of [...seen]) {
        for (const to of ORDER_TRANSITIONS[from]) {
          if (!seen.has(to)) {
            seen.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...ALL].sort());
  });

  it("throws a conflict naming both statuses", () => {
    expect(() => assertTransition("SHIPPED", "PAID")).toThrow(DomainError);
    expect(() => assertTransition("SHIPPED", "PAID")).toThrow(/SHIPPED ke PAID/);
    expect(() => assertTransition("SHIPPED", "RECEIVED")).not.toThrow();
  });
});
