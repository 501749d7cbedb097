/**
 * A throwaway PostgreSQL cluster for the integration suite's PostgreSQL run: one template
 * database, migrated and with the regions of Banyuwangi and Kota Surabaya, copied per test file (see
 * integration-pg-db.ts). The cluster and its directory are removed afterwards.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "../../scripts/lib/pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export const PG_TEMPLATE = "pk_template";

export default async function setup(project: TestProject) {
  const cluster = await startThrowawayPostgres();
  try {
    await cluster.createDatabase(PG_TEMPLATE);
    const env = { ...process.env, DATABASE_URL: cluster.url(PG_TEMPLATE) };
    const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env,
      encoding: "utf8",
    });
    if (migrate.status !== 0) {
      throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
    }
    const regions = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/import-regions.ts", "35.10,35.78"],
      { env, encoding: "utf8" },
    );
    if (regions.status !== 0) {
      throw new Error(`region import failed:\n${regions.stdout}\n${regions.stderr}`);
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide("pgAdminUrl", cluster.url());
  project.provide("pgTemplate", PG_TEMPLATE);
  return () => cluster.stop();
}
