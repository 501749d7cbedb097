import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "public", "vite.config.ts", "tailwind.config.ts", "package.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds the app when there is no build or the sources changed since the last one. */
export function ensureBuild(): void {
  const marker = path.resolve("build/server/index.js");
  const built = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(path.resolve(s))));
  if (built > changed) return;
  console.log("Membangun aplikasi (remix vite:build)…");
  const result = spawnSync(path.resolve("node_modules/.bin/remix"), ["vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("Build failed");
}
