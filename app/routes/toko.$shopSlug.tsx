import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LegalityBadges } from "~/components/legality-badges";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-card";
import { SortForm } from "~/components/sort-form";
import { parseListingQuery } from "~/modules/catalog/listing-query.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { formatDate, formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { whatsappLink } from "~/utils/whatsapp";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const shop = await storefront.shop(db, params.shopSlug ?? "");
  invariantResponse(shop, "Toko tidak ditemukan", { status: 404 });
  const query = parseListingQuery(new URL(request.url));
  const products = await storefront.products(db, { sellerId: shop.id, ...query });
  return { shop, products, sort: query.sort };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  if (!data) return [{ title: pageTitle(t, t("error.notFoundTitle")) }];
  return [
    { title: pageTitle(t, data.shop.businessName) },
    { name: "description", content: data.shop.description.slice(0, 160) },
  ];
};

export default function ShopPage() {
  const { shop, products, sort } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const kindLabel = shop.desa.kind === "KELURAHAN" ? t("region.kelurahan") : t("region.desa");
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: shop.kecamatan.name, to: `/kecamatan/${shop.kecamatan.slug}` },
          { label: shop.businessName },
        ]}
      />
      <header className="mb-6 space-y-2 rounded-xl border border-stone-200 bg-white p-4">
        <h1 className="text-2xl font-bold">{t("shop.title", { name: shop.businessName })}</h1>
        <p className="text-sm text-stone-700">
          {kindLabel}{" "}
          <Link to={`/kecamatan/${shop.kecamatan.slug}/${shop.desa.slug}`} className="underline">
            {shop.desa.name}
          </Link>
          , Kec.{" "}
          <Link to={`/kecamatan/${shop.kecamatan.slug}`} className="underline">
            {shop.kecamatan.name}
          </Link>{" "}
          · {t(`sector.${shop.sector}`)}
        </p>
        <p className="text-sm text-stone-600">
          {t("shop.owner", { name: shop.ownerName })} ·{" "}
          {t("shop.since", { date: formatDate(locale, shop.createdAt) })}
        </p>
        <LegalityBadges badges={shop.badges} />
        {shop.description ? <p className="text-stone-800">{shop.description}</p> : null}
        <a
          href={whatsappLink(
            shop.whatsapp,
            t("shop.whatsappMessage", { seller: shop.businessName }),
          )}
          className="btn-primary"
          rel="noopener noreferrer"
          target="_blank"
        >
          {t("product.whatsapp")}
        </a>
      </header>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-xl font-semibold">
          {t("shop.products", { count: formatNumber(locale, products.total) })}
        </h2>
        <SortForm sort={sort} />
      </div>
      {products.items.length === 0 ? (
        <p>{t("shop.empty")}</p>
      ) : (
        <ProductGrid products={products.items} />
      )}
      <Pagination page={products.page} pageCount={products.pageCount} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/" />;
}
