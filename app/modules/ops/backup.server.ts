/**
 * Backups of the database and the local image folder, and their restore (`npm run db:backup`,
 * `npm run db:restore`). A backup is one folder: the database (a SQLite copy or a pg_dump
 * archive), `images/`, and `manifest.json`. The folder is built under another name and renamed
 * when complete, so a folder with a manifest is a whole backup.
 *
 * Functions take the database as a `DatabaseTarget` rather than a Prisma client: they work on
 * the file or the server itself, below Prisma.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import pg from "pg";
import { z } from "zod";
import type { DatabaseTarget } from "~/utils/database-url";
import { DomainError } from "~/utils/errors";
import { formatNumber } from "~/utils/format";
import { assertReplaceableDir, copyTree, replaceFolderContents } from "./backup-folders.server";

const MANIFEST = "manifest.json";
const IMAGES = "images";
const DOCUMENTS = "documents";

const Count = z.number().int().min(0);
const CountsSchema = z.object({ orders: Count, users: Count, sellers: Count, products: Count });
export type RowCounts = z.infer<typeof CountsSchema>;

const ManifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  kind: z.enum(["sqlite", "postgresql"]),
  /** The database it was taken from (a path, or a URL without its password). */
  source: z.string(),
  database: z.object({
    // A bare file name: a manifest must not point outside its folder.
    file: z.string().regex(/^[\w][\w.-]*$/),
    bytes: Count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** Null when images were not on local disk (IMAGE_STORAGE=s3). */
  images: z.object({ folder: z.literal(IMAGES), files: Count, bytes: Count }).nullable(),
  /** The private legality scans (DOCUMENT_DIR); null when not on local disk or not copied. */
  documents: z
    .object({ folder: z.literal(DOCUMENTS), files: Count, bytes: Count })
    .nullable()
    .default(null),
  counts: CountsSchema,
  /** The last applied Prisma migration, i.e. the schema version of the copy. */
  migration: z.string().nullable(),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

/** A backup whose manifest, checksum and database were checked by `checkBackup`. */
export interface CheckedBackup {
  dir: string;
  manifest: BackupManifest;
}

type Log = (message: string) => void;

export const KIND_LABEL = { sqlite: "SQLite", postgresql: "PostgreSQL" } as const;

/** `2026-12-05T01-02-03Z`: a UTC time that sorts, and is a valid folder name everywhere. */
export function backupFolderName(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
}

/** The database as an operator recognises it: its file, or its URL without the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.provider === "sqlite") return target.filePath;
  const url = new URL(target.url);
  if (url.password) url.password = "***";
  return url.toString();
}

export function formatSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber("id", value, 1)} ${units[unit]}`;
}

export function describeCounts(counts: RowCounts): string {
  const n = (value: number) => formatNumber("id", value);
  return `${n(counts.orders)} pesanan, ${n(counts.users)} pengguna, ${n(counts.sellers)} UMKM, ${n(counts.products)} produk`;
}

/**
 * Copies the database and then the image folder into `dir` (which must not exist, or be empty)
 * while the app keeps serving, and writes the manifest.
 */
export async function createBackup(input: {
  target: DatabaseTarget;
  /** The local image folder; null when images live elsewhere (S3). */
  imageDir: string | null;
  /** The local folder of private documents; null when they live elsewhere (S3). */
  documentDir?: string | null;
  dir: string;
  pgBin?: string;
  now?: Date;
  log?: Log;
}): Promise<BackupManifest> {
  const { target } = input;
  const log = input.log ?? (() => {});
  const dir = path.resolve(input.dir);
  if (fs.existsSync(dir) && (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length > 0)) {
    throw new DomainError("CONFLICT", `Folder tujuan sudah ada dan tidak kosong: ${dir}`);
  }
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    const createdAt = (input.now ?? new Date()).toISOString();
    const file = target.provider === "sqlite" ? "database.sqlite" : "database.dump";
    const dbFile = path.join(staging, file);
    log(`Menyalin basis data ${KIND_LABEL[target.provider]} ${describeTarget(target)} …`);
    const facts =
      target.provider === "sqlite"
        ? await copySqlite(target.filePath, dbFile)
        : await dumpPostgres(target.url, dbFile, postgresProgram("pg_dump", input.pgBin));
    const bytes = fs.statSync(dbFile).size;
    log(`  ${formatSize(bytes)}; ${describeCounts(facts.counts)}`);

    // Images after the database: a photo is written before the row that names it and never
    // changes afterwards, so every photo the copied rows name is already on disk.
    let images: BackupManifest["images"] = null;
    if (input.imageDir) {
      const from = path.resolve(input.imageDir);
      log(`Menyalin gambar dari ${from} …`);
      images = { folder: IMAGES, ...copyTree(from, path.join(staging, IMAGES)) };
      log(`  ${formatNumber("id", images.files)} file, ${formatSize(images.bytes)}`);
    }
    let documents: BackupManifest["documents"] = null;
    if (input.documentDir) {
      const from = path.resolve(input.documentDir);
      log(`Menyalin dokumen legalitas dari ${from} …`);
      documents = { folder: DOCUMENTS, ...copyTree(from, path.join(staging, DOCUMENTS)) };
      log(`  ${formatNumber("id", documents.files)} file, ${formatSize(documents.bytes)}`);
    }

    const manifest: BackupManifest = {
      format: 1,
      createdAt,
      kind: target.provider,
      source: describeTarget(target),
      database: { file, bytes, sha256: await sha256Of(dbFile) },
      images,
      documents,
      ...facts,
    };
    fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    if (fs.existsSync(dir)) fs.rmdirSync(dir);
    fs.renameSync(staging, dir);
    return manifest;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Reads a backup folder and proves it can be restored onto `target`: the manifest is whole,
 * the kind matches, the database file has the recorded SHA-256, and the database itself is
 * sound (`PRAGMA integrity_check` for SQLite, a readable archive for PostgreSQL).
 */
export async function checkBackup(input: {
  dir: string;
  target: DatabaseTarget;
  pgBin?: string;
  log?: Log;
}): Promise<CheckedBackup> {
  const log = input.log ?? (() => {});
  const dir = path.resolve(input.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new DomainError("NOT_FOUND", `Folder cadangan tidak ditemukan: ${dir}`);
  }
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) {
    throw new DomainError(
      "INVALID",
      `${dir} bukan cadangan yang utuh: tidak ada manifest.json (cadangan yang terputus tidak punya manifest).`,
    );
  }
  let manifest: BackupManifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, "utf8")));
  } catch {
    throw new DomainError("INVALID", `manifest.json di ${dir} rusak atau tidak lengkap.`);
  }
  const kind = input.target.provider;
  if (manifest.kind !== kind) {
    throw new DomainError(
      "CONFLICT",
      `Cadangan ini berisi basis data ${KIND_LABEL[manifest.kind]}, sedangkan DATABASE_URL menunjuk ${KIND_LABEL[kind]}. Pulihkan ke basis data ${KIND_LABEL[manifest.kind]}.`,
    );
  }
  const file = path.join(dir, manifest.database.file);
  if (!fs.existsSync(file)) {
    throw new DomainError("INVALID", `Berkas ${manifest.database.file} tidak ada di ${dir}.`);
  }
  for (const folder of [manifest.images?.folder, manifest.documents?.folder]) {
    if (folder && !fs.existsSync(path.join(dir, folder))) {
      throw new DomainError("INVALID", `Folder ${folder}/ tidak ada di ${dir}.`);
    }
  }

  log("Memeriksa checksum SHA-256 …");
  if ((await sha256Of(file)) !== manifest.database.sha256) {
    throw corrupt(dir, "checksum berkas basis data tidak cocok dengan manifest");
  }
  if (kind === "sqlite") {
    log("Memeriksa basis data (PRAGMA integrity_check) …");
    const problems = sqliteProblems(file);
    if (problems.length > 0) throw corrupt(dir, problems.slice(0, 3).join("; "));
  } else {
    log("Memeriksa arsip (pg_restore --list) …");
    try {
      await runProgram(postgresProgram("pg_restore", input.pgBin), ["--list", file]);
    } catch (error) {
      if (error instanceof DomainError && error.code === "NOT_FOUND") throw error;
      throw corrupt(dir, (error as Error).message);
    }
  }
  return { dir, manifest };
}

