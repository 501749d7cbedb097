import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CardRefundedTotal, CardRefundNote } from "~/components/card-refund";
import { OrderTimeline, OrderTotals, StatusBadge } from "~/components/orders";
import { CourierWaybillFields, ShipmentCard, TrackingUpdateForm } from "~/components/shipment";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { withDomainErrors } from "~/http/errors.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { IMAGE_URL_PREFIX } from "~/modules/images/image-url";
import { formatRupiah } from "~/modules/money/money";
import { orderActions, takesTrackingNumber } from "~/modules/orders/order-actions";
import {
  CancelSchema,
  cancelOrderBySeller,
  confirmPayment,
  packOrder,
  refundCompletedOrder,
  ShipSchema,
  shipOrder,
} from "~/modules/orders/order-commands.server";
import { recordSellerTracking, settleCourierCod } from "~/modules/orders/order-shipments.server";
import { refreshSellerTracking } from "~/modules/orders/shipment-tracking.server";
import { getSellerOrder } from "~/modules/orders/order-views.server";
import { bookCourierPickup } from "~/modules/orders/pickup-booking.server";
import { cancelCourierPickup } from "~/modules/orders/pickup-cancellation.server";
import { parcelActions } from "~/modules/orders/shipment-actions";
import { shippingProviderFor } from "~/modules/shipping/shipping-provider.server";
import { MANUAL_COURIERS } from "~/modules/shipping/shipment-traits";
import { ManualTrackingSchema } from "~/modules/shipping/shipments.server";
import { sendOrderCardRefund } from "~/modules/payments/card-refunds.server";
import { getStripe } from "~/modules/payments/stripe.server";
import { db } from "~/utils/db.server";
import { DomainError, invalidInput } from "~/utils/errors";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { shipActionKey } from "~/utils/order-wording";
import { useI18n } from "~/utils/use-i18n";
import { whatsappLink } from "~/utils/whatsapp";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller, user } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const found = await getSellerOrder(db, {
    sellerId: seller.id,
    orderCode: params.orderCode ?? "",
  });
  invariantResponse(found, "Pesanan tidak ditemukan", { status: 404 });
  const { buyerId, ...order } = found;
  return {
    seller,
    order,
    actions: orderActions({ ...order, buyerId, seller }, user),
    parcel: parcelActions(shippingProviderFor(db), order),
    couriers: MANUAL_COURIERS,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const formData = await readForm(request);
  const orderCode = params.orderCode ?? "";
  const actor = { sellerId: seller.id, orderCode, actorId: user.id, actorRole: role };
  return withDomainErrors(
    request,
    async () => {
      switch (formData.get("intent")) {
        case "confirm-payment":
          await confirmPayment(db, actor);
          break;
        case "pack":
          await packOrder(db, actor);
          break;
        case "ship": {
          const parsed = ShipSchema.safeParse({
            courier: formData.get("courier") ?? undefined,
            trackingNumber: formData.get("trackingNumber") ?? undefined,
          });
          if (!parsed.success) throw invalidInput(parsed.error, "Data tidak valid");
          await shipOrder(db, { ...actor, ...parsed.data });
          break;
        }
        case "book-pickup":
          await bookCourierPickup(db, shippingProviderFor(db), actor);
          break;
        case "cancel-pickup":
          await cancelCourierPickup(db, shippingProviderFor(db), actor);
          break;
        case "tracking": {
          const parsed = ManualTrackingSchema.safeParse({
            status: formData.get("status"),
            note: formData.get("note") ?? undefined,
          });
          if (!parsed.success) throw invalidInput(parsed.error, "Data tidak valid");
          await recordSellerTracking(db, { ...actor, ...parsed.data });
          break;
        }
        case "refresh-tracking":
          await refreshSellerTracking(db, shippingProviderFor(db), actor);
          break;
        case "settle-cod":
          await settleCourierCod(db, actor);
          break;
        case "cancel":
        case "refund": {
          const parsed = CancelSchema.safeParse({ reason: formData.get("reason") });
          if (!parsed.success) throw invalidInput(parsed.error, "Data tidak valid");
          if (formData.get("intent") === "cancel") {
            await cancelOrderBySeller(db, { ...actor, reason: parsed.data.reason });
          } else {
            await refundCompletedOrder(db, { ...actor, reason: parsed.data.reason });
          }
          // After commit: the refund is recorded, so a failure here shows on the page to retry.
          await sendOrderCardRefund(db, getStripe()?.stripe ?? null, actor);
          break;
        }
        case "retry-card-refund":
          await sendOrderCardRefund(db, getStripe()?.stripe ?? null, { ...actor, retry: true });
          break;
        default:
          throw new DomainError("INVALID", "Permintaan tidak dikenal");
      }
      return redirect(`/kelola/${seller.id}/pesanan/${orderCode}`);
    },
    (failure) => ({ error: failure.message }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, data ? t("order.title", { code: data.order.code }) : undefined) }];
};

