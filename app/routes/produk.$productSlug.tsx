import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LegalityBadges } from "~/components/legality-badges";
import { ProductGrid } from "~/components/product-card";
import { ResponsiveImage } from "~/components/responsive-image";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { getCartOwner, newCartHeaders } from "~/http/cart-cookie.server";
import { firstFormMessage, requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { formatRupiah, formatRupiahRange } from "~/modules/money/money";
import { addToCart, AddToCartSchema } from "~/modules/orders/cart.server";
import { listProductReviews } from "~/modules/orders/reviews.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { invariantResponse } from "~/http/responses";
import { formatDate, formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import { whatsappLink } from "~/utils/whatsapp";
import { storefront } from "~/modules/catalog/storefront.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const product = await storefront.product(db, params.productSlug ?? "");
  invariantResponse(product, "Produk tidak ditemukan", { status: 404 });
  const [more, reviews] = await Promise.all([
    storefront.products(db, { sellerId: product.seller.id, pageSize: 9 }),
    listProductReviews(db, { productId: product.id }),
  ]);
  return { product, reviews, more: more.items.filter((p) => p.id !== product.id).slice(0, 8) };
}

/**
 * Adding to the cart posts to this page, so a refusal (more than the stock, a variant sold out in
 * the meantime) is shown next to the quantity with the buyer's choice kept; success goes on to
 * the cart, as adding from the cart page's own action does.
 */
export async function action({ request }: ActionFunctionArgs) {
  const owner = await getCartOwner(request);
  const formData = await readForm(request);
  const locale = requestLocale(request);
  // What the buyer chose, to show again with the message.
  const chosen = {
    variantId: String(formData.get("variantId") ?? "").slice(0, 40),
    quantity: String(formData.get("quantity") ?? "").slice(0, 6),
  };
  if (formData.get("intent") !== "add") {
    return data(
      { error: translateErrorMessage("Permintaan tidak dikenal", locale), ...chosen },
      { status: 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: AddToCartSchema });
  if (submission.status !== "success") {
    return data({ error: firstFormMessage(request, submission), ...chosen }, { status: 400 });
  }
  return withDomainErrors(
    request,
    async () => {
      const added = await addToCart(db, { owner, ...submission.value });
      const headers = await newCartHeaders(owner, added.token);
      return redirectWithToast("/keranjang", { kind: "success", key: "cart.added" }, { headers });
    },
    (failure) => ({ error: failure.message, ...chosen }),
  );
}

/** The phone's add-to-cart bar is fixed to the bottom: the layout leaves room for it. */
export const handle = { bottomBar: true };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  if (!data) return [{ title: pageTitle(t, t("error.notFoundTitle")) }];
  return [
    { title: pageTitle(t, data.product.title) },
    { name: "description", content: data.product.description.slice(0, 160) },
  ];
};

/** True once the page runs its scripts: until then it shows what holds for any variant. */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function ProductPage() {
  const { product, more, reviews } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const hydrated = useHydrated();
  const prices = product.variants.map((v) => v.price);
  const inStock = product.variants.filter((v) => v.stock > 0);
  const chosenId =
    inStock.find((v) => v.id === actionData?.variantId)?.id ?? inStock[0]?.id ?? null;
  const [selectedId, setSelectedId] = useState(chosenId);
  const selected = inStock.find((v) => v.id === selectedId) ?? inStock[0];
  const priceText =
    prices.length > 0
      ? formatRupiahRange(Math.min(...prices), Math.max(...prices))
      : formatRupiah(product.price);
  // Without scripts the limit cannot follow the chosen variant: the largest stock holds, and the
  // server refuses more than the chosen variant has.
  const maxQuantity =
    hydrated && selected ? selected.stock : Math.max(0, ...inStock.map((v) => v.stock));
  const error = actionData?.error ?? null;
  const categoryName = locale === "en" ? product.category.nameEn : product.category.nameId;
  const kindLabel =
    product.seller.desa.kind === "KELURAHAN" ? t("region.kelurahan") : t("region.desa");
  const wa = whatsappLink(
    product.seller.whatsapp,
    t("product.whatsappMessage", { seller: product.seller.businessName, product: product.title }),
  );
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: categoryName, to: `/kategori/${product.category.slug}` },
          { label: product.title },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-label={t("product.photoOf", { title: product.title })}>
          {/* Focusable, so keyboard users can scroll the photos too. */}
          <ul
            className="flex snap-x snap-mandatory gap-2 overflow-x-auto"
            tabIndex={product.images.length > 1 ? 0 : undefined}
          >
            {product.images.map((image, i) => (
              <li key={image.storageKey} className="w-full shrink-0 snap-center">
                <ResponsiveImage
                  image={image}
                  alt={image.alt || `${t("product.photoOf", { title: product.title })} ${i + 1}`}
                  sizes="(min-width: 768px) 560px, 100vw"
                  className="aspect-square w-full rounded-xl object-cover"
                  priority={i === 0}
                />
              </li>
            ))}
          </ul>
        </section>

        <section className="space-y-4">
          <div>
            <h1 className="text-2xl font-bold">{product.title}</h1>
            <p className="mt-1 text-2xl font-semibold text-brand-800">{priceText}</p>
            <p className="mt-1 text-sm text-stone-600">
              {product.ratingAverage !== null
                ? t("product.rating", {
                    rating: formatNumber(locale, product.ratingAverage),
                    count: formatNumber(locale, product.ratingCount),
                  })
                : t("product.noRating")}
            </p>
          </div>

          <LegalityBadges badges={product.seller.badges} />

          <Form method="post" className="space-y-3">
            <input type="hidden" name="intent" value="add" />
            <fieldset>
              <legend className="mb-2 font-semibold">{t("product.variants")}</legend>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                {product.variants.map((v) => (
                  <li key={v.id}>
                    <label className="flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 py-2 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
                      <span className="flex items-center gap-2">
                        <input
                          type="radio"
                          name="variantId"
                          value={v.id}
                          defaultChecked={v.id === chosenId}
                          disabled={v.stock <= 0}
                          required
                          onChange={() => setSelectedId(v.id)}
                          className="h-5 w-5"
                        />
                        {v.name}
                      </span>
                      <span className="text-right">
                        <span className="block font-medium">{formatRupiah(v.price)}</span>
                        <span
                          className={`block text-xs ${v.stock > 0 ? "text-stone-600" : "font-medium text-red-800"}`}
                        >
                          {v.stock > 0
                            ? t("product.stock", { count: formatNumber(locale, v.stock) })
                            : t("product.outOfStock")}
                          {v.weightGrams > 0 ? (
                            <>
                              {" · "}
                              <span className="whitespace-nowrap">
                                {t("product.weight", {
                                  grams: formatNumber(locale, v.weightGrams),
                                })}
                              </span>
                            </>
                          ) : null}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {selected ? (
              // On a phone the quantity and the button stay at the bottom of the screen.
              <div className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white px-4 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)] md:static md:z-auto md:border-0 md:bg-transparent md:p-0 md:shadow-none">
                {error ? (
                  <p
                    id="jumlah-error"
                    role="alert"
                    className="mb-2 text-sm font-medium text-red-800"
                  >
                    {error}
                  </p>
                ) : null}
                <div className="flex items-end gap-2">
                  <p className="min-w-0 flex-1 md:hidden">
                    {hydrated ? (
                      <span className="block truncate text-xs text-stone-600">{selected.name}</span>
                    ) : null}
                    {hydrated || new Set(prices).size <= 1 ? (
                      <span className="block font-semibold leading-tight text-brand-800 max-[389px]:text-sm">
                        {hydrated ? formatRupiah(selected.price) : priceText}
                      </span>
                    ) : (
                      // Until the chosen variant is known, the range, small enough for two lines.
                      <span className="block text-xs font-semibold leading-tight text-brand-800">
                        {priceText}
                      </span>
                    )}
                  </p>
                  <label className="w-16 shrink-0 md:w-20">
                    <span className="block text-xs font-medium md:text-sm">
                      {t("cart.quantity")}
                    </span>
                    <input
                      type="number"
                      name="quantity"
                      min={1}
                      max={maxQuantity}
                      defaultValue={actionData?.quantity || 1}
                      inputMode="numeric"
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? "jumlah-error" : undefined}
                      // No spin buttons on a phone: the number needs the narrow field's width.
                      className={`${inputClass} max-md:px-2 max-md:[appearance:textfield] max-md:[&::-webkit-inner-spin-button]:appearance-none`}
                    />
                  </label>
                  <button
                    type="submit"
                    className="btn-primary shrink-0 px-3 max-[389px]:text-sm md:px-4"
                  >
                    {t("cart.add")}
                  </button>
                </div>
              </div>
            ) : null}
          </Form>

          <section
            aria-labelledby="penjual"
            className="rounded-xl border border-stone-200 bg-white p-4"
          >
            <h2
              id="penjual"
              className="text-sm font-semibold uppercase tracking-wide text-stone-600"
            >
              {t("product.seller")}
            </h2>
            <p className="mt-1 text-lg font-semibold">
              <Link to={`/toko/${product.seller.slug}`}>{product.seller.businessName}</Link>
            </p>
            <p className="text-sm text-stone-700">
              {kindLabel}{" "}
              <Link
                to={`/kecamatan/${product.seller.kecamatan.slug}/${product.seller.desa.slug}`}
                className="underline"
              >
                {product.seller.desa.name}
              </Link>
              , Kec.{" "}
              <Link to={`/kecamatan/${product.seller.kecamatan.slug}`} className="underline">
                {product.seller.kecamatan.name}
              </Link>
            </p>
            <a href={wa} className="btn-secondary mt-3" rel="noopener noreferrer" target="_blank">
              {t("product.whatsapp")}
            </a>
          </section>

          <div>
            <h2 className="mb-1 font-semibold">{t("product.description")}</h2>
            <p className="whitespace-pre-line text-stone-800">{product.description}</p>
          </div>
        </section>
      </div>

      {reviews.length > 0 ? (
        <section aria-labelledby="ulasan" className="mt-10">
          <h2 id="ulasan" className="mb-3 text-xl font-semibold">
            {t("product.reviews")}
          </h2>
          <ul className="space-y-3">
            {reviews.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-medium">
                  <span aria-label={t("order.stars", { count: r.rating })}>
                    {"★".repeat(r.rating)}
                    {"☆".repeat(5 - r.rating)}
                  </span>{" "}
                  · {r.reviewer} · {formatDate(locale, r.createdAt)}
                </p>
                <p className="text-sm text-stone-600">{r.variantName}</p>
                {r.body ? <p className="mt-1 whitespace-pre-line">{r.body}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {more.length > 0 ? (
        <section aria-labelledby="lainnya" className="mt-10">
          <h2 id="lainnya" className="mb-3 text-xl font-semibold">
            {t("product.moreFromShop")}
          </h2>
          <ProductGrid products={more} />
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/" />;
}
