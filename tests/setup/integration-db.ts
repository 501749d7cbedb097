/** Gives each test file a private copy of the migrated template database. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

const file = path.join(TMP_DIR, `test-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);
fs.copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.IMAGE_DIR = path.join(TMP_DIR, `images-${path.basename(file, ".db")}`);
process.env.DOCUMENT_DIR = path.join(TMP_DIR, `documents-${path.basename(file, ".db")}`);

afterAll(async () => {
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.rmSync(process.env.IMAGE_DIR!, { recursive: true, force: true });
  fs.rmSync(process.env.DOCUMENT_DIR!, { recursive: true, force: true });
});
