import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CategoryOptgroups } from "~/components/category-options";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, withDomainErrors } from "~/http/errors.server";
import {
  cashFlow,
  CashbookEntrySchema,
  getSizeClass,
  EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  monthlyStatement,
  recordCashbookEntry,
  removeCashbookEntry,
} from "~/modules/growth/cashbook.server";
import { debtTotals } from "~/modules/growth/debts.server";
import { addMonths, isMonth, jakartaDateOf, jakartaMonthOf } from "~/utils/jakarta-calendar";
import { formatDay, formatDayMonth, formatMonth } from "~/utils/format";
import { SIZE_CLASS_LABELS } from "~/modules/growth/size-class";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const requested = new URL(request.url).searchParams.get("bulan") ?? "";
  const month = isMonth(requested) ? requested : jakartaMonthOf(new Date());
  const [statement, flow, sizeClass, debts] = await Promise.all([
    monthlyStatement(db, { sellerId: seller.id, month }),
    cashFlow(db, { sellerId: seller.id, fromMonth: addMonths(month, -5), toMonth: month }),
    getSizeClass(db, seller.id),
    debtTotals(db, { sellerId: seller.id }),
  ]);
  return {
    seller,
    month,
    statement,
    flow: flow.months,
    sizeClass: SIZE_CLASS_LABELS[sizeClass],
    debts,
    today: jakartaDateOf(new Date()),
    incomeCategories: [...INCOME_CATEGORIES],
    expenseCategories: EXPENSE_CATEGORIES.filter(
      (c) => !(INCOME_CATEGORIES as readonly string[]).includes(c),
    ),
    constraint: getZodConstraint(CashbookEntrySchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const formData = await readForm(request);
  const month = String(formData.get("bulan") ?? "");
  const back = `/kelola/${seller.id}/buku-kas${isMonth(month) ? `?bulan=${month}` : ""}`;
  return withDomainErrors(
    request,
    async () => {
      if (formData.get("intent") === "delete") {
        await removeCashbookEntry(db, {
          sellerId: seller.id,
          entryId: String(formData.get("entryId") ?? ""),
        });
        return redirect(back);
      }
      const submission = parseWithZod(formData, { schema: CashbookEntrySchema });
      if (submission.status !== "success")
        return data({ result: formReply(request, submission), error: null }, { status: 400 });
      await recordCashbookEntry(db, {
        sellerId: seller.id,
        recordedById: user.id,
        data: submission.value,
      });
      return redirect(
        `/kelola/${seller.id}/buku-kas?bulan=${submission.value.occurredOn.slice(0, 7)}`,
      );
    },
    (failure) => ({ result: undefined, error: failure.message }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("cashbook.title")) }];
};

