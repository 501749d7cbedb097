import type { ServerBuild } from "@remix-run/node";
import type express from "express";
import { serverTimingHeader, timeLoader, withTimings } from "../app/utils/timing.server";

/** Measures each request and names where its time went in a `Server-Timing` header. */
export const serverTimingMiddleware: express.RequestHandler = (_req, res, next) => {
  withTimings((timings) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: express.Response, ...args: unknown[]) {
      if (!this.headersSent) this.setHeader("Server-Timing", serverTimingHeader(timings));
      return (writeHead as (...a: unknown[]) => express.Response).apply(this, args);
    } as typeof res.writeHead;
    next();
  });
};

/** The same build with every route loader timed. */
export function withTimedLoaders(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const loader = route.module.loader;
    routes[id] = loader
      ? {
          ...route,
          module: {
            ...route.module,
            loader: (args) => timeLoader(id, async () => loader(args)),
          },
        }
      : route;
  }
  return { ...build, routes };
}