/**
 * Replaces the database (and the local image folder's contents) with a checked backup's. The
 * app must be stopped: SQLite is swapped by renaming a file, PostgreSQL by dropping and
 * recreating every object in one transaction.
 */
export async function restoreBackup(input: {
  backup: CheckedBackup;
  target: DatabaseTarget;
  /** The local image folder to replace; null leaves images alone (S3). */
  imageDir: string | null;
  /** The local document folder to replace; null leaves documents alone (S3). */
  documentDir?: string | null;
  pgBin?: string;
  log?: Log;
}): Promise<void> {
  const { backup, target } = input;
  const { dir, manifest } = backup;
  const log = input.log ?? (() => {});
  if (manifest.kind !== target.provider) {
    throw new DomainError("CONFLICT", "Jenis basis data cadangan dan tujuan berbeda.");
  }
  const imageDir = input.imageDir && manifest.images ? path.resolve(input.imageDir) : null;
  const documentDir =
    input.documentDir && manifest.documents ? path.resolve(input.documentDir) : null;
  const keep = [dir, process.cwd(), targetFile(target)];
  if (imageDir) assertReplaceableDir(imageDir, "IMAGE_DIR", keep);
  if (documentDir) assertReplaceableDir(documentDir, "DOCUMENT_DIR", keep);

  const file = path.join(dir, manifest.database.file);
  log(`Memulihkan basis data ${describeTarget(target)} …`);
  if (target.provider === "sqlite") {
    replaceFile(file, target.filePath);
  } else {
    const connection = libpqConnection(target.url);
    await runProgram(
      postgresProgram("pg_restore", input.pgBin),
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        // All or nothing: a failure halfway leaves the database as it was.
        "--single-transaction",
        `--dbname=${connection.dbname}`,
        file,
      ],
      connection.env,
    );
  }
  log(`  ${describeCounts(manifest.counts)}`);

  if (imageDir) {
    log(`Mengganti isi folder gambar ${imageDir} …`);
    const copied = replaceFolderContents(path.join(dir, IMAGES), imageDir);
    log(`  ${formatNumber("id", copied.files)} file, ${formatSize(copied.bytes)}`);
  } else if (!manifest.images) {
    log("Cadangan ini tanpa gambar; folder gambar tidak diubah.");
  }
  if (documentDir) {
    log(`Mengganti isi folder dokumen ${documentDir} …`);
    const copied = replaceFolderContents(path.join(dir, DOCUMENTS), documentDir);
    log(`  ${formatNumber("id", copied.files)} file, ${formatSize(copied.bytes)}`);
  } else if (!manifest.documents) {
    log("Cadangan ini tanpa dokumen legalitas; folder dokumen tidak diubah.");
  }
}

