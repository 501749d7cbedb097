import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-card";
import { SortForm } from "~/components/sort-form";
import { parseListingQuery } from "~/modules/catalog/listing-query.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const desa = await storefront.desa(db, {
    kecamatanSlug: params.kecamatanSlug ?? "",
    desaSlug: params.desaSlug ?? "",
  });
  invariantResponse(desa, "Desa tidak ditemukan", { status: 404 });
  const query = parseListingQuery(new URL(request.url));
  const [products, sellers] = await Promise.all([
    storefront.products(db, { desaCode: desa.code, ...query }),
    storefront.sellersIn(db, [desa.code]),
  ]);
  return { desa, products, sellers, sort: query.sort };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  if (!data) return [{ title: pageTitle(t, t("error.notFoundTitle")) }];
  const kind = data.desa.kind === "KELURAHAN" ? t("region.kelurahan") : t("region.desa");
  return [{ title: pageTitle(t, t("region.desaTitle", { kind, name: data.desa.name })) }];
};

export default function DesaPage() {
  const { desa, products, sellers, sort } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const kind = desa.kind === "KELURAHAN" ? t("region.kelurahan") : t("region.desa");
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { label: t("nav.regions"), to: "/kecamatan" },
            { label: desa.kecamatan.name, to: `/kecamatan/${desa.kecamatan.slug}` },
            { label: desa.name },
          ]}
        />
        <h1 className="text-2xl font-bold">{t("region.desaTitle", { kind, name: desa.name })}</h1>
        <p className="text-sm text-stone-600">
          {t("region.desaSubtitle", { kecamatan: desa.kecamatan.name })}
        </p>
      </div>
      {sellers.length > 0 ? (
        <section aria-labelledby="umkm-desa">
          <h2 id="umkm-desa" className="mb-2 font-semibold">
            {t("region.sellersHere")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {sellers.map((s) => (
              <li key={s.slug}>
                <Link to={`/toko/${s.slug}`} className="btn-secondary">
                  {s.businessName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {products.items.length === 0 ? (
        <p>
          {t("region.desaEmpty", { kind, name: desa.name, kecamatan: desa.kecamatan.name })}{" "}
          <Link to={`/kecamatan/${desa.kecamatan.slug}`} className="underline">
            {desa.kecamatan.name}
          </Link>
        </p>
      ) : (
        <>
          <div className="flex justify-end">
            <SortForm sort={sort} />
          </div>
          <ProductGrid products={products.items} priorityCount={4} />
          <Pagination page={products.page} pageCount={products.pageCount} />
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/kecamatan" />;
}
