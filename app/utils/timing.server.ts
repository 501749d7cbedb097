import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where a request's milliseconds go, for the `Server-Timing` header (SERVER_TIMING=1): the route
 * loaders' span, the SQL the database ran (count and time, measured at the driver), and the rest
 * (rendering and serialisation). Off by default: nothing is measured then.
 */
export interface RequestTimings {
  started: number;
  loaders: { name: string; start: number; end: number }[];
  sqlMs: number;
  sqlCount: number;
}

// One store per process, whichever copy of this module (server build or HTTP layer) asks.
const globalForTiming = globalThis as unknown as {
  __pasarTiming?: AsyncLocalStorage<RequestTimings>;
};
const storage = (globalForTiming.__pasarTiming ??= new AsyncLocalStorage<RequestTimings>());

/** Runs a request's handling with a fresh set of timings. */
export function withTimings<T>(fn: (timings: RequestTimings) => T): T {
  const timings: RequestTimings = {
    started: performance.now(),
    loaders: [],
    sqlMs: 0,
    sqlCount: 0,
  };
  return storage.run(timings, () => fn(timings));
}

/** Times one loader of the current request. */
export async function timeLoader<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const timings = storage.getStore();
  if (!timings) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.loaders.push({ name, start, end: performance.now() });
  }
}

/** Wraps a driver's query functions so the current request's SQL time is counted. */
export function timeQueries<T extends object>(queryable: T, methods: (keyof T)[]): T {
  for (const method of methods) {
    const original = queryable[method] as unknown as (...args: unknown[]) => Promise<unknown>;
    (queryable as Record<keyof T, unknown>)[method] = async (...args: unknown[]) => {
      const timings = storage.getStore();
      if (!timings) return original.apply(queryable, args);
      const start = performance.now();
      try {
        return await original.apply(queryable, args);
      } finally {
        timings.sqlMs += performance.now() - start;
        timings.sqlCount += 1;
      }
    };
  }
  return queryable;
}

const ms = (n: number) => n.toFixed(1);

/** The `Server-Timing` header value for a request's timings, at the moment headers are sent. */
export function serverTimingHeader(timings: RequestTimings): string {
  const now = performance.now();
  const parts = [`total;dur=${ms(now - timings.started)}`];
  if (timings.loaders.length > 0) {
    const first = Math.min(...timings.loaders.map((l) => l.start));
    const last = Math.max(...timings.loaders.map((l) => l.end));
    parts.push(`loaders;dur=${ms(last - first)}`);
    parts.push(`render;dur=${ms(now - last)}`);
    for (const l of timings.loaders) {
      parts.push(`loader;desc="${l.name.replace(/[^\w./$-]/g, "_")}";dur=${ms(l.end - l.start)}`);
    }
  }
  parts.push(`sql;desc="${timings.sqlCount} queries";dur=${ms(timings.sqlMs)}`);
  return parts.join(", ");
}
