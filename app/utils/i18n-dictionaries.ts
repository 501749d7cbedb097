import type { Locale, Messages } from "./i18n-keys";
import { en } from "./i18n-en";
import { id } from "./i18n-id";

/** Every language, for the server (the browser build gets i18n-dictionaries.client instead). */
export const dictionaries: Partial<Record<Locale, Messages>> = { id, en };

export async function loadMessages(_locale: Locale): Promise<void> {}
