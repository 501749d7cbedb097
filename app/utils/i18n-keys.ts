/** The languages and the message keys (the Indonesian table's), shared by every i18n module. */
import type { id } from "./i18n-id";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;
