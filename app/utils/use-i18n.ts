import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { createTranslator, DEFAULT_LOCALE, type Locale, type Translate } from "./i18n";

/** The request's locale and translator, from the root loader (Indonesian when unavailable). */
export function useI18n(): { locale: Locale; t: Translate } {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const t = useMemo(() => createTranslator(locale), [locale]);
  return { locale, t };
}
