import type { HeadersFunction } from "@remix-run/node";

// Remix keeps only Set-Cookie from an action's or error's headers unless a route passes others on.
const PASSED = ["Retry-After", "Cache-Control", "Connection"];

/** Passes a throttle's Retry-After and a refused body's Connection/Cache-Control through. */
export const passThroughHeaders: HeadersFunction = ({
  parentHeaders,
  loaderHeaders,
  actionHeaders,
  errorHeaders,
}) => {
  const headers = new Headers(parentHeaders);
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    for (const name of PASSED) {
      const value = source?.get(name);
      if (value) headers.set(name, value);
    }
  }
  return headers;
};
