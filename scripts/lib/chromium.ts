/** Debian's Chromium, as the browser tests and benchmarks start it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless, in a sandboxless container, and quiet on the network: without the last three,
 * Chromium keeps calling home, and a closed network refuses it many times at every start.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
