import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/utils/permissions.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const products = await db.product.findMany({
    where: { sellerId: seller.id },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      price: true,
      _count: { select: { images: true } },
      variants: { where: { isActive: true }, select: { stock: true } },
    },
  });
  return {
    seller,
    products: products.map((p) => ({ ...p, stock: p.variants.reduce((n, v) => n + v.stock, 0) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("manage.title", { name: data?.seller.businessName ?? "" })) }];
};

export default function ManageShop() {
  const { seller, products } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("manage.title", { name: seller.businessName })}</h1>
      {seller.verificationStatus === "PENDING" ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t("manage.pending")}
        </p>
      ) : seller.verificationStatus !== "VERIFIED" ? (
        <p role="status" className="rounded-lg bg-red-50 p-3 text-red-900">
          {t("manage.rejected")}
        </p>
      ) : (
        <Link to={`/toko/${seller.slug}`} className="underline">
          {t("manage.viewShop")}
        </Link>
      )}
      <nav aria-label={t("manage.sections")} className="flex flex-wrap gap-2">
        <Link to={`/kelola/${seller.id}/produk/baru`} className="btn-primary">
          {t("manage.addProduct")}
        </Link>
        <Link to={`/kelola/${seller.id}/pesanan`} className="btn-secondary">
          {t("manage.orders")}
        </Link>
        <Link to={`/kelola/${seller.id}/saldo`} className="btn-secondary">
          {t("manage.ledger")}
        </Link>
        <Link to={`/kelola/${seller.id}/pembayaran`} className="btn-secondary">
          {t("manage.paymentSettings")}
        </Link>
        <Link to={`/kelola/${seller.id}/pelatihan`} className="btn-secondary">
          {t("training.myTraining")}
        </Link>
        <Link to={`/kelola/${seller.id}/literasi`} className="btn-secondary">
          {t("manage.literacy")}
        </Link>
        <Link to={`/kelola/${seller.id}/buku-kas`} className="btn-secondary">
          {t("manage.cashbook")}
        </Link>
        <Link to={`/kelola/${seller.id}/laporan`} className="btn-secondary">
          {t("manage.statement")}
        </Link>
      </nav>
      {products.length === 0 ? <p>{t("manage.noProducts")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {products.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="font-medium">{p.title}</span> · {formatRupiah(p.price)} ·{" "}
              {t(`status.${p.status}`)} · {t("product.stock", { count: p.stock })}
            </span>
            <Link
              to={`/kelola/${seller.id}/produk/${p.id}`}
              className="btn-secondary"
              aria-label={`${t("manage.edit")} ${p.title}`}
            >
              {t("manage.edit")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
