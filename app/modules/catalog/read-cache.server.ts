import { catalogVersion } from "./changes.server";

/**
 * Public catalog reads kept in memory while the catalog version stands: the category, shop,
 * kecamatan and product pages' data, today's featured products, category counts and region
 * lists are the same for everyone until a catalog event commits, so signed-in visitors (whose
 * pages are never cached whole) and page-cache misses do not pay for them again.
 *
 * The same rules as the page cache: nothing is kept while the catalog watch is not live; a
 * result read while the version moved is used once, not kept; `ttlMs` bounds what changes
 * without a catalog event (order counts behind the featured rotation, review stars).
 */
interface Entry {
  version: number;
  storedAt: number;
  value: Promise<unknown>;
}

// A listing page of 24 cards is about 30 KB in memory: this bounds the store to about 15 MB.
const MAX_ENTRIES = 500;

// One store per process, whichever copy of this module asks.
const globalForReads = globalThis as unknown as { __pasarCatalogReads?: Map<string, Entry> };
const entries = (globalForReads.__pasarCatalogReads ??= new Map<string, Entry>());

/**
 * Wraps a read `(db, ...args) => result` so equal arguments share one result per catalog
 * version. The arguments after `db` must be plain JSON (they are the key). Callers must not
 * change what they get: it is shared.
 */
export function catalogRead<D, A extends unknown[], R>(
  name: string,
  read: (db: D, ...args: A) => Promise<R>,
  options: { ttlMs?: number } = {},
): (db: D, ...args: A) => Promise<R> {
  const ttlMs = options.ttlMs ?? 30_000;
  return (db, ...args) => {
    const version = catalogVersion();
    if (version === null) return read(db, ...args);
    const key = `${name} ${JSON.stringify(args)}`;
    const cached = entries.get(key);
    if (cached && cached.version === version && Date.now() - cached.storedAt < ttlMs) {
      return cached.value as Promise<R>;
    }
    const value = read(db, ...args);
    entries.delete(key);
    entries.set(key, { version, storedAt: Date.now(), value });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    value.then(
      () => {
        // Read while the catalog changed: it may show either side; keep nothing.
        if (catalogVersion() !== version && entries.get(key)?.value === value) entries.delete(key);
      },
      () => {
        if (entries.get(key)?.value === value) entries.delete(key);
      },
    );
    return value;
  };
}
