import { spawnSync } from "node:child_process";
import path from "node:path";

/** Applies pending migrations with the Prisma CLI (offline, through the JS engine and adapter). */
export async function migrateDatabase(options: { quiet?: boolean } = {}): Promise<void> {
  const bin = path.resolve("node_modules/.bin/prisma");
  const result = spawnSync(bin, ["migrate", "deploy"], {
    encoding: "utf8",
    env: process.env,
    stdio: options.quiet ? "pipe" : ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error("Database migration failed (see the Prisma output above)");
  }
  const applied = (result.stdout ?? "").match(
    /The following migration\(s\) have been applied:[\s\S]*?(?=\n\n|$)/,
  );
  if (applied && !options.quiet) console.log(`  ${applied[0].trim().replace(/\n/g, "\n  ")}`);
}
