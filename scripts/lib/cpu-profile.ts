/**
 * An in-process CPU profile (the V8 sampling profiler through node:inspector), summarised by
 * area — statement parsing, hashing, the Prisma client, the database driver and engine, garbage
 * collection — and by hottest function. Each sample is charged to the nearest frame on its stack
 * that belongs to a known area, so time spent in a native call is charged to whoever made it.
 */
import { Session } from "node:inspector/promises";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  areas: { name: string; ms: number }[];
  functions: { name: string; ms: number }[];
}

const SPECIAL: Record<string, string> = {
  "(garbage collector)": "garbage collection",
  "(program)": "V8/native, unattributed",
  "(idle)": "idle (waiting)",
};

/** The area a frame belongs to, or null to look further up the stack. */
function areaOf(frame: CallFrame, leaf: boolean): string | null {
  const url = frame.url;
  // This file's own wrappers are transparent: their time belongs to what they wrap.
  if (url === "" || url.endsWith("/cpu-profile.ts")) return null;
  if (/better-sqlite3|adapter-better-sqlite3/.test(url)) {
    return leaf ? "SQLite driver adapter (JS)" : "SQLite engine (native statement execution)";
  }
  if (/adapter-pg|node_modules\/pg/.test(url)) return "PostgreSQL driver (pg)";
  if (/^wasm:/.test(url)) return "Prisma query compiler (wasm)";
  if (/@prisma\/client|generated\/prisma/.test(url)) return "Prisma client runtime (JS)";
  if (/csv-parse/.test(url)) return "statement parsing: csv-parse";
  if (/statements\/(parse|dates|amounts|presets)\.ts/.test(url)) {
    return "statement parsing: rows, dates, amounts, fingerprints";
  }
  if (/statements\/match\.ts/.test(url)) return "matching (match.ts)";
  if (/node:internal\/crypto/.test(url)) return "node:crypto (sha256 fingerprints, uuids)";
  if (/^node:/.test(url)) return null;
  const app = url.match(/\/app\/(.+)$/);
  if (app) return `app: ${app[1]}`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? `package: ${pkg[1]}` : url.replace(/^.*\//, "");
}

export async function startCpuProfile(): Promise<{ stop(): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
      session.disconnect();
      return summarise(profile);
    },
  };
}

function summarise(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const areaCache = new Map<number, string>();
  const areaFor = (id: number): string => {
    const cached = areaCache.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!;
    let area = SPECIAL[leaf.callFrame.functionName];
    // A native leaf (no url) called by driver code is the engine at work.
    let at: number | undefined = id;
    while (!area && at !== undefined) {
      area = areaOf(byId.get(at)!.callFrame, at === id) ?? undefined;
      at = parent.get(at);
    }
    area ??= "other";
    areaCache.set(id, area);
    return area;
  };
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    total += ms;
    const area = areaFor(id);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? `${frame.url.replace(/^.*\//, "")}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"}${where ? ` ${where}` : ""} [${area}]`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total, areas: sorted(areas), functions: sorted(functions) };
}

export interface SqlTimings {
  /** Per statement shape: executions and milliseconds, preparation included. */
  stop(): { sql: string; count: number; ms: number }[];
}

/** The shape of a statement: spaces collapsed, parameter lists folded, cut short. */
function shapeOf(sql: string): string {
  const flat = sql
    .replace(/\s+/g, " ")
    .replace(/(\?|\$\d+)(\s*,\s*(\?|\$\d+))+/g, "?…")
    .replace(/\(\?…\)(\s*,\s*\(\?…\))+/g, "(?…)…")
    .trim();
  return flat.length > 150 ? `${flat.slice(0, 149)}…` : flat;
}

/**
 * Times every better-sqlite3 statement (prepare and run/all/get) by its SQL shape, until stop().
 * SQLite runs in this thread, so this is the database's own share of the wall time.
 */
export async function timeSqliteStatements(): Promise<SqlTimings> {
  const { default: Database } = await import("better-sqlite3");
  const probe = new Database(":memory:");
  const statementProto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<
    string,
    unknown
  >;
  probe.close();
  const databaseProto = Database.prototype as unknown as Record<string, unknown>;
  const totals = new Map<string, { count: number; ms: number }>();
  const add = (sql: string, ms: number, counted: boolean) => {
    const shape = shapeOf(sql);
    const entry = totals.get(shape) ?? { count: 0, ms: 0 };
    entry.ms += ms;
    if (counted) entry.count += 1;
    totals.set(shape, entry);
  };
  type Method = (this: { source?: string }, ...args: unknown[]) => unknown;
  const originals: [Record<string, unknown>, string, Method][] = [];
  const wrap = (proto: Record<string, unknown>, name: string, prepare: boolean) => {
    const original = proto[name] as Method;
    originals.push([proto, name, original]);
    proto[name] = function (this: { source?: string }, ...args: unknown[]) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const sql = prepare ? String(args[0]) : (this.source ?? "?");
        add(sql, performance.now() - start, !prepare);
      }
    };
  };
  wrap(databaseProto, "prepare", true);
  for (const name of ["run", "all", "get"]) wrap(statementProto, name, false);
  return {
    stop() {
      for (const [proto, name, original] of originals) proto[name] = original;
      return [...totals].map(([sql, t]) => ({ sql, ...t })).sort((a, b) => b.ms - a.ms);
    },
  };
}

/** Prints where the profiled imports spent their time: areas, SQL statements, Prisma calls. */
export function printProfile(
  profile: ProfileSummary,
  statementTimes: { sql: string; count: number; ms: number }[],
  operations: Map<string, { count: number; ms: number }>,
): void {
  console.log(`  CPU profile of the imports (${profile.totalMs.toFixed(0)} ms sampled), by area:`);
  for (const area of profile.areas) {
    console.log(`    ${area.ms.toFixed(0).padStart(7)} ms  ${area.name}`);
  }
  if (statementTimes.length > 0) {
    const sqlMs = statementTimes.reduce((n, t) => n + t.ms, 0);
    console.log(`  SQLite statements (${sqlMs.toFixed(0)} ms in all, preparation included):`);
    for (const t of statementTimes.slice(0, 15)) {
      console.log(
        `    ${t.ms.toFixed(0).padStart(7)} ms ${String(t.count).padStart(6)}×  ${t.sql}`,
      );
    }
  }
  console.log("  Prisma operations (wall time each, SQL included):");
  for (const [name, t] of [...operations].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
    console.log(
      `    ${t.ms.toFixed(0).padStart(7)} ms ${String(t.count).padStart(6)}×  ${name} (${(t.ms / t.count).toFixed(2)} ms each)`,
    );
  }
  console.log("  hottest functions (self time):");
  for (const f of profile.functions.slice(0, 25)) {
    console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}`);
  }
}
