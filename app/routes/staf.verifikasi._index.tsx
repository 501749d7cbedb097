import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { verificationRegions } from "~/modules/auth/permissions";
import { listDocumentsAwaitingReview } from "~/modules/sellers/legality-documents.server";
import { listVerificationQueue } from "~/modules/sellers/onboarding.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requirePermission } from "~/http/guards.server";
import { DOCUMENT_SHORT_NAMES } from "~/modules/sellers/legality";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "verification.queue");
  const regions = verificationRegions(user);
  const [queue, documents] = await Promise.all([
    listVerificationQueue(db, { regions }),
    listDocumentsAwaitingReview(db, { regions }),
  ]);
  return { queue, documents };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("staff.queueTitle")) }];
};

export default function VerificationQueue() {
  const { queue, documents } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("staff.queueTitle")}</h1>
      {queue.length === 0 ? <p>{t("staff.queueEmpty")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {queue.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="font-medium">{s.businessName}</span> · {s.ownerName} · {s.desa.name},
              Kec. {s.desa.parent?.name} · {formatDate(locale, s.createdAt)}
            </span>
            <Link
              to={`/staf/verifikasi/${s.id}`}
              className="btn-secondary"
              aria-label={`${t("staff.review")} ${s.businessName}`}
            >
              {t("staff.review")}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">{t("legal.queue.title")}</h2>
      {documents.length === 0 ? <p>{t("legal.queue.none")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {documents.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="font-medium">{d.seller.businessName}</span> ·{" "}
              {DOCUMENT_SHORT_NAMES[d.type]} ·{" "}
              {t("legal.queue.uploaded", { date: formatDate(locale, d.updatedAt) })}
            </span>
            <Link
              to={`/staf/verifikasi/${d.seller.id}#legalitas`}
              className="btn-secondary"
              aria-label={`${t("staff.review")} ${DOCUMENT_SHORT_NAMES[d.type]} ${d.seller.businessName}`}
            >
              {t("staff.review")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/verifikasi" />;
}
