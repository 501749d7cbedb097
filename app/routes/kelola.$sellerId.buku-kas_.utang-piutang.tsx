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
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { EXPENSE_CATEGORIES, INCOME_CATEGORIES } from "~/modules/growth/cashbook.server";
import { receivableReminderText, type DebtState } from "~/modules/growth/debts";
import {
  addDebt,
  DebtSchema,
  debtTotals,
  deleteDebt,
  deleteDebtPayment,
  listDebts,
  recordDebtPayment,
  rescheduleDebt,
  type DebtView,
} from "~/modules/growth/debts.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDay } from "~/utils/format";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";
import { whatsappLink } from "~/utils/whatsapp";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const now = new Date();
  const today = jakartaDateOf(now);
  const [open, settled, totals] = await Promise.all([
    listDebts(db, { sellerId: seller.id, settled: false, now }),
    listDebts(db, { sellerId: seller.id, settled: true, now, take: 50 }),
    debtTotals(db, { sellerId: seller.id, now }),
  ]);
  const reminder = (debt: DebtView) =>
    debt.direction === "RECEIVABLE" && debt.partyPhone
      ? whatsappLink(
          debt.partyPhone,
          receivableReminderText({
            partyName: debt.partyName,
            shopName: seller.businessName,
            remaining: debt.remaining,
            dueOn: debt.dueOn,
            today,
          }),
        )
      : null;
  return {
    seller,
    today,
    totals,
    open: open.map((debt) => ({ ...debt, reminderLink: reminder(debt) })),
    settled,
    incomeCategories: [...INCOME_CATEGORIES],
    // "lainnya" is in both lists; a select offers each value once.
    expenseCategories: EXPENSE_CATEGORIES.filter(
      (c) => !(INCOME_CATEGORIES as readonly string[]).includes(c),
    ),
    constraint: getZodConstraint(DebtSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const formData = await readForm(request);
  const back = `/kelola/${seller.id}/buku-kas/utang-piutang`;
  const intent = String(formData.get("intent") ?? "add");
  const target = String(formData.get("debtId") ?? "");
  return withDomainErrors(
    request,
    async () => {
      // The module checks these forms itself; a refusal is shown on the debt's card.
      const fields = Object.fromEntries(formData);
      if (intent === "pay") {
        await recordDebtPayment(db, { sellerId: seller.id, recordedById: user.id, data: fields });
        return redirect(back);
      }
      if (intent === "reschedule") {
        await rescheduleDebt(db, { sellerId: seller.id, data: fields });
        return redirect(back);
      }
      if (intent === "undo-payment") {
        await deleteDebtPayment(db, {
          sellerId: seller.id,
          paymentId: String(formData.get("paymentId") ?? ""),
        });
        return redirect(back);
      }
      if (intent === "delete") {
        await deleteDebt(db, { sellerId: seller.id, debtId: target });
        return redirect(back);
      }
      const submission = parseWithZod(formData, { schema: DebtSchema });
      if (submission.status !== "success") {
        return data(
          { result: formReply(request, submission), error: null, debtId: null },
          { status: 400 },
        );
      }
      await addDebt(db, { sellerId: seller.id, recordedById: user.id, data: submission.value });
      return redirect(back);
    },
    (failure) => ({ result: undefined, error: failure.message, debtId: target || null }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("debts.title")) }];
};

const STATE_STYLE: Partial<Record<DebtState, string>> = {
  overdue: "bg-red-100 text-red-900",
  dueToday: "bg-amber-100 text-amber-900",
  dueSoon: "bg-amber-50 text-amber-900",
};

