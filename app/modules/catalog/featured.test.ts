import { describe, expect, it } from "vitest";
import { calendarDay, pickFeatured, type FeaturedCandidate } from "./featured";

function candidates(n: number, orders: (i: number) => number): FeaturedCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    sellerId: `s${String(i).padStart(3, "0")}`,
    recentOrders: orders(i),
    productCount: 3,
  }));
}

describe("pickFeatured", () => {
  it("shows at most one product per seller and the requested count", () => {
    const picks = pickFeatured({
      candidates: candidates(50, () => 0),
      day: "2026-11-23",
      count: 12,
    });
    expect(picks).toHaveLength(12);
    expect(new Set(picks.map((p) => p.sellerId)).size).toBe(12);
    for (const pick of picks) expect([0, 1, 2]).toContain(pick.productIndex);
  });

  it("is stable within a day and rotates across days", () => {
    const pool = candidates(50, () => 0);
    const a = pickFeatured({ candidates: pool, day: "2026-11-23", count: 12 });
    const again = pickFeatured({ candidates: [...pool].reverse(), day: "2026-11-23", count: 12 });
    const b = pickFeatured({ candidates: pool, day: "2026-11-24", count: 12 });
    expect(again).toEqual(a);
    expect(b).not.toEqual(a);
  });

  it("favours sellers with few recent orders over a month of days", () => {
    // Ten busy shops (200 orders each) and forty quiet ones (0 orders).
    const pool = candidates(50, (i) => (i < 10 ? 200 : 0));
    let busy = 0;
    let quiet = 0;
    for (let d = 1; d <= 30; d++) {
      const day = `2026-11-${String(d).padStart(2, "0")}`;
      for (const pick of pickFeatured({ candidates: pool, day, count: 12 })) {
        if (Number(pick.sellerId.slice(1)) < 10) busy++;
        else quiet++;
      }
    }
    // Proportional share would be 20 % busy; the rule keeps them far below it.
    expect(busy / (busy + quiet)).toBeLessThan(0.05);
    expect(quiet).toBeGreaterThan(300);
  });

  it("still fills the page when every seller is busy", () => {
    const picks = pickFeatured({
      candidates: candidates(5, () => 1000),
      day: "2026-11-23",
      count: 12,
    });
    expect(picks).toHaveLength(5);
  });

  it("skips sellers without public products", () => {
    const pool = candidates(3, () => 0);
    pool[1]!.productCount = 0;
    const picks = pickFeatured({ candidates: pool, day: "2026-11-23", count: 3 });
    expect(picks.map((p) => p.sellerId).sort()).toEqual(["s000", "s002"]);
  });
});

describe("calendarDay", () => {
  it("uses the platform time zone, not UTC", () => {
    // 20:00 UTC on the 23rd is already the 24th in Jakarta (UTC+7).
    expect(calendarDay(new Date("2026-11-23T20:00:00Z"), "Asia/Jakarta")).toBe("2026-11-24");
    expect(calendarDay(new Date("2026-11-23T16:00:00Z"), "Asia/Jakarta")).toBe("2026-11-23");
  });
});
