import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { Highlighted } from "~/components/highlighted";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-card";
import { ResponsiveImage } from "~/components/responsive-image";
import { requestLocale } from "~/http/errors.server";
import { formatRupiah } from "~/modules/money/money";
import { parseSearchParams } from "~/modules/search/search-params.server";
import { searchProducts } from "~/modules/search/search.server";
import { SEARCH_SORTS, type SearchQuery, type SearchResult } from "~/modules/search/types";
import { regionNames } from "~/modules/regions/regions.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { getEnv } from "~/utils/env.server";
import { formatNumber } from "~/utils/format";
import type { Translate } from "~/utils/i18n";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import type { ProductCard } from "~/modules/catalog/catalog.server";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const locale = requestLocale(request);
    const invalid = parsed.issues.map((issue) => ({
      ...issue,
      message: translateErrorMessage(issue.message, locale),
    }));
    return Response.json({ invalid }, { status: 400 }) as unknown as LoaderData;
  }
  const query = parsed.query;
  const [result, categories] = await Promise.all([
    searchProducts(db, query),
    storefront.categories(db),
  ]);
  const codes = [...Object.keys(result.facets.kecamatan), ...Object.keys(result.facets.desa)];
  if (query.kecamatan) codes.push(query.kecamatan);
  if (query.desa) codes.push(query.desa);
  const regions = await regionNames(db, codes);
  const popular =
    result.total === 0
      ? await storefront.featured(db, {
          now: new Date(),
          timeZone: getEnv().APP_TIME_ZONE,
          count: 8,
        })
      : [];
  return {
    invalid: null,
    query,
    result,
    categoryNames: Object.fromEntries(
      categories.map((c) => [c.slug, { id: c.nameId, en: c.nameEn }]),
    ),
    regionNames: Object.fromEntries(regions.map((r) => [r.code, r.name])),
    popular,
  };
}

type LoaderData = {
  invalid: { param: string; message: string }[] | null;
  query: SearchQuery;
  result: SearchResult;
  categoryNames: Record<string, { id: string; en: string }>;
  regionNames: Record<string, string>;
  popular: ProductCard[];
};

export const meta: MetaFunction = ({ matches, location }) => {
  const t = metaTranslator(matches);
  const q = new URLSearchParams(location.search).get("q");
  return [
    { title: pageTitle(t, q ? t("search.titleFor", { q }) : t("search.title")) },
    { name: "robots", content: "noindex" },
  ];
};

const FILTER_KEYS = [
  "category",
  "kecamatan",
  "desa",
  "minPrice",
  "maxPrice",
  "halal",
  "nib",
  "pirt",
  "inStock",
] as const;

function useHref() {
  const location = useLocation();
  return (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(location.search);
    params.delete("page");
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    for (const [key, value] of [...params]) if (value === "") params.delete(key);
    const qs = params.toString();
    return qs ? `/cari?${qs}` : "/cari";
  };
}

