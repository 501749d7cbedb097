import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { inputClass } from "~/components/ui/field";
import { CardRefundedTotal, CardRefundNote } from "~/components/card-refund";
import { GatewayPayment } from "~/components/gateway-payment";
import { OrderTimeline, OrderTotals, StatusBadge } from "~/components/orders";
import { ShipmentCard } from "~/components/shipment";
import { readForm } from "~/http/body.server";
import { redirectWithToast } from "~/http/flash.server";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { formatRupiah } from "~/modules/money/money";
import { orderActions } from "~/modules/orders/order-actions";
import {
  CancelSchema,
  cancelOrderByBuyer,
  confirmReceipt,
} from "~/modules/orders/order-commands.server";
import { getBuyerOrderGroup } from "~/modules/orders/order-views.server";
import { attachPaymentProof, awaitsPaymentProof } from "~/modules/orders/payment-proof.server";
import { reviewOrderItem, ReviewSchema } from "~/modules/orders/reviews.server";
import { midtransPaymentView } from "~/modules/payments/midtrans/instruction.server";
import { restartGatewayPayment } from "~/modules/payments/providers/registry.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { publicOrigin } from "~/http/public-url.server";
import { DomainError, isDomainError } from "~/utils/errors";
import { invariantResponse } from "~/http/responses";
import { formatDate, formatDateTime } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { orderSettings } from "~/modules/orders/settings.server";
import { requireUser } from "~/http/session.server";
import { readPhotoForm, storePhoto } from "~/http/upload.server";
import { CopyButton } from "~/components/copy-button";
import { qrSvg } from "~/utils/qr-svg.server";
import { useI18n } from "~/utils/use-i18n";
import { whatsappLink } from "~/utils/whatsapp";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const group = await getBuyerOrderGroup(db, { buyerId: user.id, code: params.groupCode ?? "" });
  invariantResponse(group, "Pesanan tidak ditemukan", { status: 404 });
  const qr = Object.fromEntries(
    await Promise.all(
      group.orders
        .filter((o) => o.status === "PENDING_PAYMENT" && o.payment?.qrisPayload)
        .map(async (o) => [o.code, await qrSvg(o.payment!.qrisPayload!)] as const),
    ),
  );
  // Every order here is the user's own purchase (the group is found by its buyer): the page offers
  // the buyer's actions; what the shop does is on the shop's own pages.
  const orders = group.orders.map((o) => ({ ...o, actions: orderActions(o, "buyer") }));
  const midtrans = await midtransPaymentView(group.gatewayPayment, group.orders);
  return { group: { ...group, orders }, qr, midtrans };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const back = `/pesanan/${params.groupCode ?? ""}`;
  const locale = requestLocale(request);
  return withDomainErrors(
    request,
    async () => {
      if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
        const { formData, photo } = await readPhotoForm(request, "proof");
        const orderCode = String(formData.get("orderCode") ?? "");
        // Only the buyer's own order, still waiting for payment, may store a receipt.
        if (!(await awaitsPaymentProof(db, { buyerId: user.id, orderCode }))) {
          throw new DomainError("CONFLICT", "Pesanan ini tidak menunggu pembayaran");
        }
        await attachPaymentProof(db, {
          buyerId: user.id,
          orderCode,
          proofImageKey: await storePhoto(photo),
        });
        return redirect(back);
      }
      const formData = await readForm(request);
      const intent = formData.get("intent");
      const orderCode = String(formData.get("orderCode") ?? "");
      switch (intent) {
        case "receive":
          await confirmReceipt(db, {
            buyerId: user.id,
            orderCode,
            feePercent: orderSettings().feePercent,
          });
          return redirect(back);
        case "cancel": {
          const parsed = CancelSchema.safeParse({ reason: formData.get("reason") });
          if (!parsed.success) {
            return data(
              { error: translateErrorMessage(parsed.error.issues[0]!.message, locale), orderCode },
              { status: 400 },
            );
          }
          await cancelOrderByBuyer(db, { buyerId: user.id, orderCode, reason: parsed.data.reason });
          return redirect(back);
        }
        case "review": {
          const parsed = ReviewSchema.safeParse(Object.fromEntries(formData));
          if (!parsed.success) {
            return data(
              { error: translateErrorMessage(parsed.error.issues[0]!.message, locale), orderCode },
              { status: 400 },
            );
          }
          await reviewOrderItem(db, { buyerId: user.id, ...parsed.data });
          return redirect(back);
        }
        case "pay": {
          let started: Awaited<ReturnType<typeof restartGatewayPayment>>;
          try {
            started = await restartGatewayPayment(db, {
              buyerId: user.id,
              groupCode: params.groupCode ?? "",
              returnUrl: `${publicOrigin(request)}${back}`,
            });
          } catch (error) {
            if (isDomainError(error)) throw error;
            // The gateway could not be reached: the button stays for another try.
            console.error("Gateway payment could not be opened:", error);
            return redirectWithToast(back, { kind: "error", key: "order.gatewayFailed" });
          }
          if (!started) {
            return data(
              {
                error: translateErrorMessage("Pembayaran ini tidak menunggu dibayar", locale),
                orderCode,
              },
              { status: 400 },
            );
          }
          return redirect(started === "not-started" ? back : started.redirectTo);
        }
        default:
          return data(
            { error: translateErrorMessage("Permintaan tidak dikenal", locale), orderCode },
            { status: 400 },
          );
      }
    },
    (failure) => ({ error: failure.message, orderCode: null }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [
    { title: pageTitle(t, data ? t("order.title", { code: data.group.code }) : undefined) },
    { name: "robots", content: "noindex" },
  ];
};

