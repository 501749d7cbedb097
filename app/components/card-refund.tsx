import { Form } from "@remix-run/react";
import type { CardRefundStatus } from "~/generated/prisma/enums";
import { formatRupiah } from "~/modules/money/money";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { useI18n } from "~/utils/use-i18n";

const TONE: Record<CardRefundStatus, string> = {
  SUCCEEDED: "border-green-300 bg-green-50 text-green-900",
  PENDING: "border-amber-300 bg-amber-50 text-amber-900",
  FAILED: "border-red-300 bg-red-50 text-red-900",
};

/**
 * Where an order's refund to the card stands. The seller's side sees why a try failed and a
 * button to try again (the retry reuses Stripe's idempotency key, so it never refunds twice).
 */
export function CardRefundNote({
  refund,
  side,
}: {
  refund: { status: CardRefundStatus; amount: number; failure: string | null; unsent: boolean };
  side: "buyer" | "seller";
}) {
  const { t, locale } = useI18n();
  const amount = formatRupiah(refund.amount);
  const retryable = side === "seller" && (refund.status === "FAILED" || refund.unsent);
  return (
    <div
      className={`mt-2 rounded-lg border p-3 text-sm ${TONE[refund.status]}`}
      role={refund.status === "FAILED" ? "alert" : "status"}
    >
      <p className="font-semibold">{t("cardRefund.heading")}</p>
      <p>{t(`cardRefund.${refund.status}`, { amount })}</p>
      {refund.status === "FAILED" && side === "seller" && refund.failure ? (
        <p>{translateErrorMessage(refund.failure, locale)}</p>
      ) : null}
      {refund.status === "FAILED" && side === "buyer" ? <p>{t("cardRefund.failedBuyer")}</p> : null}
      {retryable ? (
        <Form method="post" className="mt-2">
          <button type="submit" name="intent" value="retry-card-refund" className="btn-secondary">
            {t("cardRefund.retry")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** Stripe's own total refunded of a checkout's card payment (its dashboard's refunds included). */
export function CardRefundedTotal({ amount }: { amount: number }) {
  const { t } = useI18n();
  if (amount <= 0) return null;
  return (
    <p className="mt-2 text-sm">{t("cardRefund.paymentTotal", { amount: formatRupiah(amount) })}</p>
  );
}
