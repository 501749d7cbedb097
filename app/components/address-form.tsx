import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import type { getZodConstraint } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { RegionPicker } from "~/components/region-picker";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { useI18n } from "~/utils/use-i18n";

type Fields = "label" | "recipientName" | "phone" | "detail" | "postalCode" | "desaCode";
type Step = Parameters<typeof RegionPicker>[0]["steps"][number];

/** The address form (new and edit): recipient, the region picker, the street, the postal code. */
export function AddressForm({
  steps,
  defaultValue,
  lastResult,
  constraint,
}: {
  steps: Step[];
  defaultValue: Partial<Record<Fields, string>>;
  lastResult?: SubmissionResult<string[]>;
  constraint: ReturnType<typeof getZodConstraint>;
}) {
  const { t } = useI18n();
  const [form, fields] = useForm<Record<Fields, string>>({
    id: "alamat",
    lastResult,
    constraint,
    defaultValue,
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <FormError errors={form.errors} />
      <Field id={fields.label.id} label={t("address.label")} errors={fields.label.errors}>
        <input {...getInputProps(fields.label, { type: "text" })} className={inputClass} />
      </Field>
      <Field
        id={fields.recipientName.id}
        label={t("address.recipientName")}
        errors={fields.recipientName.errors}
      >
        <input
          {...getInputProps(fields.recipientName, { type: "text" })}
          autoComplete="name"
          className={inputClass}
        />
      </Field>
      <Field id={fields.phone.id} label={t("address.phone")} errors={fields.phone.errors}>
        <input
          {...getInputProps(fields.phone, { type: "tel" })}
          autoComplete="tel"
          inputMode="tel"
          className={inputClass}
        />
      </Field>
      <RegionPicker steps={steps} errors={fields.desaCode.errors} />
      <Field
        id={fields.detail.id}
        label={t("address.detail")}
        hint={t("address.detailHint")}
        errors={fields.detail.errors}
      >
        <textarea
          {...getTextareaProps(fields.detail, { ariaDescribedBy: `${fields.detail.id}-hint` })}
          rows={3}
          autoComplete="street-address"
          className={inputClass}
        />
      </Field>
      <Field
        id={fields.postalCode.id}
        label={t("address.postalCode")}
        errors={fields.postalCode.errors}
      >
        <input
          {...getInputProps(fields.postalCode, { type: "text" })}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          className={inputClass}
        />
      </Field>
      <button type="submit" name="intent" value="simpan" className="btn-primary w-full">
        {t("address.save")}
      </button>
    </Form>
  );
}

/** A whole new-or-edit address page: the way back, the title, and the form as last answered. */
export function AddressFormPage({
  title,
  page,
  reply,
}: {
  title: string;
  page: {
    picker: { steps: Step[] };
    defaultValue: Partial<Record<Fields, string>>;
    constraint: ReturnType<typeof getZodConstraint>;
  };
  reply?: {
    step?: number;
    picker?: { steps: Step[] };
    values?: Partial<Record<Fields, string>>;
    result?: SubmissionResult<string[]>;
  };
}) {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <p>
        <Link to="/akun/alamat" className="underline">
          ← {t("address.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <AddressForm
        key={reply?.step ?? "awal"}
        steps={(reply?.picker ?? page.picker).steps}
        defaultValue={reply?.values ?? page.defaultValue}
        lastResult={reply?.result}
        constraint={page.constraint}
      />
    </div>
  );
}
