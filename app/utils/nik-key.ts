/**
 * The NIK encryption key as written in NIK_ENCRYPTION_KEY: 32 bytes, as base64 (44 characters,
 * what `openssl rand -base64 32` prints) or hex (64 characters). Null for anything else.
 */
export function parseNikKey(value: string): Buffer | null {
  const text = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex");
  if (/^[A-Za-z0-9+/]{43}=$/.test(text)) {
    const key = Buffer.from(text, "base64");
    return key.length === 32 ? key : null;
  }
  return null;
}
