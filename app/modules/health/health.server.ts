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
      // Prisma puts the cause on the last line of its message.
      error:
        error instanceof Error
          ? (
              error.message
                .split("\n")
                .filter((l) => l.trim())
                .pop() ?? error.name
            ).trim()
          : "unknown error",
    };
  }
}
