import { Form, Link } from "@remix-run/react";
import type { KurItem } from "~/modules/growth/kur-readiness";
import { LEGALITY_LABELS } from "~/modules/growth/legality-label";
import { formatDate, formatDateTime } from "~/utils/format";
import { useI18n } from "~/utils/use-i18n";
import type { MessageKey } from "~/utils/i18n";

/** Where each missing item is fixed: a page of the seller area. */
function fixLink(item: KurItem, sellerId: string): { href: string } {
  switch (item.key) {
    case "legality":
      return { href: `/kelola/${sellerId}/legalitas` };
    case "activity":
    case "cashbook":
      return { href: `/kelola/${sellerId}/buku-kas` };
    case "training":
      return { href: `/kelola/${sellerId}/pelatihan` };
    case "statement":
      return { href: `/kelola/${sellerId}/laporan` };
    case "nik":
      return { href: "#nik" };
  }
}

/** The checklist a KUR officer asks for: each item met or missing, and how to fix it. */
export function KurChecklist({
  items,
  sellerId,
  maskedNik,
}: {
  items: KurItem[];
  sellerId: string;
  maskedNik: string | null;
}) {
  const { t, locale } = useI18n();
  const date = (d: Date) => formatDate(locale, d);
  const detail = (item: KurItem): string | null => {
    switch (item.key) {
      case "legality":
        return item.met
          ? t("kur.item.legality.met", {
              types: item.types.map((type) => LEGALITY_LABELS[type]).join(", "),
            })
          : null;
      case "activity":
        if (!item.since) return t("kur.item.activity.none");
        return t(item.met ? "kur.item.activity.met" : "kur.item.activity.since", {
          date: date(item.since),
          months: item.months,
        });
      case "training":
        return item.met ? t("kur.item.training.met", { count: item.count }) : null;
      case "cashbook":
        return t("kur.item.cashbook.count", { months: item.months });
      case "statement":
        if (!item.validUntil) return t("kur.item.statement.none");
        return t(item.met ? "kur.item.statement.met" : "kur.item.statement.expired", {
          date: date(item.validUntil),
        });
      case "nik":
        return item.met && maskedNik ? t("kur.item.nik.met", { nik: maskedNik }) : null;
    }
  };
  return (
    <ol className="space-y-2">
      {items.map((item) => {
        const fix = fixLink(item, sellerId);
        const text = detail(item);
        return (
          <li
            key={item.key}
            data-testid={`kur-${item.key}`}
            className={`rounded-xl border p-3 ${
              item.met ? "border-brand-200 bg-brand-50" : "border-amber-300 bg-amber-50"
            }`}
          >
            <p className="font-medium">
              <span className="badge mr-2 bg-white">
                {item.met ? `✓ ${t("kur.met")}` : `✗ ${t("kur.missing")}`}
              </span>
              {t(`kur.item.${item.key}` as MessageKey)}
            </p>
            {text ? <p className="text-sm">{text}</p> : null}
            {!item.met ? (
              <p className="text-sm">
                {t(`kur.item.${item.key}.fix` as MessageKey)}{" "}
                <Link to={fix.href} className="underline">
                  {t(`kur.item.${item.key}.link` as MessageKey)}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export interface ShareLinkRow {
  id: string;
  bankName: string;
  createdAt: Date;
  expiresAt: Date;
  status: "active" | "expired" | "revoked";
  views: number;
}

export interface ShareViewRow {
  id: string;
  bankName: string;
  viewedAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** The seller's bank links, with a revoke button for each live one. */
export function ShareLinkTable({ links }: { links: ShareLinkRow[] }) {
  const { t, locale } = useI18n();
  if (links.length === 0) return <p>{t("kur.share.none")}</p>;
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("kur.share.links")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kur.share.bank")}</th>
            <th scope="col">{t("kur.share.createdAt")}</th>
            <th scope="col">{t("kur.share.expiresAt")}</th>
            <th scope="col">{t("kur.share.status")}</th>
            <th scope="col" className="text-right">
              {t("kur.share.views")}
            </th>
            <th scope="col">
              <span className="sr-only">{t("kur.share.revoke")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id} className="border-t border-stone-200">
              <th scope="row" className="font-normal">
                {link.bankName}
              </th>
              <td>{formatDate(locale, link.createdAt)}</td>
              <td>{formatDate(locale, link.expiresAt)}</td>
              <td>{t(`kur.share.status.${link.status}`)}</td>
              <td className="text-right">{link.views}</td>
              <td>
                {link.status === "active" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="linkId" value={link.id} />
                    <button
                      type="submit"
                      className="underline"
                      aria-label={`${t("kur.share.revoke")} ${link.bankName}`}
                    >
                      {t("kur.share.revoke")}
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every opening of the seller's bank links, newest first. */
export function ShareViewLog({ views }: { views: ShareViewRow[] }) {
  const { t, locale } = useI18n();
  if (views.length === 0) return <p>{t("kur.share.logNone")}</p>;
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("kur.share.log")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("kur.share.viewedAt")}</th>
            <th scope="col">{t("kur.share.bank")}</th>
            <th scope="col">{t("kur.share.ip")}</th>
            <th scope="col">{t("kur.share.browser")}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <tr key={view.id} className="border-t border-stone-200">
              <td>{formatDateTime(locale, view.viewedAt)}</td>
              <th scope="row" className="font-normal">
                {view.bankName}
              </th>
              <td className="font-mono">{view.ip ?? "—"}</td>
              <td className="max-w-xs truncate" title={view.userAgent ?? undefined}>
                {view.userAgent ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
