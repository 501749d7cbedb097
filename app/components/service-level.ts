import { formatNumber, formatPercent } from "~/utils/format";
import type { Locale, Translate } from "~/utils/i18n";

interface ServiceLevelView {
  medianPackHours: number | null;
  onTimeRate: number | null;
  sellerCancelRate: number | null;
}

/** The three service figures as label and text, for the seller home and the dashboard alike. */
export function serviceLevelFigures(service: ServiceLevelView, locale: Locale, t: Translate) {
  const share = (rate: number | null) => (rate === null ? "—" : formatPercent(locale, rate, 0));
  const hours =
    service.medianPackHours === null
      ? "—"
      : t("home.hours", { value: formatNumber(locale, service.medianPackHours) });
  return {
    medianPack: { label: t("home.medianPack"), text: hours },
    onTime: { label: t("home.onTime"), text: share(service.onTimeRate) },
    sellerCancelled: { label: t("home.sellerCancelled"), text: share(service.sellerCancelRate) },
    share,
  };
}
