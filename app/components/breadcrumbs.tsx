import { Link } from "@remix-run/react";
import { useI18n } from "~/utils/use-i18n";

export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t("nav.breadcrumb")} className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link to="/" className="underline">
            {t("nav.home")}
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            {item.to ? (
              <Link to={item.to} className="underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
