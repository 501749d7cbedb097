import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { BarChart } from "~/components/bar-chart";
import { serviceLevelFigures } from "~/components/service-level";
import { inputClass } from "~/components/ui/field";
import { INCLUSION_KEYS, LITERACY_STRATA, STRATUM_LABELS } from "~/modules/literacy/instrument";
import { formatRupiah } from "~/modules/money/money";
import {
  dashboardOverview,
  dashboardServiceLevel,
  regionTable,
  type RegionRow,
} from "~/modules/reports/dashboard.server";
import { percent, type LiteracySnapshot } from "~/modules/reports/figures";
import { requireDashboardScope } from "~/http/guards.server";
import { db } from "~/utils/db.server";
import { formatMonth, formatNumber, formatPercent, formatPoints } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

const COLUMNS = [
  "name",
  "registered",
  "verified",
  "active",
  "orders",
  "gmv",
  "trained",
  "nib",
  "halal",
] as const;
type Column = (typeof COLUMNS)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const { region, trail, period } = await requireDashboardScope(request);
  const scope = { regionCode: region.code, from: period.from, to: period.to, asOf: Date.now() };
  const params = new URL(request.url).searchParams;
  const sort = (COLUMNS as readonly string[]).includes(params.get("urut") ?? "")
    ? (params.get("urut") as Column)
    : "name";
  const [overview, rows, service] = await Promise.all([
    dashboardOverview(db, scope),
    regionTable(db, scope),
    dashboardServiceLevel(db, { regionCode: region.code }),
  ]);
  const sorted = [...rows].sort((a, b) =>
    sort === "name" ? a.name.localeCompare(b.name) : (b[sort] as number) - (a[sort] as number),
  );
  return {
    region,
    trail,
    period: { from: period.fromMonth, to: period.toMonth },
    overview,
    service,
    rows: sorted,
    sort,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [
    { title: pageTitle(t, data ? t("dash.title", { region: data.region.name }) : undefined) },
  ];
};

const COLUMN_LABEL: Record<Column, Parameters<ReturnType<typeof useI18n>["t"]>[0]> = {
  name: "dash.region",
  registered: "dash.registered",
  verified: "dash.verified",
  active: "dash.active",
  orders: "dash.orders",
  gmv: "dash.gmv",
  trained: "dash.trainedCol",
  nib: "badge.nib",
  halal: "badge.halal",
};

