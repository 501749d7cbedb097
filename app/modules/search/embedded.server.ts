import MiniSearch, { type Query, type SearchResult as MiniResult } from "minisearch";
import { SYNONYM_GROUPS } from "../../../search/synonyms";
import { highlightTitle, normalizeTerm, tokenize, typoBudget } from "./text";
import type {
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "./types";

const FIELDS = ["title", "categoryName", "sellerName", "desaName", "kecamatanName", "description"];
const BOOST = {
  title: 4,
  categoryName: 2,
  sellerName: 1.5,
  desaName: 1,
  kecamatanName: 1,
  description: 0.4,
};
const CHUNK = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Synonym phrases as token lists, longest first, so "gula aren" wins over "gula".
 */
function synonymPhrases(groups: string[][]): { tokens: string[]; alternatives: string[][] }[] {
  const phrases: { tokens: string[]; alternatives: string[][] }[] = [];
  for (const group of groups) {
    for (const term of group) {
      phrases.push({
        tokens: tokenize(term),
        alternatives: group.filter((t) => t !== term).map(tokenize),
      });
    }
  }
  return phrases.sort((a, b) => b.tokens.length - a.tokens.length);
}

/**
 * The embedded engine: MiniSearch (an in-memory inverted index with fuzzy and prefix matching)
 * plus filtering, faceting, synonyms and ranking done here. One instance per app process; the
 * index is rebuilt from the database at start-up and kept current through the outbox.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private readonly docs = new Map<string, SearchDocument>();
  private readonly phrases = synonymPhrases(SYNONYM_GROUPS);
  private mini = EmbeddedSearchEngine.createIndex();

  private static createIndex() {
    return new MiniSearch<SearchDocument>({
      idField: "id",
      fields: FIELDS,
      storeFields: [],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => normalizeTerm(term),
      searchOptions: { boost: BOOST },
    });
  }

  async setup(): Promise<void> {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    // Small chunks, yielding in between, so indexing never stalls requests being served.
    for (let i = 0; i < documents.length; i += CHUNK) {
      for (const doc of documents.slice(i, i + CHUNK)) {
        if (this.docs.has(doc.id)) this.mini.discard(doc.id);
        this.docs.set(doc.id, doc);
        this.mini.add(doc);
      }
      if (documents.length > CHUNK) await yieldToEventLoop();
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      if (!this.docs.has(id)) continue;
      this.mini.discard(id);
      this.docs.delete(id);
    }
  }

  async clear(): Promise<void> {
    this.docs.clear();
    this.mini = EmbeddedSearchEngine.createIndex();
  }

  async count(): Promise<number> {
    return this.docs.size;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `${this.docs.size} documents` };
  }

  /** Query tree: words AND-ed, each word OR-ed with its synonyms (multi-word ones too). */
  private buildQuery(tokens: string[]): Query {
    const parts: Query[] = [];
    for (let i = 0; i < tokens.length;) {
      const phrase = this.phrases.find(
        (p) => p.tokens.length > 0 && p.tokens.every((t, k) => tokens[i + k] === t),
      );
      if (phrase) {
        const options = [phrase.tokens, ...phrase.alternatives].map((words) =>
          words.length === 1 ? words[0]! : { queries: words, combineWith: "AND" as const },
        );
        parts.push({ queries: options, combineWith: "OR" });
        i += phrase.tokens.length;
      } else {
        parts.push(tokens[i]!);
        i += 1;
      }
    }
    return { queries: parts, combineWith: "AND" };
  }

  private matches(doc: SearchDocument, q: SearchQuery): boolean {
    if (q.category && doc.categorySlug !== q.category) return false;
    if (q.kecamatan && doc.kecamatanCode !== q.kecamatan) return false;
    if (q.desa && doc.desaCode !== q.desa) return false;
    if (q.minPrice !== undefined && doc.price < q.minPrice) return false;
    if (q.maxPrice !== undefined && doc.price > q.maxPrice) return false;
    if (q.halal && !doc.halal) return false;
    if (q.nib && !doc.nib) return false;
    if (q.pirt && !doc.pirt) return false;
    if (q.inStock && !doc.inStock) return false;
    return true;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const tokens = tokenize(query.q);
    let scored: { doc: SearchDocument; score: number; terms: Set<string> }[];

    if (tokens.length === 0) {
      scored = [];
      for (const doc of this.docs.values()) {
        if (this.matches(doc, query)) scored.push({ doc, score: 0, terms: new Set() });
      }
    } else {
      const last = tokens[tokens.length - 1]!;
      const run = (words: string[]): MiniResult[] =>
        this.mini.search(this.buildQuery(words), {
          // Like Meilisearch: the word being typed is a prefix, every word may carry typos.
          prefix: (term) => term === last && words[words.length - 1] === last,
          fuzzy: (term) => typoBudget(term),
          maxFuzzy: 2,
          weights: { fuzzy: 0.45, prefix: 0.75 },
          filter: (r) => this.matches(this.docs.get(r.id as string)!, query),
        });
      // Meilisearch's "last" strategy: when every word cannot match, drop words from the end.
      let results: MiniResult[] = [];
      for (let n = tokens.length; n >= 1 && results.length === 0; n--) {
        results = run(tokens.slice(0, n));
      }
      const wanted = tokens.join(" ");
      scored = results.map((r) => {
        const doc = this.docs.get(r.id as string)!;
        const exact = tokenize(doc.title).join(" ") === wanted;
        return {
          doc,
          // An exact title match ranks first; popularity nudges ties.
          score: r.score * (1 + Math.log1p(doc.popularity) * 0.05) + (exact ? 1e6 : 0),
          terms: new Set(r.terms),
        };
      });
    }

    const byRelevance = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
      b.score - a.score ||
      b.doc.popularity - a.doc.popularity ||
      b.doc.publishedAt - a.doc.publishedAt ||
      (a.doc.id < b.doc.id ? -1 : 1);
    const comparators = {
      relevance: byRelevance,
      newest: (a: (typeof scored)[number], b: (typeof scored)[number]) =>
        b.doc.publishedAt - a.doc.publishedAt || byRelevance(a, b),
      price_asc: (a: (typeof scored)[number], b: (typeof scored)[number]) =>
        a.doc.price - b.doc.price || byRelevance(a, b),
      price_desc: (a: (typeof scored)[number], b: (typeof scored)[number]) =>
        b.doc.price - a.doc.price || byRelevance(a, b),
    };
    scored.sort(comparators[query.sort]);

    const facets: SearchFacets = {
      category: {},
      kecamatan: {},
      desa: {},
      halal: 0,
      nib: 0,
      pirt: 0,
      inStock: 0,
      price: null,
    };
    for (const { doc } of scored) {
      facets.category[doc.categorySlug] = (facets.category[doc.categorySlug] ?? 0) + 1;
      facets.kecamatan[doc.kecamatanCode] = (facets.kecamatan[doc.kecamatanCode] ?? 0) + 1;
      facets.desa[doc.desaCode] = (facets.desa[doc.desaCode] ?? 0) + 1;
      if (doc.halal) facets.halal++;
      if (doc.nib) facets.nib++;
      if (doc.pirt) facets.pirt++;
      if (doc.inStock) facets.inStock++;
      facets.price = facets.price
        ? { min: Math.min(facets.price.min, doc.price), max: Math.max(facets.price.max, doc.price) }
        : { min: doc.price, max: doc.price };
    }

    const total = scored.length;
    const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
    const start = (query.page - 1) * query.pageSize;
    const hits: SearchHit[] = scored.slice(start, start + query.pageSize).map(({ doc, terms }) => ({
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
    }));

    return {
      hits,
      total,
      page: query.page,
      pageCount,
      facets,
      processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }
}
