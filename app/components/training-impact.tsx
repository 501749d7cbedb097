import { Form } from "@remix-run/react";
import { inputClass } from "~/components/ui/field";
import { formatRupiah } from "~/modules/money/money";
import type { ProgrammeImpact } from "~/modules/reports/training-impact.server";
import { formatNumber } from "~/utils/format";
import { useI18n } from "~/utils/use-i18n";

/** The window picker of the impact pages (a GET form, so it works without JavaScript). */
export function ImpactWindowForm({
  months,
  hidden,
}: {
  months: number;
  hidden?: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        <span className="block text-sm">{t("impact.window")}</span>
        <select name="bulan" defaultValue={String(months)} className={inputClass}>
          {[3, 6].map((m) => (
            <option key={m} value={m}>
              {t("impact.months", { months: m })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-secondary">
        {t("impact.show")}
      </button>
    </Form>
  );
}

/** A change as written: "+Rp5.000" when it grew; a fall already carries its "-". */
export const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** One programme's before/after figures for attendees and the comparison group, with the caveats. */
export function ImpactTable({ impact }: { impact: ProgrammeImpact }) {
  const { t, locale } = useI18n();
  const { attendees: a, comparison: c, difference: d } = impact;
  const months = (v: number) => formatNumber(locale, v);
  const rows = [
    {
      label: t("impact.gmv"),
      format: formatRupiah,
      values: [a.gmvBefore, a.gmvAfter, c.gmvBefore, c.gmvAfter],
      difference: d.gmv,
    },
    {
      label: t("impact.activeMonths"),
      format: months,
      values: [
        a.activeMonthsBefore,
        a.activeMonthsAfter,
        c.activeMonthsBefore,
        c.activeMonthsAfter,
      ],
      difference: d.activeMonths,
    },
    {
      label: t("impact.cashbookMonths"),
      format: months,
      values: [
        a.cashbookMonthsBefore,
        a.cashbookMonthsAfter,
        c.cashbookMonthsBefore,
        c.cashbookMonthsAfter,
      ],
      difference: d.cashbookMonths,
    },
  ];
  return (
    <div className="space-y-2">
      <p>{t("impact.sizes", { attendees: a.sellers, comparison: c.sellers, pairs: c.n })}</p>
      {impact.waiting > 0 ? (
        <p className="text-sm text-stone-700">
          {t("impact.waiting", { count: impact.waiting, months: impact.months })}
        </p>
      ) : null}
      {impact.small ? (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {t("impact.small")}
        </p>
      ) : null}
      {a.n === 0 ? (
        <p>{t("impact.none")}</p>
      ) : (
        <>
          {/* Phones: one block per measure; wider screens: the table. */}
          <div className="space-y-3 sm:hidden">
            {rows.map((row) => {
              const [ab, aa, cb, ca] = row.values as [number, number, number, number];
              const line = (before: number, after: number) =>
                `${row.format(before)} → ${row.format(after)} (${signed(row.format(after - before), after - before)})`;
              return (
                <section key={row.label} className="rounded-lg border border-stone-200 p-3">
                  <h3 className="font-medium">{row.label}</h3>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt>{t("impact.attendees")}</dt>
                    <dd className="text-right">{line(ab, aa)}</dd>
                    <dt>{t("impact.comparison")}</dt>
                    <dd className="text-right">{line(cb, ca)}</dd>
                    <dt className="font-semibold">{t("impact.difference")}</dt>
                    <dd className="text-right font-semibold">
                      {signed(row.format(row.difference), row.difference)}
                    </dd>
                  </dl>
                </section>
              );
            })}
          </div>
          <div
            tabIndex={0}
            className="hidden overflow-x-auto sm:block"
            role="region"
            aria-label={t("impact.title")}
          >
            <table className="w-full text-left text-sm" data-testid="impact-table">
              <caption className="sr-only">{t("impact.title")}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t("impact.measure")}
                  </th>
                  <th scope="colgroup" colSpan={3} className="text-center">
                    {t("impact.attendees")}
                  </th>
                  <th scope="colgroup" colSpan={3} className="text-center">
                    {t("impact.comparison")}
                  </th>
                  <th scope="col" rowSpan={2} className="text-right">
                    {t("impact.difference")}
                  </th>
                </tr>
                <tr>
                  {[0, 1].flatMap((g) =>
                    (["impact.before", "impact.after", "impact.change"] as const).map((key) => (
                      <th key={`${g}-${key}`} scope="col" className="px-1 text-right font-normal">
                        {t(key)}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const [ab, aa, cb, ca] = row.values as [number, number, number, number];
                  return (
                    <tr key={row.label} className="border-t border-stone-200">
                      <th scope="row" className="font-normal">
                        {row.label}
                      </th>
                      {[
                        [ab, aa],
                        [cb, ca],
                      ].flatMap(([before, after], g) => [
                        <td key={`${g}b`} className="px-1 text-right">
                          {row.format(before!)}
                        </td>,
                        <td key={`${g}a`} className="px-1 text-right">
                          {row.format(after!)}
                        </td>,
                        <td key={`${g}c`} className="px-1 text-right">
                          {signed(row.format(after! - before!), after! - before!)}
                        </td>,
                      ])}
                      <td className="px-1 text-right font-semibold">
                        {signed(row.format(row.difference), row.difference)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
