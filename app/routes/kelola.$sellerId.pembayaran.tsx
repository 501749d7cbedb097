import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply } from "~/http/errors.server";
import {
  getPaymentSettings,
  PaymentSettingsSchema,
  updatePaymentSettings,
} from "~/modules/sellers/payment-settings.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const settings = await getPaymentSettings(db, seller.id);
  return {
    seller,
    settings: {
      bankName: settings.bankName ?? "",
      bankAccountNumber: settings.bankAccountNumber ?? "",
      bankAccountName: settings.bankAccountName ?? "",
      qrisStatic: settings.qrisStatic ?? "",
      localDeliveryFee: settings.localDeliveryFee?.toString() ?? "",
      postalCode: settings.postalCode ?? "",
    },
    constraint: getZodConstraint(PaymentSettingsSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const submission = parseWithZod(await readForm(request), { schema: PaymentSettingsSchema });
  if (submission.status !== "success") {
    return data({ result: formReply(request, submission), saved: false }, { status: 400 });
  }
  await updatePaymentSettings(db, {
    sellerId: seller.id,
    actorId: user.id,
    actorRole: role,
    data: submission.value,
  });
  return { result: submission.reply(), saved: true };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("paySettings.title")) }];
};

export default function PaymentSettingsPage() {
  const { settings, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<
    Record<
      | "bankName"
      | "bankAccountNumber"
      | "bankAccountName"
      | "qrisStatic"
      | "localDeliveryFee"
      | "postalCode",
      string
    >
  >({ lastResult: actionData?.result, constraint, defaultValue: settings });
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">{t("paySettings.title")}</h1>
      {actionData?.saved ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 text-green-900"
        >
          {t("paySettings.saved")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <Field
          id={fields.bankName.id}
          label={t("paySettings.bankName")}
          errors={fields.bankName.errors}
        >
          <input {...getInputProps(fields.bankName, { type: "text" })} className={inputClass} />
        </Field>
        <Field
          id={fields.bankAccountNumber.id}
          label={t("paySettings.accountNumber")}
          errors={fields.bankAccountNumber.errors}
        >
          <input
            {...getInputProps(fields.bankAccountNumber, { type: "text" })}
            inputMode="numeric"
            className={inputClass}
          />
        </Field>
        <Field
          id={fields.bankAccountName.id}
          label={t("paySettings.accountName")}
          errors={fields.bankAccountName.errors}
        >
          <input
            {...getInputProps(fields.bankAccountName, { type: "text" })}
            className={inputClass}
          />
        </Field>
        <Field
          id={fields.qrisStatic.id}
          label={t("paySettings.qris")}
          hint={t("paySettings.qrisHint")}
          errors={fields.qrisStatic.errors}
        >
          <textarea
            {...getTextareaProps(fields.qrisStatic, {
              ariaDescribedBy: `${fields.qrisStatic.id}-hint`,
            })}
            rows={4}
            className={`${inputClass} font-mono text-sm`}
          />
        </Field>
        <Field
          id={fields.localDeliveryFee.id}
          label={t("paySettings.localFee")}
          errors={fields.localDeliveryFee.errors}
        >
          <input
            {...getInputProps(fields.localDeliveryFee, { type: "number" })}
            inputMode="numeric"
            className={inputClass}
          />
        </Field>
        <Field
          id={fields.postalCode.id}
          label={t("paySettings.postalCode")}
          hint={t("paySettings.postalCodeHint")}
          errors={fields.postalCode.errors}
        >
          <input
            {...getInputProps(fields.postalCode, { type: "text" })}
            inputMode="numeric"
            autoComplete="postal-code"
            className={inputClass}
          />
        </Field>
        <button type="submit" className="btn-primary">
          {t("paySettings.save")}
        </button>
      </Form>
    </div>
  );
}
