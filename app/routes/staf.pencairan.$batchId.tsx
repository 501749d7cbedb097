import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requirePermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { actingRole, payoutRegions } from "~/modules/auth/permissions";
import {
  cancelPayoutBatch,
  getPayoutBatch,
  MarkPayoutBatchSentSchema,
  markPayoutBatchSent,
} from "~/modules/ledger/payout-batches.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "payout.record");
  const batch = await getPayoutBatch(db, {
    batchId: params.batchId ?? "",
    regions: payoutRegions(user),
  });
  invariantResponse(batch, "Pencairan tidak ditemukan", { status: 404 });
  return {
    batch,
    today: jakartaDateOf(new Date()),
    constraint: getZodConstraint(MarkPayoutBatchSentSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "payout.record");
  const regions = payoutRegions(user);
  const batchId = params.batchId ?? "";
  const actor = {
    batchId,
    actorId: user.id,
    actorRole: actingRole(user, "payout.record", { desaCode: regions?.[0] ?? "" }),
    regions,
  };
  const formData = await readForm(request);
  const here = `/staf/pencairan/${batchId}`;
  if (formData.get("intent") === "cancel") {
    return withDomainErrors(
      request,
      async () => {
        await cancelPayoutBatch(db, actor);
        return redirectWithToast(here, { kind: "success", key: "payouts.status.CANCELLED" });
      },
      (failure) => redirectWithToast(here, { kind: "error", message: failure.message }),
    );
  }
  const submission = parseWithZod(formData, { schema: MarkPayoutBatchSentSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  return withDomainErrors(
    request,
    async () => {
      await markPayoutBatchSent(db, { ...actor, data: submission.value });
      return redirectWithToast(here, { kind: "success", key: "payouts.status.SENT" });
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("payouts.batchTitle", { code: data?.batch.code ?? "" })) }];
};

export default function PayoutBatchPage() {
  const { batch, today, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const [form, fields] = useForm<Record<"bankReference" | "sentOn", string>>({
    lastResult: actionData?.result,
    constraint,
    defaultValue: { sentOn: today },
  });
  return (
    <div className="space-y-5">
      <Link to="/staf/pencairan" className="text-sm underline">
        {t("payouts.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("payouts.batchTitle", { code: batch.code })}</h1>
      <p>
        {t("payouts.status")}: <strong>{t(`payouts.status.${batch.status}`)}</strong> ·{" "}
        {t("payouts.total")}: <strong>{formatRupiah(batch.total)}</strong> ·{" "}
        {t("payouts.lines", { count: batch.lines.length })}
      </p>
      {batch.status === "SENT" && batch.sentAt ? (
        <p>
          {t("payouts.sentInfo", {
            date: formatDate(locale, batch.sentAt),
            reference: batch.bankReference ?? "",
          })}
        </p>
      ) : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={batch.code}>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">{t("payouts.seller")}</th>
              <th className="p-2">{t("payouts.account")}</th>
              <th className="p-2 text-right">{t("payouts.total")}</th>
            </tr>
          </thead>
          <tbody>
            {batch.lines.map((l) => (
              <tr key={l.sellerId} className="border-b border-stone-200">
                <td className="p-2">{l.businessName}</td>
                <td className="p-2">
                  {l.bankName} {l.bankAccountNumber} a.n. {l.bankAccountName}
                </td>
                <td className="p-2 text-right">{formatRupiah(l.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {batch.status !== "CANCELLED" ? (
        <p className="space-y-1">
          <a href={`/staf/pencairan/${batch.id}/unduh`} className="btn-secondary" download>
            {t("payouts.download")}
          </a>
          <span className="block text-sm text-stone-600">{t("payouts.downloadNote")}</span>
        </p>
      ) : null}
      {batch.status === "DRAFT" ? (
        <>
          <Form
            method="post"
            {...getFormProps(form)}
            className="max-w-md space-y-3 rounded-xl border border-stone-200 bg-white p-4"
          >
            <h2 className="font-semibold">{t("payouts.markSent")}</h2>
            <FormError errors={form.errors} />
            <Field
              id={fields.bankReference.id}
              label={t("payouts.bankReference")}
              errors={fields.bankReference.errors}
            >
              <input
                {...getInputProps(fields.bankReference, { type: "text" })}
                className={inputClass}
              />
            </Field>
            <Field id={fields.sentOn.id} label={t("payouts.sentOn")} errors={fields.sentOn.errors}>
              <input {...getInputProps(fields.sentOn, { type: "date" })} className={inputClass} />
            </Field>
            <button type="submit" className="btn-primary">
              {t("payouts.markSent")}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="btn-secondary">
              {t("payouts.cancel")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/pencairan" />;
}
