import { spawnSync } from "node:child_process";

/** Builds the app (scripts/build.mjs) when there is no build or a source changed since. */
export function ensureBuild(): void {
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("Build failed");
}
