import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Whether the database has migrations left to apply, from `prisma migrate status` (exit code 1
 * and "have not yet been applied" when pending). Anything else unexpected is an error.
 */
export function pendingMigrations(): { pending: boolean; report: string } {
  const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "status"], {
    encoding: "utf8",
    env: process.env,
  });
  const report = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status === 0) return { pending: false, report };
  if (/not yet been applied|No migration found in prisma\/migrations|pending/i.test(report)) {
    return { pending: true, report };
  }
  throw new Error(`Could not read the migration status:\n${report}`);
}
