import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { SellerFields } from "~/components/seller-fields";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { can } from "~/modules/auth/permissions";
import {
  registerSellerForOwner,
  SellerApplicationSchema,
} from "~/modules/sellers/onboarding.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireOperator } from "~/http/guards.server";
import { getDesaWithKecamatan } from "~/modules/regions/regions.server";
import { useI18n } from "~/utils/use-i18n";

const RegisterSchema = SellerApplicationSchema.extend({
  ownerName: z
    .string({ error: "Nama pemilik wajib diisi" })
    .trim()
    .min(2, { error: "Nama pemilik minimal 2 huruf" })
    .max(80),
  ownerPhone: z
    .string({ error: "Nomor HP pemilik wajib diisi" })
    .trim()
    .min(1, { error: "Nomor HP pemilik wajib diisi" }),
});

async function operatorDesa(request: Request) {
  const { user, desaCodes } = await requireOperator(request);
  const desa = await getDesaWithKecamatan(db, desaCodes[0]!);
  if (!desa) notFound();
  return { user, desa };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { desa } = await operatorDesa(request);
  return {
    desa: { code: desa.code, label: `${desa.name}, Kec. ${desa.parent?.name ?? ""}` },
    constraint: getZodConstraint(RegisterSchema),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, desa } = await operatorDesa(request);
  const formData = await readForm(request);
  formData.set("desaCode", desa.code); // an operator registers sellers of their own desa only
  const submission = parseWithZod(formData, { schema: RegisterSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  if (!can(user, "seller.register", { desaCode: desa.code })) notFound();
  const { ownerName, ownerPhone, ...business } = submission.value;
  return withDomainErrors(
    request,
    async () => {
      const { sellerId } = await registerSellerForOwner(db, {
        operator: { id: user.id, role: "OPERATOR" },
        ownerName,
        ownerPhone,
        data: business,
      });
      return redirect(`/kelola/${sellerId}`);
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("operator.registerSeller")) }];
};

export default function RegisterSeller() {
  const { desa, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<
    Record<
      | "businessName"
      | "desaCode"
      | "sector"
      | "whatsapp"
      | "description"
      | "nib"
      | "pirt"
      | "halal"
      | "ownerName"
      | "ownerPhone",
      string
    >
  >({ lastResult: actionData?.result, constraint, shouldRevalidate: "onBlur" });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("operator.registerSeller")}</h1>
      <Form
        method="post"
        {...getFormProps(form)}
        className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
      >
        <FormError errors={form.errors} />
        <Field
          id={fields.ownerName.id}
          label={t("operator.ownerName")}
          errors={fields.ownerName.errors}
        >
          <input {...getInputProps(fields.ownerName, { type: "text" })} className={inputClass} />
        </Field>
        <Field
          id={fields.ownerPhone.id}
          label={t("operator.ownerPhone")}
          errors={fields.ownerPhone.errors}
          hint={t("operator.ownerPhoneHint")}
        >
          <input
            {...getInputProps(fields.ownerPhone, { type: "tel" })}
            inputMode="tel"
            className={inputClass}
          />
        </Field>
        <SellerFields fields={fields} desaOptions={[]} fixedDesa={desa} />
        <button type="submit" className="btn-primary w-full">
          {t("operator.registerSubmit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/operator" />;
}
