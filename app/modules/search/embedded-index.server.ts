import { tokenize } from "./text";
import type { SearchDocument } from "./types";

/**
 * The embedded engine's index: documents in slots, an inverted index of their words (posting
 * lists of slots in ascending order, with the fields each word was found in), per-slot typed
 * arrays for filters, facets and sorts, and the sort orders kept current as documents arrive.
 */

const FIELDS = [
  "title",
  "categoryName",
  "sellerName",
  "desaName",
  "kecamatanName",
  "description",
] as const;
const FIELD_WEIGHT = [4, 2, 1.5, 1, 1, 0.4];
/** Best field weight for each combination of field bits. */
export const MASK_WEIGHT = Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
  Math.max(0, ...FIELD_WEIGHT.filter((_, f) => mask & (1 << f))),
);

/** Bits of the per-slot `flags` array. */
export const HALAL = 1;
export const NIB = 2;
export const PIRT = 4;
export const IN_STOCK = 8;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Posting {
  slots: number[];
  masks: number[];
}

/** Interns facet values (category slugs, region codes) as small integers. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

export class Index {
  docs: (SearchDocument | undefined)[] = [];
  titleKey: string[] = [];
  slotOf = new Map<string, number>();
  alive = 0;
  capacity = 0;
  price = new Float64Array(0);
  publishedAt = new Float64Array(0);
  popularity = new Float64Array(0);
  flags = new Uint8Array(0);
  category = new Int32Array(0);
  kecamatan = new Int32Array(0);
  desa = new Int32Array(0);
  readonly categories = new Dictionary();
  readonly kecamatans = new Dictionary();
  readonly desas = new Dictionary();
  postings = new Map<string, Posting>();
  private vocabulary: string[] | null = null;
  private orders = new Map<OrderKey, number[]>();
  /** Set during bulk loads: orders are dropped and rebuilt once at the end instead. */
  bulk = false;

  private grow(min: number) {
    if (min <= this.capacity) return;
    const capacity = Math.max(1024, min, this.capacity * 2);
    const copy = <T extends Float64Array | Uint8Array | Int32Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.price = copy(this.price, (n) => new Float64Array(n));
    this.publishedAt = copy(this.publishedAt, (n) => new Float64Array(n));
    this.popularity = copy(this.popularity, (n) => new Float64Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
    this.category = copy(this.category, (n) => new Int32Array(n));
    this.kecamatan = copy(this.kecamatan, (n) => new Int32Array(n));
    this.desa = copy(this.desa, (n) => new Int32Array(n));
    this.capacity = capacity;
  }

  add(doc: SearchDocument) {
    this.delete(doc.id);
    const slot = this.docs.length;
    this.grow(slot + 1);
    this.docs.push(doc);
    this.titleKey.push(tokenize(doc.title).join(" "));
    this.slotOf.set(doc.id, slot);
    this.alive++;
    this.price[slot] = doc.price;
    this.publishedAt[slot] = doc.publishedAt;
    this.popularity[slot] = doc.popularity;
    this.flags[slot] =
      (doc.halal ? HALAL : 0) |
      (doc.nib ? NIB : 0) |
      (doc.pirt ? PIRT : 0) |
      (doc.inStock ? IN_STOCK : 0);
    this.category[slot] = this.categories.id(doc.categorySlug);
    this.kecamatan[slot] = this.kecamatans.id(doc.kecamatanCode);
    this.desa[slot] = this.desas.id(doc.desaCode);

    const masks = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      for (const term of tokenize(doc[field])) masks.set(term, (masks.get(term) ?? 0) | (1 << f));
    });
    for (const [term, mask] of masks) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], masks: [] };
        this.postings.set(term, posting);
        this.vocabulary = null;
      }
      posting.slots.push(slot);
      posting.masks.push(mask);
    }
    if (this.bulk) this.orders.clear();
    else this.insertIntoOrders(slot);
  }

  delete(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.docs[slot] = undefined;
    this.slotOf.delete(id);
    this.alive--;
  }

  get dead(): number {
    return this.docs.length - this.alive;
  }

  sortedVocabulary(): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort();
    return this.vocabulary;
  }

  /**
   * Slots in a sort order. Built with one native numeric sort of packed keys (key bits, then the
   * slot in the low 20 bits) and kept current by binary insertion for single writes; removed
   * documents stay in the arrays and are skipped by the caller.
   */
  order(key: OrderKey): number[] {
    let order = this.orders.get(key);
    if (!order) {
      const n = this.docs.length;
      if (n < SLOT_LIMIT) {
        const packed = new Float64Array(this.alive);
        let k = 0;
        for (let s = 0; s < n; s++)
          if (this.docs[s]) packed[k++] = this.sortKey(key, s) * SLOT_LIMIT + s;
        packed.sort();
        order = Array.from(packed, (v) => v % SLOT_LIMIT);
      } else {
        order = [];
        for (let s = 0; s < n; s++) if (this.docs[s]) order.push(s);
        order.sort((a, b) => this.sortKey(key, a) - this.sortKey(key, b) || a - b);
      }
      this.orders.set(key, order);
    }
    return order;
  }

  /** Ascending numeric key of a slot for an order; fits in 32 bits. */
  sortKey(key: OrderKey, slot: number): number {
    switch (key) {
      case "price_asc":
        return Math.min(this.price[slot]!, MAX_KEY);
      case "price_desc":
        return MAX_KEY - Math.min(this.price[slot]!, MAX_KEY);
      case "newest":
        return MAX_KEY - Math.floor(this.publishedAt[slot]! / 3_600_000);
      case "popular":
        return MAX_KEY - Math.min(this.popularity[slot]!, MAX_KEY);
    }
  }

  /** Keeps existing orders current after adding one slot. */
  insertIntoOrders(slot: number) {
    for (const [key, order] of this.orders) {
      const target = this.sortKey(key, slot);
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const other = order[mid]!;
        const k = this.sortKey(key, other);
        if (k < target || (k === target && other < slot)) lo = mid + 1;
        else hi = mid;
      }
      order.splice(lo, 0, slot);
    }
  }

  warmOrders(): OrderKey[] {
    return ["popular", "newest", "price_asc", "price_desc"];
  }
}

export type OrderKey = "newest" | "price_asc" | "price_desc" | "popular";
/** 2^20 slots packed under 2^32 keys stays inside a double's exact integers. */
const SLOT_LIMIT = 2 ** 20;
const MAX_KEY = 2 ** 32 - 1;

/** Builds every sort order, yielding between them (each is one native sort). */
export async function warm(index: Index): Promise<void> {
  for (const key of index.warmOrders()) {
    index.order(key);
    await yieldToEventLoop();
  }
}
