import { describe, expect, it } from "vitest";
import {
  actingRole,
  assistedDesa,
  can,
  canSomewhere,
  homeRegion,
  payoutRegions,
  type Action,
  type Actor,
  type PersonRecord,
} from "./permissions";

const KEMIREN = "35.10.15.2004";
const OLEHSARI = "35.10.15.2005";
const OTHER_REGENCY_DESA = "35.09.01.2001";

const actors: Record<string, Actor> = {
  buyer: { id: "buyer", roles: [{ role: "BUYER", regionCode: null }] },
  owner: {
    id: "owner",
    roles: [
      { role: "BUYER", regionCode: null },
      { role: "SELLER", regionCode: null },
    ],
  },
  otherSeller: { id: "other", roles: [{ role: "SELLER", regionCode: null }] },
  operatorHere: { id: "op1", roles: [{ role: "OPERATOR", regionCode: KEMIREN }] },
  operatorElsewhere: { id: "op2", roles: [{ role: "OPERATOR", regionCode: OLEHSARI }] },
  staff: { id: "staff", roles: [{ role: "STAFF", regionCode: "35.10" }] },
  admin: { id: "admin", roles: [{ role: "ADMIN", regionCode: null }] },
};

const seller: { ownerId: string | null; desaCode: string } = {
  ownerId: "owner",
  desaCode: KEMIREN,
};
const farSeller = { ownerId: "owner", desaCode: OTHER_REGENCY_DESA };
const buyerPerson: PersonRecord = { userId: "buyer" };

