import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { inputClass } from "~/components/ui/field";
import { listAuditLog, parseAuditFilter } from "~/modules/audit/audit.server";
import { can } from "~/modules/auth/permissions";
import { db } from "~/utils/db.server";
import { notFound } from "~/http/responses";
import { formatDateTime } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!can(user, "audit.view")) notFound();
  const filter = parseAuditFilter(new URL(request.url).searchParams);
  const log = await listAuditLog(db, filter);
  return { ...log, filter };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("audit.title")) }];
};

export default function AuditPage() {
  const { items, next, filter } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { locale, t } = useI18n();
  const nextParams = new URLSearchParams(searchParams);
  if (next) nextParams.set("sebelum", next);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <label>
          <span className="block text-sm">{t("audit.action")}</span>
          <input
            name="tindakan"
            defaultValue={filter.action}
            placeholder="seller.verification"
            className={inputClass}
          />
        </label>
        <label>
          <span className="block text-sm">{t("dash.from")}</span>
          <input type="date" name="dari" defaultValue={filter.from} className={inputClass} />
        </label>
        <label>
          <span className="block text-sm">{t("dash.to")}</span>
          <input type="date" name="sampai" defaultValue={filter.to} className={inputClass} />
        </label>
        <button type="submit" className="btn-secondary">
          {t("audit.filter")}
        </button>
      </Form>
      {items.length === 0 ? <p>{t("audit.empty")}</p> : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("audit.title")}>
        <table className="w-full bg-white text-sm">
          <thead>
            <tr>
              <th className="p-2 text-left">{t("audit.when")}</th>
              <th className="p-2 text-left">{t("audit.action")}</th>
              <th className="p-2 text-left">{t("audit.actor")}</th>
              <th className="p-2 text-left">{t("audit.entity")}</th>
              <th className="p-2 text-left">{t("audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-t border-stone-200 align-top">
                <td className="p-2">{formatDateTime(locale, item.createdAt)}</td>
                <td className="p-2">{item.action}</td>
                <td className="p-2">
                  {item.actorName ?? t("audit.system")}
                  {item.actorRole ? ` (${item.actorRole})` : ""}
                </td>
                <td className="p-2">
                  {item.entityType} {item.entityId}
                  {item.sellerName ? (
                    <span className="block text-stone-600">{item.sellerName}</span>
                  ) : null}
                </td>
                <td className="max-w-xs break-words p-2 font-mono text-xs">{item.data}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <Link to={`?${nextParams}`} className="underline">
          {t("audit.next")}
        </Link>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/audit" />;
}
