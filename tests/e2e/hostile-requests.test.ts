/**
 * Hostile requests against the production build: every form action fed bodies no form sends,
 * and login throttling probed from other client addresses (loopback has a whole /8, so a
 * request can really come from 127.0.0.2) with and without a trusted proxy.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "./helpers";
import { TMP_DIR } from "../setup/paths";

const baseUrl = inject("baseUrl");
/** Production requires a NIK key; these second servers read no NIK. */
const TEST_NIK_KEY = "aG9zdGlsZS1yZXF1ZXN0cy10ZXN0LWtleS0wMTIzNDU=";

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, optionally from another loopback address. */
function send(
  url: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    from?: string;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: init.method ?? "POST",
        headers: { Origin: new URL(url).origin, ...init.headers },
        localAddress: init.from,
        agent: false,
        timeout: 20_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url}`)));
    // The server may answer before reading a body it refuses, and close the connection; that
    // shows as status 0 ("closed"), which only an oversized body may earn.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET"
        ? resolve({ status: 0, headers: {}, body: "" })
        : reject(error),
    );
    if (init.body !== undefined) req.end(init.body);
    else req.end();
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const URLENCODED = { "Content-Type": "application/x-www-form-urlencoded" };

async function signIn(phone: string): Promise<string> {
  const res = await send(`${baseUrl}/masuk`, {
    headers: URLENCODED,
    body: form({ phone, password: DEMO_PASSWORD, redirectTo: "/" }),
  });
  expect(res.status).toBe(302);
  const cookies = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  expect(cookies).toContain("pk_session=");
  return cookies;
}

const MB = "a".repeat(1_000_000);
const SHAPES: {
  name: string;
  headers: Record<string, string>;
  body: string | Buffer;
  /** Parses into a harmless near-empty form: sent only where no one is signed in, so that it
   * cannot save blank settings over the demo shop's. */
  parses?: boolean;
}[] = [
  { name: "JSON", headers: { "Content-Type": "application/json" }, body: '{"intent":"add"}' },
  { name: "plain text", headers: { "Content-Type": "text/plain" }, body: "intent=add" },
  { name: "no content type", headers: {}, body: "intent=add" },
  {
    name: "multipart cut off",
    headers: { "Content-Type": "multipart/form-data; boundary=XyZ" },
    body: '--XyZ\r\nContent-Disposition: form-data; name="intent"\r\n\r\nad',
  },
  {
    name: "multipart without boundary",
    headers: { "Content-Type": "multipart/form-data" },
    body: "intent=add",
  },
  {
    name: "multipart with a file where none is taken",
    headers: { "Content-Type": "multipart/form-data; boundary=XyZ" },
    body: '--XyZ\r\nContent-Disposition: form-data; name="intent"; filename="x.jpg"\r\n\r\nxx\r\n--XyZ--\r\n',
  },
  { name: "a 1 MB field", headers: URLENCODED, body: form({ intent: "add", note: MB }) },
  {
    name: "broken percent-encoding",
    headers: URLENCODED,
    body: "intent=%ZZ&qty=%E0%A4%A&%",
    parses: true,
  },
  {
    name: "binary noise",
    headers: URLENCODED,
    body: Buffer.from([0xff, 0xfe, 0x00, 0x26, 0x3d]),
    parses: true,
  },
  { name: "empty", headers: URLENCODED, body: "", parses: true },
];

describe("hostile request bodies on every form action", () => {
  let cookies: Record<string, string>;
  let orderCode = "";
  let groupCode = "";
  let productPath = "";
  let productPagePath = "";
  let sessionPath = "";
  let programmePath = "";

  beforeAll(async () => {
    cookies = {
      buyer: await signIn("081200000001"),
      seller: await signIn("081200000002"),
      operator: await signIn("081200000003"),
      staff: await signIn("081200000004"),
      admin: await signIn("081200000005"),
    };
    const get = async (p: string, who: string) =>
      (await send(`${baseUrl}${p}`, { method: "GET", headers: { Cookie: cookies[who]! } })).body;
    const orders = await get("/kelola/slr_000000/pesanan", "seller");
    orderCode = /\/kelola\/slr_000000\/pesanan\/([A-Za-z0-9-]+)/.exec(orders)?.[1] ?? "X";
    groupCode = /\/pesanan\/([A-Za-z0-9-]+)"/.exec(await get("/pesanan", "buyer"))?.[1] ?? "X";
    productPath =
      /\/kelola\/slr_000000\/produk\/(?!baru)[A-Za-z0-9_-]+/.exec(
        await get("/kelola/slr_000000", "seller"),
      )?.[0] ?? "/kelola/slr_000000/produk/x";
    productPagePath =
      /\/produk\/[a-z0-9-]+/.exec(await get("/cari?q=kopi", "buyer"))?.[0] ?? "/produk/x";
    const training = await get("/staf/pelatihan", "staff");
    programmePath = /\/staf\/pelatihan\/[A-Za-z0-9_-]+/.exec(training)?.[0] ?? "/staf/pelatihan/x";
    sessionPath =
      /\/pelatihan\/sesi\/[A-Za-z0-9_-]+/.exec(await get(programmePath, "staff"))?.[0] ??
      "/pelatihan/sesi/x";
  });

  const actions = (): [string, string][] => [
    ["/keranjang", "buyer"],
    ["/keranjang", "none"],
    [productPagePath, "buyer"],
    [productPagePath, "none"],
    ["/checkout", "buyer"],
    ["/masuk", "none"],
    ["/daftar", "none"],
    ["/bahasa", "none"],
    ["/akun", "buyer"],
    ["/akun/hapus", "buyer"],
    ["/akun/alamat", "buyer"],
    ["/akun/alamat/baru", "buyer"],
    ["/akun/alamat/bukan-alamat", "buyer"],
    ["/staf/data-pribadi", "staff"],
    ["/staf/data-pribadi/unduh", "staff"],
    ["/jual/daftar", "buyer"],
    ["/notifikasi", "buyer"],
    ["/keluar", "none"],
    [`/pesanan/${groupCode}`, "buyer"],
    ["/operator/umkm-baru", "operator"],
    ["/kelola/slr_000000/buku-kas", "seller"],
    ["/kelola/slr_000000/buku-kas/utang-piutang", "seller"],
    ["/kelola/slr_000000/pajak", "seller"],
    ["/kelola/slr_000000/literasi", "seller"],
    ["/kelola/slr_000000/saldo", "staff"],
    ["/kelola/slr_000000/pelatihan", "seller"],
    ["/kelola/slr_000000/pembayaran", "seller"],
    ["/kelola/slr_000000/legalitas", "seller"],
    ["/kelola/slr_000000/legalitas", "operator"],
    ["/kelola/slr_000000/laporan/unduh", "seller"],
    [`/kelola/slr_000000/pesanan/${orderCode}`, "seller"],
    ["/kelola/slr_000000/produk/baru", "seller"],
    [productPath, "seller"],
    [sessionPath, "staff"],
    [`/staf${sessionPath}/ubah`, "staff"],
    ["/pelatihan/hadir/bukan-token", "seller"],
    ["/staf/pelatihan", "staff"],
    [programmePath, "staff"],
    ["/staf/verifikasi/slr_000001", "staff"],
    ["/staf/pencairan", "staff"],
    ["/staf/pencairan/bukan-batch", "staff"],
    ["/admin/antrian", "admin"],
    ["/webhooks/stripe", "none"],
  ];

  it(
    "never answers 5xx, and refuses what no form sends with 400/413/415",
    { timeout: 180_000 },
    async () => {
      // What the seller's settings form shows: no hostile body may save anything over it.
      const settings = async () =>
        [
          ...(
            await send(`${baseUrl}/kelola/slr_000000/pembayaran`, {
              method: "GET",
              headers: { Cookie: cookies.seller! },
            })
          ).body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g),
        ].map((m) => `${m[1]}=${m[2]}`);
      const before = await settings();
      expect(before.length).toBeGreaterThan(0);
      const failures: string[] = [];
      let checked = 0;
      for (const [p, who] of actions()) {
        for (const shape of SHAPES) {
          if (shape.parses && who !== "none") continue;
          const res = await send(`${baseUrl}${p}`, {
            headers: { ...shape.headers, ...(cookies[who] ? { Cookie: cookies[who] } : {}) },
            body: shape.body,
          });
          checked += 1;
          const closedEarly = res.status === 0 && shape.name === "a 1 MB field";
          if (res.status >= 500 || (res.status === 0 && !closedEarly)) {
            failures.push(`${p} as ${who}, ${shape.name}: ${res.status}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(150);
      // The server is still up and answering.
      expect((await send(`${baseUrl}/healthz`, { method: "GET" })).status).toBe(200);
      expect(await settings()).toEqual(before);
    },
  );

  it("shows the usual page with a translated reason", async () => {
    const json = await send(`${baseUrl}/keranjang`, {
      headers: { "Content-Type": "application/json" },
      body: '{"intent":"add"}',
    });
    expect(json.status).toBe(415);
    expect(json.body).toContain("Data harus dikirim dari formulir di halaman ini");
    expect(json.body).toContain("Kembali ke beranda");

    const big = await send(`${baseUrl}/keranjang`, {
      headers: { ...URLENCODED, Cookie: "lang=en" },
      body: form({ intent: "add", note: MB }),
    });
    expect(big.status).toBe(413);
    expect(big.body).toContain("The data sent is too large.");

    const broken = await send(`${baseUrl}/akun`, {
      headers: { "Content-Type": "multipart/form-data; boundary=XyZ", Cookie: cookies.buyer! },
      body: "--XyZ\r\nContent-Disp",
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toContain("Data formulir rusak atau terpotong");
  });
});