export default function CashbookPage() {
  const {
    seller,
    month,
    statement,
    flow,
    sizeClass,
    debts,
    today,
    constraint,
    incomeCategories,
    expenseCategories,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const monthName = formatMonth(locale, month);
  const [form, fields] = useForm<
    Record<"kind" | "category" | "amount" | "occurredOn" | "note", string>
  >({
    lastResult: actionData?.result,
    constraint,
    defaultValue: { kind: "INCOME", occurredOn: today },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("cashbook.title")}</h1>
      <p className="text-stone-700">{t("cashbook.sizeClass", { sizeClass })}</p>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}

      <Link
        to={`/kelola/${seller.id}/buku-kas/utang-piutang`}
        className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-emerald-700"
      >
        <span className="font-semibold underline">{t("debts.title")}</span>
        <span className="mt-1 block text-stone-700">
          {t("debts.openReceivable")}: {formatRupiah(debts.receivable.open)} ·{" "}
          {t("debts.openPayable")}: {formatRupiah(debts.payable.open)}
        </span>
      </Link>

      <Form method="get" className="flex flex-wrap items-end gap-2">
        <label>
          <span className="block text-sm">{t("cashbook.month")}</span>
          <input type="month" name="bulan" defaultValue={month} className={inputClass} />
        </label>
        <button type="submit" className="btn-secondary">
          {t("cashbook.show")}
        </button>
      </Form>

      <section
        aria-labelledby="laba-rugi"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="laba-rugi" className="mb-2 text-lg font-semibold">
          {t("cashbook.profitLoss", { month: monthName })}
        </h2>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
          <dt>{t("cashbook.marketplaceSales", { count: statement.marketplaceOrders })}</dt>
          <dd className="text-right">{formatRupiah(statement.income.marketplace)}</dd>
          <dt>{t("cashbook.otherIncome")}</dt>
          <dd className="text-right">{formatRupiah(statement.income.manual)}</dd>
          <dt className="font-semibold">{t("cashbook.totalIncome")}</dt>
          <dd className="text-right font-semibold">{formatRupiah(statement.income.total)}</dd>
          {Object.entries(statement.expense.byCategory).map(([category, amount]) => (
            <div key={category} className="contents">
              <dt className="pl-3 text-stone-700">{category}</dt>
              <dd className="text-right text-stone-700">{formatRupiah(amount)}</dd>
            </div>
          ))}
          <dt className="font-semibold">{t("cashbook.totalExpense")}</dt>
          <dd className="text-right font-semibold">{formatRupiah(statement.expense.total)}</dd>
          <dt className="border-t border-stone-300 pt-1 text-lg font-bold">
            {t("cashbook.profit")}
          </dt>
          <dd className="border-t border-stone-300 pt-1 text-right text-lg font-bold">
            {formatRupiah(statement.profit)}
          </dd>
        </dl>
      </section>

      <section
        aria-labelledby="arus-kas"
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="arus-kas" className="mb-2 text-lg font-semibold">
          {t("cashbook.cashFlow")}
        </h2>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("cashbook.cashFlow")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cashbook.month")}</th>
              <th scope="col" className="text-right">
                {t("cashbook.inflow")}
              </th>
              <th scope="col" className="text-right">
                {t("cashbook.outflow")}
              </th>
              <th scope="col" className="text-right">
                {t("cashbook.closing")}
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.map((m) => (
              <tr key={m.month} className="border-t border-stone-200">
                <th scope="row" className="font-normal">
                  {formatMonth(locale, m.month, "short")}
                </th>
                <td className="text-right">{formatRupiah(m.inflow)}</td>
                <td className="text-right">{formatRupiah(m.outflow)}</td>
                <td className="text-right font-medium">{formatRupiah(m.closing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="catat" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="catat" className="mb-3 text-lg font-semibold">
          {t("cashbook.newEntry")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <input type="hidden" name="bulan" value={month} />
          <FormError errors={form.errors} />
          <Field id={fields.kind.id} label={t("cashbook.kind")} errors={fields.kind.errors}>
            <select {...getSelectProps(fields.kind)} className={inputClass}>
              <option value="INCOME">{t("cashbook.income")}</option>
              <option value="EXPENSE">{t("cashbook.expense")}</option>
            </select>
          </Field>
          <Field
            id={fields.category.id}
            label={t("cashbook.category")}
            errors={fields.category.errors}
          >
            <select {...getSelectProps(fields.category)} className={inputClass}>
              <option value="">{t("cashbook.chooseCategory")}</option>
              <CategoryOptgroups
                groups={[
                  { label: t("cashbook.income"), categories: incomeCategories },
                  { label: t("cashbook.expense"), categories: expenseCategories },
                ]}
              />
            </select>
          </Field>
          <Field id={fields.amount.id} label={t("cashbook.amount")} errors={fields.amount.errors}>
            <input
              {...getInputProps(fields.amount, { type: "text" })}
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.occurredOn.id}
            label={t("cashbook.date")}
            errors={fields.occurredOn.errors}
          >
            <input {...getInputProps(fields.occurredOn, { type: "date" })} className={inputClass} />
          </Field>
          <Field id={fields.note.id} label={t("cashbook.note")} errors={fields.note.errors}>
            <input {...getInputProps(fields.note, { type: "text" })} className={inputClass} />
          </Field>
          <button type="submit" className="btn-primary">
            {t("cashbook.save")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="catatan">
        <h2 id="catatan" className="mb-2 text-lg font-semibold">
          {t("cashbook.entries", { month: monthName })}
        </h2>
        {statement.entries.length === 0 ? <p>{t("cashbook.noEntries")}</p> : null}
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {statement.entries.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                {formatDayMonth(locale, e.occurredOn)} ·{" "}
                {e.kind === "INCOME" ? t("cashbook.income") : t("cashbook.expense")} · {e.category}{" "}
                · <span className="font-medium">{formatRupiah(e.amount)}</span>
                {e.note ? ` · ${e.note}` : ""}
              </span>
              {e.debtId ? (
                <Link
                  to={`/kelola/${seller.id}/buku-kas/utang-piutang`}
                  className="text-sm underline"
                >
                  {t("debts.fromDebtBook")}
                </Link>
              ) : (
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="entryId" value={e.id} />
                  <input type="hidden" name="bulan" value={month} />
                  <button
                    type="submit"
                    className="btn-secondary text-sm"
                    aria-label={`${t("cashbook.delete")} ${e.category} ${formatDay(locale, e.occurredOn)}`}
                  >
                    {t("cashbook.delete")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