function FacetList({
  title,
  counts,
  param,
  active,
  label,
}: {
  title: string;
  counts: Record<string, number>;
  param: string;
  active?: string;
  label: (value: string) => string;
}) {
  const href = useHref();
  const { locale } = useI18n();
  const entries = Object.entries(counts).sort(
    (a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])),
  );
  if (entries.length === 0) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">{title}</legend>
      <ul className="max-h-64 space-y-1 overflow-y-auto pr-1">
        {entries.map(([value, count]) => {
          const selected = active === value;
          return (
            <li key={value}>
              <Link
                to={href({
                  [param]: selected ? null : value,
                  ...(param === "kecamatan" && !selected ? { desa: null } : {}),
                })}
                aria-current={selected ? "true" : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded px-2 py-1 text-sm md:min-h-0 ${selected ? "bg-brand-100 font-semibold text-brand-900" : "text-stone-800"}`}
              >
                <span>{label(value)}</span>
                <span className="text-stone-600">{formatNumber(locale, count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function filterLabel(
  t: Translate,
  key: (typeof FILTER_KEYS)[number],
  value: string,
  names: (code: string) => string,
) {
  switch (key) {
    case "category":
    case "kecamatan":
    case "desa":
      return names(value);
    case "minPrice":
      return `≥ ${formatRupiah(Number(value))}`;
    case "maxPrice":
      return `≤ ${formatRupiah(Number(value))}`;
    default:
      return t(`search.${key}`);
  }
}

export default function SearchPage() {
  const data = useLoaderData<LoaderData>();
  const { locale, t } = useI18n();
  const href = useHref();
  const location = useLocation();

  if (data.invalid) {
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
        <h1 className="text-xl font-semibold">{t("search.title")}</h1>
        <p className="mt-2">{t("search.invalid")}</p>
        <ul className="mt-2 list-disc pl-6">
          {data.invalid.map((issue) => (
            <li key={issue.param}>
              <code>{issue.param}</code>: {issue.message}
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link to="/cari" className="underline">
            {t("search.clearFilters")}
          </Link>
        </p>
      </div>
    );
  }

  const { query, result, categoryNames, regionNames, popular } = data;
  const nameOf = (code: string) =>
    categoryNames[code]
      ? locale === "en"
        ? categoryNames[code].en
        : categoryNames[code].id
      : (regionNames[code] ?? code);
  const params = new URLSearchParams(location.search);
  const active = FILTER_KEYS.filter((k) => params.get(k));

  return (
    <div>
      <Breadcrumbs items={[{ label: t("search.title") }]} />
      <h1 className="text-2xl font-bold">
        {query.q ? t("search.titleFor", { q: query.q }) : t("search.title")}
      </h1>
      <p className="text-sm text-stone-600">
        {t("search.count", { count: formatNumber(locale, result.total) })}
      </p>

      {active.length > 0 ? (
        <section
          aria-label={t("search.activeFilters")}
          className="mt-3 flex flex-wrap items-center gap-2"
        >
          {active.map((key) => {
            const name = filterLabel(t, key, params.get(key)!, nameOf);
            return (
              <Link
                key={key}
                to={href({ [key]: null })}
                aria-label={t("search.removeFilter", { name })}
                className="badge min-h-11 bg-brand-100 px-3 text-sm text-brand-900 md:min-h-8"
              >
                {name} <span aria-hidden="true">×</span>
              </Link>
            );
          })}
          <Link
            to={href(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
            className="inline-flex min-h-11 items-center text-sm underline md:min-h-8"
          >
            {t("search.clearFilters")}
          </Link>
        </section>
      ) : null}

      <div className="mt-3 grid items-start gap-4 md:mt-6 md:grid-cols-[16rem_1fr] md:gap-6">
        {/* On a phone the results come first and the filters wait behind one row; on a wide
            screen they stand open beside the results (see .filters-disclosure). */}
        <details className="filters-disclosure rounded-lg border border-stone-200 bg-white md:border-0 md:bg-transparent">
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 font-medium">
            {t("search.filterToggle")}
            {active.length > 0 ? (
              <span className="badge bg-brand-100 text-brand-900">
                {formatNumber(locale, active.length)}
              </span>
            ) : null}
          </summary>
          <aside aria-label={t("search.filters")} className="space-y-5 px-3 pb-3 md:p-0">
            <FacetList
              title={t("search.category")}
              counts={result.facets.category}
              param="category"
              active={query.category}
              label={nameOf}
            />
            <FacetList
              title={t("search.kecamatan")}
              counts={result.facets.kecamatan}
              param="kecamatan"
              active={query.kecamatan}
              label={nameOf}
            />
            {query.kecamatan || query.desa ? (
              <FacetList
                title={t("search.desa")}
                counts={result.facets.desa}
                param="desa"
                active={query.desa}
                label={nameOf}
              />
            ) : null}
            {/* The words come from the header's search box; this form changes the rest. */}
            <Form method="get" action="/cari" className="space-y-3">
              {["q", "category", "kecamatan", "desa"].map((k) =>
                params.get(k) ? (
                  <input key={k} type="hidden" name={k} value={params.get(k)!} />
                ) : null,
              )}
              <label className="block text-sm">
                <span className="font-semibold">{t("sort.label")}</span>
                <select
                  name="sort"
                  defaultValue={query.sort}
                  className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2"
                >
                  {SEARCH_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {s === "relevance" ? t("search.sort.relevance") : t(`sort.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <PriceAndBadges query={query} facets={result.facets} />
              <button type="submit" className="btn-primary w-full">
                {t("search.apply")}
              </button>
            </Form>
          </aside>
        </details>

        <section aria-label={t("search.resultsRegion")}>
          {result.total === 0 ? (
            <div className="space-y-4">
              <p className="text-lg">{t("search.empty")}</p>
              <p>{t("search.emptyWithFilters")}</p>
              {active.length > 0 ? (
                <Link
                  to={href(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
                  className="btn-secondary"
                >
                  {t("search.clearFilters")}
                </Link>
              ) : null}
              {popular.length > 0 ? (
                <>
                  <h2 className="pt-4 text-xl font-semibold">{t("search.popular")}</h2>
                  <ProductGrid products={popular} />
                </>
              ) : null}
            </div>
          ) : (
            <>
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                {result.hits.map((hit, i) => (
                  <li key={hit.id}>
                    <article className="flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
                      <Link
                        to={`/produk/${hit.slug}`}
                        className="block text-inherit hover:no-underline"
                      >
                        <div className="aspect-square bg-stone-100">
                          {hit.image ? (
                            <ResponsiveImage
                              image={{ ...hit.image, alt: "" }}
                              alt={t("product.photoOf", { title: hit.title })}
                              sizes="(min-width: 768px) 220px, 48vw"
                              className="h-full w-full object-cover"
                              priority={i < 4}
                            />
                          ) : null}
                        </div>
                        <div className="space-y-1 p-3">
                          <h2 className="line-clamp-2 text-sm font-medium text-stone-900">
                            <Highlighted parts={hit.highlight} />
                          </h2>
                          <p className="font-semibold text-brand-800">{formatRupiah(hit.price)}</p>
                        </div>
                      </Link>
                      <p className="mt-auto px-3 pb-3 text-xs text-stone-600">
                        <Link to={`/toko/${hit.sellerSlug}`} className="text-stone-700 underline">
                          {hit.sellerName}
                        </Link>{" "}
                        · {hit.desa}, {hit.kecamatan}
                        {!hit.inStock ? (
                          <span className="block font-medium text-red-800">
                            {t("product.outOfStock")}
                          </span>
                        ) : null}
                      </p>
                    </article>
                  </li>
                ))}
              </ul>
              <Pagination page={result.page} pageCount={result.pageCount} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function PriceAndBadges({ query, facets }: { query: SearchQuery; facets: SearchResult["facets"] }) {
  const { locale, t } = useI18n();
  const badges = [
    ["halal", facets.halal],
    ["nib", facets.nib],
    ["pirt", facets.pirt],
    ["inStock", facets.inStock],
  ] as const;
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("search.price")}</legend>
        <label className="block text-sm">
          {t("search.minPrice")}
          <input
            type="number"
            name="minPrice"
            min={0}
            step={500}
            inputMode="numeric"
            defaultValue={query.minPrice}
            placeholder={facets.price ? String(facets.price.min) : undefined}
            className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2"
          />
        </label>
        <label className="block text-sm">
          {t("search.maxPrice")}
          <input
            type="number"
            name="maxPrice"
            min={0}
            step={500}
            inputMode="numeric"
            defaultValue={query.maxPrice}
            placeholder={facets.price ? String(facets.price.max) : undefined}
            className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2"
          />
        </label>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("search.badges")}</legend>
        {badges.map(([key, count]) => (
          <label key={key} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={key}
              value="1"
              defaultChecked={query[key] === true}
              className="h-5 w-5"
            />
            <span>
              {t(`search.${key}`)}{" "}
              <span className="text-stone-600">({formatNumber(locale, count)})</span>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
