import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { ImpactWindowForm, signed } from "~/components/training-impact";
import { formatRupiah } from "~/modules/money/money";
import { impactWindowParam, regionTrainingImpact } from "~/modules/reports/training-impact.server";
import { requireDashboardScope } from "~/http/guards.server";
import { canSomewhere } from "~/modules/auth/permissions";
import { db } from "~/utils/db.server";
import { formatNumber } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

/** The dashboard's training-impact table: every programme, for attendees from the region. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, region } = await requireDashboardScope(request);
  const months = impactWindowParam(new URL(request.url).searchParams.get("bulan"));
  const rows = await regionTrainingImpact(db, { regionCode: region.code, months });
  return {
    region: { code: region.code, name: region.name },
    months,
    rows,
    // Programme pages are for district staff; operators see the figures only.
    staff: canSomewhere(user, "training.manage"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("impact.overviewTitle", { region: data?.region.name ?? "" })) }];
};

export default function TrainingImpactOverview() {
  const { region, months, rows, staff } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(locale, v);
  const exportLink = (format: "csv" | "xlsx") =>
    `/staf/dasbor/ekspor?${new URLSearchParams({
      tabel: "dampak",
      bulan: String(months),
      wilayah: region.code,
      format,
    })}`;
  return (
    <div className="space-y-4">
      <p>
        <Link
          to={`/staf/dasbor?${new URLSearchParams({ wilayah: region.code })}`}
          className="underline"
        >
          ← {t("impact.backToDashboard")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("impact.overviewTitle", { region: region.name })}</h1>
      <p>{t("impact.overviewIntro")}</p>
      <p className="text-sm text-stone-700">{t("impact.method")}</p>
      <ImpactWindowForm months={months} hidden={{ wilayah: region.code }} />
      <div tabIndex={0} role="region" aria-label={t("impact.title")} className="overflow-x-auto">
        <table className="w-full bg-white text-sm">
          <caption className="sr-only">{t("impact.title")}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="text-left">
                {t("impact.programme")}
              </th>
              <th scope="col" rowSpan={2} className="text-right">
                {t("impact.sellers")}
              </th>
              <th scope="colgroup" colSpan={3} className="text-center">
                {t("impact.differencePerSeller")}
              </th>
            </tr>
            <tr>
              <th scope="col" className="text-right">
                {t("impact.gmv")}
              </th>
              <th scope="col" className="text-right">
                {t("impact.activeMonths")}
              </th>
              <th scope="col" className="text-right">
                {t("impact.cashbookMonths")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, title, topic, impact }) => (
              <tr key={id} className="border-t border-stone-200" data-testid="impact-row">
                <th scope="row" className="text-left font-normal">
                  {staff ? (
                    <Link
                      to={`/staf/pelatihan/${id}?${new URLSearchParams({ bulan: String(months) })}`}
                      className="underline"
                    >
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                  <span className="block text-stone-600">
                    {t(`topic.${topic}`)}
                    {impact.small ? ` · ${t("impact.smallShort")}` : ""}
                  </span>
                </th>
                <td className="text-right">
                  {n(impact.attendees.sellers)} / {n(impact.comparison.sellers)}
                </td>
                <td className="text-right">
                  {impact.attendees.n === 0
                    ? "—"
                    : signed(formatRupiah(impact.difference.gmv), impact.difference.gmv)}
                </td>
                <td className="text-right">
                  {impact.attendees.n === 0
                    ? "—"
                    : signed(n(impact.difference.activeMonths), impact.difference.activeMonths)}
                </td>
                <td className="text-right">
                  {impact.attendees.n === 0
                    ? "—"
                    : signed(n(impact.difference.cashbookMonths), impact.difference.cashbookMonths)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="flex flex-wrap gap-2">
        <a href={exportLink("csv")} className="btn-secondary">
          {t("impact.download")} CSV
        </a>
        <a href={exportLink("xlsx")} className="btn-secondary">
          {t("impact.download")} XLSX
        </a>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/dasbor" />;
}
