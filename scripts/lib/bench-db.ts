import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A scratch database for a benchmark: a throwaway PostgreSQL cluster (durable settings) when
 * asked, else DATABASE_URL, else a SQLite file in a temporary directory. Sets DATABASE_URL and
 * returns what to clean up afterwards.
 */
export async function benchDatabase(name: string, postgres: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pk-bench-${name}-`));
  let cluster: { stop(): Promise<void> } | undefined;
  if (postgres) {
    const { startThrowawayPostgres } = await import("./pg-cluster");
    console.log("Starting a throwaway PostgreSQL cluster (durable settings)…");
    const pg = await startThrowawayPostgres({ durable: true });
    await pg.createDatabase("bench");
    process.env.DATABASE_URL = pg.url("bench");
    cluster = pg;
  }
  process.env.DATABASE_URL ??= `file:${path.join(dir, "bench.db")}`;
  return {
    dir,
    cleanup: async () => {
      await cluster?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
