import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LegalityBadges } from "~/components/legality-badges";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const kecamatan = await storefront.kecamatan(db, params.kecamatanSlug ?? "");
  invariantResponse(kecamatan, "Kecamatan tidak ditemukan", { status: 404 });
  const sellers = await storefront.sellersIn(
    db,
    kecamatan.desa.map((d) => d.code),
  );
  return { kecamatan, sellers };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  if (!data) return [{ title: pageTitle(t, t("error.notFoundTitle")) }];
  return [{ title: pageTitle(t, t("region.kecamatanTitle", { name: data.kecamatan.name })) }];
};

export default function KecamatanPage() {
  const { kecamatan, sellers } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs
          items={[{ label: t("nav.regions"), to: "/kecamatan" }, { label: kecamatan.name }]}
        />
        <h1 className="text-2xl font-bold">
          {t("region.kecamatanTitle", { name: kecamatan.name })}
        </h1>
      </div>
      <section aria-labelledby="desa">
        <h2 id="desa" className="mb-3 text-xl font-semibold">
          {t("region.desaList")}
        </h2>
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {kecamatan.desa.map((d) => (
            <li key={d.code}>
              <Link
                to={`/kecamatan/${kecamatan.slug}/${d.slug}`}
                className="flex items-center justify-between rounded-lg border border-stone-200 bg-white px-3 py-2 text-stone-900"
              >
                <span>
                  <span className="font-medium">{d.name}</span>{" "}
                  <span className="text-xs text-stone-600">
                    ({d.kind === "KELURAHAN" ? t("region.kelurahan") : t("region.desa")})
                  </span>
                </span>
                <span className="text-xs text-stone-600">
                  {t("region.sellerCount", { count: formatNumber(locale, d.sellerCount) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="umkm">
        <h2 id="umkm" className="mb-3 text-xl font-semibold">
          {t("region.sellers", { name: kecamatan.name })}
        </h2>
        {sellers.length === 0 ? (
          <p>{t("region.noSellers")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {sellers.map((s) => (
              <li key={s.slug} className="rounded-lg border border-stone-200 bg-white p-3">
                <Link to={`/toko/${s.slug}`} className="font-medium">
                  {s.businessName}
                </Link>
                <p className="text-xs text-stone-600">
                  {s.desaName} · {t(`sector.${s.sector}`)} ·{" "}
                  {t("region.productCount", { count: formatNumber(locale, s.productCount) })}
                </p>
                <div className="mt-1">
                  <LegalityBadges badges={s.badges} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/kecamatan" />;
}
