import { describe, expect, it } from "vitest";
import { diffPostgresMigrations } from "../../scripts/lib/pg-schema";

describe("PostgreSQL migrations", () => {
  it("produce exactly prisma/postgres/schema.prisma (no drift; npm run db:migration:pg)", () => {
    const diff = diffPostgresMigrations("--exit-code");
    expect(diff.stdout + diff.stderr).toContain("No difference detected");
    expect(diff.status).toBe(0);
  });
});
