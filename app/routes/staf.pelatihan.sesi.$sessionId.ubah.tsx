import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { SessionFields, type SessionFieldName } from "~/components/training";
import { FormError } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { failurePage, formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { requirePermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { actingRole } from "~/modules/auth/permissions";
import { listDesaOptions } from "~/modules/regions/regions.server";
import {
  getSessionForEdit,
  SessionSchema,
  updateSession,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "training.manage");
  const session = await getSessionForEdit(db, params.sessionId ?? "");
  invariantResponse(session, "Sesi tidak ditemukan", { status: 404 });
  return {
    session,
    desaOptions: await listDesaOptions(db),
    constraint: getZodConstraint(SessionSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training.manage");
  const sessionId = params.sessionId ?? "";
  const submission = parseWithZod(await readForm(request), { schema: SessionSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  return withDomainErrors(
    request,
    async () => {
      await updateSession(db, {
        actor: { id: user.id, role: actingRole(user, "training.manage") },
        sessionId,
        data: submission.value,
      });
      return redirect(`/pelatihan/sesi/${sessionId}`);
    },
    (failure) => {
      // The session is gone: there is nothing left to change.
      if (failure.code === "NOT_FOUND") throw failurePage(request, failure);
      return { result: formReply(request, submission, failure) };
    },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, data?.session.programme.title ?? t("training.reschedule")) }];
};

export default function RescheduleSession() {
  const { session, desaOptions, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<Record<SessionFieldName, string>>({
    lastResult: actionData?.result,
    constraint,
    defaultValue: {
      startsAt: session.form.startsAt,
      durationHours: String(session.form.durationHours),
      desaCode: session.desaCode,
      venue: session.venue,
      trainer: session.trainer,
      capacity: String(session.capacity),
    },
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/pelatihan/sesi/${session.id}`} className="underline">
          ← {t("training.backToSession")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t("training.rescheduleTitle")}</h1>
        <p className="text-stone-700">{session.programme.title}</p>
      </div>
      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <p className="text-stone-700">{t("training.rescheduleHint")}</p>
          <FormError errors={form.errors} />
          <SessionFields fields={fields} desaOptions={desaOptions} />
          <button type="submit" className="btn-primary">
            {t("training.saveSession")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/pelatihan" />;
}