describe("login throttling over HTTP", () => {
  const attempt = (base: string, phone: string, password: string, from: string, xff?: string) =>
    send(`${base}/masuk`, {
      from,
      headers: { ...URLENCODED, ...(xff ? { "X-Forwarded-For": xff } : {}) },
      body: form({ phone, password, redirectTo: "/" }),
    });

  it("ignores X-Forwarded-For without a trusted proxy: rotating it does not escape the limit", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await attempt(
        baseUrl,
        "081200000001",
        "tebak-tebak",
        "127.0.0.2",
        `198.51.100.${i}`,
      );
      codes.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
        expect(res.body).toContain("Terlalu banyak percobaan masuk");
      }
    }
    expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
    // The owner, from another address, signs in at once.
    expect((await attempt(baseUrl, "081200000001", DEMO_PASSWORD, "127.0.0.3")).status).toBe(302);
  });

  it("lets the owner's signed-in device through at the very address an attacker blocked", async () => {
    const phone = "081200000003";
    const first = await attempt(baseUrl, phone, DEMO_PASSWORD, "127.0.0.6");
    expect(first.status).toBe(302);
    const device = (first.headers["set-cookie"] ?? [])
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("pk_device="));
    expect(device).toBeDefined();
    // Attacker and owner behind one carrier NAT address.
    for (let i = 0; i < 5; i++) {
      expect((await attempt(baseUrl, phone, "tebak-tebak", "127.0.0.7")).status).toBe(400);
    }
    expect((await attempt(baseUrl, phone, DEMO_PASSWORD, "127.0.0.7")).status).toBe(429);
    const owner = await send(`${baseUrl}/masuk`, {
      from: "127.0.0.7",
      headers: { ...URLENCODED, Cookie: device! },
      body: form({ phone, password: DEMO_PASSWORD, redirectTo: "/" }),
    });
    expect(owner.status).toBe(302);
  });

  it("refuses the eleventh sign-up from one address with 429 and Retry-After", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await send(`${baseUrl}/daftar`, {
        from: "127.0.0.4",
        headers: URLENCODED,
        body: form({
          name: "Akun Baru",
          phone: `08170000${String(i).padStart(4, "0")}`,
          password: "rahasia123",
        }),
      });
      codes.push(res.status);
      if (res.status === 429) expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    }
    expect(codes.slice(0, 10).every((c) => c === 302)).toBe(true);
    expect(codes[10]).toBe(429);
  });

  describe("behind a trusted proxy (TRUST_PROXY=loopback)", () => {
    let child: ChildProcess;
    let proxied = "";

    beforeAll(async () => {
      const port = await new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, "127.0.0.1", () => {
          const { port } = s.address() as net.AddressInfo;
          s.close(() => resolve(port));
        });
      });
      const dir = path.join(TMP_DIR, "e2e");
      // The same database and build as the main app (already migrated): serve only.
      child = spawn(process.execPath, ["build/node/serve.js"], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          PORT: String(port),
          HOST: "127.0.0.1",
          TRUST_PROXY: "loopback",
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          NIK_ENCRYPTION_KEY: TEST_NIK_KEY,
          DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
          IMAGE_DIR: path.join(dir, "images"),
        },
        stdio: ["ignore", fs.openSync(path.join(dir, "proxied.log"), "w"), "inherit"],
      });
      proxied = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        try {
          if ((await fetch(`${proxied}/healthz`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error("second app did not start");
    });
    afterAll(() => {
      child?.kill("SIGTERM");
    });

    it("takes the client from X-Forwarded-For and limits that client, not the proxy", async () => {
      const phone = "081200000004";
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push(
          (await attempt(proxied, phone, "tebak-tebak", "127.0.0.5", "203.0.113.9")).status,
        );
      }
      expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
      // Another client through the same proxy is not held back.
      expect(
        (await attempt(proxied, phone, DEMO_PASSWORD, "127.0.0.5", "203.0.113.10")).status,
      ).toBe(302);
    });
  });
});

describe("a second start beside a running app", () => {
  it("says in one sentence that the database is in use, and exits", () => {
    const dir = path.join(TMP_DIR, "e2e");
    const run = spawnSync(process.execPath, ["build/node/start.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: "9",
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
        IMAGE_DIR: path.join(dir, "images"),
      },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^The database file:.*e2e\.db is in use by another running Pasar Kampung/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says in one sentence that the port is taken, and exits", () => {
    const dir = path.join(TMP_DIR, "e2e");
    const run = spawnSync(process.execPath, ["build/node/serve.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: new URL(baseUrl).port,
        HOST: "127.0.0.1",
        RUN_JOBS: "0",
        PUBLIC_URL: baseUrl,
        NIK_ENCRYPTION_KEY: TEST_NIK_KEY,
        DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
        IMAGE_DIR: path.join(dir, "images"),
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Port \d+ on 127\.0\.0\.1 is already in use/);
  });
});
