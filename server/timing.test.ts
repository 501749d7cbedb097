import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeLoader, timeQueries } from "../app/utils/timing.server";
import { serverTimingMiddleware } from "./timing";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A driver whose queries take a few milliseconds, timed as db.server wraps the real one.
const driver = timeQueries(
  {
    async queryRaw() {
      await pause(5);
      return [];
    },
  },
  ["queryRaw"],
);

let base = "";
let server: ReturnType<express.Express["listen"]>;
beforeAll(async () => {
  const app = express();
  app.use(serverTimingMiddleware);
  app.get("/", async (_req, res) => {
    await Promise.all([
      timeLoader("root", () => driver.queryRaw()),
      timeLoader("routes/_index", async () => {
        await driver.queryRaw();
        await driver.queryRaw();
      }),
    ]);
    await pause(5);
    res.send("ok");
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const duration = (header: string, name: string) =>
  Number(new RegExp(`(?:^|, )${name};(?:desc="[^"]*";)?dur=([\\d.]+)`).exec(header)?.[1]);

describe("Server-Timing", () => {
  it("names the total, each loader, the render after them and the request's SQL", async () => {
    const header = (await fetch(base)).headers.get("server-timing") ?? "";
    expect(header).toMatch(/loader;desc="root";dur=/);
    expect(header).toMatch(/loader;desc="routes\/_index";dur=/);
    expect(header).toMatch(/sql;desc="3 queries";dur=/);
    expect(duration(header, "sql")).toBeGreaterThanOrEqual(14);
    expect(duration(header, "render")).toBeGreaterThanOrEqual(4);
    expect(duration(header, "total")).toBeGreaterThanOrEqual(duration(header, "loaders"));
  });

  it("counts each request apart", async () => {
    const [a, b] = await Promise.all([fetch(base), fetch(base)]);
    for (const res of [a, b]) {
      expect(res.headers.get("server-timing")).toMatch(/sql;desc="3 queries"/);
    }
  });
});
