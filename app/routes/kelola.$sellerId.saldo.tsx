import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { getLedger, PayoutSchema, recordPayout } from "~/modules/ledger/ledger.server";
import {
  listCourierCodReceivables,
  type CourierCodReceivable,
} from "~/modules/orders/order-shipments.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { notFound } from "~/http/responses";
import { requireSellerArea } from "~/http/guards.server";
import { actingRole } from "~/modules/auth/permissions";
import { formatDate } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller, canPay } = await requireSellerArea(request, params.sellerId ?? "");
  return {
    seller: { id: seller.id, businessName: seller.businessName },
    canPay,
    ledger: await getLedger(db, { sellerId: seller.id }),
    courierCod: await listCourierCodReceivables(db, seller.id),
    today: jakartaDateOf(new Date()),
    constraint: getZodConstraint(PayoutSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, canPay } = await requireSellerArea(request, params.sellerId ?? "");
  if (!canPay) notFound();
  const submission = parseWithZod(await readForm(request), { schema: PayoutSchema });
  if (submission.status !== "success") {
    return invalidForm(request, submission);
  }
  return withDomainErrors(
    request,
    async () => {
      await recordPayout(db, {
        sellerId: seller.id,
        actorId: user.id,
        actorRole: actingRole(user, "payout.record", seller),
        data: submission.value,
      });
      return redirect(`/kelola/${seller.id}/saldo`);
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("ledger.title")) }];
};

export default function LedgerPage() {
  const { seller, canPay, ledger, courierCod, today, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const [form, fields] = useForm<Record<"amount" | "reference" | "paidOn" | "note", string>>({
    lastResult: actionData?.result,
    constraint,
    defaultValue: { paidOn: today },
  });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("ledger.title")}</h1>
      <p className="text-lg">
        {t("ledger.balance")}: <strong data-testid="saldo">{formatRupiah(ledger.balance)}</strong>
      </p>
      {ledger.reserved > 0 ? (
        <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-4 gap-y-1">
          <dt>{t("ledger.reserved")}</dt>
          <dd className="text-right" data-testid="saldo-ditahan">
            {formatRupiah(ledger.reserved)}
          </dd>
          <dt>{t("ledger.available")}</dt>
          <dd className="text-right font-semibold">{formatRupiah(ledger.available)}</dd>
        </dl>
      ) : null}
      <p className="text-sm text-stone-600">{t("ledger.balanceNote")}</p>
      {ledger.entries.length === 0 ? (
        <p>{t("ledger.empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("ledger.title")}>
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th className="p-2">{t("ledger.date")}</th>
                <th className="p-2">{t("ledger.type")}</th>
                <th className="p-2">{t("ledger.description")}</th>
                <th className="p-2 text-right">{t("ledger.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.entries.map((e) => (
                <tr key={e.id} className="border-b border-stone-200">
                  <td className="p-2">{formatDate(locale, e.createdAt)}</td>
                  <td className="p-2">{t(`ledger.type.${e.type}`)}</td>
                  <td className="p-2">{e.description}</td>
                  <td className="p-2 text-right">{formatRupiah(e.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPay ? (
        <Form
          method="post"
          {...getFormProps(form)}
          className="max-w-md space-y-3 rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 className="font-semibold">{t("ledger.recordPayout")}</h2>
          <FormError errors={form.errors} />
          <Field
            id={fields.amount.id}
            label={t("ledger.payoutAmount")}
            errors={fields.amount.errors}
          >
            <input
              {...getInputProps(fields.amount, { type: "number" })}
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.reference.id}
            label={t("ledger.reference")}
            errors={fields.reference.errors}
          >
            <input {...getInputProps(fields.reference, { type: "text" })} className={inputClass} />
          </Field>
          <Field id={fields.paidOn.id} label={t("ledger.paidOn")} errors={fields.paidOn.errors}>
            <input {...getInputProps(fields.paidOn, { type: "date" })} className={inputClass} />
          </Field>
          <Field id={fields.note.id} label={t("ledger.note")} errors={fields.note.errors}>
            <input {...getInputProps(fields.note, { type: "text" })} className={inputClass} />
          </Field>
          <button type="submit" className="btn-primary">
            {t("ledger.save")}
          </button>
        </Form>
      ) : null}
      <CourierCod sellerId={seller.id} receivables={courierCod} />
    </div>
  );
}

/** Cash couriers collected for the shop's own courier account and have not handed over. */
function CourierCod({
  sellerId,
  receivables,
}: {
  sellerId: string;
  receivables: { total: number; items: CourierCodReceivable[] };
}) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="cod-kurir"
      className="rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id="cod-kurir" className="font-semibold">
        {t("shipment.receivables")}
      </h2>
      <p className="text-sm text-stone-600">{t("shipment.receivablesIntro")}</p>
      {receivables.items.length === 0 ? (
        <p className="mt-2 text-sm">{t("shipment.receivablesNone")}</p>
      ) : (
        <>
          <p className="mt-2 font-semibold" data-testid="cod-receivable-total">
            {t("shipment.receivablesTotal", { amount: formatRupiah(receivables.total) })}
          </p>
          <ul className="mt-1 divide-y divide-stone-200 text-sm">
            {receivables.items.map((item) => (
              <li key={item.orderCode} className="flex flex-wrap justify-between gap-2 py-2">
                <Link to={`/kelola/${sellerId}/pesanan/${item.orderCode}`} className="underline">
                  {item.orderCode}
                </Link>
                <span>
                  {item.courier.toUpperCase()} {item.waybill ?? ""}
                </span>
                <span className="font-medium">{formatRupiah(item.amount)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