export default function BuyerOrderPage() {
  const { group, qr, midtrans } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/pesanan" className="underline">
          ← {t("order.listTitle")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("order.title", { code: group.code })}</h1>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}
      <p className="text-stone-700">
        {t("order.placedAt", { date: formatDate(locale, group.createdAt) })} ·{" "}
        {t(`payment.${group.paymentMethod}`)} · {t("order.total")}{" "}
        <strong>{formatRupiah(group.total)}</strong>
      </p>
      <p className="whitespace-pre-line text-sm text-stone-700">
        {group.buyerName} · {group.buyerPhone}
        {"\n"}
        {group.address}
        {group.desaName ? `\n${group.desaName}` : ""}
      </p>

      {group.gatewayPayment?.method === "STRIPE" && group.gatewayPayment.status === "PENDING" ? (
        <Form method="post" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
          <p className="mb-2">{t("order.cardPending")}</p>
          <button type="submit" name="intent" value="pay" className="btn-primary">
            {t("order.payCard")} {formatRupiah(group.gatewayPayment.amount)}
          </button>
        </Form>
      ) : null}
      {midtrans ? <GatewayPayment view={midtrans} /> : null}
      {group.gatewayPayment ? (
        <CardRefundedTotal amount={group.gatewayPayment.refundedAmount} />
      ) : null}

      {group.orders.map((order) => (
        <section
          key={order.code}
          aria-labelledby={`pesanan-${order.code}`}
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`pesanan-${order.code}`} className="text-lg font-semibold">
              {t("order.fromSeller", { seller: order.seller.businessName })} · {order.code}
            </h2>
            <StatusBadge status={order.status} shippingMethod={order.shippingMethod} />
          </div>

          <ul className="divide-y divide-stone-200 text-sm">
            {order.items.map((item) => (
              <li key={item.id} className="py-2">
                <p className="flex justify-between gap-2">
                  <span>
                    <Link to={`/produk/${item.productSlug}`}>{item.productTitle}</Link> ·{" "}
                    {item.variantName} × {item.quantity}
                  </span>
                  <span>{formatRupiah(item.lineTotal)}</span>
                </p>
                {order.actions.includes("review") ? (
                  item.review ? (
                    <p className="text-stone-600">
                      {t("order.reviewed", { rating: item.review.rating })}
                    </p>
                  ) : (
                    <ReviewForm orderCode={order.code} itemId={item.id} title={item.productTitle} />
                  )
                ) : null}
              </li>
            ))}
          </ul>
          <OrderTotals order={order} />

          <PaymentBlock order={order} qrSvg={qr[order.code] ?? null} />
          {order.cardRefund ? <CardRefundNote refund={order.cardRefund} side="buyer" /> : null}

          {order.shipment ? <ShipmentCard shipment={order.shipment} side="buyer" /> : null}
          <OrderTimeline entries={order.timeline} shippingMethod={order.shippingMethod} />

          <div className="flex flex-wrap gap-2">
            {order.actions.includes("receive") ? (
              <Form method="post">
                <input type="hidden" name="orderCode" value={order.code} />
                <button type="submit" name="intent" value="receive" className="btn-primary">
                  {t("order.confirmReceipt")}
                </button>
              </Form>
            ) : null}
            <a
              href={whatsappLink(
                order.seller.whatsapp,
                t("order.chatSellerMessage", {
                  seller: order.seller.businessName,
                  code: order.code,
                }),
              )}
              className="btn-secondary"
              rel="noopener noreferrer"
              target="_blank"
            >
              {t("order.chatSeller")}
            </a>
          </div>
          {order.actions.includes("cancel") ? (
            <details>
              <summary className="cursor-pointer text-sm underline">{t("order.cancel")}</summary>
              <Form method="post" className="mt-2 space-y-2">
                <input type="hidden" name="orderCode" value={order.code} />
                <label className="block">
                  <span className="block text-sm font-medium">{t("order.cancelReason")}</span>
                  <input
                    type="text"
                    name="reason"
                    required
                    minLength={5}
                    maxLength={200}
                    className={inputClass}
                  />
                </label>
                <button type="submit" name="intent" value="cancel" className="btn-secondary">
                  {t("order.cancel")}
                </button>
              </Form>
            </details>
          ) : null}
        </section>
      ))}
    </div>
  );
}

