import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { DomainError } from "../app/utils/errors";
import { LOCALE_COOKIE } from "../app/utils/i18n";
import { withDomainErrorResponses } from "./domain-errors";

type Handler = (args: { request: Request }) => Promise<unknown>;

function buildWith(modules: Record<string, { loader?: Handler; action?: Handler }>): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(modules).map(([id, module]) => [id, { id, path: id, module }]),
  );
  return { routes } as unknown as ServerBuild;
}

const request = (cookie?: string) =>
  new Request("http://localhost/x", { headers: cookie ? { Cookie: cookie } : {} });

async function thrownBy(promise: unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function run(build: ServerBuild, id: string, kind: "loader" | "action", req: Request) {
  const handler = build.routes[id]!.module[kind] as unknown as Handler;
  return handler({ request: req });
}

describe("withDomainErrorResponses", () => {
  const build = withDomainErrorResponses(
    buildWith({
      missing: {
        loader: async () => {
          throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
        },
      },
      changed: {
        action: async () => {
          throw new DomainError("CONFLICT", "Pesanan tidak ditemukan");
        },
      },
      throttled: {
        action: async () => {
          throw new DomainError("RATE_LIMITED", "Pesanan tidak ditemukan", {
            retryAfterSeconds: 30,
          });
        },
      },
      broken: {
        loader: async () => {
          throw new TypeError("a bug");
        },
      },
      fine: { loader: async () => ({ ok: true }) },
      foreign: {
        // A DomainError from the other bundle's copy of the module: same name and code.
        loader: async () => {
          throw Object.assign(new Error("Pesanan tidak ditemukan"), {
            name: "DomainError",
            code: "NOT_FOUND",
          });
        },
      },
    }),
  );

  it("answers an escaped domain error with its status and message", async () => {
    const response = (await thrownBy(run(build, "missing", "loader", request()))) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: "Pesanan tidak ditemukan", locale: "id" });
    const conflict = (await thrownBy(run(build, "changed", "action", request()))) as Response;
    expect(conflict.status).toBe(409);
  });

  it("speaks the reader's language", async () => {
    const response = (await thrownBy(
      run(build, "missing", "loader", request(`${LOCALE_COOKIE}=en`)),
    )) as Response;
    expect(await response.json()).toEqual({ message: "Order not found", locale: "en" });
  });

  it("says when to try again after a throttle", async () => {
    const response = (await thrownBy(run(build, "throttled", "action", request()))) as Response;
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("30");
  });

  it("recognises a domain error from another copy of the module", async () => {
    const response = (await thrownBy(run(build, "foreign", "loader", request()))) as Response;
    expect(response.status).toBe(404);
  });

  it("leaves other errors and results alone", async () => {
    const error = await thrownBy(run(build, "broken", "loader", request()));
    expect(error).toBeInstanceOf(TypeError);
    expect(await run(build, "fine", "loader", request())).toEqual({ ok: true });
    expect(build.routes.fine!.module.action).toBeUndefined();
  });
});
