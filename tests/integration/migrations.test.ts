import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { TEMPLATE_DB, TMP_DIR } from "../setup/paths";

/** Tables, columns, indexes and foreign keys of a SQLite database, as comparable data. */
function describeSchema(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name`,
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        {
          columns: sqlite.prepare(`PRAGMA table_info("${name}")`).all(),
          indexes: (
            sqlite.prepare(`PRAGMA index_list("${name}")`).all() as {
              name: string;
              unique: number;
            }[]
          )
            .map((ix) => ({
              name: ix.name,
              unique: ix.unique,
              columns: (
                sqlite.prepare(`PRAGMA index_info("${ix.name}")`).all() as { name: string }[]
              ).map((c) => c.name),
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          foreignKeys: sqlite.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
        },
      ]),
    );
  } finally {
    sqlite.close();
  }
}

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma (no drift)", () => {
    const diff = spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { encoding: "utf8" },
    );
    expect(diff.status, diff.stderr).toBe(0);
    const fromSchema = path.join(TMP_DIR, `schema-${crypto.randomBytes(4).toString("hex")}.db`);
    const sqlite = new Database(fromSchema);
    sqlite.exec(diff.stdout);
    sqlite.close();
    try {
      expect(describeSchema(TEMPLATE_DB)).toEqual(describeSchema(fromSchema));
    } finally {
      fs.rmSync(fromSchema, { force: true });
    }
  });
});
