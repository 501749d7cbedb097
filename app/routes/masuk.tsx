import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { login, LoginSchema } from "~/modules/auth/auth.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { signedInRedirect } from "~/http/sign-in.server";
import { getOptionalUser, readDevice, safeRedirect } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";
import { passThroughHeaders } from "~/http/headers";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) throw redirect("/");
  return { constraint: getZodConstraint(LoginSchema) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return invalidForm(request, submission, { hideFields: ["password"] });
  }
  return withDomainErrors(
    request,
    async () => {
      const signedIn = await login(db, {
        ...submission.value,
        ip: context.clientIp,
        userAgent: request.headers.get("user-agent"),
        device: await readDevice(request),
      });
      return signedInRedirect(request, signedIn, safeRedirect(formData.get("redirectTo")));
    },
    (failure) => ({
      result: formReply(request, submission, failure, { hideFields: ["password"] }),
    }),
  );
}

export const headers = passThroughHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("auth.loginTitle")) }];
};

export default function LoginPage() {
  const { constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useI18n();
  const [form, fields] = useForm<{ phone: string; password: string }>({
    lastResult: actionData?.result,
    constraint,
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("auth.loginTitle")}</h1>
      <Form
        method="post"
        {...getFormProps(form)}
        className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
      >
        <FormError errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <Field
          id={fields.phone.id}
          label={t("auth.phone")}
          errors={fields.phone.errors}
          hint={t("auth.phoneHint")}
        >
          <input
            {...getInputProps(fields.phone, { type: "tel" })}
            autoComplete="tel"
            inputMode="tel"
            className={inputClass}
          />
        </Field>
        <Field id={fields.password.id} label={t("auth.password")} errors={fields.password.errors}>
          <input
            {...getInputProps(fields.password, { type: "password" })}
            autoComplete="current-password"
            className={inputClass}
          />
        </Field>
        <button type="submit" className="btn-primary w-full">
          {t("auth.loginSubmit")}
        </button>
      </Form>
      <p className="text-center text-sm">
        {t("auth.noAccount")}{" "}
        <Link
          to={`/daftar${searchParams.get("redirectTo") ? `?${new URLSearchParams({ redirectTo: searchParams.get("redirectTo")! })}` : ""}`}
          className="underline"
        >
          {t("auth.signupLink")}
        </Link>
      </p>
    </div>
  );
}
