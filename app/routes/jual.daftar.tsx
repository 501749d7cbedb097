import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { SellerFields } from "~/components/seller-fields";
import { FormError } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { listDesaOptions } from "~/modules/regions/regions.server";
import { applyAsSeller, SellerApplicationSchema } from "~/modules/sellers/onboarding.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return {
    desaOptions: await listDesaOptions(db),
    constraint: getZodConstraint(SellerApplicationSchema),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: SellerApplicationSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  return withDomainErrors(
    request,
    async () => {
      const { sellerId } = await applyAsSeller(db, {
        userId: user.id,
        ownerName: user.name,
        data: submission.value,
      });
      return redirect(`/kelola/${sellerId}`);
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("seller.applyTitle")) }];
};

export default function ApplyAsSeller() {
  const { desaOptions, constraint } = useLoaderData<typeof loader>();
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
      | "halal",
      string
    >
  >({
    lastResult: actionData?.result,
    constraint,
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("seller.applyTitle")}</h1>
      <p className="text-stone-700">{t("seller.applyIntro")}</p>
      <Form
        method="post"
        {...getFormProps(form)}
        className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
      >
        <FormError errors={form.errors} />
        <SellerFields fields={fields} desaOptions={desaOptions} />
        <button type="submit" className="btn-primary w-full">
          {t("seller.applySubmit")}
        </button>
      </Form>
    </div>
  );
}
