import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { db } from "~/utils/db.server";
import { formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader() {
  return { kecamatan: await storefront.kecamatanList(db) };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("region.kecamatanIndex")) }];
};

export default function KecamatanIndex() {
  const { kecamatan } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div>
      <Breadcrumbs items={[{ label: t("nav.regions") }]} />
      <h1 className="mb-4 text-2xl font-bold">{t("region.kecamatanIndex")}</h1>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {kecamatan.map((k) => (
          <li key={k.code}>
            <Link
              to={`/kecamatan/${k.slug}`}
              className="flex items-center justify-between rounded-lg border border-stone-200 bg-white px-3 py-3 text-stone-900"
            >
              <span className="font-medium">{k.name}</span>
              <span className="text-xs text-stone-600">
                {t("region.sellerCount", { count: formatNumber(locale, k.sellerCount) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/kecamatan" />;
}
