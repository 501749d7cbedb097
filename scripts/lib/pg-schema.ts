import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const MAIN_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema:pg` — do not edit by hand.\n";

/**
 * The PostgreSQL schema is the main schema with another datasource provider and client output;
 * everything else (models, enums, indexes) is the same text, so there is one source of truth.
 */
export function toPostgresSchema(main: string): string {
  const replacements: [RegExp, string][] = [
    [/provider = "sqlite"/, 'provider = "postgresql"'],
    [/url\s+= "file:[^"]*"/, 'url      = "postgresql://localhost:5432/pasar_kampung"'],
    [/output\s+= "\.\.\/app\/generated\/prisma"/, 'output       = "../../app/generated/prisma-pg"'],
  ];
  let text = main;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return HEADER + text;
}

export function writePostgresSchema(): boolean {
  const next = toPostgresSchema(fs.readFileSync(MAIN_SCHEMA, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (current === next) return false;
  fs.writeFileSync(POSTGRES_SCHEMA, next);
  return true;
}

/**
 * Prisma's diff from the PostgreSQL migration history to the generated PostgreSQL schema, with
 * `--script` (the SQL of a new migration) or `--exit-code` (0 when nothing differs). Prisma
 * replays the history in a shadow database on the server named by `databaseUrl`.
 */
export function diffPostgresMigrations(mode: "--script" | "--exit-code", databaseUrl?: string) {
  return spawnSync(
    path.resolve("node_modules/.bin/prisma"),
    [
      "migrate",
      "diff",
      "--from-migrations",
      path.join("prisma", "postgres", "migrations"),
      "--to-schema-datamodel",
      POSTGRES_SCHEMA,
      mode,
    ],
    {
      encoding: "utf8",
      env: databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env,
    },
  );
}