// role → [action, record, allowed]
const matrix: [keyof typeof actors, Action, typeof seller | PersonRecord | undefined, boolean][] = [
  ["buyer", "seller.apply", undefined, true],
  ["buyer", "seller.manage", seller, false],
  ["buyer", "seller.register", { ownerId: null, desaCode: KEMIREN }, false],
  ["buyer", "seller.verify", seller, false],
  ["owner", "seller.manage", seller, true],
  ["owner", "seller.verify", seller, false],
  ["otherSeller", "seller.manage", seller, false],
  ["operatorHere", "seller.manage", seller, true],
  ["operatorHere", "seller.register", { ownerId: null, desaCode: KEMIREN }, true],
  ["operatorHere", "seller.register", { ownerId: null, desaCode: OLEHSARI }, false],
  ["operatorHere", "seller.verify", seller, false],
  ["operatorElsewhere", "seller.manage", seller, false],
  ["operatorElsewhere", "seller.register", { ownerId: null, desaCode: KEMIREN }, false],
  ["staff", "seller.verify", seller, true],
  ["staff", "verification.queue", seller, true],
  ["staff", "seller.verify", farSeller, false],
  ["staff", "seller.manage", seller, false],
  ["admin", "seller.manage", farSeller, true],
  ["admin", "seller.verify", farSeller, true],
  ["admin", "seller.register", { ownerId: null, desaCode: OLEHSARI }, true],
  ["owner", "legality.view", seller, true],
  ["operatorHere", "legality.view", seller, true],
  ["operatorElsewhere", "legality.view", seller, false],
  ["staff", "legality.view", seller, true],
  ["staff", "legality.view", farSeller, false],
  ["buyer", "legality.view", seller, false],
  ["otherSeller", "legality.view", seller, false],
  ["admin", "legality.view", farSeller, true],
  ["owner", "seller.identity", seller, true],
  ["operatorHere", "seller.identity", seller, true],
  ["operatorElsewhere", "seller.identity", seller, false],
  ["otherSeller", "seller.identity", seller, false],
  ["staff", "seller.identity", seller, false],
  ["buyer", "seller.identity", seller, false],
  ["admin", "seller.identity", farSeller, true],
  ["owner", "seller.bankShare", seller, true],
  ["operatorHere", "seller.bankShare", seller, true],
  ["operatorElsewhere", "seller.bankShare", seller, false],
  ["otherSeller", "seller.bankShare", seller, false],
  ["staff", "seller.bankShare", seller, false],
  ["buyer", "seller.bankShare", seller, false],
  ["staff", "training.manage", undefined, true],
  ["operatorHere", "training.manage", undefined, false],
  ["owner", "training.manage", undefined, false],
  ["operatorHere", "training.attendance", seller, true],
  ["operatorElsewhere", "training.attendance", seller, false],
  ["staff", "training.attendance", seller, true],
  ["staff", "training.attendance", farSeller, false],
  ["owner", "training.attendance", seller, false],
  ["owner", "training.checkin", seller, true],
  ["otherSeller", "training.checkin", seller, false],
  ["operatorHere", "training.checkin", seller, false],
  ["staff", "training.checkin", seller, false],
  ["owner", "training.checkin", { ownerId: null, desaCode: KEMIREN }, false],
  ["owner", "training.checkin", { userId: "owner" }, false],
  ["staff", "payout.record", seller, true],
  ["staff", "payout.record", farSeller, false],
  ["owner", "payout.record", seller, false],
  ["operatorHere", "payout.record", seller, false],
  ["buyer", "payout.record", seller, false],
  ["admin", "payout.record", farSeller, true],
  ["staff", "dashboard.view", { ownerId: null, desaCode: "35.10" }, true],
  ["staff", "dashboard.view", { ownerId: null, desaCode: "35.10.15" }, true],
  ["staff", "dashboard.view", { ownerId: null, desaCode: "35.09" }, false],
  ["operatorHere", "dashboard.view", { ownerId: null, desaCode: seller.desaCode }, true],
  ["operatorHere", "dashboard.view", { ownerId: null, desaCode: "35.10.15" }, false],
  ["operatorElsewhere", "dashboard.view", { ownerId: null, desaCode: seller.desaCode }, false],
  ["buyer", "dashboard.view", { ownerId: null, desaCode: seller.desaCode }, false],
  ["owner", "dashboard.view", { ownerId: null, desaCode: seller.desaCode }, false],
  ["staff", "audit.view", undefined, true],
  ["operatorHere", "audit.view", undefined, false],
  ["admin", "audit.view", undefined, true],
  ["buyer", "privacy.request", buyerPerson, true],
  ["owner", "privacy.request", buyerPerson, false],
  ["buyer", "privacy.request", undefined, false],
  ["operatorHere", "privacy.request", buyerPerson, false],
  ["operatorHere", "privacy.request", undefined, false],
  ["staff", "privacy.request", buyerPerson, true],
  ["staff", "privacy.request", undefined, true],
  ["admin", "privacy.request", buyerPerson, true],
  ["admin", "jobs.view", undefined, true],
  ["staff", "jobs.view", undefined, false],
  ["staff", "shipping.tariffs", { ownerId: null, desaCode: "35.10.11" }, true],
  ["staff", "shipping.tariffs", { ownerId: null, desaCode: "35.09.01" }, false],
  ["staff", "shipping.tariffs", undefined, false],
  ["admin", "shipping.tariffs", { ownerId: null, desaCode: "35.09.01" }, true],
  ["operatorHere", "shipping.tariffs", { ownerId: null, desaCode: "35.10.15" }, false],
  ["operatorHere", "shipping.tariffs", { ownerId: null, desaCode: KEMIREN }, false],
  ["owner", "shipping.tariffs", { ownerId: "owner", desaCode: "35.10.15" }, false],
  ["buyer", "shipping.tariffs", { ownerId: null, desaCode: "35.10.15" }, false],
  // A person is not a place: someone's user id opens no seller or region rule.
  ["staff", "seller.verify", { userId: "owner" }, false],
  ["owner", "seller.manage", { userId: "owner" }, false],
];

describe("permission matrix", () => {
  it.each(matrix)("%s × %s on %o → allowed %s", (who, action, record, allowed) => {
    expect(can(actors[who]!, action, record)).toBe(allowed);
  });

  it("denies everything to a signed-out visitor", () => {
    expect(can(null, "seller.apply")).toBe(false);
    expect(can(null, "seller.manage", seller)).toBe(false);
  });

  it("does not let a staff prefix match a neighbouring regency (35.1 ≠ 35.10)", () => {
    const staff: Actor = { id: "s", roles: [{ role: "STAFF", regionCode: "35.1" }] };
    expect(can(staff, "seller.verify", seller)).toBe(false);
  });
});

