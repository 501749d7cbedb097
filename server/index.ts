/**
 * HTTP server. Production serves the built app; development mounts Vite in middleware mode.
 * Run through `npm start` (which migrates and seeds first) or `npm run dev`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { catalogVersion, watchCatalogChanges } from "../app/modules/catalog/changes.server";
import { createImageStorage, storageConfig } from "../app/modules/images/storage.server";
import { searchIndexVersion } from "../app/modules/search/search.server";
import { db } from "../app/utils/db.server";
import { getEnv } from "../app/utils/env.server";
import { createApp } from "./app";
import { withDomainErrorResponses } from "./domain-errors";
import { startBackgroundJobs } from "./jobs";
import { contentVersion, createPageCache } from "./page-cache";
import { withTimedLoaders } from "./timing";

export async function startServer({ production }: { production: boolean }) {
  const env = getEnv();
  // Background work (search index, outbox, deadlines) runs beside request handling in every
  // app process; RUN_JOBS=0 leaves a process to serve requests only.
  if (env.RUN_JOBS) startBackgroundJobs();
  let app;
  if (production) {
    const buildPath = path.resolve("build/server/index.js");
    let build = withDomainErrorResponses(
      (await import(pathToFileURL(buildPath).href)) as ServerBuild,
    );
    if (env.SERVER_TIMING) build = withTimedLoaders(build);
    let pageCache;
    if (env.PAGE_CACHE) {
      watchCatalogChanges(db);
      pageCache = createPageCache({
        render: createRequestHandler(build, "production"),
        version: (pathname) => contentVersion(pathname, catalogVersion(), searchIndexVersion()),
        publicUrl: env.PUBLIC_URL,
      });
    }
    app = createApp({
      pageCache,
      serverTiming: env.SERVER_TIMING,
      production,
      getBuild: async () => build,
      clientDir: path.resolve("build/client"),
      imageDir: env.IMAGE_DIR,
      imageStore: env.IMAGE_STORAGE === "s3" ? createImageStorage(storageConfig(env)) : undefined,
      logRequests: env.LOG_REQUESTS,
      publicUrl: env.PUBLIC_URL,
      trustProxy: env.TRUST_PROXY,
    });
  } else {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    app = createApp({
      production,
      getBuild: async () =>
        withDomainErrorResponses(
          (await viteServer.ssrLoadModule("virtual:remix/server-build")) as ServerBuild,
        ),
      devMiddleware: viteServer.middlewares,
      imageDir: env.IMAGE_DIR,
      logRequests: true,
      trustProxy: env.TRUST_PROXY,
    });
  }

  return await new Promise<{ close: () => Promise<void>; url: string }>((resolve) => {
    const server = app.listen(env.PORT, env.HOST, () => {
      const shownHost = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
      const url = `http://${shownHost}:${env.PORT}`;
      console.log(`Pasar Kampung berjalan di ${url}`);
      resolve({
        url,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") throw error;
      console.error(
        `Port ${env.PORT} on ${env.HOST} is already in use (another Pasar Kampung?): stop it, or set PORT to another port.`,
      );
      process.exit(1);
    });
  });
}
