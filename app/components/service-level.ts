import type { Locale, Translate } from "~/utils/i18n";

interface ServiceLevelView {
  medianPackHours: number | null;
  onTimeRate: number | null;
  sellerCancelRate: number | null;
}

/** The three service figures as label and text, for the seller home and the dashboard alike. */
export function serviceLevelFigures(service: ServiceLevelView, locale: Locale, t: Translate) {
  const tag = locale === "id" ? "id-ID" : "en-GB";
  const share = (rate: number | null) =>
    rate === null
      ? "—"
      : new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }).format(rate);
  const hours =
    service.medianPackHours === null
      ? "—"
      : t("home.hours", {
          value: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(
            service.medianPackHours,
          ),
        });
  return {
    medianPack: { label: t("home.medianPack"), text: hours },
    onTime: { label: t("home.onTime"), text: share(service.onTimeRate) },
    sellerCancelled: { label: t("home.sellerCancelled"), text: share(service.sellerCancelRate) },
    share,
  };
}
