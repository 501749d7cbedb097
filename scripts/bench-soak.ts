/**
 * Memory under hostile form posts, against the production build: rounds of requests carrying
 * 1 MB fields to the site's form actions (several at a time), sampling the server's RSS while
 * they run, then a quiet spell and a full garbage collection. The server runs in its own process
 * on a fresh SQLite database and reports its own memory.
 *
 *   npm run bench:soak -- --rounds 3 --requests 200 --concurrency 8 --idle-seconds 60
 *
 * The quiet spell is a minute by default: V8's memory reducer gives an idle process's garbage
 * back after some seconds of quiet, without any forced collection.
 *
 * Prints progress, then one line of JSON.
 */
import { fork, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchDatabase } from "./lib/bench-db";
import { ensureBuild } from "./lib/build";
import { summarizeLargeStrings } from "./lib/heap-summary";

const { values } = parseArgs({
  options: {
    rounds: { type: "string" },
    requests: { type: "string" },
    concurrency: { type: "string" },
    "field-mb": { type: "string" },
    "idle-seconds": { type: "string" },
    /** Write a heap snapshot in the middle of the first round and summarise its large strings. */
    snapshot: { type: "string" },
  },
});
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const rounds = int(1, 20).parse(values.rounds ?? 3);
const requests = int(1, 5000).parse(values.requests ?? 200);
const concurrency = int(1, 64).parse(values.concurrency ?? 8);
const fieldMb = z.coerce
  .number()
  .positive()
  .max(16)
  .parse(values["field-mb"] ?? 1);
const idleSeconds = int(0, 120).parse(values["idle-seconds"] ?? 60);

const { dir, cleanup } = await benchDatabase("soak", false);
process.env.IMAGE_DIR ??= path.join(dir, "images");
process.env.DOCUMENT_DIR ??= path.join(dir, "documents");
process.env.NODE_ENV = "production";
// Production requires these; the benchmark prints no document and holds no real NIK.
process.env.PUBLIC_URL ??= "http://127.0.0.1";
process.env.NIK_ENCRYPTION_KEY ??= "c29hay1iZW5jaC1uaWsta2V5LTAxMjM0NTY3ODlhYmM=";
ensureBuild();
const { migrateDatabase } = await import("./lib/migrate");
await migrateDatabase();

const port = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

console.log("Starting the production app in its own process…");
const child: ChildProcess = fork(path.resolve("scripts/lib/soak-server.ts"), {
  execArgv: ["--expose-gc", "--import", "tsx"],
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_REQUESTS: "0" },
  stdio: ["ignore", "ignore", "inherit", "ipc"],
});
type Memory = { rssMb: number; heapMb: number; gc: boolean };
const replies: ((m: Memory) => void)[] = [];
const snapshots: ((file: string) => void)[] = [];
const ready = new Promise<string>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`the app exited with code ${code}`)));
  child.on("message", (m: { ready?: string; snapshot?: string } & Partial<Memory>) => {
    if (m.ready) resolve(m.ready);
    else if (m.snapshot) snapshots.shift()?.(m.snapshot);
    else replies.shift()?.(m as Memory);
  });
});
const base = `http://127.0.0.1:${port}`;
await ready;
const memory = (gc = false) =>
  new Promise<Memory>((resolve) => {
    replies.push(resolve);
    child.send(gc ? "memory-gc" : "memory");
  });

