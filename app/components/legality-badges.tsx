import type { LegalityBadge } from "~/modules/sellers/legality";
import { useI18n } from "~/utils/use-i18n";

const STYLE: Record<LegalityBadge, string> = {
  NIB: "bg-sky-100 text-sky-900",
  PIRT: "bg-amber-100 text-amber-900",
  HALAL: "bg-emerald-100 text-emerald-900",
};

export function LegalityBadges({ badges }: { badges: LegalityBadge[] }) {
  const { t } = useI18n();
  if (badges.length === 0) return null;
  const label = { NIB: t("badge.nib"), PIRT: t("badge.pirt"), HALAL: t("badge.halal") };
  const title = {
    NIB: t("badge.nibTitle"),
    PIRT: t("badge.pirtTitle"),
    HALAL: t("badge.halalTitle"),
  };
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Legalitas">
      {badges.map((b) => (
        <li key={b} className={`badge ${STYLE[b]}`} title={title[b]}>
          <span aria-hidden="true">✓</span> {label[b]}
          <span className="sr-only">: {title[b]}</span>
        </li>
      ))}
    </ul>
  );
}
