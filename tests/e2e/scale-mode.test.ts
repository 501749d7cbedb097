/**
 * Scale mode end to end: two app processes on one throwaway PostgreSQL database, with requests
 * alternating between them through a whole buyer journey, as a load balancer would send them.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/lib/pg-cluster";
import { TMP_DIR } from "../setup/paths";

const dir = path.join(TMP_DIR, "scale");
let cluster: ThrowawayPostgres;
let env: NodeJS.ProcessEnv;
const apps: { child: ChildProcess; base: string; log: string }[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startApp(name: string): Promise<{ child: ChildProcess; base: string; log: string }> {
  const port = await freePort();
  const log = path.join(dir, `${name}.log`);
  const child = spawn(process.execPath, ["build/node/start.js"], {
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", fs.openSync(log, "w"), fs.openSync(log, "a")],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`${name} did not start:\n${fs.readFileSync(log, "utf8")}`);
}

/** A browser's cookies, without the browser. */
class CookieJar {
  private cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [key, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(key!.trim());
      else this.cookies.set(key!.trim(), value);
    }
  }
}

async function get(base: string, url: string, jar: CookieJar) {
  const res = await fetch(`${base}${url}`, {
    headers: { cookie: jar.header() },
    redirect: "manual",
  });
  jar.store(res);
  return res;
}

async function post(base: string, url: string, jar: CookieJar, form: Record<string, string>) {
  const res = await fetch(`${base}${url}`, {
    method: "POST",
    headers: {
      cookie: jar.header(),
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(form),
    redirect: "manual",
  });
  jar.store(res);
  return res;
}

function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1];
    if (name && value !== undefined) fields[name] = value;
  }
  return fields;
}

beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  cluster = await startThrowawayPostgres();
  await cluster.createDatabase("pasar_kampung");
  env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: cluster.url("pasar_kampung"),
    IMAGE_DIR: path.join(dir, "images"),
    SESSION_SECRET: "scale-mode-test-secret-0123456789abcdef",
    PUBLIC_URL: "http://127.0.0.1",
    NIK_ENCRYPTION_KEY: "c2NhbGUtbW9kZS10ZXN0LWtleS0wMTIzNDU2Nzg5YWI=",
  };
}, 120_000);

afterAll(async () => {
  for (const app of apps) app.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  for (const app of apps) if (app.child.exitCode === null) app.child.kill("SIGKILL");
  await cluster?.stop();
});

