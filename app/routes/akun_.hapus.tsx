import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { ErasureBlockers } from "~/components/erasure-blockers";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { withDomainErrors } from "~/http/errors.server";
import { withToast } from "~/http/flash.server";
import { passThroughHeaders } from "~/http/headers";
import { checkPassword } from "~/modules/auth/auth.server";
import { eraseAccount } from "~/modules/privacy/erasure.server";
import { findUserForPrivacyRequest } from "~/modules/privacy/personal-data.server";
import { db } from "~/utils/db.server";
import type { MessageKey } from "~/utils/i18n";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { destroyUserSession, requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const subject = await findUserForPrivacyRequest(db, { phone: user.phone });
  return { blockers: subject?.blockers ?? [] };
}

const EraseSchema = z.object({
  password: z.string().min(1).max(200),
  confirm: z.literal("on"),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = EraseSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    const missing = parsed.error.issues.some((i) => i.path[0] === "confirm");
    const key: MessageKey = missing ? "privacy.mustConfirm" : "privacy.wrongPassword";
    return data({ errorKey: key, message: null }, { status: 400 });
  }
  return withDomainErrors(
    request,
    async () => {
      const confirmed = await checkPassword(db, {
        userId: user.id,
        sessionId: user.sessionId,
        password: parsed.data.password,
      });
      if (!confirmed) {
        return data(
          { errorKey: "privacy.wrongPassword" as MessageKey, message: null },
          { status: 400 },
        );
      }
      await eraseAccount(db, { userId: user.id, actor: { userId: user.id, ip: context.clientIp } });
      return withToast(await destroyUserSession(request, "/privasi"), {
        kind: "success",
        key: "privacy.erased",
      });
    },
    (failure) => ({ errorKey: null, message: failure.message }),
  );
}

export const headers = passThroughHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("privacy.eraseTitle")) }];
};

export default function EraseAccountPage() {
  const { blockers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const error = actionData?.errorKey ? t(actionData.errorKey) : actionData?.message;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("privacy.eraseTitle")}</h1>
      <p>{t("privacy.eraseIntro")}</p>
      <ul className="list-disc space-y-1 pl-5 text-stone-700">
        <li>{t("privacy.eraseGone")}</li>
        <li>{t("privacy.eraseKept")}</li>
      </ul>
      <p>
        <Link to="/privasi" className="underline">
          {t("privacy.title")}
        </Link>
      </p>
      {blockers.length > 0 ? (
        <ErasureBlockers blockers={blockers} />
      ) : (
        <Form
          method="post"
          className="space-y-4 rounded-xl border border-red-200 bg-white p-4"
          aria-describedby={error ? "hapus-galat" : undefined}
        >
          {error ? (
            <p id="hapus-galat" role="alert" className="text-red-700">
              {error}
            </p>
          ) : null}
          <label className="block">
            <span className="block text-sm font-medium">{t("privacy.password")}</span>
            <input
              type="password"
              name="password"
              required
              autoComplete="current-password"
              className={inputClass}
            />
          </label>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="confirm" required className="mt-1 h-5 w-5" />
            <span>{t("privacy.confirm")}</span>
          </label>
          <button type="submit" className="btn bg-red-700 text-white hover:bg-red-800">
            {t("privacy.eraseSubmit")}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/akun" />;
}
