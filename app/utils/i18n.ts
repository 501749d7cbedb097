/**
 * Two languages, rendered on the server. Bahasa Indonesia is the default; English is the
 * second. A typed dictionary keeps every key present in both languages (the compiler checks
 * the English table, i18n-en, against the Indonesian one, i18n-id) and ships no i18n runtime to
 * the browser, which loads only the page's language (i18n-dictionaries.client).
 */
import { dictionaries } from "./i18n-dictionaries";
import { DEFAULT_LOCALE, LOCALES, type Locale, type MessageKey } from "./i18n-keys";

export { DEFAULT_LOCALE, LOCALES, type Locale, type MessageKey, type Messages } from "./i18n-keys";
export const LOCALE_COOKIE = "lang";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function createTranslator(locale: Locale): Translate {
  // In the browser only the page's language is loaded (i18n-dictionaries.client).
  const messages =
    dictionaries[locale] ?? dictionaries[DEFAULT_LOCALE] ?? Object.values(dictionaries)[0];
  if (!messages) throw new Error("No messages loaded");
  return (key, values) => {
    const template = messages[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

/** Reads the locale from the `lang` cookie; anything else falls back to Indonesian. */
export function getLocaleFromCookieHeader(cookieHeader: string | null): Locale {
  if (!cookieHeader) return DEFAULT_LOCALE;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === LOCALE_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return isLocale(value) ? value : DEFAULT_LOCALE;
    }
  }
  return DEFAULT_LOCALE;
}

/**
 * Formatting lives in ./format. These names stay re-exported only for the pages still importing
 * them from here (orders, search, product and order pages); new code imports ./format.
 */
