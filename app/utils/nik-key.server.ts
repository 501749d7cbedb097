import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "./env.server";
import { parseNikKey } from "./nik-key";

/**
 * Where the key of a local installation lives when NIK_ENCRYPTION_KEY is unset: beside the
 * embedded database, like the generated session secret. `npm start` and `npm run dev` share it,
 * so the demo database reads the same under both.
 */
const LOCAL_KEY_FILE = path.join("data", ".nik-encryption-key");

/** Tests need no file and no secret: a fixed key derived from a public phrase. */
const TEST_KEY = crypto.createHash("sha256").update("pasar-kampung test NIK key").digest();

/** The key of this machine's local installation, generated on first use (base64). */
export function localNikKey(): string {
  const file = path.resolve(LOCAL_KEY_FILE);
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (parseNikKey(stored)) return stored;
  } catch {
    // not generated yet
  }
  const key = crypto.randomBytes(32).toString("base64");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

let cached: Buffer | undefined;

/**
 * The AES-256 key for owners' NIKs: NIK_ENCRYPTION_KEY (required in production by the env
 * check); otherwise the fixed test key under NODE_ENV=test, or the local installation's key.
 */
export function nikEncryptionKey(): Buffer {
  if (cached) return cached;
  const env = getEnv();
  if (env.NIK_ENCRYPTION_KEY) cached = parseNikKey(env.NIK_ENCRYPTION_KEY)!;
  else if (env.NODE_ENV === "test") cached = TEST_KEY;
  else cached = parseNikKey(localNikKey())!;
  return cached;
}
