import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "~/utils/use-i18n";

/** Previous/next links that keep the other query parameters. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = useI18n();
  const location = useLocation();
  if (pageCount <= 1) return null;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    if (p === 1) params.delete("page");
    else params.set("page", String(p));
    const qs = params.toString();
    return qs ? `${location.pathname}?${qs}` : location.pathname;
  };
  return (
    <nav
      aria-label={t("pagination.label")}
      className="mt-6 flex items-center justify-between gap-2"
    >
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="btn-secondary">
          ← {t("pagination.prev")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">
        {t("pagination.page", { page, pages: pageCount })}
      </span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="btn-secondary">
          {t("pagination.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
