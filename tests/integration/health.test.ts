import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client";
import { checkDatabase } from "~/modules/health/health.server";
import { db } from "~/utils/db.server";
import { TMP_DIR } from "../setup/paths";

describe("database health check", () => {
  it("is ok on a migrated database", async () => {
    expect(await checkDatabase(db)).toMatchObject({ ok: true });
  });

  it("reports an unmigrated database as unhealthy with the reason", async () => {
    const file = path.join(TMP_DIR, `empty-${process.pid}.db`);
    const empty = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
    try {
      const result = await checkDatabase(empty);
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/Region|table/i);
    } finally {
      await empty.$disconnect();
      fs.rmSync(file, { force: true });
    }
  });
});