export default function SellerOrderPage() {
  const { seller, order, actions, parcel, couriers } = useLoaderData<typeof loader>();
  const canBook = parcel.book;
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const payment = order.payment;
  const canCancel = actions.includes("cancel");
  const canRefund = actions.includes("refund");
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <p>
        <Link to={`/kelola/${seller.id}/pesanan`} className="underline">
          {t("inbox.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("order.title", { code: order.code })}</h1>
        <StatusBadge status={order.status} shippingMethod={order.shippingMethod} />
      </div>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}

      <section
        aria-labelledby="pembeli"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="pembeli" className="font-semibold">
          {t("inbox.buyer")}
        </h2>
        <p className="whitespace-pre-line">
          {order.buyer.name}
          {/* An erased buyer's number is gone (decision 014). */}
          {order.buyer.phone ? ` · ${formatIndonesianPhone(order.buyer.phone)}` : ""}
          {"\n"}
          {order.buyer.address}
          {order.buyer.desa ? `\n${order.buyer.desa}` : ""}
        </p>
        {order.buyer.phone ? (
          <a
            href={whatsappLink(
              order.buyer.phone,
              t("inbox.chatBuyerMessage", {
                name: order.buyer.name,
                seller: seller.businessName,
                code: order.code,
              }),
            )}
            className="btn-secondary mt-2"
            rel="noopener noreferrer"
            target="_blank"
          >
            {t("inbox.chatBuyer")}
          </a>
        ) : null}
      </section>

      <section aria-labelledby="barang" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="barang" className="font-semibold">
          {t("order.items")}
        </h2>
        <ul className="divide-y divide-stone-200 text-sm">
          {order.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-2 py-2">
              <span>
                {item.productTitle} · {item.variantName} × {item.quantity}
              </span>
              <span>{formatRupiah(item.lineTotal)}</span>
            </li>
          ))}
        </ul>
        <OrderTotals order={order} />
      </section>

      <section aria-labelledby="bayar" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="bayar" className="font-semibold">
          {t("inbox.payment")}
        </h2>
        <p className="text-sm">
          {t(`payment.${order.paymentMethod}`)}
          {payment ? ` · ${t(`paymentStatus.${payment.status}`)}` : ""}
        </p>
        {payment?.proofImageKey ? (
          <a
            href={`${IMAGE_URL_PREFIX}/${payment.proofImageKey}`}
            className="underline"
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("inbox.viewProof")}
          </a>
        ) : null}
        {order.cardRefund ? <CardRefundNote refund={order.cardRefund} side="seller" /> : null}
        <CardRefundedTotal amount={order.cardRefundedTotal} />
      </section>

      <div className="flex flex-wrap items-end gap-2">
        {actions.includes("confirm-payment") ? (
          <Form method="post">
            <button type="submit" name="intent" value="confirm-payment" className="btn-primary">
              {t("inbox.confirmPayment")}
            </button>
          </Form>
        ) : null}
        {actions.includes("pack") ? (
          <Form method="post">
            <button type="submit" name="intent" value="pack" className="btn-primary">
              {t("inbox.pack")}
            </button>
          </Form>
        ) : null}
        {canBook ? (
          <Form method="post" className="w-full">
            <button type="submit" name="intent" value="book-pickup" className="btn-primary">
              {t("shipment.book")}
            </button>
            <span className="mt-1 block text-sm text-stone-600">{t("shipment.bookHint")}</span>
          </Form>
        ) : null}
        {actions.includes("ship") || parcel.reship ? (
          // Only a courier's parcel has a tracking number; pickups are simply handed over.
          <Form method="post" className="flex flex-wrap items-end gap-2">
            {canBook ? <p className="w-full text-sm font-medium">{t("shipment.orType")}</p> : null}
            {takesTrackingNumber(order.shippingMethod) ? (
              <CourierWaybillFields couriers={couriers} />
            ) : null}
            <button
              type="submit"
              name="intent"
              value="ship"
              className={canBook ? "btn-secondary" : "btn-primary"}
            >
              {t(shipActionKey(order.shippingMethod))}
            </button>
          </Form>
        ) : null}
        {parcel.label ? (
          <a
            href={`/kelola/${seller.id}/label?pesanan=${encodeURIComponent(order.code)}`}
            className="btn-secondary"
            target="_blank"
            rel="noopener"
          >
            {t("shipment.printLabel")}
          </a>
        ) : null}
      </div>

      {order.shipment ? <ShipmentCard shipment={order.shipment} side="seller" /> : null}
      {parcel.track ? (
        <Form method="post">
          <button type="submit" name="intent" value="refresh-tracking" className="btn-secondary">
            {t("shipment.refresh")}
          </button>
        </Form>
      ) : null}
      {parcel.reportTracking ? <TrackingUpdateForm /> : null}
      {parcel.cancelPickup ? (
        <Form method="post">
          <button type="submit" name="intent" value="cancel-pickup" className="btn-secondary">
            {t("shipment.cancelPickup")}
          </button>
          <span className="mt-1 block text-sm text-stone-600">
            {t("shipment.cancelPickupHint")}
          </span>
        </Form>
      ) : null}
      {parcel.settleCod ? (
        <Form method="post">
          <button type="submit" name="intent" value="settle-cod" className="btn-secondary">
            {t("shipment.settleCod")}
          </button>
        </Form>
      ) : null}

      <OrderTimeline entries={order.timeline} shippingMethod={order.shippingMethod} />

      {canCancel || canRefund ? (
        <details>
          <summary className="cursor-pointer underline">
            {canCancel ? t("inbox.cancel") : t("inbox.refund")}
          </summary>
          <Form method="post" className="mt-2 space-y-2">
            <label className="block">
              <span className="block text-sm font-medium">{t("inbox.reason")}</span>
              <input
                type="text"
                name="reason"
                required
                minLength={5}
                maxLength={200}
                className={inputClass}
              />
            </label>
            <button
              type="submit"
              name="intent"
              value={canCancel ? "cancel" : "refund"}
              className="btn-secondary"
            >
              {canCancel ? t("inbox.cancel") : t("inbox.refund")}
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}
