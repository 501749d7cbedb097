import { formatRupiah } from "~/modules/money/money";
import type { DeliveryOption, ShopDeliveries } from "~/modules/shipping/checkout-quotes";
import { useI18n } from "~/utils/use-i18n";

/** What a delivery costs as the radio and the summary show it: "gratis" or "+Rp18.000". */
function feeText(t: ReturnType<typeof useI18n>["t"], fee: number): string {
  return fee > 0 ? t("shipping.fee", { fee: formatRupiah(fee) }) : t("shipping.free");
}

function optionText(t: ReturnType<typeof useI18n>["t"], option: DeliveryOption): string {
  if (option.method !== "COURIER")
    return `${t(`shipping.${option.method}`)} (${feeText(t, option.fee)})`;
  const { etdMinDays: min, etdMaxDays: max } = option;
  const days =
    min === null || max === null
      ? ""
      : min === max
        ? t("checkout.oneDay", { n: min })
        : t("shipping.days", { min, max });
  const service =
    option.service === "REGULAR"
      ? t("shipping.service.REGULAR")
      : option.service === "NEXT_DAY"
        ? t("shipping.service.NEXT_DAY")
        : (option.label ?? "");
  return t("checkout.courierOption", {
    service,
    days,
    fee: formatRupiah(option.fee),
  });
}

/** The fee of a shop's chosen delivery, 0 when nothing offered is chosen. */
export function chosenFee(deliveries: ShopDeliveries | undefined, choice: string | undefined) {
  return deliveries?.options.find((o) => o.choice === choice)?.fee ?? 0;
}

/**
 * A shop's delivery choices as radios. Each radio's value names the choice and the fee shown
 * next to it ("COURIER:REGULAR=18000"), so the server can refuse a fee that is no longer its
 * quote, with or without JavaScript. A courier that cannot be quoted says why: never a Rp0.
 */
export function DeliveryChoices({
  name,
  deliveries,
  chosen,
  onChoose,
}: {
  name: string;
  deliveries: ShopDeliveries | undefined;
  chosen: string | undefined;
  onChoose: (choice: string) => void;
}) {
  const { t } = useI18n();
  const notes: string[] = [];
  if (deliveries?.localDelivery === "OUTSIDE_REGENCY") notes.push(t("checkout.localOutside"));
  if (deliveries?.courier === "NO_DESTINATION") notes.push(t("checkout.courierNoDestination"));
  if (deliveries?.courier === "NO_TARIFF") notes.push(t("checkout.courierNoTariff"));
  if (deliveries?.courier === "UNAVAILABLE") notes.push(t("checkout.courierUnavailable"));
  if (deliveries?.options.some((o) => o.estimated)) notes.push(t("biteship.estimated"));
  return (
    <div className="space-y-2">
      {deliveries?.options.map((option) => (
        <label key={option.choice} className="flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name={name}
            value={`${option.choice}=${option.fee}`}
            defaultChecked={option.choice === chosen}
            onChange={() => onChoose(option.choice)}
            className="h-5 w-5 shrink-0"
          />
          <span>{optionText(t, option)}</span>
        </label>
      ))}
      {notes.map((note) => (
        <p key={note} className="text-sm text-stone-700">
          {note}
        </p>
      ))}
    </div>
  );
}
