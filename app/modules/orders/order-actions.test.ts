import { describe, expect, it } from "vitest";
import type { OrderStatus } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/auth/permissions";
import {
  orderActions,
  takesTrackingNumber,
  type OrderAction,
  type OrderPeople,
  type OrderState,
} from "./order-actions";
import { ORDER_TRANSITIONS } from "./transitions";

const KEMIREN = "35.10.15.2004";
const OLEHSARI = "35.10.15.2005";

const actors = {
  buyer: { id: "buyer", roles: [{ role: "BUYER", regionCode: null }] },
  owner: {
    id: "owner",
    roles: [
      { role: "BUYER", regionCode: null },
      { role: "SELLER", regionCode: null },
    ],
  },
  operator: { id: "op1", roles: [{ role: "OPERATOR", regionCode: KEMIREN }] },
  operatorElsewhere: { id: "op2", roles: [{ role: "OPERATOR", regionCode: OLEHSARI }] },
  staff: { id: "staff", roles: [{ role: "STAFF", regionCode: "35.10" }] },
  admin: { id: "admin", roles: [{ role: "ADMIN", regionCode: null }] },
  stranger: { id: "stranger", roles: [{ role: "BUYER", regionCode: null }] },
} satisfies Record<string, Actor>;

const people: OrderPeople = { buyerId: "buyer", seller: { ownerId: "owner", desaCode: KEMIREN } };

/** A bank-transfer order, or cash on delivery for the status only COD orders pass through. */
function order(status: OrderStatus): OrderState & OrderPeople {
  const method = status === "COD_PENDING" ? "COD" : "BANK_TRANSFER";
  return { ...people, status, payment: { method, payee: "seller" } };
}

const STATUSES = Object.keys(ORDER_TRANSITIONS) as OrderStatus[];
const NOTHING: Record<OrderStatus, OrderAction[]> = Object.fromEntries(
  STATUSES.map((s) => [s, []]),
) as unknown as Record<OrderStatus, OrderAction[]>;

const SELLER_SIDE: Record<OrderStatus, OrderAction[]> = {
  PENDING_PAYMENT: ["confirm-payment", "cancel"],
  COD_PENDING: ["pack", "cancel"],
  PAID: ["pack", "cancel"],
  PACKED: ["ship", "cancel"],
  SHIPPED: ["refund"],
  RECEIVED: ["refund"],
  COMPLETED: ["refund"],
  CANCELLED: [],
  REFUNDED: [],
};

const BUYER: Record<OrderStatus, OrderAction[]> = {
  PENDING_PAYMENT: ["cancel"],
  COD_PENDING: ["cancel"],
  PAID: [],
  PACKED: [],
  SHIPPED: ["receive"],
  RECEIVED: [],
  COMPLETED: ["review"],
  CANCELLED: [],
  REFUNDED: [],
};

const expected: Record<keyof typeof actors, Record<OrderStatus, OrderAction[]>> = {
  buyer: BUYER,
  owner: SELLER_SIDE,
  operator: SELLER_SIDE,
  admin: SELLER_SIDE,
  operatorElsewhere: NOTHING,
  staff: NOTHING,
  stranger: NOTHING,
};

describe("orderActions", () => {
  for (const [name, byStatus] of Object.entries(expected)) {
    it(`offers the ${name} exactly the expected actions in every status`, () => {
      const actor = actors[name as keyof typeof actors];
      const got = Object.fromEntries(STATUSES.map((s) => [s, orderActions(order(s), actor)]));
      expect(got).toEqual(byStatus);
    });
  }

  it("offers nothing to someone signed out", () => {
    for (const status of STATUSES) expect(orderActions(order(status), null)).toEqual([]);
  });

  it("gives someone who bought from their own shop both sides' actions", () => {
    const own = { ...order("SHIPPED"), buyerId: "owner" };
    expect(orderActions(own, actors.owner)).toEqual(["receive", "refund"]);
    expect(orderActions({ ...order("PAID"), buyerId: "owner" }, actors.owner)).toEqual([
      "pack",
      "cancel",
    ]);
  });

  it("never takes an erased buyer's order for anyone's", () => {
    const erased = { ...order("SHIPPED"), buyerId: null };
    expect(orderActions(erased, actors.buyer)).toEqual([]);
  });

  it("lets the seller confirm only a transfer or QRIS paid into the seller's account", () => {
    const pending = (payment: OrderState["payment"]) =>
      orderActions({ ...people, status: "PENDING_PAYMENT", payment }, actors.owner);
    expect(pending({ method: "QRIS", payee: "seller" })).toEqual(["confirm-payment", "cancel"]);
    expect(pending({ method: "BANK_TRANSFER", payee: "platform" })).toEqual(["cancel"]);
    expect(pending({ method: "STRIPE", payee: "platform" })).toEqual(["cancel"]);
    expect(pending(null)).toEqual(["cancel"]);
  });

  it("offers no refund on cash on delivery until the cash has changed hands", () => {
    const cod = (status: OrderStatus) =>
      orderActions(
        { ...people, status, payment: { method: "COD", payee: "seller" } },
        actors.owner,
      );
    const COD_PATH: OrderStatus[] = ["COD_PENDING", "PACKED", "SHIPPED", "RECEIVED", "COMPLETED"];
    expect(Object.fromEntries(COD_PATH.map((s) => [s, cod(s)]))).toEqual({
      COD_PENDING: ["pack", "cancel"],
      PACKED: ["ship", "cancel"],
      // Out for delivery but unpaid: there is no money to give back.
      SHIPPED: [],
      // Paid in cash on receipt: goods returned are refunded.
      RECEIVED: ["refund"],
      COMPLETED: ["refund"],
    });
    // The same statuses paid in advance can be refunded once the goods are out.
    const transfer = { ...people, payment: { method: "BANK_TRANSFER" as const, payee: "seller" } };
    expect(orderActions({ ...transfer, status: "SHIPPED" }, actors.owner)).toEqual(["refund"]);
    // A card payment belongs to the whole checkout, not the order: still paid.
    expect(orderActions({ ...people, status: "SHIPPED", payment: null }, actors.owner)).toEqual([
      "refund",
    ]);
  });

  it("asks for a tracking number only for a courier's parcel", () => {
    expect(takesTrackingNumber("COURIER")).toBe(true);
    expect(takesTrackingNumber("PICKUP_SELLER")).toBe(false);
    expect(takesTrackingNumber("PICKUP_BALAI_DESA")).toBe(false);
    expect(takesTrackingNumber("LOCAL_DELIVERY")).toBe(false);
  });

  it("answers for a party that is already established", () => {
    const byParty = (party: "buyer" | "seller" | "system") =>
      Object.fromEntries(STATUSES.map((s) => [s, orderActions({ status: s }, party)]));
    // Without the order's payment the seller is not offered to confirm one.
    expect(byParty("seller")).toEqual({
      ...SELLER_SIDE,
      PENDING_PAYMENT: ["cancel"],
    });
    expect(byParty("buyer")).toEqual(BUYER);
    expect(byParty("system")).toEqual({
      ...NOTHING,
      PENDING_PAYMENT: ["cancel"],
      COD_PENDING: ["cancel"],
      PAID: ["cancel"],
      PACKED: ["cancel"],
      SHIPPED: ["receive"],
    });
  });
});
