import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./i18n";

const SOURCES: Record<Locale, string> = { id: "app/utils/i18n-id.ts", en: "app/utils/i18n-en.ts" };
let hrefs: Partial<Record<Locale, string>> | undefined;

/**
 * The built chunk of a language's messages, which the browser loads before hydrating: named in
 * the page as a module preload so it arrives with the page's other scripts, not after them. Null
 * outside a production build (Vite serves the sources in development).
 */
export function messagesHref(locale: Locale): string | null {
  if (hrefs === undefined) {
    hrefs = {};
    if (process.env.NODE_ENV === "production") {
      try {
        const manifest = JSON.parse(
          fs.readFileSync(path.resolve("build/.vite/client-manifest.json"), "utf8"),
        ) as Record<string, { file?: string }>;
        for (const [locale, source] of Object.entries(SOURCES) as [Locale, string][]) {
          const file = manifest[source]?.file;
          if (file) hrefs[locale] = `/${file}`;
        }
      } catch {
        // No manifest: the browser still loads the messages, one round trip later.
      }
    }
  }
  return hrefs[locale] ?? null;
}
