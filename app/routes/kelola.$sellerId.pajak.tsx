import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { invalidForm } from "~/http/errors.server";
import { TAXPAYER_TYPES } from "~/modules/growth/pph-final";
import { pphFinalTracker, TaxProfileSchema, updateTaxProfile } from "~/modules/growth/tax.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDay, formatMonth } from "~/utils/format";
import { jakartaYearOf } from "~/utils/jakarta-calendar";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

/** Years offered: this one and the four before (the facility's longest run is seven). */
const YEARS_BACK = 4;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const now = new Date();
  const currentYear = jakartaYearOf(now);
  const asked = Number(new URL(request.url).searchParams.get("tahun"));
  const year =
    Number.isInteger(asked) && asked <= currentYear && asked >= currentYear - YEARS_BACK
      ? asked
      : currentYear;
  const tracker = await pphFinalTracker(db, { sellerId: seller.id, year, now });
  return {
    seller,
    tracker,
    years: Array.from({ length: YEARS_BACK + 1 }, (_, i) => currentYear - i),
    constraint: getZodConstraint(TaxProfileSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const submission = parseWithZod(await readForm(request), { schema: TaxProfileSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  await updateTaxProfile(db, { sellerId: seller.id, data: submission.value });
  return redirect(`/kelola/${seller.id}/pajak`);
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("tax.title")) }];
};

export default function TaxPage() {
  const { seller, tracker, years, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const { tax, facility } = tracker;
  const [form, fields] = useForm<Record<"taxpayerType" | "pphFinalSinceYear", string>>({
    lastResult: actionData?.result,
    constraint,
    defaultValue: {
      taxpayerType: tracker.taxpayerType,
      pphFinalSinceYear: tracker.sinceYear ? String(tracker.sinceYear) : "",
    },
  });
  const lastMonth = tracker.sources.at(-1)?.month;
  const day = (d: string) => formatDay(locale, d);
  const monthName = (m: string) => formatMonth(locale, m);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("tax.title")}</h1>
        <p className="text-stone-700">{seller.businessName}</p>
      </div>
      <p>{t("tax.intro")}</p>
      <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
        {t("tax.disclaimer")}
      </p>

      <Form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
        <label>
          <span className="block text-sm">{t("tax.year")}</span>
          <select name="tahun" defaultValue={tracker.year} className={inputClass}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("tax.show")}
        </button>
      </Form>

      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-xl border border-stone-200 bg-white p-4">
          <dt className="text-stone-700">
            {t("tax.turnover", {
              year: tracker.year,
              month: lastMonth ? monthName(lastMonth) : "",
            })}
          </dt>
          <dd className="text-2xl font-bold" data-testid="tax-turnover">
            {formatRupiah(tax.turnover)}
          </dd>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-4">
          <dt className="text-stone-700">{t("tax.exemptLeft")}</dt>
          <dd className="text-2xl font-bold">
            {tracker.taxpayerType === "ORANG_PRIBADI" ? formatRupiah(tax.exemptLeft) : "—"}
          </dd>
          {tracker.taxpayerType !== "ORANG_PRIBADI" ? (
            <dd className="text-sm text-stone-700">{t("tax.exemptNone")}</dd>
          ) : null}
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-4">
          <dt className="text-stone-700">{t("tax.estimated", { year: tracker.year })}</dt>
          <dd className="text-2xl font-bold" data-testid="tax-estimated">
            {formatRupiah(tax.tax)}
          </dd>
        </div>
      </dl>
      {tax.overLimit ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {t("tax.overLimit")}
        </p>
      ) : null}
      <p>
        {!facility
          ? t("tax.facilityUnknown")
          : facility.within
            ? t("tax.facility", {
                number: facility.yearNumber,
                years: facility.years,
                first: facility.firstYear,
                last: facility.lastYear,
              })
            : facility.yearNumber < 1
              ? t("tax.facilityNotStarted", { first: facility.firstYear })
              : t("tax.facilityEnded", { last: facility.lastYear })}
      </p>

      <section
        aria-labelledby="per-bulan"
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="per-bulan" className="mb-2 text-lg font-semibold">
          {t("tax.monthly")}
        </h2>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tax.monthly")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tax.month")}</th>
              <th scope="col" className="text-right">
                {t("tax.marketplace")}
              </th>
              <th scope="col" className="text-right">
                {t("tax.cashbook")}
              </th>
              <th scope="col" className="text-right">
                {t("tax.cumulative")}
              </th>
              <th scope="col" className="text-right">
                {t("tax.taxable")}
              </th>
              <th scope="col" className="text-right">
                {t("tax.tax")}
              </th>
              <th scope="col" className="text-right">
                {t("tax.payBy")}
              </th>
            </tr>
          </thead>
          <tbody>
            {tax.months.map((m, i) => (
              <tr key={m.month} className="border-t border-stone-200">
                <th scope="row" className="font-normal">
                  {monthName(m.month)}
                </th>
                <td className="text-right">{formatRupiah(tracker.sources[i]!.marketplace)}</td>
                <td className="text-right">{formatRupiah(tracker.sources[i]!.cashbook)}</td>
                <td className="text-right">{formatRupiah(m.cumulative)}</td>
                <td className="text-right">{formatRupiah(m.taxable)}</td>
                <td className="text-right font-medium">{formatRupiah(m.tax)}</td>
                <td className="text-right">{m.tax > 0 ? day(m.payBy) : "—"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-400 font-semibold">
              <th scope="row">{t("tax.total")}</th>
              <td className="text-right" colSpan={3}>
                {formatRupiah(tax.turnover)}
              </td>
              <td className="text-right">{formatRupiah(tax.taxable)}</td>
              <td className="text-right">{formatRupiah(tax.tax)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="aturan" className="space-y-1">
        <h2 id="aturan" className="text-lg font-semibold">
          {t("tax.rules")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("tax.rule.rate")}</li>
          <li>{t("tax.rule.exempt")}</li>
          <li>{t("tax.rule.limit")}</li>
          <li>{t("tax.rule.years")}</li>
          <li>{t("tax.rule.pay")}</li>
        </ul>
        <p className="text-sm text-stone-700 print:hidden">{t("tax.print")}</p>
      </section>

      <section
        aria-labelledby="profil-pajak"
        className="rounded-xl border border-stone-200 bg-white p-4 print:hidden"
      >
        <h2 id="profil-pajak" className="mb-3 text-lg font-semibold">
          {t("tax.profile")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <FormError errors={form.errors} />
          <Field
            id={fields.taxpayerType.id}
            label={t("tax.taxpayerType")}
            errors={fields.taxpayerType.errors}
          >
            <select {...getSelectProps(fields.taxpayerType)} className={inputClass}>
              {TAXPAYER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`tax.type.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={fields.pphFinalSinceYear.id}
            label={t("tax.sinceYear")}
            errors={fields.pphFinalSinceYear.errors}
            hint={t("tax.sinceYearHint")}
          >
            <input
              {...getInputProps(fields.pphFinalSinceYear, { type: "text" })}
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <button type="submit" className="btn-primary">
            {t("tax.saveProfile")}
          </button>
        </Form>
      </section>
    </div>
  );
}
