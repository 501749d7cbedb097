import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { benchDatabase } from "./bench-db";
import { ensureBuild } from "./build";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a server process and waits until its /healthz answers. */
export async function startProcess(
  name: string,
  command: string[],
  env: Record<string, string>,
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

/** A fixed key for benchmark databases, which hold no real NIK. */
const BENCH_NIK_KEY = "YmVuY2gtbmlrLWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=";

/** `npm run serve` in a process of its own on a free port, on the current DATABASE_URL. */
export async function startProductionApp(name: string, env: Record<string, string> = {}) {
  const port = await freePort();
  return startProcess(
    name,
    [process.execPath, "build/node/serve.js"],
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_REQUESTS: "0",
      SESSION_SECRET: "bench-session-secret-0123456789abcdef0123",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NIK_ENCRYPTION_KEY: BENCH_NIK_KEY,
      ...env,
    },
    port,
  );
}

/**
 * The production build (`npm run serve`) on a freshly seeded scratch SQLite database, as a
 * benchmark's subject. Returns its URL, the database file and a cleanup function.
 */
export async function seededProductionApp(name: string, env: Record<string, string> = {}) {
  const { dir, cleanup } = await benchDatabase(name, false);
  process.env.IMAGE_DIR ??= path.join(dir, "images");
  process.env.DOCUMENT_DIR ??= path.join(dir, "documents");
  process.env.NODE_ENV = "production";
  // Production requires these; a benchmark prints no document.
  process.env.PUBLIC_URL ??= "http://127.0.0.1";
  process.env.NIK_ENCRYPTION_KEY ??= BENCH_NIK_KEY;
  ensureBuild();
  const { migrateDatabase } = await import("./migrate");
  await migrateDatabase();
  console.log("Seeding the demo data…");
  const { db } = await import("../../app/utils/db.server");
  const { seedDatabase } = await import("../../prisma/seed/seed");
  const { createImageStorage } = await import("../../app/modules/images/storage.server");
  const { storageConfig } = await import("../../app/modules/images/storage.server");
  const { getEnv } = await import("../../app/utils/env.server");
  await seedDatabase(db, createImageStorage(storageConfig(getEnv())), { log: () => undefined });
  await db.$disconnect();
  console.log("Starting the production app…");
  const app = await startProductionApp("app", env);
  return {
    url: app.url,
    dir,
    sqliteFile: process.env.DATABASE_URL!.replace(/^file:/, ""),
    stop: async () => {
      app.child.kill();
      await cleanup();
    },
  };
}

/** Signs in as a demo account; returns the session cookie (`pk_session=…`). */
export async function signIn(app: string, phone: string, password = "pasarkampung") {
  const login = await fetch(`${app}/masuk`, {
    method: "POST",
    body: new URLSearchParams({ phone, password, redirectTo: "/" }),
    headers: { Origin: app, "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  const session = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("pk_session="));
  if (!session) throw new Error(`Signing in failed (${login.status})`);
  const account = await fetch(`${app}/akun`, { headers: { Cookie: session }, redirect: "manual" });
  if (account.status !== 200) throw new Error(`The session does not sign in (${account.status})`);
  return session;
}

/** A product and a kecamatan page, read from the app's own pages. */
export async function samplePages(app: string) {
  const html = (p: string) => fetch(`${app}${p}`).then((r) => r.text());
  const product = (await html("/kategori/kopi")).match(/href="(\/produk\/[^"]+)"/)?.[1];
  const kecamatan = (await html("/kecamatan")).match(/href="(\/kecamatan\/[^"/]+)"/)?.[1];
  if (!product || !kecamatan) throw new Error("No product or kecamatan link found");
  return {
    home: "/",
    category: "/kategori/kopi",
    product,
    kecamatan,
    search: "/cari?q=kopi",
  };
}
