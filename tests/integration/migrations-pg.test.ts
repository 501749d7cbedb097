import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("PostgreSQL migrations", () => {
  it("produce exactly prisma/postgres/schema.prisma (no drift; npm run db:migration:pg)", () => {
    const diff = spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/postgres/migrations",
        "--to-schema-datamodel",
        "prisma/postgres/schema.prisma",
        "--exit-code",
      ],
      { encoding: "utf8", env: process.env },
    );
    expect(diff.stdout + diff.stderr).toContain("No difference detected");
    expect(diff.status).toBe(0);
  });
});
