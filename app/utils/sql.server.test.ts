import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INSERT_COLUMNS, type ColumnType } from "./sql.server";

/** Each model's scalar fields and their types, read from the schema file. */
function schemaModels(): Map<string, Map<string, string>> {
  const schema = fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]!));
  const models = new Map<string, Map<string, string>>();
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, string>();
    for (const line of body!.split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\[\])?\??/.exec(line);
      if (!field || field[3]) continue;
      const type = field[2]!;
      const expected: Record<string, ColumnType> = {
        String: "text",
        Int: "int",
        BigInt: "bigint",
        Boolean: "bool",
        Json: "json",
        DateTime: "timestamp",
      };
      if (expected[type]) fields.set(field[1]!, expected[type]);
      else if (enums.has(type)) fields.set(field[1]!, `enum:${type}`);
    }
    models.set(name!, fields);
  }
  return models;
}

describe("the column types of multi-row inserts", () => {
  it("match prisma/schema.prisma, table by table", () => {
    const models = schemaModels();
    for (const [table, columns] of Object.entries(INSERT_COLUMNS)) {
      const fields = models.get(table);
      expect(fields, table).toBeDefined();
      for (const [column, type] of Object.entries(columns)) {
        expect(`${table}.${column}: ${fields!.get(column)}`).toBe(`${table}.${column}: ${type}`);
      }
    }
  });
});
