import type { Locale, Messages } from "./i18n-keys";

/**
 * The browser's messages: only the page's language, loaded before hydration (entry.client), so
 * a visitor downloads one language. Switching language reloads the document.
 */
export const dictionaries: Partial<Record<Locale, Messages>> = {};

export async function loadMessages(locale: Locale): Promise<void> {
  dictionaries[locale] ??=
    locale === "en" ? (await import("./i18n-en")).en : (await import("./i18n-id")).id;
}
