import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginWrites } from "../../server/app";

let base: string;
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(sameOriginWrites("https://pasarkampung.example"));
  app.all("*", (_req, res) => res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("same-origin check for state-changing requests", () => {
  const post = (headers: Record<string, string>, path = "/keluar") =>
    fetch(`${base}${path}`, { method: "POST", headers, body: "x=1" });

  it("lets our own forms through", async () => {
    expect((await post({ Origin: base })).status).toBe(200);
    expect((await post({ Referer: `${base}/akun` })).status).toBe(200);
    expect((await post({ Origin: "https://pasarkampung.example" })).status).toBe(200);
  });

  it("refuses cross-site and anonymous posts with 403", async () => {
    const res = await post({ Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Permintaan ditolak");
    expect((await post({})).status).toBe(403);
    expect((await post({ Origin: "null" })).status).toBe(403);
  });

  it("never blocks reads, and leaves signed provider webhooks to their own check", async () => {
    expect((await fetch(`${base}/`, { headers: { Origin: "https://evil.example" } })).status).toBe(
      200,
    );
    expect((await post({}, "/webhooks/stripe")).status).toBe(200);
  });
});
