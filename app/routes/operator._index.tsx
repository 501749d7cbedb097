import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { formatWeekdayDateTime } from "~/utils/format";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireOperator } from "~/http/guards.server";
import { regionNames } from "~/modules/regions/regions.server";
import { listSellersInDesa } from "~/modules/sellers/sellers.server";
import { listRecentSessions } from "~/modules/training/training.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const { desaCodes } = await requireOperator(request);
  const [desa, sellers, sessions] = await Promise.all([
    regionNames(db, desaCodes),
    listSellersInDesa(db, desaCodes),
    listRecentSessions(db, { now: new Date() }),
  ]);
  return { desa, sellers, sessions };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("operator.title")) }];
};

export default function OperatorHome() {
  const { desa, sellers, sessions } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("operator.title")}</h1>
      <p>{t("operator.desa", { desa: desa.map((d) => d.name).join(", ") })}</p>
      <Link to="/operator/umkm-baru" className="btn-primary">
        {t("operator.registerSeller")}
      </Link>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {sellers.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="font-medium">{s.businessName}</span> · {s.ownerName} ·{" "}
              {t(`verification.${s.verificationStatus}`)} ·{" "}
              {t("region.productCount", { count: s._count.products })}
            </span>
            <Link to={`/kelola/${s.id}`} className="btn-secondary">
              {t("account.manageShop")}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="jadwal">
        <h2 id="jadwal" className="mb-2 text-lg font-semibold">
          {t("training.upcoming")}
        </h2>
        {sessions.length === 0 ? <p>{t("training.noUpcoming")}</p> : null}
        <ul className="space-y-1">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link to={`/pelatihan/sesi/${s.id}`} className="underline">
                {s.programme.title} · {formatWeekdayDateTime(locale, s.startsAt)} · {s.venue}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/operator" />;
}
