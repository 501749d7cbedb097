import { describe, expect, it } from "vitest";
import { isLegalityCurrent, publicLegalityBadges } from "./legality";

describe("publicLegalityBadges", () => {
  it("shows only verified legality numbers", () => {
    expect(
      publicLegalityBadges([
        { type: "NIB", status: "VERIFIED" },
        { type: "PIRT", status: "UNVERIFIED" },
        { type: "HALAL", status: "REJECTED" },
      ]),
    ).toEqual(["NIB"]);
  });

  it("shows nothing for a seller without legality numbers", () => {
    expect(publicLegalityBadges([])).toEqual([]);
  });

  it("shows halal on a product only when the product is marked halal", () => {
    const all = [
      { type: "NIB", status: "VERIFIED" },
      { type: "PIRT", status: "VERIFIED" },
      { type: "HALAL", status: "VERIFIED" },
    ] as const;
    expect(publicLegalityBadges([...all], true)).toEqual(["NIB", "PIRT", "HALAL"]);
    expect(publicLegalityBadges([...all], false)).toEqual(["NIB", "PIRT"]);
  });
});

describe("isLegalityCurrent", () => {
  const now = new Date("2026-12-05T00:00:00Z");
  it.each([
    ["verified, no expiry", "VERIFIED", null, true],
    ["verified, expires tomorrow", "VERIFIED", new Date("2026-12-06T00:00:00Z"), true],
    ["verified, expired yesterday", "VERIFIED", new Date("2026-12-04T00:00:00Z"), false],
    ["verified, expires this instant", "VERIFIED", now, false],
    ["unverified", "UNVERIFIED", null, false],
    ["rejected", "REJECTED", null, false],
  ] as const)("%s", (_, status, expiresAt, expected) => {
    expect(isLegalityCurrent({ type: "HALAL", status, expiresAt }, now)).toBe(expected);
  });

  it("drops the badge of an expired certificate", () => {
    const expired = new Date("2026-01-01T00:00:00Z");
    expect(
      publicLegalityBadges(
        [
          { type: "NIB", status: "VERIFIED" },
          { type: "HALAL", status: "VERIFIED", expiresAt: expired },
        ],
        true,
        now,
      ),
    ).toEqual(["NIB"]);
  });
});
