import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { MAIN_SCHEMA, POSTGRES_SCHEMA, toPostgresSchema } from "./pg-schema";

describe("PostgreSQL schema", () => {
  it("is exactly the main schema with the PostgreSQL provider (run npm run db:schema:pg)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(
      toPostgresSchema(fs.readFileSync(MAIN_SCHEMA, "utf8")),
    );
  });

  it("changes only the datasource provider, its placeholder url and the client output", () => {
    const pg = toPostgresSchema(fs.readFileSync(MAIN_SCHEMA, "utf8"));
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).not.toContain('provider = "sqlite"');
    expect(pg.split("\n").filter((l) => l.startsWith("model ")).length).toBe(
      fs
        .readFileSync(MAIN_SCHEMA, "utf8")
        .split("\n")
        .filter((l) => l.startsWith("model ")).length,
    );
  });
});
