import { SYNONYM_GROUPS } from "../../../search/synonyms";
import {
  HALAL,
  IN_STOCK,
  Index,
  MASK_WEIGHT,
  NIB,
  PIRT,
  warm,
  yieldToEventLoop,
} from "./embedded-index.server";
import { boundedEditDistance, highlightTitle, tokenize, typoBudget } from "./text";
import type {
  FacetCounts,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./types";

/**
 * The embedded engine: an in-memory inverted index over typed arrays, built for a catalog of
 * 100k+ products on a small server. Posting lists hold document slots in ascending order; a query
 * word expands to vocabulary terms (exact, synonym, prefix for the last word, typos within the
 * same budget as Meilisearch), and words are AND-ed by counting. Filters, facets and sorts work on
 * per-slot typed arrays. See docs/decisions/006-search.md for why this is not MiniSearch.
 */

const PENALTY = { exact: 1, synonym: 0.9, prefix: 0.8, typo1: 0.5, typo2: 0.3 };
const YIELD_EVERY_MS = 8;

interface Candidate {
  term: string;
  penalty: number;
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private index = new Index();
  private readonly synonyms = buildSynonyms(SYNONYM_GROUPS);

  async setup(): Promise<void> {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    const index = this.index;
    index.bulk = documents.length > 200;
    // Index in short slices, yielding between them, so requests keep being served.
    let sliceStart = performance.now();
    for (const doc of documents) {
      index.add(doc);
      if (performance.now() - sliceStart > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    if (index.bulk) {
      index.bulk = false;
      await warm(index);
    }
    await this.compactIfNeeded();
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.index.delete(id);
    await this.compactIfNeeded();
  }

  async clear(): Promise<void> {
    this.index = new Index();
  }

  async count(): Promise<number> {
    return this.index.alive;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `${this.index.alive} documents` };
  }

  /** Replaced documents leave dead slots behind; rebuild once they are a third of the index. */
  private async compactIfNeeded() {
    const old = this.index;
    if (old.dead < 1_000 || old.dead < old.docs.length / 3) return;
    const fresh = new Index();
    fresh.bulk = true;
    let sliceStart = performance.now();
    for (const doc of old.docs) {
      if (doc) fresh.add(doc);
      if (performance.now() - sliceStart > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    // Writes that arrived while rebuilding went to the old index; replay its newer slots.
    for (let s = fresh.docs.length; s < old.docs.length; s++) {
      const doc = old.docs[s];
      if (doc) fresh.add(doc);
    }
    for (const id of fresh.slotOf.keys()) if (!old.slotOf.has(id)) fresh.delete(id);
    fresh.bulk = false;
    await warm(fresh);
    this.index = fresh;
  }

  /** Vocabulary terms a query word stands for, best first. */
  private candidates(word: string, isLast: boolean): Candidate[] {
    const index = this.index;
    const found = new Map<string, number>();
    const offer = (term: string, penalty: number) => {
      if (index.postings.has(term) && (found.get(term) ?? 0) < penalty) found.set(term, penalty);
    };
    offer(word, PENALTY.exact);
    for (const synonym of this.synonyms.get(word) ?? []) offer(synonym, PENALTY.synonym);
    const vocabulary = index.sortedVocabulary();
    if (isLast) {
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocabulary[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) {
        offer(vocabulary[i]!, PENALTY.prefix);
      }
    }
    const budget = typoBudget(word);
    if (budget > 0) {
      for (const term of vocabulary) {
        if (
          Math.abs(term.length - word.length) > budget &&
          !(isLast && term.length > word.length)
        ) {
          continue;
        }
        // The word being typed may be an unfinished prefix with a typo: compare the same length.
        const target = isLast && term.length > word.length ? term.slice(0, word.length + 1) : term;
        const distance = Math.min(
          boundedEditDistance(word, term, budget),
          isLast ? boundedEditDistance(word, target, budget) : budget + 1,
        );
        if (distance > budget) continue;
        if (distance === 1) offer(term, PENALTY.typo1);
        else if (distance === 2) offer(term, PENALTY.typo2);
      }
    }
    return [...found]
      .map(([term, penalty]) => ({ term, penalty }))
      .sort((a, b) => b.penalty - a.penalty);
  }

  /** Slots matching every word (each through any of its candidates), with scores. */
  private match(words: Candidate[][], accept: (slot: number) => boolean) {
    const index = this.index;
    const n = index.docs.length;
    const count = new Uint8Array(n);
    const score = new Float64Array(n);
    const stamp = new Int16Array(n).fill(-1);
    const matchedTerms: Set<string>[] = [];
    let touched: number[] = [];
    words.forEach((candidates, w) => {
      // Best candidates first: a document's first touch for a word carries the word's score.
      for (const { term, penalty } of candidates) {
        const posting = index.postings.get(term)!;
        const { slots, masks } = posting;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i]!;
          if (stamp[slot] === w) continue;
          if (count[slot] !== w) continue; // missed an earlier word
          stamp[slot] = w;
          count[slot] = w + 1;
          score[slot]! += MASK_WEIGHT[masks[i]!]! * penalty;
          if (w === 0) touched.push(slot);
        }
      }
      matchedTerms.push(new Set(candidates.map((c) => c.term)));
    });
    touched = touched.filter(
      (slot) => count[slot] === words.length && index.docs[slot] && accept(slot),
    );
    return { slots: touched, score, terms: new Set(matchedTerms.flatMap((s) => [...s])) };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const index = this.index;
    const accept = this.filter(query);
    const tokens = tokenize(query.q);

    let slots: number[];
    let score: Float64Array | null = null;
    let terms = new Set<string>();
    if (tokens.length === 0) {
      slots = [];
      for (let s = 0; s < index.docs.length; s++) if (index.docs[s] && accept(s)) slots.push(s);
    } else {
      slots = [];
      // Meilisearch's "last" strategy: when all words cannot match, drop words from the end.
      for (let n = tokens.length; n >= 1 && slots.length === 0; n--) {
        const last = n === tokens.length ? tokens[n - 1] : undefined;
        const best = new Float64Array(index.docs.length);
        const member = new Uint8Array(index.docs.length);
        const union: number[] = [];
        terms = new Set();
        for (const words of this.variants(tokens.slice(0, n))) {
          const result = this.match(
            words.map((word, i) => this.candidates(word, i === words.length - 1 && word === last)),
            accept,
          );
          for (const slot of result.slots) {
            if (!member[slot]) {
              member[slot] = 1;
              union.push(slot);
            }
            if (result.score[slot]! > best[slot]!) best[slot] = result.score[slot]!;
          }
          for (const term of result.terms) terms.add(term);
        }
        slots = union;
        score = best;
      }
      const wanted = tokens.join(" ");
      if (score) {
        for (const slot of slots) if (index.titleKey[slot] === wanted) score[slot]! += 1e6;
      }
    }

    const facets = this.facets(slots);
    const start = (query.page - 1) * query.pageSize;
    let page: number[];
    if (query.sort === "relevance" && score) {
      const s = score;
      const { popularity, publishedAt } = index;
      const better = (a: number, b: number) =>
        s[b]! - s[a]! ||
        popularity[b]! - popularity[a]! ||
        publishedAt[b]! - publishedAt[a]! ||
        a - b;
      page = topK(slots, start + query.pageSize, better).slice(start);
    } else {
      const member = new Uint8Array(index.docs.length);
      for (const slot of slots) member[slot] = 1;
      page = [];
      let seen = 0;
      // Without words, "relevance" means popular first.
      for (const slot of index.order(query.sort === "relevance" ? "popular" : query.sort)) {
        if (!member[slot]) continue;
        if (seen++ < start) continue;
        page.push(slot);
        if (page.length === query.pageSize) break;
      }
    }

    const hits: SearchHit[] = page.map((slot) => {
      const doc = index.docs[slot]!;
      return {
        id: doc.id,
        title: doc.title,
        slug: doc.slug,
        price: doc.price,
        sellerName: doc.sellerName,
        sellerSlug: doc.sellerSlug,
        desa: doc.desaName,
        kecamatan: doc.kecamatanName,
        halal: doc.halal,
        inStock: doc.inStock,
        image: doc.image,
        highlight: highlightTitle(doc.title, terms),
      };
    });
    return {
      hits,
      total: slots.length,
      page: query.page,
      pageCount: Math.max(1, Math.ceil(slots.length / query.pageSize)),
      facets,
      processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  /**
   * The query's word lists: itself, plus one list per multi-word synonym it contains or maps to
   * ("gula merah" → "gula aren", "souvenir" → "oleh oleh"). Single-word synonyms are handled as
   * candidates of their word instead.
   */
  private variants(tokens: string[]): string[][] {
    const variants: string[][] = [tokens];
    for (let i = 0; i < tokens.length && variants.length < 6; i++) {
      for (const width of [2, 1]) {
        if (i + width > tokens.length) continue;
        const key = tokens.slice(i, i + width).join(" ");
        for (const alternative of this.synonyms.get(key) ?? []) {
          const words = alternative.split(" ");
          if (width === 1 && words.length === 1) continue;
          variants.push([...tokens.slice(0, i), ...words, ...tokens.slice(i + width)]);
        }
      }
    }
    return variants.slice(0, 6);
  }

  private filter(q: SearchQuery): (slot: number) => boolean {
    const index = this.index;
    const category = q.category !== undefined ? (index.categories.find(q.category) ?? -2) : -1;
    const kecamatan = q.kecamatan !== undefined ? (index.kecamatans.find(q.kecamatan) ?? -2) : -1;
    const desa = q.desa !== undefined ? (index.desas.find(q.desa) ?? -2) : -1;
    const flags =
      (q.halal ? HALAL : 0) | (q.nib ? NIB : 0) | (q.pirt ? PIRT : 0) | (q.inStock ? IN_STOCK : 0);
    const min = q.minPrice ?? -Infinity;
    const max = q.maxPrice ?? Infinity;
    return (slot) =>
      (category === -1 || index.category[slot] === category) &&
      (kecamatan === -1 || index.kecamatan[slot] === kecamatan) &&
      (desa === -1 || index.desa[slot] === desa) &&
      (index.flags[slot]! & flags) === flags &&
      index.price[slot]! >= min &&
      index.price[slot]! <= max;
  }

  private facets(slots: number[]): SearchFacets {
    const index = this.index;
    const category = new Int32Array(index.categories.values.length);
    const kecamatan = new Int32Array(index.kecamatans.values.length);
    const desa = new Int32Array(index.desas.values.length);
    let halal = 0;
    let nib = 0;
    let pirt = 0;
    let inStock = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const slot of slots) {
      category[index.category[slot]!]!++;
      kecamatan[index.kecamatan[slot]!]!++;
      desa[index.desa[slot]!]!++;
      const f = index.flags[slot]!;
      if (f & HALAL) halal++;
      if (f & NIB) nib++;
      if (f & PIRT) pirt++;
      if (f & IN_STOCK) inStock++;
      const price = index.price[slot]!;
      if (price < min) min = price;
      if (price > max) max = price;
    }
    const toCounts = (counts: Int32Array, values: string[]): FacetCounts => {
      const out: FacetCounts = {};
      counts.forEach((n, id) => {
        if (n > 0) out[values[id]!] = n;
      });
      return out;
    };
    return {
      category: toCounts(category, index.categories.values),
      kecamatan: toCounts(kecamatan, index.kecamatans.values),
      desa: toCounts(desa, index.desas.values),
      halal,
      nib,
      pirt,
      inStock,
      price: slots.length > 0 ? { min, max } : null,
    };
  }
}

/**
 * The first `k` items under `compare` without sorting everything: a bounded binary heap for the
 * first pages of a large result set, a plain sort otherwise.
 */
function topK(items: number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k >= items.length / 4 || k > 1_000) return [...items].sort(compare).slice(0, k);
  // Max-heap by `compare` (worst kept item on top).
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (compare(heap[i]!, heap[p]!) <= 0) return;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && compare(heap[l]!, heap[m]!) > 0) m = l;
      if (r < heap.length && compare(heap[r]!, heap[m]!) > 0) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

/** Word or phrase → its equivalent words or phrases (normalised, space-separated). */
function buildSynonyms(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const normalized = group.map((t) => tokenize(t).join(" "));
    for (const term of normalized) {
      map.set(term, [
        ...new Set([...(map.get(term) ?? []), ...normalized.filter((t) => t !== term)]),
      ]);
    }
  }
  return map;
}