/** Row counts of a database as it is now; null when it does not exist or holds no schema. */
export async function readCounts(target: DatabaseTarget): Promise<RowCounts | null> {
  if (target.provider === "sqlite") {
    if (!fs.existsSync(target.filePath)) return null;
    try {
      const sqlite = new Database(target.filePath, { readonly: true, fileMustExist: true });
      try {
        return (await readFacts(sqliteQuery(sqlite))).counts;
      } finally {
        sqlite.close();
      }
    } catch {
      return null;
    }
  }
  const client = await connectPostgres(target.url);
  try {
    return (await readFacts(pgQuery(client))).counts;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** PG_BIN, else the PATH, else the newest of Debian's versioned PostgreSQL programs. */
export function postgresProgram(name: "pg_dump" | "pg_restore", pgBin?: string): string {
  if (pgBin) return path.join(pgBin, name);
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => isExecutable(path.join(root, v, "bin", name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  // A bare name fails to start with ENOENT, which runProgram words for the operator.
  return versions[0] ? path.join(root, versions[0], "bin", name) : name;
}

// — SQLite —

async function copySqlite(source: string, dest: string) {
  if (!fs.existsSync(source)) {
    throw new DomainError("NOT_FOUND", `Basis data SQLite tidak ditemukan: ${source}`);
  }
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma("busy_timeout = 5000");
    // One read transaction, so one consistent snapshot, while the app keeps committing (in WAL
    // mode a reader never blocks the writer). The online backup API would instead start over
    // whenever another connection writes mid-copy, which under steady checkouts may be forever.
    live.prepare("VACUUM INTO ?").run(dest);
  } finally {
    live.close();
  }
  const problems = sqliteProblems(dest);
  if (problems.length > 0) {
    throw new DomainError(
      "INVALID",
      `Basis data sumber tidak lolos PRAGMA integrity_check: ${problems.slice(0, 3).join("; ")}`,
    );
  }
  const copy = new Database(dest, { readonly: true, fileMustExist: true });
  try {
    return await readFacts(sqliteQuery(copy));
  } finally {
    copy.close();
  }
}

/** What `PRAGMA integrity_check` finds wrong (empty when sound); a file that will not open counts. */
function sqliteProblems(file: string): string[] {
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.pragma("integrity_check") as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((message) => message !== "ok");
    } finally {
      sqlite.close();
    }
  } catch (error) {
    return [(error as Error).message];
  }
}

/** Copies `source` over `target` atomically, leaving no write-ahead log of the old file. */
function replaceFile(source: string, target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Next to the target, so the rename stays on one file system and is atomic.
  const tmp = `${target}.restore-${process.pid}`;
  try {
    fs.copyFileSync(source, tmp);
    const fd = fs.openSync(tmp, "r+");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // SQLite would replay the old file's log onto the new file and corrupt it.
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function sqliteQuery(sqlite: Database.Database): Query {
  return async (sql) => sqlite.prepare(sql).all() as Record<string, unknown>[];
}

// — PostgreSQL —

async function dumpPostgres(url: string, dest: string, pgDump: string) {
  const client = await connectPostgres(url);
  try {
    // pg_dump reads the snapshot this transaction exports, so the manifest's counts are the
    // dump's, while checkouts go on committing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>(
      "SELECT pg_export_snapshot() AS snapshot",
    );
    const facts = await readFacts(pgQuery(client));
    const connection = libpqConnection(url);
    await runProgram(
      pgDump,
      [
        "--format=custom",
        `--snapshot=${rows[0]!.snapshot}`,
        `--file=${dest}`,
        `--dbname=${connection.dbname}`,
      ],
      connection.env,
    );
    await client.query("COMMIT");
    return facts;
  } finally {
    await client.end();
  }
}

async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new DomainError(
      "NOT_FOUND",
      `Tidak dapat terhubung ke PostgreSQL ${describeTarget({ provider: "postgresql", url })}: ${(error as Error).message}`,
    );
  }
  return client;
}

