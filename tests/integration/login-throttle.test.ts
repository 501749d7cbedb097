import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  changePassword,
  checkPassword,
  login,
  signUp,
  SignUpSchema,
} from "~/modules/auth/auth.server";
import { addressKey, sweepExpiredThrottles, THROTTLE } from "~/modules/auth/throttle.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";

const PASSWORD = "rahasia123";
let seq = 0;

async function newAccount() {
  seq += 1;
  const local = `0813${String(Date.now() % 1_000_000).padStart(6, "0")}${String(seq).padStart(2, "0")}`;
  const input = SignUpSchema.parse({ name: `Pemilik ${seq}`, phone: local, password: PASSWORD });
  const { userId } = await signUp(db, input);
  return { userId, phone: input.phone };
}

const attempt = (
  phone: string,
  ip: string,
  password: string,
  device?: { userId: string; deviceId: string },
) => login(db, { phone, password, ip, device });

async function fail(
  phone: string,
  ip: string,
  times: number,
  device?: { userId: string; deviceId: string },
) {
  for (let i = 0; i < times; i++) {
    const error = await domainErrorOf(attempt(phone, ip, "tebak-tebak", device));
    expect(error.code).toBe("INVALID");
  }
}

async function retryAfterOf(promise: Promise<unknown>): Promise<number> {
  const error = await domainErrorOf(promise);
  expect(error.code).toBe("RATE_LIMITED");
  expect(error.message).toMatch(/Terlalu banyak percobaan masuk/);
  return Number(error.details?.retryAfterSeconds);
}

let now = Date.parse("2026-12-04T08:00:00Z");
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  now += 24 * 60 * 60 * 1000;
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());
const advance = (seconds: number) => {
  now += seconds * 1000;
  vi.setSystemTime(now);
};

