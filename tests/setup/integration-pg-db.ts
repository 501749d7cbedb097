/** Gives each test file a private PostgreSQL database copied from the migrated template. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { TMP_DIR } from "./paths";

const adminUrl = inject("pgAdminUrl");
const name = `pk_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
// Copies of one template cannot start at the same moment; retry while another copy runs.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("pgTemplate")}"`);
    break;
  } catch (error) {
    if (attempt > 50 || !/being accessed by other users/.test(String(error))) throw error;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
await admin.end();

process.env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${name}`);
process.env.IMAGE_DIR = path.join(TMP_DIR, `images-${name}`);
process.env.DOCUMENT_DIR = path.join(TMP_DIR, `documents-${name}`);

afterAll(async () => {
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  fs.rmSync(process.env.IMAGE_DIR!, { recursive: true, force: true });
  fs.rmSync(process.env.DOCUMENT_DIR!, { recursive: true, force: true });
});
