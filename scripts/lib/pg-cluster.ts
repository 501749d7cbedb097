/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temporary directory,
 * `pg_ctl start` on a free port bound to 127.0.0.1, removed again by `stop()`. PostgreSQL refuses
 * to run as root, so as root the server runs as the `postgres` system user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface ThrowawayPostgres {
  port: number;
  /** Connection URL for a database of this cluster. */
  url(database?: string): string;
  /** CREATE DATABASE, optionally as a copy of a template database. */
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

export function findPostgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      "PostgreSQL server binaries not found. Install them (apt-get install -y postgresql) or set PG_BIN.",
    );
  }
  return path.join(root, versions[0]!, "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;

function run(bin: string, args: string[]) {
  const command = isRoot ? "runuser" : bin;
  const argv = isRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(bin)} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function startThrowawayPostgres(
  options: { durable?: boolean } = {},
): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-pg-"));
  const data = path.join(dir, "data");
  if (isRoot) execFileSync("chown", ["postgres", dir]);
  run(path.join(bin, "initdb"), [
    "-D",
    data,
    "--auth=trust",
    "--username=postgres",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const port = await freePort();
  // Tests do not need durability; benchmarks keep PostgreSQL's defaults.
  const speed = options.durable
    ? ""
    : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  run(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300${speed}`,
    "start",
  ]);
  const url = (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name, template) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