describe("login throttling: keyed by account and client, never a lock on the owner", () => {
  it("blocks the guessing address for that account only; the owner signs in from another", async () => {
    const owner = await newAccount();
    await fail(owner.phone, "10.1.0.66", THROTTLE.pairFailures);
    const wait = await retryAfterOf(attempt(owner.phone, "10.1.0.66", PASSWORD));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(THROTTLE.firstBlockSeconds);
    await expect(attempt(owner.phone, "10.1.0.7", PASSWORD)).resolves.toHaveProperty("sessionId");
    // The blocked address still reaches other accounts.
    const other = await newAccount();
    await expect(attempt(other.phone, "10.1.0.66", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("makes each later block of the same account and client twice as long, up to an hour", async () => {
    const owner = await newAccount();
    // A trusted device keeps only its own count, so the doubling shows without the ceiling.
    const { deviceId } = await attempt(owner.phone, "10.2.0.1", PASSWORD);
    const device = { userId: owner.userId, deviceId };
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      await fail(owner.phone, "10.2.0.66", THROTTLE.pairFailures, device);
      const wait = await retryAfterOf(attempt(owner.phone, "10.2.0.66", "tebak-tebak", device));
      waits.push(wait);
      advance(wait + 1);
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it("clears an address's failures for the account when the right password comes", async () => {
    const owner = await newAccount();
    await fail(owner.phone, "10.3.0.1", THROTTLE.pairFailures - 1);
    await expect(attempt(owner.phone, "10.3.0.1", PASSWORD)).resolves.toHaveProperty("sessionId");
    await fail(owner.phone, "10.3.0.1", THROTTLE.pairFailures - 1);
    await expect(attempt(owner.phone, "10.3.0.1", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("lets the owner's trusted device in from the very address an attacker has blocked", async () => {
    const owner = await newAccount();
    // An earlier login from the owner's phone handed it a device id (kept in a signed cookie).
    const { deviceId } = await attempt(owner.phone, "10.4.0.9", PASSWORD);
    const sharedNat = "10.4.0.1";
    await fail(owner.phone, sharedNat, THROTTLE.pairFailures);
    await retryAfterOf(attempt(owner.phone, sharedNat, PASSWORD));
    const device = { userId: owner.userId, deviceId };
    const again = await attempt(owner.phone, sharedNat, PASSWORD, device);
    expect(again.deviceId).toBe(deviceId);
    // A device cookie of another account is no key to this one.
    const stranger = await newAccount();
    const theirs = await attempt(stranger.phone, "10.4.0.10", PASSWORD);
    await retryAfterOf(
      attempt(owner.phone, sharedNat, PASSWORD, {
        userId: stranger.userId,
        deviceId: theirs.deviceId,
      }),
    );
    // A trusted device that guesses wrong is throttled on its own count.
    await fail(owner.phone, sharedNat, THROTTLE.pairFailures, device);
    await retryAfterOf(attempt(owner.phone, sharedNat, PASSWORD, device));
    await expect(attempt(owner.phone, "10.4.0.11", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("past the account's ceiling gives each new address one try, yet the owner's first try works", async () => {
    const owner = await newAccount();
    for (let i = 0; i < THROTTLE.accountCeiling; i++) {
      await fail(owner.phone, `10.5.1.${i}`, 1);
    }
    // Over the ceiling: one wrong guess blocks that address for this account.
    await fail(owner.phone, "10.5.2.1", 1);
    await retryAfterOf(attempt(owner.phone, "10.5.2.1", PASSWORD));
    // Below it, an address had five tries.
    await expect(attempt(owner.phone, "10.5.2.2", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("blocks an address guessing across many numbers, for every account", async () => {
    for (let i = 0; i < THROTTLE.addressFailures; i++) {
      await fail(
        `+62812444${String(seq).padStart(2, "0")}${String(i).padStart(3, "0")}`,
        "10.6.0.66",
        1,
      );
    }
    const owner = await newAccount();
    await retryAfterOf(attempt(owner.phone, "10.6.0.66", PASSWORD));
    await expect(attempt(owner.phone, "10.6.0.2", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("throttles re-entered passwords per session, never the owner's other sessions or sign-in", async () => {
    const owner = await newAccount();
    const a = await attempt(owner.phone, "10.10.0.1", PASSWORD);
    const b = await attempt(owner.phone, "10.10.0.2", PASSWORD);
    for (let i = 0; i < THROTTLE.pairFailures; i++) {
      expect(
        await checkPassword(db, { userId: owner.userId, sessionId: a.sessionId, password: "x" }),
      ).toBe(false);
    }
    await retryAfterOf(
      changePassword(db, {
        userId: owner.userId,
        sessionId: a.sessionId,
        currentPassword: PASSWORD,
        newPassword: "baru-sekali-123",
      }),
    );
    expect(
      await checkPassword(db, { userId: owner.userId, sessionId: b.sessionId, password: PASSWORD }),
    ).toBe(true);
    await expect(attempt(owner.phone, "10.10.0.1", PASSWORD)).resolves.toHaveProperty("sessionId");
  });

  it("sweeps counters that expired over an hour ago and keeps live ones", async () => {
    await fail("+6281299991111", "10.9.0.1", 1);
    const live = await db.rateLimiterFlexible.count({ where: { key: { contains: "10.9.0.1" } } });
    expect(live).toBeGreaterThan(0);
    await sweepExpiredThrottles(db, new Date(now));
    expect(await db.rateLimiterFlexible.count({ where: { key: { contains: "10.9.0.1" } } })).toBe(
      live,
    );
    // A day later every counter of that attempt has expired.
    await sweepExpiredThrottles(db, new Date(now + 26 * 60 * 60 * 1000));
    expect(await db.rateLimiterFlexible.count({ where: { key: { contains: "10.9.0.1" } } })).toBe(
      0,
    );
  });

  it("answers unknown numbers exactly like known ones, throttle included", async () => {
    await fail("+6281299990000", "10.7.0.1", THROTTLE.pairFailures);
    await retryAfterOf(attempt("+6281299990000", "10.7.0.1", "x"));
  });
});

describe("sign-up limits per address", () => {
  it("refuses the eleventh sign-up from one address with a wait, not other addresses", async () => {
    const make = (n: number, ip: string) =>
      signUp(db, {
        ...SignUpSchema.parse({
          name: "Pendaftar",
          phone: `0815${String(n).padStart(8, "0")}`,
          password: PASSWORD,
        }),
        ip,
      });
    for (let i = 0; i < THROTTLE.signupsPerAddress; i++) await make(1000 + i, "10.8.0.1");
    const refused = await domainErrorOf(make(2000, "10.8.0.1"));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(Number(refused.details?.retryAfterSeconds)).toBeGreaterThan(0);
    expect(await db.user.count({ where: { phone: "+62815" + "00002000" } })).toBe(0);
    await expect(make(2001, "10.8.0.2")).resolves.toHaveProperty("userId");
    advance(THROTTLE.signupWindowSeconds + 1);
    await expect(make(2002, "10.8.0.1")).resolves.toHaveProperty("userId");
  });

  it("counts an IPv6 /64 as one subscriber", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("10.8.0.1")).toBe("10.8.0.1");
  });
});
