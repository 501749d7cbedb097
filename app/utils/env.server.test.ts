import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("fills the embedded defaults when nothing is set", () => {
    const result = parseEnv({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.env).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", IMAGE_DIR: "./data/images" });
  });

  it("reads Biteship's settings, with its defaults when only the key is set", () => {
    const result = parseEnv({ BITESHIP_API_KEY: "biteship_test.eyJhbGciOi.abc-123" });
    expect(result.ok && result.env).toMatchObject({
      BITESHIP_API_KEY: "biteship_test.eyJhbGciOi.abc-123",
      BITESHIP_API_BASE: "https://api.biteship.com",
      BITESHIP_COURIERS: ["jne", "jnt", "sicepat", "anteraja", "pos", "idexpress"],
      BITESHIP_TIMEOUT_MS: 8000,
    });
    const custom = parseEnv({
      BITESHIP_COURIERS: " JNE, sicepat,jne ",
      BITESHIP_TIMEOUT_MS: "500",
    });
    expect(custom.ok && custom.env).toMatchObject({
      BITESHIP_COURIERS: ["jne", "sicepat"],
      BITESHIP_TIMEOUT_MS: 500,
    });
    const bad = parseEnv({
      BITESHIP_API_KEY: "sk_live_123",
      BITESHIP_API_BASE: "ftp://biteship",
      BITESHIP_COURIERS: "jne;tiki",
      BITESHIP_WEBHOOK_SECRET: "pendek",
      BITESHIP_TIMEOUT_MS: "5",
    });
    expect(!bad.ok && bad.errors.map((e) => e.split(":")[0])).toEqual([
      "BITESHIP_API_KEY",
      "BITESHIP_API_BASE",
      "BITESHIP_COURIERS",
      "BITESHIP_WEBHOOK_SECRET",
      "BITESHIP_TIMEOUT_MS",
    ]);
  });

  it("names every invalid value in a readable line", () => {
    const result = parseEnv({ PORT: "tiga ribu", DATABASE_URL: "mysql://x", PUBLIC_URL: "pasar" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: PORT must be a number/),
        expect.stringMatching(/^DATABASE_URL: DATABASE_URL must start with "file:"/),
        expect.stringMatching(/^PUBLIC_URL: PUBLIC_URL must be an absolute URL/),
      ]),
    );
  });

  it("rejects a port out of range", () => {
    const result = parseEnv({ PORT: "70000" });
    expect(result.ok ? [] : result.errors).toEqual(["PORT: PORT must be between 1 and 65535"]);
  });

  it("takes an http(s) STRIPE_API_BASE for a local stand-in and refuses anything else", () => {
    const ok = parseEnv({ STRIPE_API_BASE: "http://127.0.0.1:12111" });
    expect(ok.ok && ok.env.STRIPE_API_BASE).toBe("http://127.0.0.1:12111");
    const bad = parseEnv({ STRIPE_API_BASE: "ftp://stripe.example" });
    expect(bad.ok ? [] : bad.errors).toEqual([
      "STRIPE_API_BASE: STRIPE_API_BASE must be an http(s) URL such as http://127.0.0.1:12111",
    ]);
  });

  it.each([
    [undefined, false],
    ["", false],
    ["off", false],
    ["0", false],
    ["1", 1],
    ["2", 2],
    ["loopback", ["loopback"]],
    ["10.0.0.0/8, 192.168.1.7 ,fd00::/8", ["10.0.0.0/8", "192.168.1.7", "fd00::/8"]],
  ])("reads TRUST_PROXY %j as %j", (value, expected) => {
    const result = parseEnv(value === undefined ? {} : { TRUST_PROXY: value });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.env.TRUST_PROXY).toEqual(expected);
  });

  it.each(["yes", "10.0.0.0/33", "proxy.example.com", "1.2.3"])(
    "refuses TRUST_PROXY %j",
    (value) => {
      const result = parseEnv({ TRUST_PROXY: value });
      expect(result.ok ? [] : result.errors).toEqual([
        expect.stringMatching(/^TRUST_PROXY: TRUST_PROXY must be off, a hop count/),
      ]);
    },
  );
});

describe("production requirements", () => {
  const production = {
    NODE_ENV: "production",
    PUBLIC_URL: "https://pasarkampung.example",
    NIK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
  };

  it("starts in production with PUBLIC_URL and a NIK key", () => {
    expect(parseEnv(production).ok).toBe(true);
    expect(parseEnv({ ...production, NIK_ENCRYPTION_KEY: "ab".repeat(32) }).ok).toBe(true);
  });

  it("refuses production without PUBLIC_URL, saying why", () => {
    const result = parseEnv({ ...production, PUBLIC_URL: undefined });
    expect(result.ok ? [] : result.errors).toEqual([
      "PUBLIC_URL: PUBLIC_URL is required in production: statements, certificates and share links print it",
    ]);
  });

  it("refuses production without a NIK key, and any key that is not 32 bytes", () => {
    const missing = parseEnv({ ...production, NIK_ENCRYPTION_KEY: undefined });
    expect(missing.ok ? [] : missing.errors).toEqual([
      expect.stringMatching(/^NIK_ENCRYPTION_KEY: NIK_ENCRYPTION_KEY is required in production/),
    ]);
    for (const key of ["rahasia", "ab".repeat(31), "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNk"]) {
      const result = parseEnv({ NIK_ENCRYPTION_KEY: key });
      expect(result.ok ? [] : result.errors).toEqual([
        expect.stringMatching(/^NIK_ENCRYPTION_KEY: NIK_ENCRYPTION_KEY must be 32 bytes/),
      ]);
    }
  });

  it("needs neither outside production", () => {
    expect(parseEnv({ NODE_ENV: "development" }).ok).toBe(true);
    expect(parseEnv({ NODE_ENV: "test" }).ok).toBe(true);
  });
});
