import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/orders";
import { formatRupiah } from "~/modules/money/money";
import { SELLER_INBOX_TABS, type SellerInboxTab } from "~/modules/orders/inbox";
import { listSellerOrders } from "~/modules/orders/order-views.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

const TABS = Object.keys(SELLER_INBOX_TABS) as SellerInboxTab[];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const requested = new URL(request.url).searchParams.get("tab");
  const tab: SellerInboxTab = TABS.includes(requested as SellerInboxTab)
    ? (requested as SellerInboxTab)
    : "baru";
  const { orders, counts } = await listSellerOrders(db, { sellerId: seller.id, tab });
  return { seller, tab, orders, counts };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("inbox.title")) }];
};

export default function SellerInboxPage() {
  const { seller, tab, orders, counts } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("inbox.title")}</h1>
      <nav aria-label={t("inbox.title")} className="flex flex-wrap gap-2">
        {TABS.map((key) => (
          <Link
            key={key}
            to={`?tab=${key}`}
            aria-current={key === tab ? "page" : undefined}
            className={key === tab ? "btn-primary" : "btn-secondary"}
          >
            {t(`inbox.tab.${key}`)} ({counts[key]})
          </Link>
        ))}
      </nav>
      {tab === "dikemas" &&
      orders.some(
        (o) => o.shippingMethod === "COURIER" || o.shippingMethod === "LOCAL_DELIVERY",
      ) ? (
        <a
          href={`/kelola/${seller.id}/label`}
          className="btn-secondary"
          target="_blank"
          rel="noopener"
        >
          {t("shipment.printAll")}
        </a>
      ) : null}
      {orders.length === 0 ? <p>{t("inbox.empty")}</p> : null}
      <ul className="space-y-3">
        {orders.map((order) => (
          <li key={order.code} className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap items-center justify-between gap-2">
              <Link to={`/kelola/${seller.id}/pesanan/${order.code}`} className="font-semibold">
                {order.code}
              </Link>
              <StatusBadge status={order.status} shippingMethod={order.shippingMethod} />
            </p>
            <p className="text-sm text-stone-700">
              {order.buyerName} · {t("inbox.items", { count: order.itemCount })} ·{" "}
              {formatRupiah(order.total)} · {t(`payment.${order.paymentMethod}`)} ·{" "}
              {t(`shipping.${order.shippingMethod}`)}
            </p>
            <p className="text-sm text-stone-600">{formatDateTime(locale, order.createdAt)}</p>
            {order.awaitingConfirmation ? (
              <p className="text-sm font-medium text-amber-900">{t("inbox.awaiting")}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
