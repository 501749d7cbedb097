import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerArea } from "~/http/guards.server";
import { readStatementForm } from "~/http/upload.server";
import { actingRole } from "~/modules/auth/permissions";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import { DATE_FORMATS } from "~/modules/payments/statements/dates";
import { LAYOUT_IDS } from "~/modules/payments/statements/presets";
import {
  importStatement,
  statementDefaults,
  StatementUploadSchema,
} from "~/modules/payments/statements/reconcile.server";
import { listStatements } from "~/modules/payments/statements/statement-views.server";
import { getEnv } from "~/utils/env.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { formatDateTime } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerArea(request, params.sellerId ?? "");
  const { bank, ...defaults } = await statementDefaults(db, seller.id);
  return {
    sellerId: seller.id,
    bank,
    defaults,
    statements: await listStatements(db, { sellerId: seller.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, canManage } = await requireSellerArea(request, params.sellerId ?? "");
  const locale = requestLocale(request);
  const { formData, text, fileName } = await readStatementForm(request, "file");
  const fail = (errors: Record<string, string[]>, status = 400) => data({ errors }, { status });
  const submission = parseWithZod(formData, { schema: StatementUploadSchema });
  if (submission.status !== "success") {
    const reply = submission.reply();
    const errors: Record<string, string[]> = {};
    for (const [name, messages] of Object.entries(reply.error ?? {})) {
      errors[name] = (messages ?? []).map((m) => translateErrorMessage(m, locale));
    }
    return fail(errors);
  }
  if (text === null) {
    return fail({
      file: [translateErrorMessage("Pilih berkas mutasi rekening (CSV)", locale)],
    });
  }
  const value = submission.value;
  const mapping =
    value.layout === "generic" ? (({ layout: _, ...rest }) => rest)(value) : undefined;
  return withDomainErrors(
    request,
    async () => {
      const result = await importStatement(
        db,
        {
          sellerId: seller.id,
          actor: {
            id: user.id,
            role: actingRole(user, canManage ? "seller.manage" : "payout.record", seller),
          },
          fileName,
          csvText: text,
          layout: value.layout,
          mapping,
          windowHours: getEnv().ORDER_PAYMENT_HOURS,
        },
        orderSettlement,
      );
      if (!result.ok) return fail({ file: [result.error.message] }, 422);
      return redirectWithToast(`/kelola/${seller.id}/mutasi/${result.statementId}`, {
        kind: "success",
        key: "statements.uploaded",
        values: {
          confirmed: result.confirmed,
          ambiguous: result.ambiguous,
          unmatched: result.unmatched,
        },
      });
    },
    (failure) => ({ errors: { "": [failure.message] } as Record<string, string[]> }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("statements.title")) }, { name: "robots", content: "noindex" }];
};

const DELIMITERS = [
  { value: ",", key: "statements.delimiter.comma" },
  { value: ";", key: "statements.delimiter.semicolon" },
  { value: "\t", key: "statements.delimiter.tab" },
] as const;

export default function StatementsPage() {
  const { sellerId, bank, defaults, statements } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const errors = actionData && "errors" in actionData ? actionData.errors : {};
  const mapping = defaults.mapping;
  const numberField = (name: string, label: string, value?: number, optional = false) => (
    <Field id={`map-${name}`} label={label} errors={errors[name]}>
      <input
        id={`map-${name}`}
        name={name}
        type="number"
        min={optional ? 1 : name === "skipRows" ? 0 : 1}
        max={100}
        defaultValue={value ?? ""}
        className={inputClass}
      />
    </Field>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("statements.title")}</h1>
      {bank ? (
        <p className="text-stone-700">
          {t("statements.intro", { bank: bank.name, number: bank.number })}
        </p>
      ) : (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          {t("statements.noAccount")}{" "}
          <Link to={`/kelola/${sellerId}/pembayaran`} className="underline">
            {t("manage.paymentSettings")}
          </Link>
        </p>
      )}
      {bank ? (
        <Form
          method="post"
          encType="multipart/form-data"
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
        >
          <FormError errors={errors[""]} />
          <fieldset className="space-y-2">
            <legend className="font-medium">{t("statements.layout")}</legend>
            {LAYOUT_IDS.map((id) => (
              <label key={id} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="layout"
                  value={id}
                  defaultChecked={(defaults.layout ?? "bca") === id}
                  className="h-5 w-5"
                />
                {t(`statements.preset.${id}`)}
              </label>
            ))}
            {errors.layout ? (
              <p className="text-sm font-medium text-red-800">{errors.layout.join(" ")}</p>
            ) : null}
          </fieldset>
          <Field id="statement-file" label={t("statements.file")} errors={errors.file}>
            <input
              id="statement-file"
              name="file"
              type="file"
              accept=".csv,text/csv,text/plain"
              required
              className="block w-full"
            />
          </Field>
          <details
            className="rounded-lg border border-stone-200 p-3"
            open={
              defaults.layout === "generic" ||
              Object.keys(errors).some((k) => k !== "file" && k !== "")
            }
          >
            <summary className="cursor-pointer font-medium">{t("statements.mapping")}</summary>
            <p className="mt-2 text-sm text-stone-600">{t("statements.mappingHint")}</p>
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <Field id="map-delimiter" label={t("statements.delimiter")} errors={errors.delimiter}>
                <select
                  id="map-delimiter"
                  name="delimiter"
                  defaultValue={mapping?.delimiter ?? ","}
                  className={inputClass}
                >
                  {DELIMITERS.map((d) => (
                    <option key={d.key} value={d.value}>
                      {t(d.key)}
                    </option>
                  ))}
                </select>
              </Field>
              {numberField("skipRows", t("statements.skipRows"), mapping?.skipRows ?? 1)}
              {numberField("dateColumn", t("statements.dateColumn"), mapping?.dateColumn)}
              {numberField(
                "descriptionColumn",
                t("statements.descriptionColumn"),
                mapping?.descriptionColumn,
              )}
              {numberField("creditColumn", t("statements.creditColumn"), mapping?.creditColumn)}
              {numberField("debitColumn", t("statements.debitColumn"), mapping?.debitColumn, true)}
              {numberField(
                "directionColumn",
                t("statements.directionColumn"),
                mapping?.directionColumn,
                true,
              )}
              <Field
                id="map-dateFormat"
                label={t("statements.dateFormat")}
                errors={errors.dateFormat}
              >
                <select
                  id="map-dateFormat"
                  name="dateFormat"
                  defaultValue={mapping?.dateFormat ?? "DD/MM/YYYY"}
                  className={inputClass}
                >
                  {DATE_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </details>
          <button type="submit" className="btn-primary w-full sm:w-auto">
            {t("statements.upload")}
          </button>
        </Form>
      ) : null}
      <section aria-labelledby="riwayat" className="space-y-2">
        <h2 id="riwayat" className="text-lg font-semibold">
          {t("statements.history")}
        </h2>
        {statements.length === 0 ? (
          <p className="text-stone-600">{t("statements.none")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {statements.map((s) => (
              <li key={s.id} className="p-3">
                <Link to={`/kelola/${sellerId}/mutasi/${s.id}`} className="underline">
                  {t("statements.row", {
                    date: formatDateTime(locale, s.createdAt),
                    file: s.fileName,
                    credits: s.creditCount,
                    confirmed: s.confirmedCount,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
