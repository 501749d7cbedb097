import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { attachment } from "~/http/download.server";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerPermission } from "~/http/guards.server";
import { MAX_LABELS, getShippingLabels } from "~/modules/orders/shipping-labels.server";
import { renderShippingLabels } from "~/modules/shipping/label.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";

const OrderCodesSchema = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{4,40}$/, { error: "Kode pesanan tidak valid" }),
  )
  .max(MAX_LABELS, { error: `Paling banyak ${MAX_LABELS} label sekali cetak` });

/**
 * Shipping labels as an A6 PDF the browser shows for printing: `?pesanan=CODE` (repeatable) for
 * those orders, none for every packed order that travels.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const url = new URL(request.url);
  const codes = url.searchParams.getAll("pesanan");
  const back = (message: string) =>
    redirectWithToast(
      codes.length === 1
        ? `/kelola/${seller.id}/pesanan/${encodeURIComponent(codes[0]!)}`
        : `/kelola/${seller.id}/pesanan?tab=dikemas`,
      { kind: "error", message: translateErrorMessage(message, requestLocale(request)) },
    );
  const parsed = OrderCodesSchema.safeParse(codes);
  if (!parsed.success) return back(parsed.error.issues[0]?.message ?? "Kode pesanan tidak valid");
  return withDomainErrors(
    request,
    async () => {
      const labels = await getShippingLabels(db, {
        sellerId: seller.id,
        orderCodes: parsed.data,
      });
      const pdf = await renderShippingLabels(labels);
      const name = labels.length === 1 ? `label-${labels[0]!.orderCode}` : `label-${seller.slug}`;
      return attachment(pdf, { name: `${name}.pdf`, type: "application/pdf", inline: true });
    },
    (failure) => back(failure.message),
  );
}