type Order = ReturnType<typeof useLoaderData<typeof loader>>["group"]["orders"][number];

function PaymentBlock({ order, qrSvg }: { order: Order; qrSvg: string | null }) {
  const { locale, t } = useI18n();
  const payment = order.payment;
  if (!payment) return null;
  if (payment.method === "COD") {
    return order.status === "COD_PENDING" ||
      order.status === "PACKED" ||
      order.status === "SHIPPED" ? (
      <p className="text-sm">{t("order.codNote", { amount: formatRupiah(order.total) })}</p>
    ) : null;
  }
  const waiting = order.status === "PENDING_PAYMENT";
  return (
    <div className="space-y-2 rounded-lg bg-stone-50 p-3 text-sm">
      <p>
        <strong>{t(`payment.${payment.method}`)}</strong> · {t(`paymentStatus.${payment.status}`)}
      </p>
      {waiting && order.expiresAt ? (
        <p>{t("order.payBy", { date: formatDateTime(locale, order.expiresAt) })}</p>
      ) : null}
      {waiting && payment.method === "BANK_TRANSFER" && order.seller.bank ? (
        <TransferInstruction
          amount={payment.amount}
          code={payment.uniqueCode}
          bank={order.seller.bank}
        />
      ) : null}
      {waiting && payment.method === "QRIS" && qrSvg ? (
        <figure className="space-y-1">
          <figcaption className="font-semibold">
            {t("order.qrisTitle", { amount: formatRupiah(payment.amount) })}
          </figcaption>
          <div
            role="img"
            aria-label={t("order.qrisImage", { amount: formatRupiah(payment.amount) })}
            data-qris={order.code}
            className="w-64 max-w-full bg-white"
            // Generated on the server from our own payload by the qrcode library.
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p className="text-stone-600">{t("order.qrisNote")}</p>
        </figure>
      ) : null}
      {waiting && payment.status === "AWAITING_CONFIRMATION" ? <p>{t("order.proofSent")}</p> : null}
      {waiting && payment.status === "PENDING" ? (
        <Form method="post" encType="multipart/form-data" className="space-y-2">
          <input type="hidden" name="orderCode" value={order.code} />
          <label className="block">
            <span className="block font-medium">{t("order.proof")}</span>
            <input type="file" name="proof" accept="image/jpeg,image/png,image/webp" required />
          </label>
          <button type="submit" className="btn-secondary">
            {t("order.sendProof")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** A transfer to the seller: the exact amount (kode unik included) first, then the account. */
function TransferInstruction({
  amount,
  code,
  bank,
}: {
  amount: number;
  code: number | null;
  bank: { name: string; number: string; holder: string };
}) {
  const { t } = useI18n();
  const digits = String(amount);
  return (
    <div className="space-y-2" data-testid="transfer-instruction">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-lg font-bold">
          {t("transfer.exactly", { amount: formatRupiah(amount) })}
        </p>
        <CopyButton value={digits} label={t("transfer.copy")} />
      </div>
      {code ? <p className="text-stone-700">{t("transfer.codeNote", { code })}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        <p>
          {t("order.transferTo", { amount: formatRupiah(amount) })}{" "}
          <strong>
            {t("order.bankAccount", { bank: bank.name, number: bank.number, holder: bank.holder })}
          </strong>
        </p>
        <CopyButton value={bank.number} label={t("transfer.copyNumber")} />
      </div>
    </div>
  );
}

function ReviewForm({
  orderCode,
  itemId,
  title,
}: {
  orderCode: string;
  itemId: string;
  title: string;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" className="mt-2 space-y-2 rounded-lg bg-stone-50 p-3">
      <input type="hidden" name="orderCode" value={orderCode} />
      <input type="hidden" name="orderItemId" value={itemId} />
      <fieldset>
        <legend className="font-medium">{t("order.review", { title })}</legend>
        <div className="flex flex-wrap gap-3">
          {[5, 4, 3, 2, 1].map((n) => (
            <label key={n} className="flex items-center gap-1">
              <input type="radio" name="rating" value={n} required className="h-5 w-5" />
              {t("order.stars", { count: n })}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block">
        <span className="block text-sm">{t("order.reviewBody")}</span>
        <textarea name="body" rows={2} maxLength={1000} className={inputClass} />
      </label>
      <button type="submit" name="intent" value="review" className="btn-secondary">
        {t("order.sendReview")}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/pesanan" />;
}
