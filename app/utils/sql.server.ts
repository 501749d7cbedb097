import { Prisma } from "~/generated/prisma/client";
import { resolveDatabaseTarget } from "./database-url";

/**
 * Multi-row INSERTs for the few hot paths where Prisma's per-query planning costs more than the
 * work itself (checkout writes five tables). Portable between SQLite and PostgreSQL: values are
 * bound parameters; timestamps use the exact text Prisma stores on SQLite, and on PostgreSQL
 * enum and timestamp columns are cast explicitly.
 */
export type ColumnType =
  "text" | "int" | "bigint" | "bool" | "json" | "timestamp" | `enum:${string}`;

type Row = Record<string, string | number | boolean | Date | null>;

let provider: "sqlite" | "postgresql" | undefined;
/** The database this process talks to (from DATABASE_URL). */
export function databaseProvider(): "sqlite" | "postgresql" {
  provider ??= resolveDatabaseTarget().provider;
  return provider;
}

/** Prisma's on-disk form of a DateTime in SQLite (and a valid timestamp literal for PostgreSQL). */
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function value(v: Row[string], type: ColumnType, postgres: boolean): Prisma.Sql {
  if (v === null) return Prisma.sql`NULL`;
  const bound = v instanceof Date ? sqlTimestamp(v) : typeof v === "boolean" && !postgres ? +v : v;
  if (!postgres) return Prisma.sql`${bound}`;
  if (type === "timestamp") return Prisma.sql`${bound}::timestamp(3)`;
  if (type === "int") return Prisma.sql`${bound}::integer`;
  if (type === "bigint") return Prisma.sql`${bound}::bigint`;
  if (type === "bool") return Prisma.sql`${bound}::boolean`;
  if (type === "json") return Prisma.sql`${bound}::jsonb`;
  if (type.startsWith("enum:")) return Prisma.sql`${bound}::${Prisma.raw(`"${type.slice(5)}"`)}`;
  return Prisma.sql`${bound}::text`;
}

export function insertRows(
  table: string,
  columns: Record<string, ColumnType>,
  rows: readonly Row[],
): Prisma.Sql {
  const postgres = databaseProvider() === "postgresql";
  const names = Object.keys(columns);
  const head = Prisma.raw(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES `,
  );
  const tuples = rows.map(
    (row) =>
      Prisma.sql`(${Prisma.join(
        names.map((n) => value(row[n] ?? null, columns[n]!, postgres)),
        ", ",
      )})`,
  );
  return Prisma.sql`${head}${Prisma.join(tuples, ", ")}`;
}

/**
 * Locks one row until the transaction ends, on PostgreSQL, where transactions run side by side
 * (SQLite runs one write transaction at a time, so there is nothing to do). Take it first, before
 * anything else the transaction writes, so that concurrent transactions queue instead of
 * deadlocking.
 */
export async function lockRow(
  tx: { $queryRaw: (query: Prisma.Sql) => Promise<unknown> },
  table: "Seller" | "Payment",
  id: string,
): Promise<void> {
  if (databaseProvider() !== "postgresql") return;
  await tx.$queryRaw(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`,
  );
}
