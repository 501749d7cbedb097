import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-card";
import { SortForm } from "~/components/sort-form";
import { parseListingQuery } from "~/modules/catalog/listing-query.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const category = await storefront.category(db, params.categorySlug ?? "");
  invariantResponse(category, "Kategori tidak ditemukan", { status: 404 });
  const query = parseListingQuery(new URL(request.url));
  const products = await storefront.products(db, { categoryId: category.id, ...query });
  return { category, products, sort: query.sort };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  if (!data) return [{ title: pageTitle(t, t("error.notFoundTitle")) }];
  const root = matches.find((m) => m.id === "root")?.data as { locale?: string } | undefined;
  const name = root?.locale === "en" ? data.category.nameEn : data.category.nameId;
  return [{ title: pageTitle(t, t("category.title", { name })) }];
};

export default function CategoryPage() {
  const { category, products, sort } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const name = locale === "en" ? category.nameEn : category.nameId;
  return (
    <div>
      <Breadcrumbs items={[{ label: name }]} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("category.title", { name })}</h1>
          <p className="text-sm text-stone-600">
            {t("category.count", { count: formatNumber(locale, products.total) })}
          </p>
        </div>
        <SortForm sort={sort} />
      </div>
      {products.items.length === 0 ? (
        <p>{t("category.empty")}</p>
      ) : (
        <ProductGrid products={products.items} priorityCount={4} />
      )}
      <Pagination page={products.page} pageCount={products.pageCount} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/" />;
}
