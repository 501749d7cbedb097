/**
 * Featured-products fairness rule.
 *
 * The front page shows at most one product per seller. Sellers are drawn by weighted sampling
 * without replacement, weight 1 / (1 + orders in the last 30 days), from a generator seeded by
 * the calendar day. So the selection is stable for a day, rotates daily, and sellers with few
 * recent orders are favoured: a few popular shops cannot hold the whole front page.
 */

export interface FeaturedCandidate {
  sellerId: string;
  recentOrders: number;
  /** How many public products the seller has. */
  productCount: number;
}

export interface FeaturedPick {
  sellerId: string;
  /** Index into the seller's public products in a stable order (e.g. by id). */
  productIndex: number;
}

/** FNV-1a: a small stable string hash to seed the day's generator. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function featuredWeight(recentOrders: number): number {
  return 1 / (1 + Math.max(0, recentOrders));
}

export function pickFeatured(input: {
  candidates: FeaturedCandidate[];
  /** Calendar day in the platform's time zone, `YYYY-MM-DD`. */
  day: string;
  count: number;
}): FeaturedPick[] {
  const random = mulberry32(hashString(`featured:${input.day}`));
  // Efraimidis–Spirakis: key = u^(1/w); the largest keys form a weighted sample without replacement.
  const keyed = input.candidates
    .filter((c) => c.productCount > 0)
    .sort((a, b) => (a.sellerId < b.sellerId ? -1 : a.sellerId > b.sellerId ? 1 : 0))
    .map((candidate) => {
      const u = random();
      return {
        candidate,
        key: Math.pow(u, 1 / featuredWeight(candidate.recentOrders)),
        u2: random(),
      };
    });
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, input.count).map(({ candidate, u2 }) => ({
    sellerId: candidate.sellerId,
    productIndex: Math.floor(u2 * candidate.productCount),
  }));
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function calendarDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}
