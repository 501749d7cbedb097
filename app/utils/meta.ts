import { createTranslator, DEFAULT_LOCALE, isLocale, type Translate } from "./i18n";

/** A translator for `meta` functions, which cannot use hooks: reads the root loader's locale. */
export function metaTranslator(matches: readonly { id: string; data?: unknown }[]): Translate {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return createTranslator(isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE);
}

export function pageTitle(t: Translate, title?: string): string {
  return title ? `${title} · ${t("site.name")}` : `${t("site.name")} — ${t("site.tagline")}`;
}
