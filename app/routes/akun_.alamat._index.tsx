import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { readForm } from "~/http/body.server";
import { withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireUser } from "~/http/session.server";
import {
  deleteAddress,
  listAddresses,
  MAX_ADDRESSES,
  setDefaultAddress,
} from "~/modules/accounts/addresses.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const addresses = await listAddresses(db, user.id);
  // Deleting asks first, on this page, so it works without JavaScript: ?hapus=<id>.
  const confirming = new URL(request.url).searchParams.get("hapus");
  return {
    addresses: addresses.map((a) => ({ ...a, phone: formatIndonesianPhone(a.phone) })),
    confirming: addresses.some((a) => a.id === confirming) ? confirming : null,
    max: MAX_ADDRESSES,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const id = String(formData.get("addressId") ?? "").slice(0, 40);
  return withDomainErrors(
    request,
    async () => {
      if (intent === "utama") {
        await setDefaultAddress(db, { id, userId: user.id });
        return redirectWithToast("/akun/alamat", { kind: "success", key: "address.defaultSet" });
      }
      if (intent === "hapus") {
        await deleteAddress(db, { id, userId: user.id });
        return redirectWithToast("/akun/alamat", { kind: "success", key: "address.deleted" });
      }
      return redirectWithToast("/akun/alamat", {
        kind: "error",
        message: "Permintaan tidak dikenal",
      });
    },
    (failure) => redirectWithToast("/akun/alamat", { kind: "error", message: failure.message }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("address.title")) }, { name: "robots", content: "noindex" }];
};

export default function AddressBookPage() {
  const { addresses, confirming, max } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p>
        <Link to="/akun" className="underline">
          ← {t("account.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("address.title")}</h1>
      <p className="text-stone-700">{t("address.intro")}</p>
      {addresses.length < max ? (
        <Link to="/akun/alamat/baru" className="btn-primary">
          {t("address.add")}
        </Link>
      ) : (
        <p className="text-sm text-stone-600">{t("address.limit", { max })}</p>
      )}
      {addresses.length === 0 ? <p>{t("address.empty")}</p> : null}
      <ul className="space-y-3">
        {addresses.map((a) => (
          <li key={a.id}>
            <article
              aria-labelledby={`alamat-${a.id}`}
              className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
            >
              <h2 id={`alamat-${a.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
                {a.label}
                {a.isDefault ? (
                  <span className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
                    {t("address.default")}
                  </span>
                ) : null}
              </h2>
              <p>
                {a.recipientName} · {a.phone}
              </p>
              <p className="text-stone-700">
                {a.detail}
                <br />
                {a.place}
                {a.postalCode ? ` ${a.postalCode}` : ""}
              </p>
              {confirming === a.id ? (
                <Form method="post" className="space-y-2 rounded-lg bg-red-50 p-3" role="alert">
                  <p>{t("address.confirmDelete", { label: a.label })}</p>
                  <input type="hidden" name="addressId" value={a.id} />
                  <div className="flex flex-wrap gap-2">
                    <button type="submit" name="intent" value="hapus" className="btn-primary">
                      {t("address.confirmYes")}
                    </button>
                    <Link to="/akun/alamat" className="btn-secondary">
                      {t("address.cancel")}
                    </Link>
                  </div>
                </Form>
              ) : (
                <div className="flex flex-wrap gap-2">
                  <Link
                    to={`/akun/alamat/${a.id}`}
                    className="btn-secondary"
                    aria-label={`${t("address.edit")}: ${a.label}`}
                  >
                    {t("address.edit")}
                  </Link>
                  {a.isDefault ? null : (
                    <Form method="post">
                      <input type="hidden" name="addressId" value={a.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="utama"
                        className="btn-secondary"
                        aria-label={`${t("address.makeDefault")}: ${a.label}`}
                      >
                        {t("address.makeDefault")}
                      </button>
                    </Form>
                  )}
                  <Link
                    to={`/akun/alamat?hapus=${a.id}`}
                    className="btn-secondary"
                    aria-label={`${t("address.delete")}: ${a.label}`}
                  >
                    {t("address.delete")}
                  </Link>
                </div>
              )}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