describe("scale mode: two instances, one PostgreSQL", () => {
  it("refuses to start while migrations are pending, with a clear message", () => {
    const run = spawnSync(process.execPath, ["build/node/start.js"], {
      env: { ...env, PORT: "9" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("npm run db:migrate");
  });

  it("serves a whole buyer journey with requests alternating between instances", async () => {
    const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env,
      encoding: "utf8",
    });
    expect(migrate.status, migrate.stderr).toBe(0);
    const seed = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/seed.ts"], {
      env,
      encoding: "utf8",
    });
    expect(seed.status, seed.stderr).toBe(0);
    apps.push(await startApp("a"), await startApp("b"));
    const [a, b] = apps.map((app) => app.base) as [string, string];

    // A guest finds a Kemiren coffee (A) and opens it (B).
    const buyer = new CookieJar();
    const found = (await (
      await get(a, "/api/search?desa=35.10.15.2004&inStock=true", buyer)
    ).json()) as { hits: { slug: string; sellerName: string }[] };
    const hit = found.hits.find((h) => h.sellerName === "Kopi Osing Mbok Sum")!;
    expect(hit).toBeDefined();
    const productPage = await (await get(b, `/produk/${hit.slug}`, buyer)).text();
    const inStock = [...productPage.matchAll(/<input[^>]*name="variantId"[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => !tag.includes("disabled"))!;
    const variantId = /value="([^"]+)"/.exec(inStock)![1]!;

    // Cart on A (the product page's form), login on B (the guest cart follows), checkout page
    // on A, order on B.
    expect(
      (await post(a, `/produk/${hit.slug}`, buyer, { intent: "add", variantId, quantity: "2" }))
        .status,
    ).toBe(302);
    const login = await post(b, "/masuk", buyer, {
      phone: "081200000001",
      password: "pasarkampung",
      redirectTo: "/checkout",
    });
    expect(login.headers.get("location")).toBe("/checkout");
    const checkoutPage = await get(a, "/checkout", buyer);
    expect(checkoutPage.status).toBe(200);
    // The checkout form's own hidden fields (the header's forms have others).
    const hidden = Object.fromEntries(
      Object.entries(hiddenInputs(await checkoutPage.text())).filter(([name]) =>
        /^(lines|shipping)\[|^expectedSubtotal$/.test(name),
      ),
    );
    expect(hidden["lines[0].variantId"]).toBe(variantId);
    expect(hidden["lines[0].quantity"]).toBe("2");
    const placed = await post(b, "/checkout", buyer, {
      ...hidden,
      "shipping[0].method": "PICKUP_SELLER",
      buyerName: "Pembeli Demo",
      buyerPhone: "081200000001",
      address: "Dusun Krajan RT 01 RW 02, Kemiren",
      paymentMethod: "COD",
    });
    expect(placed.status).toBe(302);
    const orderUrl = placed.headers.get("location")!;
    expect(orderUrl).toMatch(/^\/pesanan\/PK-[A-Z0-9]+$/);
    const groupCode = orderUrl.split("/")[2]!.split("?")[0]!;
    expect(await (await get(a, `/pesanan/${groupCode}`, buyer)).text()).toContain(`${groupCode}-1`);

    // The seller logs in on A and works the order on both.
    const seller = new CookieJar();
    expect(
      (
        await post(a, "/masuk", seller, {
          phone: "081200000002",
          password: "pasarkampung",
          redirectTo: "/",
        })
      ).status,
    ).toBe(302);
    const orderPath = `/kelola/slr_000000/pesanan/${groupCode}-1`;
    expect((await post(b, orderPath, seller, { intent: "pack" })).status).toBe(302);
    expect((await post(a, orderPath, seller, { intent: "ship" })).status).toBe(302);
    // Repeating a step on the other instance is refused, not applied twice.
    expect((await post(b, orderPath, seller, { intent: "ship" })).status).toBe(409);

    // The buyer sees it handed over on B and confirms on A.
    expect(await (await get(b, `/pesanan/${groupCode}`, buyer)).text()).toContain(
      "Sudah diserahkan ke pembeli",
    );
    const received = await post(a, `/pesanan/${groupCode}`, buyer, {
      intent: "receive",
      orderCode: `${groupCode}-1`,
    });
    expect(received.status).toBe(302);
    expect(await (await get(b, "/kelola/slr_000000/saldo", seller)).text()).toContain(
      `Penjualan ${groupCode}-1`,
    );

    // The job backlog drains with both instances running.
    for (const base of [a, b]) {
      await expect
        .poll(
          async () =>
            (
              (await (await fetch(`${base}/healthz`)).json()) as {
                checks: { jobs: { pending: number } };
              }
            ).checks.jobs.pending,
          { timeout: 15_000, interval: 250 },
        )
        .toBe(0);
    }
  }, 240_000);

  it("drops an anonymous page cached on every instance within a second of a write elsewhere", async () => {
    const [a, b] = apps.map((app) => app.base) as [string, string];
    process.env.DATABASE_URL = env.DATABASE_URL;
    const { db } = await import("~/utils/db.server");
    const { setProductStatus } = await import("~/modules/catalog/catalog-write.server");
    try {
      const product = await db.product.findFirstOrThrow({
        where: { sellerId: "slr_000000", status: "ACTIVE" },
        select: { id: true, slug: true },
      });
      for (const base of [a, b]) {
        await fetch(`${base}/produk/${product.slug}`);
        const hit = await fetch(`${base}/produk/${product.slug}`);
        expect(hit.headers.get("x-page-cache")).toBe("hit");
      }
      // Written by a third process: each instance hears of it from PostgreSQL.
      await setProductStatus(db, {
        productId: product.id,
        sellerId: "slr_000000",
        status: "DRAFT",
      });
      const committed = Date.now();
      for (const base of [a, b]) {
        await expect
          .poll(async () => (await fetch(`${base}/produk/${product.slug}`)).status, {
            timeout: 5_000,
            interval: 25,
          })
          .toBe(404);
      }
      expect(Date.now() - committed).toBeLessThan(1_000);
    } finally {
      await db.$disconnect();
    }
  });
});
