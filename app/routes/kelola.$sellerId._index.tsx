import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { serviceLevelFigures } from "~/components/service-level";
import { formatRupiah } from "~/modules/money/money";
import { getSellerHome } from "~/modules/orders/seller-home.server";
import { db } from "~/utils/db.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  return { seller, home: await getSellerHome(db, { sellerId: seller.id }) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("manage.title", { name: data?.seller.businessName ?? "" })) }];
};

export default function ManageShop() {
  const { seller, home } = useLoaderData<typeof loader>();
  const { products } = home;
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
      <SellerTodo sellerId={seller.id} home={home} />
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
        <Link to={`/kelola/${seller.id}/mutasi`} className="btn-secondary">
          {t("statements.nav")}
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
        <Link to={`/kelola/${seller.id}/pajak`} className="btn-secondary">
          {t("tax.title")}
        </Link>
        <Link to={`/kelola/${seller.id}/laporan`} className="btn-secondary">
          {t("manage.statement")}
        </Link>
        <Link to={`/kelola/${seller.id}/legalitas`} className="btn-secondary">
          {t("legal.nav")}
        </Link>
        <Link to={`/kelola/${seller.id}/kur`} className="btn-secondary">
          {t("kur.nav")}
        </Link>
      </nav>
      {products.length === 0 ? <p>{t("manage.noProducts")}</p> : null}
      <ul
        id="produk"
        className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white"
      >
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

function SellerTodo({
  sellerId,
  home,
}: {
  sellerId: string;
  home: ReturnType<typeof useLoaderData<typeof loader>>["home"];
}) {
  const { locale, t } = useI18n();
  const { todo, service } = home;
  const figures = serviceLevelFigures(service, locale, t);
  const inbox = `/kelola/${sellerId}/pesanan`;
  const items = [
    {
      count: todo.newOrders,
      text: t("home.newOrders", { count: todo.newOrders }),
      to: `${inbox}?tab=baru`,
    },
    {
      count: todo.nearPackDeadline,
      text: t("home.nearDeadline", { count: todo.nearPackDeadline }),
      to: `${inbox}?tab=baru`,
      urgent: true,
    },
    {
      count: todo.receiptsToCheck,
      text: t("home.receipts", { count: todo.receiptsToCheck }),
      to: `${inbox}?tab=baru`,
    },
    {
      count: todo.toShip,
      text: t("home.toShip", { count: todo.toShip }),
      to: `${inbox}?tab=dikemas`,
    },
    {
      count: home.debts.receivable.overdue,
      text: t("home.overdueReceivables", { count: home.debts.receivable.overdue }),
      to: `/kelola/${sellerId}/buku-kas/utang-piutang`,
    },
    {
      count: home.debts.payable.overdue,
      text: t("home.overduePayables", { count: home.debts.payable.overdue }),
      to: `/kelola/${sellerId}/buku-kas/utang-piutang`,
      urgent: true,
    },
    {
      count: todo.outOfStock,
      text: t("home.outOfStock", { count: todo.outOfStock }),
      to: "#produk",
    },
  ].filter((i) => i.count > 0);
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <section
        aria-labelledby="tugas"
        className="space-y-2 rounded-xl border border-stone-200 bg-white p-4 md:col-span-3"
      >
        <h2 id="tugas" className="text-lg font-semibold">
          {t("home.todo")}
        </h2>
        {items.length === 0 ? (
          <p>{t("home.nothingToDo")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {items.map((item) => (
              <li key={item.text}>
                <Link
                  to={item.to}
                  className={`inline-flex min-h-11 items-center rounded-lg px-3 font-semibold no-underline ${
                    item.urgent ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950"
                  }`}
                >
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-stone-600">{t("home.packRule", { hours: home.packHours })}</p>
      </section>
      <section
        aria-labelledby="penjualan30"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="penjualan30" className="font-semibold">
          {t("home.sales30")}
        </h2>
        <p className="text-xl font-bold">
          {t("home.sales30Value", {
            amount: formatRupiah(home.sales30.amount),
            count: formatNumber(locale, home.sales30.orders),
          })}
        </p>
      </section>
      <section
        aria-labelledby="layanan"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="layanan" className="font-semibold">
          {t("home.service")}
        </h2>
        {service.measured === 0 ? (
          <p>{t("home.noServiceData")}</p>
        ) : (
          <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
            {[figures.medianPack, figures.onTime, figures.sellerCancelled].map((f) => (
              <Fragment key={f.label}>
                <dt>{f.label}</dt>
                <dd className="text-right font-semibold">{f.text}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </section>
      <section
        aria-labelledby="utang-piutang"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="utang-piutang" className="font-semibold">
          <Link to={`/kelola/${sellerId}/buku-kas/utang-piutang`} className="underline">
            {t("debts.title")}
          </Link>
        </h2>
        <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
          <dt>{t("debts.openReceivable")}</dt>
          <dd className="text-right font-semibold" data-testid="home-receivable">
            {formatRupiah(home.debts.receivable.open)}
          </dd>
          <dt>{t("debts.openPayable")}</dt>
          <dd className="text-right font-semibold">{formatRupiah(home.debts.payable.open)}</dd>
        </dl>
      </section>
      <section
        aria-labelledby="pelatihan-berikut"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="pelatihan-berikut" className="font-semibold">
          {t("home.nextTraining")}
        </h2>
        {home.nextTraining ? (
          <p>
            <Link to={`/kelola/${sellerId}/pelatihan`} className="underline">
              {home.nextTraining.title}
            </Link>
            <br />
            <span className="text-sm text-stone-700">
              {formatDateTime(locale, home.nextTraining.startsAt)} · {home.nextTraining.venue}
            </span>
          </p>
        ) : (
          <p className="text-stone-700">{t("home.noTraining")}</p>
        )}
      </section>
    </div>
  );
}
