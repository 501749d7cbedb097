import path from "node:path";

/** The embedded default: a SQLite file under ./data/. */
export const DEFAULT_DATABASE_URL = "file:./data/pasar-kampung.db";

export type DatabaseTarget =
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

/**
 * Reads DATABASE_URL (or the default) and says which driver it needs.
 * Relative SQLite paths resolve against the project root (the working directory).
 */
export function resolveDatabaseTarget(
  raw: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    return { provider: "postgresql", url };
  }
  if (url.startsWith("file:")) {
    const filePath = path.resolve(cwd, url.slice("file:".length));
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url}"`,
  );
}
