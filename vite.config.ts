import { vitePlugin as remix } from "@remix-run/dev";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** The browser gets the page's language only: its build swaps in the loading dictionary module. */
function browserDictionaries(): Plugin {
  const server = path.resolve("app/utils/i18n-dictionaries.ts");
  return {
    name: "browser-dictionaries",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options?.ssr || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === server ? path.resolve("app/utils/i18n-dictionaries.client.ts") : null;
    },
  };
}

export default defineConfig({
  plugins: [
    browserDictionaries(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  build: {
    // Server bundles keep native and WASM packages external.
    target: "es2022",
    // build/.vite/client-manifest.json names each language's message chunk (i18n-assets.server).
    manifest: true,
    // SOURCEMAP=1 npm run build: source maps, to see what the client chunks hold.
    sourcemap: process.env.SOURCEMAP === "1",
  },
  ssr: {
    external: ["@prisma/client", "better-sqlite3", "sharp", "pg"],
  },
});
