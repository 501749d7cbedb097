import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-card";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader(_args: LoaderFunctionArgs) {
  const [featured, categories, kecamatan, stats] = await Promise.all([
    storefront.featured(db, { now: new Date(), timeZone: getEnv().APP_TIME_ZONE, count: 12 }),
    storefront.categories(db),
    storefront.kecamatanList(db),
    storefront.regencyStats(db),
  ]);
  return { featured, categories, kecamatan, stats };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t) }, { name: "description", content: t("site.tagline") }];
};

export default function Home() {
  const { featured, categories, kecamatan, stats } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-10">
      <section className="grid items-center gap-4 rounded-2xl bg-sogan-100 p-6 sm:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div>
          <p className="text-sm font-semibold text-sogan-700">{t("home.heroKicker")}</p>
          <h1 className="mt-1 text-2xl font-bold text-stone-900 sm:text-3xl">{t("home.hero")}</h1>
          <p className="mt-2 max-w-2xl text-stone-700">
            {t("home.heroBody", {
              sellers: formatNumber(locale, stats.sellers),
              desa: formatNumber(locale, stats.villages),
            })}
          </p>
          <a href="#kategori" className="btn-primary mt-4">
            {t("home.heroCta")}
          </a>
        </div>
        {/* Decoration: the text beside it already names these products. Width and height keep
            its space while it loads. */}
        <img src="/hero-banyuwangi.svg" alt="" width={480} height={320} className="h-auto w-full" />
      </section>

      <section aria-labelledby="pilihan">
        <h2 id="pilihan" className="text-xl font-semibold">
          {t("home.featured")}
        </h2>
        <p className="mb-3 text-sm text-stone-600">{t("home.featuredNote")}</p>
        <ProductGrid products={featured} priorityCount={4} />
      </section>

      <section aria-labelledby="kategori">
        <h2 id="kategori" className="mb-3 text-xl font-semibold">
          {t("home.categories")}
        </h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
          {categories.map((c) => (
            <li key={c.id}>
              <Link
                to={`/kategori/${c.slug}`}
                className="flex min-h-11 items-center justify-between rounded-lg border border-stone-200 bg-white px-3 py-2 text-stone-900"
              >
                <span>{locale === "en" ? c.nameEn : c.nameId}</span>
                <span className="text-xs text-stone-600">
                  {formatNumber(locale, c.productCount)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kecamatan">
        <h2 id="kecamatan" className="mb-3 text-xl font-semibold">
          {t("home.regions")}
        </h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
          {kecamatan.map((k) => (
            <li key={k.code}>
              <Link
                to={`/kecamatan/${k.slug}`}
                className="block rounded-lg border border-stone-200 bg-white px-3 py-2 text-stone-900"
              >
                <span className="block font-medium">{k.name}</span>
                <span className="text-xs text-stone-600">
                  {t("home.sellersInRegion", { count: formatNumber(locale, k.sellerCount) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