export default function DashboardPage() {
  const { region, trail, period, overview, service, rows, sort } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { locale, t } = useI18n();
  const n = (v: number) => formatNumber(locale, v);
  // The dashboard's figures count shares in percent (15.5); the formatter takes a fraction.
  const pct = (value: number) => formatPercent(locale, value / 100);
  const link = (params: Record<string, string>) => {
    const next = new URLSearchParams(searchParams);
    for (const [k, v] of Object.entries(params)) next.set(k, v);
    return `/staf/dasbor?${next}`;
  };
  const exportLink = (table: string, format: string) =>
    `/staf/dasbor/ekspor?${new URLSearchParams({ wilayah: region.code, dari: period.from, sampai: period.to, tabel: table, format })}`;
  // The month with the most sales (the first of equals), for the chart's summary.
  const peak = overview.monthly.reduce<(typeof overview.monthly)[number] | undefined>(
    (best, m) => (best === undefined || m.gmv > best.gmv ? m : best),
    undefined,
  );
  const literacy = overview.literacy;
  const share = (snapshot: LiteracySnapshot, count: number) =>
    t("dash.countPercent", {
      count: n(count),
      percent: pct(percent(count, snapshot.assessed)),
    });
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-1">
          {trail.map((r) => (
            <li key={r.code}>
              <Link to={link({ wilayah: r.code, urut: "name" })} className="underline">
                {r.name}
              </Link>{" "}
              ›
            </li>
          ))}
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <h1 className="text-2xl font-bold">{t("dash.title", { region: region.name })}</h1>

      <Form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="wilayah" value={region.code} />
        <label>
          <span className="block text-sm">{t("dash.from")}</span>
          <input type="month" name="dari" defaultValue={period.from} className={inputClass} />
        </label>
        <label>
          <span className="block text-sm">{t("dash.to")}</span>
          <input type="month" name="sampai" defaultValue={period.to} className={inputClass} />
        </label>
        <button type="submit" className="btn-secondary">
          {t("dash.show")}
        </button>
      </Form>

      <section aria-labelledby="umkm" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <h2 id="umkm" className="sr-only">
          {t("dash.sellers")}
        </h2>
        {(
          [
            ["dash.registered", n(overview.sellers.registered)],
            ["dash.verified", n(overview.sellers.verified)],
            ["dash.active", n(overview.sellers.active)],
            ["dash.zeroOrders", n(overview.sellers.zeroOrders)],
            ["dash.backlog", n(overview.sellers.backlog)],
            ["dash.gmv", formatRupiah(overview.sales.gmv)],
            ["dash.orders", n(overview.sales.orders)],
            ["dash.aov", formatRupiah(overview.sales.averageOrderValue)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-xl border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-600">{t(label)}</p>
            <p className="text-xl font-semibold">{value}</p>
          </div>
        ))}
      </section>

      <BarChart
        id="gmv"
        title={t("dash.chartTitle")}
        summary={
          peak
            ? t("dash.chartDesc", {
                from: formatMonth(locale, period.from),
                to: formatMonth(locale, period.to),
                max: formatRupiah(peak.gmv),
                month: formatMonth(locale, peak.month),
              })
            : t("dash.none")
        }
        bars={overview.monthly.map((m) => ({
          key: m.month,
          label: formatMonth(locale, m.month, "name"),
          longLabel: formatMonth(locale, m.month),
          group: m.month.slice(0, 4),
          value: m.gmv,
        }))}
        format={formatRupiah}
        texts={{ showTable: t("chart.showTable"), category: t("dash.month"), value: t("dash.gmv") }}
      />

      <ServiceSection service={service} />

      <div className="grid gap-4 md:grid-cols-2">
        <section
          aria-labelledby="kategori"
          className="rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="kategori" className="font-semibold">
            {t("dash.topCategories")}
          </h2>
          <ol className="list-decimal pl-5 text-sm">
            {overview.topCategories.map((c) => (
              <li key={c.name}>
                {c.name}: {formatRupiah(c.gmv)}
              </li>
            ))}
          </ol>
        </section>
        <section
          aria-labelledby="desa-top"
          className="rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="desa-top" className="font-semibold">
            {t("dash.topDesa")}
          </h2>
          <ol className="list-decimal pl-5 text-sm">
            {overview.topDesa.map((d) => (
              <li key={d.code}>
                {d.name}: {formatRupiah(d.gmv)}
              </li>
            ))}
          </ol>
        </section>
        <section
          aria-labelledby="latih"
          className="rounded-xl border border-stone-200 bg-white p-4 text-sm"
        >
          <h2 id="latih" className="font-semibold">
            {t("dash.training")}
          </h2>
          <p>
            {t("dash.trained", {
              count: n(overview.training.trainedSellers),
              percent: pct(overview.training.coveragePercent),
            })}
          </p>
          <p>
            {overview.training.averageGain === null
              ? t("dash.noGain")
              : t("dash.gain", { gain: formatPoints(locale, overview.training.averageGain) })}
          </p>
          <ul>
            {overview.training.byTopic.map((topic) => (
              <li key={topic.topic}>
                {t(`topic.${topic.topic}`)}: {n(topic.sellers)}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link
              to={`/staf/dasbor/dampak-pelatihan?${new URLSearchParams({ wilayah: region.code })}`}
              className="underline"
            >
              {t("impact.dashboardLink")}
            </Link>
          </p>
        </section>
        <section
          aria-labelledby="literasi"
          className="rounded-xl border border-stone-200 bg-white p-4 text-sm"
        >
          <h2 id="literasi" className="font-semibold">
            {t("dash.literacy")}
          </h2>
          <p>{t("dash.assessed", { count: n(overview.literacy.assessedInPeriod) })}</p>
          <table className="mt-2 w-full" aria-labelledby="literasi">
            <thead>
              <tr>
                <th scope="col" className="text-left">
                  {t("dash.measure")}
                </th>
                <th scope="col" className="text-right">
                  {t("dash.atStart")}
                </th>
                <th scope="col" className="text-right">
                  {t("dash.atEnd")}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-stone-200">
                <th scope="row" className="text-left font-normal">
                  {t("dash.assessedRow")}
                </th>
                <td className="text-right">{n(literacy.start.assessed)}</td>
                <td className="text-right">{n(literacy.end.assessed)}</td>
              </tr>
              {LITERACY_STRATA.map((stratum) => (
                <tr key={stratum} className="border-t border-stone-200">
                  <th scope="row" className="text-left font-normal">
                    {STRATUM_LABELS[stratum]}
                  </th>
                  <td className="text-right">
                    {share(literacy.start, literacy.start.strata[stratum])}
                  </td>
                  <td className="text-right">
                    {share(literacy.end, literacy.end.strata[stratum])}
                  </td>
                </tr>
              ))}
              <tr className="border-t border-stone-200">
                <th scope="row" colSpan={3} className="pt-2 text-left">
                  {t("dash.inclusion")}
                </th>
              </tr>
              {INCLUSION_KEYS.map((k) => (
                <tr key={k} className="border-t border-stone-200">
                  <th scope="row" className="text-left font-normal">
                    {t(`dash.inc.${k}`)}
                  </th>
                  <td className="text-right">
                    {share(literacy.start, literacy.start.inclusion[k])}
                  </td>
                  <td className="text-right">{share(literacy.end, literacy.end.inclusion[k])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section
          aria-labelledby="legal"
          className="rounded-xl border border-stone-200 bg-white p-4 text-sm"
        >
          <h2 id="legal" className="font-semibold">
            {t("dash.legality")}
          </h2>
          <ul>
            {(
              [
                ["NIB", "nib"],
                ["P-IRT", "pirt"],
                ["Halal", "halal"],
              ] as const
            ).map(([label, key]) => (
              <li key={key}>
                {label}:{" "}
                {t("dash.countPercent", {
                  count: n(overview.legality[key]),
                  percent: pct(overview.legality.percent[key]),
                })}
              </li>
            ))}
          </ul>
          <p>
            {t("dash.documentsExpiry", {
              expired: n(overview.legality.expired),
              expiring: n(overview.legality.expiring),
            })}
          </p>
          <p>
            {t("dash.sizeClass", {
              up: n(overview.sizeClass.up),
              down: n(overview.sizeClass.down),
            })}
          </p>
        </section>
      </div>

      {rows.length > 0 ? (
        <section aria-labelledby="per-wilayah" className="space-y-2">
          <h2 id="per-wilayah" className="text-xl font-semibold">
            {t("dash.table")}
          </h2>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("dash.table")}>
            <table className="w-full bg-white text-sm" aria-labelledby="per-wilayah">
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      className="p-2 text-left"
                      aria-sort={
                        sort === c ? (c === "name" ? "ascending" : "descending") : undefined
                      }
                    >
                      <Link
                        to={link({ urut: c })}
                        aria-label={t("dash.sortBy", { column: t(COLUMN_LABEL[c]) })}
                      >
                        {t(COLUMN_LABEL[c])}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row: RegionRow) => (
                  <tr key={row.code} className="border-t border-stone-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link to={link({ wilayah: row.code, urut: "name" })} className="underline">
                        {row.name}
                      </Link>
                    </th>
                    <td className="p-2">{n(row.registered)}</td>
                    <td className="p-2">{n(row.verified)}</td>
                    <td className="p-2">{n(row.active)}</td>
                    <td className="p-2">{n(row.orders)}</td>
                    <td className="p-2">{formatRupiah(row.gmv)}</td>
                    <td className="p-2">{n(row.trained)}</td>
                    <td className="p-2">{n(row.nib)}</td>
                    <td className="p-2">{n(row.halal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="unduh" className="space-y-1 text-sm">
        <h2 id="unduh" className="font-semibold">
          {t("dash.export")}
        </h2>
        <p className="flex flex-wrap gap-3">
          {rows.length > 0 ? (
            <>
              <a href={exportLink("wilayah", "csv")} className="underline">
                {t("dash.exportRegions")} (CSV)
              </a>
              <a href={exportLink("wilayah", "xlsx")} className="underline">
                {t("dash.exportRegions")} (XLSX)
              </a>
            </>
          ) : null}
          <a href={exportLink("umkm", "csv")} className="underline">
            {t("dash.exportSellers")} (CSV)
          </a>
          <a href={exportLink("umkm", "xlsx")} className="underline">
            {t("dash.exportSellers")} (XLSX)
          </a>
        </p>
      </section>
    </div>
  );
}

function ServiceSection({
  service,
}: {
  service: ReturnType<typeof useLoaderData<typeof loader>>["service"];
}) {
  const { locale, t } = useI18n();
  const { overall } = service;
  const figures = serviceLevelFigures(overall, locale, t);
  const pct = figures.share;
  return (
    <section
      aria-labelledby="layanan"
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id="layanan" className="font-semibold">
        {t("dash.service")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(
          [
            [t("dash.serviceOrders"), formatNumber(locale, overall.measured)],
            [figures.medianPack.label, figures.medianPack.text],
            [figures.onTime.label, figures.onTime.text],
            [figures.sellerCancelled.label, figures.sellerCancelled.text],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="font-semibold">{t("dash.needsHelp")}</h3>
      <p className="text-sm text-stone-600">{t("dash.needsHelpNote")}</p>
      {service.needsHelp.length === 0 ? (
        <p className="text-sm">{t("dash.noneNeedHelp")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("dash.needsHelp")}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col">{t("dash.sellers")}</th>
                <th scope="col" className="text-right">
                  {t("dash.serviceOrders")}
                </th>
                <th scope="col" className="text-right">
                  {t("home.onTime")}
                </th>
                <th scope="col" className="text-right">
                  {t("home.sellerCancelled")}
                </th>
              </tr>
            </thead>
            <tbody>
              {service.needsHelp.map((s) => (
                <tr key={s.sellerId} className="border-t border-stone-200">
                  <td>{s.businessName}</td>
                  <td className="text-right">{formatNumber(locale, s.measured)}</td>
                  <td className="text-right">{pct(s.onTimeRate)}</td>
                  <td className="text-right">{pct(s.sellerCancelRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/dasbor" />;
}
