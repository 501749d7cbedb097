import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { isBodyErrorKey } from "~/utils/body-errors";
import { createTranslator, isLocale, type MessageKey } from "~/utils/i18n";
import { useI18n } from "~/utils/use-i18n";

const PAGES: Record<number, { title: MessageKey; body: MessageKey }> = {
  404: { title: "error.notFoundTitle", body: "error.notFoundBody" },
  409: { title: "error.conflictTitle", body: "error.conflictBody" },
  429: { title: "error.rateLimitedTitle", body: "error.rateLimitedBody" },
};

/**
 * The error page every route segment shows: its status, what it means and, when a module refused
 * the request, its message (already in the reader's language). Inside a segment the page keeps the
 * segment's layout around it.
 */
export function RouteErrorBoundary({ home = "/" }: { home?: string }) {
  const error = useRouteError();
  const i18n = useI18n();
  const response = isRouteErrorResponse(error) ? error : null;
  const carried = (response?.data ?? null) as {
    locale?: unknown;
    message?: unknown;
    requestError?: unknown;
  } | null;
  // A refused request carries the reader's language: the root loader did not run for it.
  const t =
    isLocale(carried?.locale) && carried.locale !== i18n.locale
      ? createTranslator(carried.locale)
      : i18n.t;
  if (!response) console.error(error);
  const status = response?.status ?? 500;
  const refused = status >= 400 && status < 500;
  const page = PAGES[status];
  const title = page ? t(page.title) : refused ? t("error.requestTitle") : t("error.title");
  // A request refused for its body (400/413/415) names what to do about it.
  const body = isBodyErrorKey(carried?.requestError)
    ? t(`request.${carried.requestError}`)
    : typeof carried?.message === "string"
      ? carried.message
      : page
        ? t(page.body)
        : refused
          ? t("error.requestBody")
          : t("error.body");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <title>{`${title} · ${t("site.name")}`}</title>
      <p className="text-5xl font-bold text-brand-700">{status}</p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-600">{body}</p>
      <p className="mt-6">
        <Link to={home} className="btn-primary">
          {home === "/" ? t("error.backHome") : t("error.back")}
        </Link>
      </p>
    </div>
  );
}
