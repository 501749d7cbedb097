import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

/**
 * Login and sign-up throttling that protects accounts without handing anyone a way to lock an
 * owner out (decision 013). Failures count per account *and* client — the client being a
 * trusted-device cookie issued at an earlier successful login, or else the address — so an
 * attacker only ever blocks themselves. Counters live in the database, shared by every instance.
 */
export const THROTTLE = {
  /** Consecutive failures for one account from one client before that client waits. */
  pairFailures: 5,
  pairWindowSeconds: 15 * 60,
  /** The wait doubles with each block of the same account+client: 1, 2, 4 … 60 minutes. */
  firstBlockSeconds: 60,
  maxBlockSeconds: 60 * 60,
  strikeWindowSeconds: 24 * 60 * 60,
  /** Failures from one address across all accounts (credential stuffing). */
  addressFailures: 30,
  addressWindowSeconds: 15 * 60,
  addressBlockSeconds: 15 * 60,
  /**
   * Failures for one account from untrusted clients, all addresses together. Past it, every
   * untrusted client gets one try per block instead of five: a spread-out attack slows down,
   * while the owner's first, correct password from any address still signs in.
   */
  accountCeiling: 20,
  accountWindowSeconds: 60 * 60,
  /** Accounts created from one address. */
  signupsPerAddress: 10,
  signupWindowSeconds: 60 * 60,
} as const;

interface Limiters {
  pair: RateLimiterPrisma;
  strikes: RateLimiterPrisma;
  address: RateLimiterPrisma;
  account: RateLimiterPrisma;
  signup: RateLimiterPrisma;
}

const byDb = new WeakMap<Db, Limiters>();
function limiters(db: Db): Limiters {
  let l = byDb.get(db);
  if (!l) {
    const make = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimiterFlexible",
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
        blockDuration,
      });
    l = {
      pair: make("login_pair", THROTTLE.pairFailures, THROTTLE.pairWindowSeconds),
      strikes: make("login_strikes", 1000, THROTTLE.strikeWindowSeconds),
      address: make(
        "login_address",
        THROTTLE.addressFailures,
        THROTTLE.addressWindowSeconds,
        THROTTLE.addressBlockSeconds,
      ),
      account: make("login_account", 100_000, THROTTLE.accountWindowSeconds),
      signup: make("signup_address", THROTTLE.signupsPerAddress, THROTTLE.signupWindowSeconds),
    };
    byDb.set(db, l);
  }
  return l;
}

/** Who is trying: the account's phone, and the client as a trusted device or an address. */
export interface LoginClient {
  phone: string;
  ip: string;
  /** A device cookie issued to this very account at an earlier successful login. */
  trustedDeviceId?: string | null;
}

function pairKey(client: LoginClient): string {
  return client.trustedDeviceId
    ? `${client.phone}|device:${client.trustedDeviceId}`
    : `${client.phone}|address:${addressKey(client.ip)}`;
}

/**
 * One subscriber holds a whole IPv6 /64, so limits count the prefix; IPv4 addresses count as
 * they are (carrier NAT shares them, which is why a trusted device never depends on them).
 */
export function addressKey(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const groups = [
    ...left,
    ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"),
    ...right,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

function tooManyLoginAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    "RATE_LIMITED",
    `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`,
    { retryAfterSeconds },
  );
}

/** Throws RATE_LIMITED when this client must wait before trying this account again. */
export async function assertLoginAllowed(db: Db, client: LoginClient): Promise<void> {
  const l = limiters(db);
  const states = await Promise.all([
    l.pair.get(pairKey(client)),
    // A trusted device is the account owner's own: another account's failures from the same
    // café or village hall address never hold it back.
    client.trustedDeviceId ? null : l.address.get(addressKey(client.ip)),
  ]);
  const waits = states
    .filter((s): s is RateLimiterRes => s !== null && s.remainingPoints <= 0)
    .map((s) => s.msBeforeNext);
  if (waits.length > 0) throw tooManyLoginAttempts(Math.ceil(Math.max(...waits) / 1000));
}

export async function recordLoginFailure(db: Db, client: LoginClient): Promise<void> {
  const l = limiters(db);
  const key = pairKey(client);
  const pair = await consume(l.pair, key);
  let overCeiling = false;
  if (!client.trustedDeviceId) {
    const [, account] = await Promise.all([
      consume(l.address, addressKey(client.ip)),
      consume(l.account, client.phone),
    ]);
    overCeiling = account.consumedPoints > THROTTLE.accountCeiling;
  }
  if (pair.remainingPoints <= 0 || overCeiling) {
    const strike = await consume(l.strikes, key);
    const seconds = Math.min(
      THROTTLE.maxBlockSeconds,
      THROTTLE.firstBlockSeconds * 2 ** (strike.consumedPoints - 1),
    );
    await l.pair.block(key, seconds);
  }
}

/** A correct password clears this client's failures for the account (not its address count). */
export async function recordLoginSuccess(db: Db, client: LoginClient): Promise<void> {
  const l = limiters(db);
  const key = pairKey(client);
  await Promise.all([l.pair.delete(key), l.strikes.delete(key)]);
}

/** Counts a sign-up attempt from an address; throws RATE_LIMITED past the limit. */
export async function recordSignup(db: Db, ip: string): Promise<void> {
  const res = await consume(limiters(db).signup, addressKey(ip));
  if (res.consumedPoints > THROTTLE.signupsPerAddress) {
    const retryAfterSeconds = Math.ceil(res.msBeforeNext / 1000);
    throw new DomainError(
      "RATE_LIMITED",
      `Terlalu banyak pendaftaran dari alamat ini. Coba lagi dalam ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} menit.`,
      { retryAfterSeconds },
    );
  }
}

/**
 * Deletes counters that expired more than an hour ago. The store only replaces an expired row
 * when its key comes back, so a spray of one-off addresses would otherwise pile up.
 */
export async function sweepExpiredThrottles(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimiterFlexible.deleteMany({
    where: { expire: { lt: new Date(now.getTime() - 60 * 60 * 1000) } },
  });
  return count;
}

/** Consumes one point; past the limit the library rejects with the state, which we return. */
async function consume(limiter: RateLimiterPrisma, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}
