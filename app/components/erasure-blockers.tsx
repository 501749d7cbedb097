import type { ErasureBlocker } from "~/modules/privacy/erasure-blockers";
import { useI18n } from "~/utils/use-i18n";

/** Why an account cannot be erased yet, said once for the person and for staff at the desk. */
export function ErasureBlockers({ blockers }: { blockers: ErasureBlocker[] }) {
  const { t } = useI18n();
  if (blockers.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
      <p className="font-semibold">{t("privacy.eraseBlocked")}</p>
      <ul className="list-disc pl-5">
        {blockers.map((blocker) => (
          <li key={blocker.kind}>
            {blocker.kind === "orders"
              ? t("privacy.blockOpenOrders", { count: blocker.count })
              : blocker.kind === "seller"
                ? t("privacy.blockSellers", { names: blocker.names.join(", ") })
                : t("privacy.blockStaff")}
          </li>
        ))}
      </ul>
    </div>
  );
}
