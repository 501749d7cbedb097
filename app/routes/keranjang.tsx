import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { firstFormMessage, requestLocale, withDomainErrors } from "~/http/errors.server";
import { formatRupiah } from "~/modules/money/money";
import { getCart, setCartQuantity, UpdateCartSchema } from "~/modules/orders/cart.server";
import { getCartOwner } from "~/http/cart-cookie.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const owner = await getCartOwner(request);
  return { cart: await getCart(db, owner), signedIn: "userId" in owner };
}

export async function action({ request }: ActionFunctionArgs) {
  const owner = await getCartOwner(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const locale = requestLocale(request);
  return withDomainErrors(
    request,
    async () => {
      if (intent === "update" || intent === "remove") {
        const submission = parseWithZod(formData, { schema: UpdateCartSchema });
        if (submission.status !== "success") {
          return data({ error: firstFormMessage(request, submission) }, { status: 400 });
        }
        await setCartQuantity(db, {
          owner,
          variantId: submission.value.variantId,
          quantity: intent === "remove" ? 0 : submission.value.quantity,
        });
        return redirect("/keranjang");
      }
      return data(
        { error: translateErrorMessage("Permintaan tidak dikenal", locale) },
        { status: 400 },
      );
    },
    (failure) => ({ error: failure.message }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("cart.title")) }, { name: "robots", content: "noindex" }];
};

export default function CartPage() {
  const { cart, signedIn } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();

  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}

      {cart.groups.length === 0 ? (
        <div className="space-y-3">
          <p>{t("cart.empty")}</p>
          <Link to="/" className="btn-primary">
            {t("cart.browse")}
          </Link>
        </div>
      ) : (
        <>
          {cart.groups.map((group) => (
            <section
              key={group.seller.id}
              aria-labelledby={`toko-${group.seller.id}`}
              className="rounded-xl border border-stone-200 bg-white p-4"
            >
              <h2 id={`toko-${group.seller.id}`} className="font-semibold">
                <Link to={`/toko/${group.seller.slug}`}>
                  {t("cart.fromSeller", {
                    seller: group.seller.businessName,
                    desa: group.seller.desaName,
                  })}
                </Link>
              </h2>
              <ul className="mt-3 divide-y divide-stone-200">
                {group.lines.map((line) => (
                  <li key={line.variantId} className="flex gap-3 py-3">
                    {line.image ? (
                      <ResponsiveImage
                        image={line.image}
                        alt=""
                        sizes="64px"
                        className="h-16 w-16 shrink-0 rounded-lg object-cover"
                      />
                    ) : null}
                    <div className="min-w-0 flex-1 space-y-2">
                      <p>
                        <Link to={`/produk/${line.productSlug}`} className="font-medium">
                          {line.productTitle}
                        </Link>
                        <span className="block text-sm text-stone-600">
                          {line.variantName} · {formatRupiah(line.unitPrice)}
                        </span>
                      </p>
                      {!line.available ? (
                        <p className="text-sm font-medium text-red-800">
                          {t("cart.unavailable", { stock: line.stock })}
                        </p>
                      ) : null}
                      <div className="flex flex-wrap items-end gap-2">
                        <Form method="post" className="flex items-end gap-2">
                          <input type="hidden" name="variantId" value={line.variantId} />
                          <label className="w-20">
                            <span className="sr-only">
                              {t("cart.quantityOf", { title: line.productTitle })}
                            </span>
                            <input
                              type="number"
                              name="quantity"
                              min={1}
                              max={Math.max(1, line.stock)}
                              defaultValue={line.quantity}
                              inputMode="numeric"
                              className={inputClass}
                            />
                          </label>
                          <button
                            type="submit"
                            name="intent"
                            value="update"
                            className="btn-secondary"
                          >
                            {t("cart.update")}
                          </button>
                        </Form>
                        <Form method="post">
                          <input type="hidden" name="variantId" value={line.variantId} />
                          <input type="hidden" name="quantity" value="0" />
                          <button
                            type="submit"
                            name="intent"
                            value="remove"
                            className="btn-secondary"
                            aria-label={t("cart.removeItem", { title: line.productTitle })}
                          >
                            {t("cart.remove")}
                          </button>
                        </Form>
                      </div>
                    </div>
                    <p className="shrink-0 font-medium">{formatRupiah(line.lineTotal)}</p>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-right">
                {t("cart.subtotal")}: <strong>{formatRupiah(group.subtotal)}</strong>
              </p>
            </section>
          ))}
          <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
            <p className="flex justify-between text-lg">
              <span>{t("cart.total")}</span>
              <strong>{formatRupiah(cart.subtotal)}</strong>
            </p>
            {!cart.ready ? <p className="text-sm text-red-800">{t("cart.fixFirst")}</p> : null}
            {signedIn ? (
              cart.ready ? (
                <Link to="/checkout" className="btn-primary w-full">
                  {t("cart.checkout")}
                </Link>
              ) : null
            ) : (
              <Link
                to={`/masuk?${new URLSearchParams({ redirectTo: "/checkout" })}`}
                className="btn-primary w-full"
              >
                {t("cart.loginToCheckout")}
              </Link>
            )}
          </div>
        </>
      )}
    </div>
  );
}
