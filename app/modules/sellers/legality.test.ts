import { describe, expect, it } from "vitest";
import { publicLegalityBadges } from "./legality";

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