const big = "a".repeat(Math.round(fieldMb * 1_000_000));
const urlencoded = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
function multipart(fields: Record<string, string>): { type: string; body: string } {
  const boundary = "----soak" + Math.random().toString(16).slice(2);
  const body =
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`;
  return { type: `multipart/form-data; boundary=${boundary}`, body };
}
const form = (fields: Record<string, string>) => ({
  type: "application/x-www-form-urlencoded",
  body: urlencoded(fields),
});
// Form actions a stranger can reach, each with a 1 MB field where a short one belongs, sent
// URL-encoded and as multipart (the two parsers a form post can reach).
const TARGETS: { path: string; body: () => { type: string; body: string } }[] = [
  { path: "/keranjang", body: () => form({ intent: "add", variantId: big, qty: "1" }) },
  { path: "/masuk", body: () => multipart({ phone: "081299990000", password: big }) },
  { path: "/daftar", body: () => form({ name: big, phone: "0812", password: "x" }) },
  { path: "/bahasa", body: () => multipart({ locale: "en", redirectTo: big }) },
  { path: "/keranjang", body: () => multipart({ intent: "add", variantId: big, note: big }) },
  { path: "/masuk", body: () => form({ phone: big, password: "x" }) },
];

async function post(i: number): Promise<number> {
  const target = TARGETS[i % TARGETS.length]!;
  const { type, body } = target.body();
  try {
    const res = await fetch(`${base}${target.path}`, {
      method: "POST",
      headers: { Origin: base, "Content-Type": type },
      body,
      redirect: "manual",
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    // The server may close the connection after refusing a body it did not read: counted as 0.
    return 0;
  }
}

// Warm up the routes once, then take the starting figures after a full collection.
for (let i = 0; i < TARGETS.length; i++) {
  await fetch(`${base}${TARGETS[i]!.path}`).then((r) => r.arrayBuffer());
}
// Both ends are measured twice, the same way: as the process holds them (garbage included), and
// after a full collection (what is really retained).
const startNoGc = await memory();
const start = await memory(true);
if (!start.gc) console.log("  (the server has no gc(); heap figures include garbage)");
console.log(
  `Start: rss ${start.rssMb} MB, heap ${startNoGc.heapMb} MB (${start.heapMb} MB after a full GC)`,
);

let peakRss = start.rssMb;
let peakHeap = start.heapMb;
const statuses = new Map<number, number>();
const sampler = setInterval(() => {
  void memory().then((m) => {
    peakRss = Math.max(peakRss, m.rssMb);
    peakHeap = Math.max(peakHeap, m.heapMb);
  });
}, 100);
const roundMs: number[] = [];
let heapSummary: ReturnType<typeof summarizeLargeStrings> | undefined;
const takeSnapshot = async () => {
  if (!values.snapshot) return;
  const file = await new Promise<string>((resolve) => {
    snapshots.push(resolve);
    child.send(`snapshot:${path.resolve(values.snapshot!)}`);
  });
  heapSummary = summarizeLargeStrings(file);
  console.log(`Heap snapshot ${file}: ${JSON.stringify(heapSummary)}`);
};
for (let round = 1; round <= rounds; round++) {
  const began = performance.now();
  let next = 0;
  const snapshotTaken =
    round === 1 ? new Promise((r) => setTimeout(r, 300)).then(takeSnapshot) : Promise.resolve();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const status = await post(next++);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  roundMs.push(Math.round(performance.now() - began));
  await snapshotTaken;
  const m = await memory();
  console.log(
    `Round ${round}/${rounds}: ${requests} posts of ${fieldMb} MB in ${roundMs.at(-1)} ms; rss ${m.rssMb} MB, heap ${m.heapMb} MB`,
  );
}
clearInterval(sampler);
console.log(`Idle for ${idleSeconds} s…`);
await new Promise((r) => setTimeout(r, idleSeconds * 1000));
// What the process holds when left alone (V8 collects on allocation pressure, not on idleness),
// then after a full collection: the difference is garbage; the rest would be a leak.
const idleNoGc = await memory();
const idle = await memory(true);
console.log(
  `After idle: rss ${idleNoGc.rssMb} MB, heap ${idleNoGc.heapMb} MB; after a full GC: rss ${idle.rssMb} MB, heap ${idle.heapMb} MB`,
);
child.send("stop");
await new Promise((r) => child.once("exit", r));
await cleanup();

const status5xx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(
  `Statuses: ${[...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}×${c}`)
    .join(", ")}`,
);
console.log(
  JSON.stringify({
    rounds,
    requests_per_round: requests,
    field_mb: fieldMb,
    concurrency,
    round_ms: roundMs,
    rss_start_mb: start.rssMb,
    rss_peak_mb: peakRss,
    rss_after_idle_no_gc_mb: idleNoGc.rssMb,
    rss_after_idle_mb: idle.rssMb,
    heap_start_mb: start.heapMb,
    heap_peak_mb: peakHeap,
    heap_after_idle_no_gc_mb: idleNoGc.heapMb,
    heap_after_idle_mb: idle.heapMb,
    heap_start_no_gc_mb: startNoGc.heapMb,
    // Retained heap: after a full collection at both ends.
    heap_after_idle_ratio: Math.round((idle.heapMb / start.heapMb) * 100) / 100,
    // As held, garbage included, at both ends (V8 collects when it chooses).
    heap_after_idle_no_gc_ratio: Math.round((idleNoGc.heapMb / startNoGc.heapMb) * 100) / 100,
    status_counts: Object.fromEntries(statuses),
    ...(heapSummary
      ? {
          snapshot_large_strings: heapSummary.largeStrings,
          snapshot_large_string_mb: heapSummary.largeStringMb,
        }
      : {}),
    status_5xx: status5xx,
  }),
);
