import type { OrderStatus, ShippingMethod } from "~/generated/prisma/enums";
import { formatRupiah } from "~/modules/money/money";
import { formatDateTime } from "~/utils/format";
import { orderStatusKey } from "~/utils/order-wording";
import { useI18n } from "~/utils/use-i18n";

const BADGE: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "bg-amber-100 text-amber-900",
  COD_PENDING: "bg-amber-100 text-amber-900",
  PAID: "bg-sky-100 text-sky-900",
  PACKED: "bg-sky-100 text-sky-900",
  SHIPPED: "bg-indigo-100 text-indigo-900",
  RECEIVED: "bg-green-100 text-green-900",
  COMPLETED: "bg-green-100 text-green-900",
  CANCELLED: "bg-stone-200 text-stone-800",
  REFUNDED: "bg-stone-200 text-stone-800",
};

/** Where an order stands, worded for how its goods reach the buyer. */
export function StatusBadge({
  status,
  shippingMethod,
}: {
  status: OrderStatus;
  shippingMethod: ShippingMethod;
}) {
  const { t } = useI18n();
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-medium ${BADGE[status]}`}>
      {t(orderStatusKey(status, shippingMethod))}
    </span>
  );
}

/** Every status change of an order, oldest first, with its time. */
export function OrderTimeline({
  entries,
  shippingMethod,
}: {
  entries: { status: OrderStatus; at: string; note: string | null }[];
  shippingMethod: ShippingMethod;
}) {
  const { locale, t } = useI18n();
  return (
    <section>
      <h3 className="mb-1 text-sm font-semibold">{t("order.timeline")}</h3>
      <ol className="space-y-1 border-l-2 border-stone-200 pl-3 text-sm">
        {entries.map((entry, i) => (
          <li key={`${entry.status}-${i}`}>
            <span className="font-medium">{t(orderStatusKey(entry.status, shippingMethod))}</span> ·{" "}
            <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
            {entry.note ? <span className="block text-stone-600">{entry.note}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** An order's delivery and total, with its tracking number or cancellation reason. */
export function OrderTotals({
  order,
}: {
  order: {
    shippingMethod: ShippingMethod;
    shippingFee: number;
    /** The courier service and its estimate ("2-3" days) as quoted at checkout. */
    shippingService?: string | null;
    shippingEtd?: string | null;
    total: number;
    trackingNumber: string | null;
    cancelReason: string | null;
  };
}) {
  const { t } = useI18n();
  const [min, max] = (order.shippingEtd ?? "").split("-");
  const service =
    order.shippingService === "REGULAR"
      ? t("shipping.service.REGULAR")
      : order.shippingService === "NEXT_DAY"
        ? t("shipping.service.NEXT_DAY")
        : order.shippingService?.replaceAll("_", " ");
  const delivery =
    order.shippingMethod === "COURIER" && service && min
      ? t("checkout.courierOption", {
          service,
          days: max ? t("shipping.days", { min, max }) : t("checkout.oneDay", { n: min }),
          fee: formatRupiah(order.shippingFee),
        })
      : `${t(`shipping.${order.shippingMethod}`)} · ${formatRupiah(order.shippingFee)}`;
  return (
    <>
      <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
        <dt>{t("order.shipping")}</dt>
        <dd className="text-right">{delivery}</dd>
        <dt className="font-semibold">{t("order.total")}</dt>
        <dd className="text-right font-semibold">{formatRupiah(order.total)}</dd>
      </dl>
      {order.trackingNumber ? (
        <p className="text-sm">{t("order.tracking", { number: order.trackingNumber })}</p>
      ) : null}
      {order.cancelReason ? (
        <p className="text-sm">{t("order.cancelled", { reason: order.cancelReason })}</p>
      ) : null}
    </>
  );
}