/**
 * The URL for libpq programs: without the password (which goes in PGPASSWORD, out of sight of
 * `ps`) and without Prisma's own parameters, which libpq refuses.
 */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const key of [
    "schema",
    "connection_limit",
    "pool_timeout",
    "pgbouncer",
    "statement_cache_size",
    "socket_timeout",
  ]) {
    parsed.searchParams.delete(key);
  }
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

function pgQuery(client: pg.Client): Query {
  return async (sql) => (await client.query(sql)).rows as Record<string, unknown>[];
}

// — Shared —

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const COUNTS_SQL = `SELECT (SELECT COUNT(*) FROM "Order") AS orders, (SELECT COUNT(*) FROM "User") AS users,
  (SELECT COUNT(*) FROM "Seller") AS sellers, (SELECT COUNT(*) FROM "Product") AS products`;
const MIGRATION_SQL = `SELECT migration_name AS name FROM _prisma_migrations
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`;

async function readFacts(query: Query): Promise<{ counts: RowCounts; migration: string | null }> {
  const [counts] = await query(COUNTS_SQL);
  const [migration] = await query(MIGRATION_SQL);
  return {
    // PostgreSQL's COUNT is a bigint, which pg hands over as a string.
    counts: CountsSchema.parse(
      Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)])),
    ),
    migration: typeof migration?.name === "string" ? migration.name : null,
  };
}

function targetFile(target: DatabaseTarget): string | null {
  return target.provider === "sqlite" ? target.filePath : null;
}

async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}

function corrupt(dir: string, reason: string): DomainError {
  return new DomainError("INVALID", `Cadangan ${dir} rusak: ${reason}`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs a PostgreSQL program; a missing program or a failure becomes a readable DomainError. */
function runProgram(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const name = path.basename(program);
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new DomainError(
              "NOT_FOUND",
              `${name} tidak ditemukan (${program}). Pasang program klien PostgreSQL (apt-get install -y postgresql-client) atau atur PG_BIN ke foldernya.`,
            )
          : error,
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new DomainError("INVALID", `${name} gagal (kode ${code}): ${stderr.trim()}`));
    });
  });
}
