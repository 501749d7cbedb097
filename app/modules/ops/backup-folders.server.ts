/** The folders a backup copies beside the database: images and private documents. */
import fs from "node:fs";
import path from "node:path";
import { DomainError } from "~/utils/errors";

/** Copies a folder tree, skipping photos still being written; returns files and bytes copied. */
export function copyTree(from: string, to: string): { files: number; bytes: number } {
  const total = { files: 0, bytes: 0 };
  fs.mkdirSync(to, { recursive: true });
  if (!fs.existsSync(from)) return total;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) {
      const inner = copyTree(source, dest);
      total.files += inner.files;
      total.bytes += inner.bytes;
      // Image storage writes `<name>.<pid>.tmp` and renames it when complete.
    } else if (entry.isFile() && !entry.name.endsWith(".tmp")) {
      try {
        fs.copyFileSync(source, dest);
      } catch (error) {
        // Deleted by the app since the listing: nothing to keep.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      total.files++;
      total.bytes += fs.statSync(dest).size;
    }
  }
  return total;
}

/**
 * A folder whose contents a restore deletes: never when it holds the project, the backup or the
 * database.
 */
export function assertReplaceableDir(dir: string, envName: string, keep: (string | null)[]) {
  for (const precious of keep) {
    if (!precious) continue;
    const relative = path.relative(dir, path.resolve(precious));
    if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
      throw new DomainError(
        "INVALID",
        `${envName} (${dir}) berisi ${precious}; isinya tidak akan dihapus. Periksa ${envName}.`,
      );
    }
  }
}

/** Empties `to` and copies the backup's folder `from` into it. */
export function replaceFolderContents(from: string, to: string): { files: number; bytes: number } {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(to)) {
    fs.rmSync(path.join(to, entry), { recursive: true, force: true });
  }
  return copyTree(from, to);
}
