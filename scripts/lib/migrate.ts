import { spawnSync } from "node:child_process";
import path from "node:path";

/** Another process holds the SQLite file; the message says what to do. */
export class DatabaseInUseError extends Error {}

/** Applies pending migrations with the Prisma CLI (offline, through the JS engine and adapter). */
export async function migrateDatabase(options: { quiet?: boolean } = {}): Promise<void> {
  const bin = path.resolve("node_modules/.bin/prisma");
  const result = spawnSync(bin, ["migrate", "deploy"], {
    encoding: "utf8",
    env: process.env,
    stdio: options.quiet ? "pipe" : ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    // Prisma reports SQLite's "database is locked" as an unknown `SocketTimeout` variant.
    if (/SocketTimeout|database is locked|SQLITE_BUSY/i.test(output)) {
      throw new DatabaseInUseError(
        `The database ${process.env.DATABASE_URL ?? "file"} is in use by another running Pasar Kampung (or another program): stop it first, or set DATABASE_URL to another file.`,
      );
    }
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error("Database migration failed (see the Prisma output above)");
  }
  const applied = (result.stdout ?? "").match(
    /The following migration\(s\) have been applied:[\s\S]*?(?=\n\n|$)/,
  );
  if (applied && !options.quiet) console.log(`  ${applied[0].trim().replace(/\n/g, "\n  ")}`);
}
