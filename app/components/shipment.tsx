import { Form } from "@remix-run/react";
import { useId } from "react";
import type { ShipmentStatus } from "~/generated/prisma/enums";
import type { ShipmentDetail } from "~/modules/orders/order-views.server";
import { parcelShows } from "~/modules/orders/shipment-actions";
import { MANUAL_TRACKING_STATUSES, SHIPMENT_LIMITS } from "~/modules/shipping/shipment-traits";
import { formatRupiah } from "~/modules/money/money";
import { formatDateTime } from "~/utils/format";
import { useI18n } from "~/utils/use-i18n";
import { inputClass } from "./ui/field";

const DOT: Record<ShipmentStatus, string> = {
  CONFIRMED: "bg-stone-400",
  ALLOCATED: "bg-stone-400",
  PICKING_UP: "bg-sky-500",
  PICKED_UP: "bg-sky-600",
  IN_TRANSIT: "bg-indigo-600",
  ON_HOLD: "bg-amber-500",
  OUT_FOR_DELIVERY: "bg-indigo-700",
  DELIVERED: "bg-green-600",
  RETURNED: "bg-red-600",
  CANCELLED: "bg-stone-500",
};

/**
 * The parcel: courier, waybill, where it is and every step so far (newest first), and for the
 * shop, who holds the cash the courier collects (the buyer's page says what to have ready).
 */
export function ShipmentCard({
  shipment,
  side,
}: {
  shipment: ShipmentDetail;
  side: "buyer" | "seller";
}) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const courier = [shipment.courier.toUpperCase(), shipment.service?.replaceAll("_", " ")]
    .filter(Boolean)
    .join(" · ");
  const shows = parcelShows(shipment);
  const collecting = shows.collecting;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id={headingId} className="font-semibold">
        {t("shipment.title")}
      </h2>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-stone-600">{t("shipment.courier")}</dt>
        <dd>{courier}</dd>
        {shows.waybill ? (
          <>
            <dt className="text-stone-600">{t("shipment.waybill")}</dt>
            <dd className="font-mono font-semibold break-all" data-testid="waybill">
              {shipment.waybill ?? t("shipment.waybillPending")}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 font-medium" data-testid="shipment-status">
        {t(`shipment.status.${shipment.status}`)}
        {shipment.deliveredAt
          ? ` · ${t("shipment.deliveredAt", { date: formatDateTime(locale, shipment.deliveredAt) })}`
          : ""}
      </p>
      {collecting && side === "seller" && shipment.codCollector ? (
        <p className="mt-1 rounded-lg bg-amber-50 p-2 text-sm text-amber-950">
          {shipment.codSettledAt
            ? t("shipment.codSettled")
            : t(`shipment.codSeller.${shipment.codCollector}`, {
                amount: formatRupiah(shipment.codAmount),
              })}
        </p>
      ) : null}
      <h3 className="mt-3 mb-1 text-sm font-semibold">{t("shipment.timeline")}</h3>
      <ol className="space-y-2 text-sm">
        {shipment.events.map((event) => (
          <li key={event.id} className="flex gap-2">
            <span
              aria-hidden="true"
              className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${DOT[event.status]}`}
            />
            <span>
              <span className="font-medium">{t(`shipment.status.${event.status}`)}</span> ·{" "}
              <time dateTime={event.at}>{formatDateTime(locale, event.at)}</time>
              {event.note ? <span className="block text-stone-600">{event.note}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The seller's own report of where a parcel without a provider's tracking is. */
export function TrackingUpdateForm() {
  const { t } = useI18n();
  return (
    <details className="rounded-xl border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("shipment.update")}</summary>
      <Form method="post" className="mt-2 space-y-2">
        <label className="block">
          <span className="block text-sm font-medium">{t("shipment.updateStatus")}</span>
          <select name="status" required className={inputClass} defaultValue="IN_TRANSIT">
            {MANUAL_TRACKING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`shipment.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="block text-sm font-medium">{t("shipment.note")}</span>
          <input
            type="text"
            name="note"
            maxLength={SHIPMENT_LIMITS.noteMax}
            className={inputClass}
          />
        </label>
        <button type="submit" name="intent" value="tracking" className="btn-secondary">
          {t("shipment.save")}
        </button>
      </Form>
    </details>
  );
}

/** The courier's name and the waybill, typed when the seller hands a parcel over themselves. */
export function CourierWaybillFields({ couriers }: { couriers: readonly string[] }) {
  const { t } = useI18n();
  return (
    <>
      <label className="block w-full sm:w-auto">
        <span className="block text-sm font-medium">{t("shipment.courierName")}</span>
        <input
          type="text"
          name="courier"
          list="kurir"
          required
          maxLength={SHIPMENT_LIMITS.courierMax}
          placeholder={t("shipment.courierHint")}
          className={inputClass}
        />
        <datalist id="kurir">
          {couriers.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <label className="block w-full sm:w-auto">
        <span className="block text-sm font-medium">{t("inbox.trackingNumber")}</span>
        <input
          type="text"
          name="trackingNumber"
          minLength={SHIPMENT_LIMITS.waybillMin}
          maxLength={SHIPMENT_LIMITS.waybillMax}
          required
          className={inputClass}
        />
      </label>
    </>
  );
}
