/**
 * Writes the PostgreSQL migration for the current schema, generated (never hand-copied): a
 * throwaway cluster replays prisma/postgres/migrations into a shadow database and Prisma diffs it
 * against prisma/postgres/schema.prisma (itself generated from prisma/schema.prisma).
 *
 *   npm run db:migration:pg -- add_something
 */
import fs from "node:fs";
import path from "node:path";
import { startThrowawayPostgres } from "./lib/pg-cluster";
import { diffPostgresMigrations, writePostgresSchema } from "./lib/pg-schema";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration:pg -- <name>");
  process.exit(2);
}
writePostgresSchema();
const cluster = await startThrowawayPostgres();
try {
  await cluster.createDatabase("pk_migrations");
  const diff = diffPostgresMigrations("--script", cluster.url("pk_migrations"));
  if (diff.status !== 0) throw new Error(`prisma migrate diff failed:\n${diff.stderr}`);
  const sql = diff.stdout.trim();
  if (sql === "" || sql === "-- This is an empty migration.") {
    console.log("PostgreSQL migrations already match the schema.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "postgres", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  await cluster.stop();
}
