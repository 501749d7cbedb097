/**
 * `npm run db:backup` while checkouts keep committing, and `npm run db:restore` of what it made.
 * The same tests run on both databases: SQLite (VACUUM INTO, file swap) in the integration
 * project, PostgreSQL (pg_dump / pg_restore) in integration-pg.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkBackup,
  createBackup,
  restoreBackup,
  type BackupManifest,
} from "~/modules/ops/backup.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import { resolveDatabaseTarget, type DatabaseTarget } from "~/utils/database-url";
import { db } from "~/utils/db.server";
import { formatNumber } from "~/utils/format";
import { databaseProvider } from "~/utils/sql.server";
import { domainErrorOf } from "../domain-error";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { TMP_DIR } from "../setup/paths";

const postgres = databaseProvider() === "postgresql";
const work = path.join(TMP_DIR, `backup-${process.pid}-${crypto.randomBytes(4).toString("hex")}`);
const backupDir = path.join(work, "cadangan");
const STOCK = 100_000;
const PRICE = 10_000;
const settings: OrderSettings = { feePercent: 0, paymentTtlMs: 3_600_000, stripeEnabled: false };
const photos = { "a1b2c3.webp": crypto.randomBytes(2048), "d4e5f6.avif": crypto.randomBytes(512) };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of our CLIs as an operator would, with the environment's overrides and typed input. */
function runScript(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), [script, ...args], {
      env: { ...process.env, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** An empty database to restore into, beside the test's own. */
async function freshTarget(name: string): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL!;
  if (!postgres) return resolveDatabaseTarget(`file:${path.join(work, `${name}.db`)}`);
  const database = `${new URL(url).pathname.slice(1)}_${name}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return resolveDatabaseTarget(url.replace(/\/[^/]*$/, `/${database}`));
}

async function query<T>(target: DatabaseTarget, sql: string): Promise<T[]> {
  if (target.provider === "sqlite") {
    // journal_mode = WAL as the app opens it: a stale log next to the file is replayed here.
    const sqlite = new Database(target.filePath, { fileMustExist: true });
    try {
      sqlite.pragma("journal_mode = WAL");
      return sqlite.prepare(sql).all() as T[];
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function countOf(target: DatabaseTarget, table: string): Promise<number> {
  const [row] = await query<{ n: number | string }>(target, `SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(row!.n);
}

let variantId: string;
let manifest: BackupManifest;
const SCAN_NAME = "doc-0123456789abcdef0123456789abcdef.jpeg";
const SCAN = Buffer.alloc(777, 7);
let backupRun: Run;
const committedBefore: string[] = [];
const committedDuring: string[] = [];

/** Work done after the backup: the lines of every order gone, the stock emptied. */
const LATER_WORK = `DELETE FROM "OrderItem"; UPDATE "ProductVariant" SET stock = 0`;

/** Restores the backup into `target` and then changes it, as the app would after a backup. */
async function restoredThenChanged(target: DatabaseTarget, imageDir: string) {
  const backup = await checkBackup({ dir: backupDir, target });
  await restoreBackup({ backup, target, imageDir });
  if (target.provider === "sqlite") {
    // SQLite: the app leaves its write-ahead log next to the file. A restore that kept it would
    // have SQLite replay these changes onto the restored file.
    const sqlite = new Database(target.filePath);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("wal_autocheckpoint = 0");
    sqlite.exec(LATER_WORK);
    expect(sqlite.prepare(`SELECT COUNT(*) AS n FROM "OrderItem"`).get()).toEqual({ n: 0 });
    const log = fs.readFileSync(`${target.filePath}-wal`);
    // Closing checkpoints the log into the file and deletes it; put it back as a crash leaves it.
    sqlite.close();
    fs.writeFileSync(`${target.filePath}-wal`, log);
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(LATER_WORK);
    await client.end();
    expect(await countOf(target, "OrderItem")).toBe(0);
  }
  fs.rmSync(path.join(imageDir, "a1b2c3.webp"));
  fs.writeFileSync(path.join(imageDir, "later.webp"), "uploaded after the backup");
}

/** The target holds exactly the backup again: every line, the stock, the photos. */
async function expectBackupState(target: DatabaseTarget, imageDir: string) {
  expect(await countOf(target, "Order")).toBe(manifest.counts.orders);
  expect(await countOf(target, "OrderItem")).toBe(manifest.counts.orders);
  const [variant] = await query<{ stock: number }>(
    target,
    `SELECT stock FROM "ProductVariant" WHERE id = '${variantId}'`,
  );
  expect(variant!.stock).toBe(STOCK - manifest.counts.orders);
  expect(fs.readdirSync(imageDir).sort()).toEqual(Object.keys(photos).sort());
}

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true });
  const imageDir = process.env.IMAGE_DIR!;
  fs.mkdirSync(imageDir, { recursive: true });
  for (const [name, bytes] of Object.entries(photos)) {
    fs.writeFileSync(path.join(imageDir, name), bytes);
  }
  // A photo the storage is still writing (it renames the file when done).
  fs.writeFileSync(path.join(imageDir, `0a0b0c.webp.${process.pid}.tmp`), "half");
  const documentDir = process.env.DOCUMENT_DIR!;
  fs.mkdirSync(documentDir, { recursive: true });
  fs.writeFileSync(path.join(documentDir, SCAN_NAME), SCAN);

  const category = await createCategory(db);
  const seller = await createSeller(db);
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId: category.id,
    variants: [{ price: PRICE, stock: STOCK }],
  });
  variantId = (await db.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
  const buyer = await createUser(db);
  const checkout = async () => {
    const placed = await placeOrder(db, {
      buyerId: buyer.id,
      settings,
      checkout: {
        buyerName: "Bu Siti",
        buyerPhone: "+6281299990001",
        address: "Dusun Krajan RT 01 RW 02, dekat masjid",
        paymentMethod: "COD",
        lines: [{ variantId, quantity: 1 }],
        shipping: [{ sellerId: seller.id, method: "PICKUP_SELLER" }],
        expectedSubtotal: PRICE,
      },
    });
    return placed.orders[0]!.id;
  };

  if (!postgres) {
    // SQLite: no checkpoint until the backup is done, so every order below lives in the
    // write-ahead log only, as recent commits do between two checkpoints, where a plain copy of
    // the database file would miss them.
    await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  }
  for (let i = 0; i < 10; i++) committedBefore.push(await checkout());
  // The backup runs in its own process, as `npm run db:backup` beside a serving app does,
  // while this process keeps placing orders until it has finished.
  let finished = false;
  const backup = runScript("scripts/db-backup.ts", ["--out", backupDir]).finally(() => {
    finished = true;
  });
  while (!finished) {
    committedDuring.push(await checkout());
    // With SQLite the driver answers synchronously: give the event loop a turn to see the exit.
    await new Promise((resolve) => setImmediate(resolve));
  }
  backupRun = await backup;
  if (!postgres) await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 1000");
  expect(backupRun.code, backupRun.stderr).toBe(0);
  manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8"));
}, 120_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup", () => {
  it("copies the database while checkouts commit: the copy opens, is sound and holds every order committed before it", async () => {
    expect(committedDuring.length).toBeGreaterThan(0);
    expect(backupRun.stdout).toContain(`Cadangan selesai dalam`);
    expect(manifest).toMatchObject({
      kind: postgres ? "postgresql" : "sqlite",
      database: { file: postgres ? "database.dump" : "database.sqlite" },
      migration: expect.stringMatching(/^\d{14}_/),
    });

    const target = await freshTarget("pulih");
    const backup = await checkBackup({ dir: backupDir, target });
    await restoreBackup({ backup, target, imageDir: null });
    if (!postgres) {
      // SQLite only; on PostgreSQL the restore above ran in one transaction that would have
      // failed on any inconsistency.
      expect(await query(target, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    }
    const ids = new Set(
      (await query<{ id: string }>(target, `SELECT id FROM "Order"`)).map((r) => r.id),
    );
    expect(committedBefore.filter((id) => !ids.has(id))).toEqual([]);
    // One snapshot, never half a checkout: stock left plus units sold is the starting stock,
    // and the manifest counts exactly the orders of the copy.
    const [sold] = await query<{ n: number | string }>(
      target,
      `SELECT COALESCE(SUM(quantity), 0) AS n FROM "OrderItem" WHERE "variantId" = '${variantId}'`,
    );
    const [variant] = await query<{ stock: number }>(
      target,
      `SELECT stock FROM "ProductVariant" WHERE id = '${variantId}'`,
    );
    expect(variant!.stock + Number(sold!.n)).toBe(STOCK);
    expect(manifest.counts.orders).toBe(ids.size);
    expect(ids.size).toBeLessThanOrEqual(committedBefore.length + committedDuring.length);
  });

  it("copies the image folder, without photos still being written", () => {
    for (const [name, bytes] of Object.entries(photos)) {
      expect(fs.readFileSync(path.join(backupDir, "images", name))).toEqual(bytes);
    }
    expect(fs.readdirSync(path.join(backupDir, "images"))).toHaveLength(2);
    expect(manifest.images).toEqual({ folder: "images", files: 2, bytes: 2048 + 512 });
  });

  it("copies the private documents folder beside the images", () => {
    expect(fs.readFileSync(path.join(backupDir, "documents", SCAN_NAME))).toEqual(SCAN);
    expect(manifest.documents).toEqual({ folder: "documents", files: 1, bytes: 777 });
  });

  it("never writes into a folder that already holds something", async () => {
    const error = await domainErrorOf(
      createBackup({
        target: resolveDatabaseTarget(),
        imageDir: process.env.IMAGE_DIR!,
        dir: backupDir,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(fs.readdirSync(backupDir).sort()).toEqual(
      [manifest.database.file, "documents", "images", "manifest.json"].sort(),
    );
  });
});

describe("npm run db:restore", () => {
  it("replaces a database and an image folder changed since the backup (--yes)", async () => {
    const target = await freshTarget("ganti");
    const imageDir = path.join(work, "gambar-ganti");
    await restoredThenChanged(target, imageDir);
    const documentDir = path.join(work, "dokumen-ganti");
    fs.mkdirSync(documentDir, { recursive: true });
    fs.writeFileSync(path.join(documentDir, "doc-later.jpeg"), "uploaded after the backup");

    const run = await runScript("scripts/db-restore.ts", [backupDir, "--yes"], {
      env: { DATABASE_URL: target.url, IMAGE_DIR: imageDir, DOCUMENT_DIR: documentDir },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("AKAN DIGANTI");
    expect(run.stdout).toContain("Pemulihan selesai");
    await expectBackupState(target, imageDir);
    expect(fs.readdirSync(documentDir)).toEqual([SCAN_NAME]);
    if (target.provider === "sqlite") {
      expect(fs.existsSync(`${target.filePath}-wal`)).toBe(false);
    }
  });

  it("asks for the word PULIHKAN: any other answer changes nothing", async () => {
    const target = await freshTarget("batal");
    const imageDir = path.join(work, "gambar-batal");
    await restoredThenChanged(target, imageDir);
    const env = { DATABASE_URL: target.url, IMAGE_DIR: imageDir };

    const refused = await runScript("scripts/db-restore.ts", [backupDir], {
      env,
      input: "hapus\n",
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Dibatalkan; tidak ada yang diubah.");
    // What would be replaced was shown before the question.
    const shown = target.provider === "sqlite" ? target.filePath : new URL(target.url).pathname;
    expect(refused.stdout).toContain(shown);
    expect(refused.stdout).toContain(`${formatNumber("id", manifest.counts.orders)} pesanan`);
    expect(refused.stdout).toContain("Hentikan aplikasi");
    expect(await countOf(target, "OrderItem")).toBe(0);
    expect(fs.existsSync(path.join(imageDir, "later.webp"))).toBe(true);

    // A script that forgot --yes answers nothing: also a no.
    const silent = await runScript("scripts/db-restore.ts", [backupDir], { env });
    expect(silent.code).toBe(1);
    expect(await countOf(target, "OrderItem")).toBe(0);

    const typed = await runScript("scripts/db-restore.ts", [backupDir], {
      env,
      input: "PULIHKAN\n",
    });
    expect(typed.code, typed.stderr).toBe(0);
    await expectBackupState(target, imageDir);
  });

  it("refuses a missing folder, an unfinished or damaged backup, and the other kind of database", async () => {
    const missing = await runScript("scripts/db-restore.ts", [
      path.join(work, "tidak-ada"),
      "--yes",
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Folder cadangan tidak ditemukan");
    // An expected error is one line for the operator, not a stack trace.
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const target = resolveDatabaseTarget();
    const copy = (name: string) => {
      const dir = path.join(work, name);
      fs.cpSync(backupDir, dir, { recursive: true });
      return dir;
    };
    const writeManifest = (dir: string, changes: Partial<BackupManifest>) =>
      fs.writeFileSync(
        path.join(dir, "manifest.json"),
        JSON.stringify({ ...manifest, ...changes }, null, 2),
      );

    const unfinished = copy("terputus");
    fs.rmSync(path.join(unfinished, "manifest.json"));
    expect(await domainErrorOf(checkBackup({ dir: unfinished, target }))).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("tidak ada manifest.json"),
    });

    const damaged = copy("rusak");
    const file = path.join(damaged, manifest.database.file);
    const bytes = fs.readFileSync(file);
    bytes.fill(0, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4096);
    fs.writeFileSync(file, bytes);
    expect(await domainErrorOf(checkBackup({ dir: damaged, target }))).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("checksum"),
    });
    if (!postgres) {
      // SQLite only: a file damaged before its checksum was taken is caught by
      // PRAGMA integrity_check. (pg_restore --list reads only an archive's table of contents.)
      const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
      writeManifest(damaged, { database: { ...manifest.database, sha256 } });
      const error = await domainErrorOf(checkBackup({ dir: damaged, target }));
      expect(error.code).toBe("INVALID");
      expect(error.message).toMatch(/rusak: (?!checksum)/);
    }

    const otherKind = copy("lain");
    writeManifest(otherKind, { kind: postgres ? "sqlite" : "postgresql" });
    expect(await domainErrorOf(checkBackup({ dir: otherKind, target }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(
        `DATABASE_URL menunjuk ${postgres ? "PostgreSQL" : "SQLite"}`,
      ),
    });
  });
});
