import type { Db } from "~/utils/db.server";

export interface CheckResult {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** A round trip to the database that also proves the schema is migrated. */
export async function checkDatabase(db: Db): Promise<CheckResult> {
  const started = performance.now();
  try {
    await db.region.findFirst({ select: { code: true } });
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message.split("\n")[0] : "unknown error",
    };
  }
}