// Area pages and the navigation: may the actor do this anywhere at all?
const somewhere: [keyof typeof actors, Action, boolean][] = [
  ["buyer", "seller.register", false],
  ["buyer", "dashboard.view", false],
  ["owner", "training.attendance", false],
  ["operatorHere", "seller.register", true],
  ["operatorHere", "dashboard.view", true],
  ["operatorHere", "training.attendance", true],
  ["operatorHere", "verification.queue", false],
  ["operatorHere", "training.manage", false],
  ["operatorHere", "audit.view", false],
  ["operatorHere", "privacy.request", false],
  ["staff", "verification.queue", true],
  ["staff", "dashboard.view", true],
  ["staff", "training.manage", true],
  ["staff", "seller.register", false],
  ["staff", "jobs.view", false],
  ["staff", "shipping.tariffs", true],
  ["operatorHere", "shipping.tariffs", false],
  ["owner", "shipping.tariffs", false],
  ["buyer", "shipping.tariffs", false],
  ["admin", "jobs.view", true],
  ["admin", "verification.queue", true],
];

describe("canSomewhere", () => {
  it.each(somewhere)("%s × %s → %s", (who, action, allowed) => {
    expect(canSomewhere(actors[who]!, action)).toBe(allowed);
  });

  it("gives a signed-out visitor nothing", () => {
    expect(canSomewhere(null, "seller.apply")).toBe(false);
  });
});

describe("assistedDesa", () => {
  it("lists an operator's desa and nobody else's", () => {
    expect(assistedDesa(actors.operatorHere!)).toEqual([KEMIREN]);
    expect(assistedDesa(actors.staff!)).toEqual([]);
    expect(assistedDesa(actors.admin!)).toEqual([]);
  });
});

describe("homeRegion", () => {
  it("is a staff member's regency, an operator's desa, the widest first, or none", () => {
    expect(homeRegion(actors.staff!)).toBe("35.10");
    expect(homeRegion(actors.operatorHere!)).toBe(KEMIREN);
    expect(homeRegion(actors.owner!)).toBeNull();
    const both: Actor = {
      id: "both",
      roles: [
        { role: "OPERATOR", regionCode: KEMIREN },
        { role: "STAFF", regionCode: "35.10" },
      ],
    };
    expect(homeRegion(both)).toBe("35.10");
  });
});

describe("actingRole", () => {
  it("is the role that grants the action: the owner, the desa's operator, staff or admin", () => {
    expect(actingRole(actors.owner!, "seller.manage", seller)).toBe("SELLER");
    expect(actingRole(actors.operatorHere!, "seller.manage", seller)).toBe("OPERATOR");
    expect(actingRole(actors.admin!, "seller.manage", seller)).toBe("ADMIN");
    expect(actingRole(actors.staff!, "training.attendance", seller)).toBe("STAFF");
    expect(actingRole(actors.admin!, "privacy.request", buyerPerson)).toBe("ADMIN");
  });

  it("prefers the most specific role someone holds", () => {
    const both: Actor = {
      id: "both",
      roles: [
        { role: "ADMIN", regionCode: null },
        { role: "OPERATOR", regionCode: KEMIREN },
      ],
    };
    expect(actingRole(both, "training.attendance", seller)).toBe("OPERATOR");
    expect(actingRole(both, "training.attendance", farSeller)).toBe("ADMIN");
  });
});

describe("payoutRegions", () => {
  it("is the staff member's regency, everywhere for an admin, nowhere for an operator", () => {
    expect(payoutRegions(actors.staff!)).toEqual(["35.10"]);
    expect(payoutRegions(actors.admin!)).toBeNull();
    expect(payoutRegions(actors.operatorHere!)).toEqual([]);
  });
});
