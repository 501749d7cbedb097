import type { ServerBuild } from "@remix-run/node";
import { domainErrorResponse } from "../app/http/errors.server";
import { isDomainError } from "../app/utils/errors";

type Handler = NonNullable<ServerBuild["routes"][string]["module"]["loader"]>;

function answering(handler: Handler): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (isDomainError(error)) throw domainErrorResponse(args.request, error);
      throw error;
    }
  };
}

/**
 * The same build, with a DomainError that escapes a loader or action answered by its own status
 * (404, 409, 429…) and message, so the error boundary shows what happened rather than a 500.
 */
export function withDomainErrorResponses(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const { loader, action } = route.module;
    routes[id] = {
      ...route,
      module: {
        ...route.module,
        ...(loader ? { loader: answering(loader) } : {}),
        ...(action ? { action: answering(action) } : {}),
      },
    };
  }
  return { ...build, routes };
}
