import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE, isLocale } from "./utils/i18n";
import { loadMessages } from "./utils/i18n-dictionaries";

// The page's language only (the server rendered it into <html lang>).
const lang = document.documentElement.lang;
await loadMessages(isLocale(lang) ? lang : DEFAULT_LOCALE);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
