import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { StatusBadge } from "~/components/orders";
import { formatRupiah } from "~/modules/money/money";
import { listBuyerOrderGroups } from "~/modules/orders/order-views.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { groups: await listBuyerOrderGroups(db, { buyerId: user.id }) };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("order.listTitle")) }, { name: "robots", content: "noindex" }];
};

export default function BuyerOrdersPage() {
  const { groups } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("order.listTitle")}</h1>
      {groups.length === 0 ? <p>{t("order.none")}</p> : null}
      <ul className="space-y-3">
        {groups.map((group) => (
          <li key={group.code} className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap justify-between gap-2">
              <Link to={`/pesanan/${group.code}`} className="font-semibold">
                {t("order.title", { code: group.code })}
              </Link>
              <span>{formatRupiah(group.total)}</span>
            </p>
            <p className="text-sm text-stone-600">
              {t("order.placedAt", { date: formatDate(locale, group.createdAt) })} ·{" "}
              {t(`payment.${group.paymentMethod}`)}
            </p>
            <ul className="mt-2 space-y-1">
              {group.orders.map((order) => (
                <li key={order.code} className="flex flex-wrap items-center justify-between gap-2">
                  <span>{order.sellerName}</span>
                  <StatusBadge status={order.status} shippingMethod={order.shippingMethod} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/pesanan" />;
}