export default function DebtBookPage() {
  const { seller, today, totals, open, settled, incomeCategories, expenseCategories, constraint } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const day = (d: string) => formatDay(locale, d);
  const [form, fields] = useForm<
    Record<
      | "direction"
      | "partyName"
      | "partyPhone"
      | "category"
      | "amount"
      | "incurredOn"
      | "dueOn"
      | "note"
      | "remind",
      string
    >
  >({
    lastResult: actionData?.result,
    constraint,
    defaultValue: { direction: "RECEIVABLE", category: "penjualan", incurredOn: today },
  });
  const pageError = actionData?.error && !actionData.debtId ? actionData.error : null;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/kelola/${seller.id}/buku-kas`} className="underline">
          ← {t("debts.backToCashbook")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("debts.title")}</h1>
      <p className="text-stone-700">{t("debts.intro")}</p>
      {pageError ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {pageError}
        </p>
      ) : null}

      <dl className="grid gap-3 sm:grid-cols-2">
        {(
          [
            ["receivable", "debts.openReceivable"],
            ["payable", "debts.openPayable"],
          ] as const
        ).map(([side, label]) => (
          <div key={side} className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-stone-700">{t(label)}</dt>
            <dd className="text-2xl font-bold" data-testid={`debt-total-${side}`}>
              {formatRupiah(totals[side].open)}
            </dd>
            <dd className="text-sm text-stone-700">
              {t("debts.countOverdue", {
                count: totals[side].count,
                overdue: totals[side].overdue,
              })}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="belum-lunas" className="space-y-3">
        <h2 id="belum-lunas" className="text-lg font-semibold">
          {t("debts.open")}
        </h2>
        {open.length === 0 ? <p>{t("debts.none")}</p> : null}
        <ul className="space-y-3">
          {open.map((debt) => (
            <li
              key={debt.id}
              className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
              data-testid="debt"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">
                  {debt.partyName}{" "}
                  <span className="font-normal text-stone-700">
                    · {t(debt.direction === "RECEIVABLE" ? "debts.receivable" : "debts.payable")}
                    {debt.partyPhone ? ` · ${formatIndonesianPhone(debt.partyPhone)}` : ""}
                  </span>
                </p>
                {STATE_STYLE[debt.state] ? (
                  <span className={`rounded-full px-2 py-0.5 text-sm ${STATE_STYLE[debt.state]}`}>
                    {t(`debts.state.${debt.state as "overdue" | "dueToday" | "dueSoon"}`)}
                  </span>
                ) : null}
              </div>
              <p>
                {t("debts.amountLine", {
                  amount: formatRupiah(debt.amount),
                  remaining: formatRupiah(debt.remaining),
                })}
              </p>
              <p className="text-sm text-stone-700">
                {t("debts.since", { date: day(debt.incurredOn) })}
                {debt.dueOn ? ` · ${t("debts.due", { date: day(debt.dueOn) })}` : ""}
                {debt.remind ? ` · ${t("debts.reminderOn")}` : ""}
                {debt.note ? ` · ${debt.note}` : ""}
              </p>
              {debt.payments.length > 0 ? (
                <div>
                  <h3 className="text-sm font-medium">{t("debts.payments")}</h3>
                  <ul className="text-sm">
                    {debt.payments.map((p) => (
                      <li key={p.id} className="flex items-center justify-between gap-2 py-1">
                        <span>
                          {day(p.paidOn)} · {formatRupiah(p.amount)}
                        </span>
                        <Form method="post">
                          <input type="hidden" name="intent" value="undo-payment" />
                          <input type="hidden" name="paymentId" value={p.id} />
                          <button
                            type="submit"
                            className="btn-secondary text-sm"
                            aria-label={t("debts.undoPaymentLabel", {
                              amount: formatRupiah(p.amount),
                              date: day(p.paidOn),
                            })}
                          >
                            {t("debts.undoPayment")}
                          </button>
                        </Form>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {actionData?.error && actionData.debtId === debt.id ? (
                <p role="alert" className="text-sm font-medium text-red-800">
                  {actionData.error}
                </p>
              ) : null}
              {/* Keyed by what is paid, so the amount starts again at what is left. */}
              <Form
                key={`${debt.id}-${debt.paid}`}
                method="post"
                className="flex flex-wrap items-end gap-2"
              >
                <input type="hidden" name="intent" value="pay" />
                <input type="hidden" name="debtId" value={debt.id} />
                <label className="min-w-32 flex-1">
                  <span className="block text-sm">{t("debts.payAmount")}</span>
                  <input
                    name="amount"
                    inputMode="numeric"
                    required
                    defaultValue={String(debt.remaining)}
                    className={inputClass}
                  />
                </label>
                <label className="min-w-32 flex-1">
                  <span className="block text-sm">{t("debts.payDate")}</span>
                  <input
                    type="date"
                    name="paidOn"
                    required
                    defaultValue={today}
                    className={inputClass}
                  />
                </label>
                <button type="submit" className="btn-primary">
                  {t("debts.pay")}
                </button>
              </Form>
              <details className="text-sm">
                <summary className="flex min-h-11 cursor-pointer items-center underline">
                  {t("debts.reschedule")}
                </summary>
                <Form
                  key={`${debt.id}-${debt.dueOn}-${debt.remind}`}
                  method="post"
                  className="flex flex-wrap items-end gap-2 pt-2"
                >
                  <input type="hidden" name="intent" value="reschedule" />
                  <input type="hidden" name="debtId" value={debt.id} />
                  <label className="min-w-32 flex-1">
                    <span className="block">{t("debts.dueOn")}</span>
                    <input
                      type="date"
                      name="dueOn"
                      defaultValue={debt.dueOn ?? ""}
                      className={inputClass}
                    />
                  </label>
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name="remind"
                      defaultChecked={debt.remind}
                      className="size-5"
                    />
                    <span>{t("debts.remindShort")}</span>
                  </label>
                  <button type="submit" className="btn-secondary">
                    {t("debts.saveSchedule")}
                  </button>
                </Form>
              </details>
              <div className="flex flex-wrap gap-2">
                {debt.reminderLink ? (
                  <a
                    href={debt.reminderLink}
                    target="_blank"
                    rel="noreferrer"
                    className="btn-secondary"
                  >
                    {t("debts.remindWhatsapp")}
                  </a>
                ) : null}
                {debt.payments.length === 0 ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="debtId" value={debt.id} />
                    <button
                      type="submit"
                      className="btn-secondary"
                      aria-label={t("debts.deleteLabel", { name: debt.partyName })}
                    >
                      {t("debts.delete")}
                    </button>
                  </Form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="catat-utang"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="catat-utang" className="mb-3 text-lg font-semibold">
          {t("debts.new")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <input type="hidden" name="intent" value="add" />
          <FormError errors={form.errors} />
          <Field
            id={fields.direction.id}
            label={t("debts.direction")}
            errors={fields.direction.errors}
          >
            <select {...getSelectProps(fields.direction)} className={inputClass}>
              <option value="RECEIVABLE">{t("debts.receivableLong")}</option>
              <option value="PAYABLE">{t("debts.payableLong")}</option>
            </select>
          </Field>
          <Field
            id={fields.partyName.id}
            label={t("debts.partyName")}
            errors={fields.partyName.errors}
          >
            <input {...getInputProps(fields.partyName, { type: "text" })} className={inputClass} />
          </Field>
          <Field
            id={fields.partyPhone.id}
            label={t("debts.partyPhone")}
            errors={fields.partyPhone.errors}
            hint={t("debts.partyPhoneHint")}
          >
            <input
              {...getInputProps(fields.partyPhone, { type: "tel" })}
              autoComplete="off"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.category.id}
            label={t("debts.category")}
            errors={fields.category.errors}
          >
            <select {...getSelectProps(fields.category)} className={inputClass}>
              <CategoryOptgroups
                groups={[
                  { label: t("debts.receivable"), categories: incomeCategories },
                  { label: t("debts.payable"), categories: expenseCategories },
                ]}
              />
            </select>
          </Field>
          <Field id={fields.amount.id} label={t("debts.amount")} errors={fields.amount.errors}>
            <input
              {...getInputProps(fields.amount, { type: "text" })}
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.incurredOn.id}
            label={t("debts.incurredOn")}
            errors={fields.incurredOn.errors}
          >
            <input {...getInputProps(fields.incurredOn, { type: "date" })} className={inputClass} />
          </Field>
          <Field id={fields.dueOn.id} label={t("debts.dueOn")} errors={fields.dueOn.errors}>
            <input {...getInputProps(fields.dueOn, { type: "date" })} className={inputClass} />
          </Field>
          <label className="flex min-h-11 items-center gap-2">
            <input {...getInputProps(fields.remind, { type: "checkbox" })} className="size-5" />
            <span>{t("debts.remind")}</span>
          </label>
          <Field id={fields.note.id} label={t("debts.note")} errors={fields.note.errors}>
            <input {...getInputProps(fields.note, { type: "text" })} className={inputClass} />
          </Field>
          <button type="submit" className="btn-primary">
            {t("debts.save")}
          </button>
        </Form>
      </section>

      <details className="rounded-xl border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">
          {t("debts.settled")} ({settled.length})
        </summary>
        {settled.length === 0 ? <p className="mt-2">{t("debts.noneSettled")}</p> : null}
        <ul className="mt-2 divide-y divide-stone-200">
          {settled.map((debt) => (
            <li key={debt.id} className="py-2">
              {debt.partyName} ·{" "}
              {t(debt.direction === "RECEIVABLE" ? "debts.receivable" : "debts.payable")} ·{" "}
              {formatRupiah(debt.amount)} ·{" "}
              {debt.settledOn ? t("debts.settledOn", { date: day(debt.settledOn) }) : ""}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
