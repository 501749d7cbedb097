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
import { ImpactTable, ImpactWindowForm } from "~/components/training-impact";
import { formatWeekdayDateTime } from "~/utils/format";
import { FormError } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { failurePage, formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import { listDesaOptions } from "~/modules/regions/regions.server";
import { impactWindowParam, programmeImpact } from "~/modules/reports/training-impact.server";
import { createSession, getProgramme, SessionSchema } from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requirePermission } from "~/http/guards.server";
import { actingRole, homeRegion } from "~/modules/auth/permissions";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "training.manage");
  const programme = await getProgramme(db, params.programmeId ?? "");
  invariantResponse(programme, "Program tidak ditemukan", { status: 404 });
  const months = impactWindowParam(new URL(request.url).searchParams.get("bulan"));
  const regionCode = homeRegion(user) ?? BANYUWANGI_CODE;
  return {
    programme,
    regionCode,
    impact: await programmeImpact(db, { programmeId: programme.id, regionCode, months }),
    desaOptions: await listDesaOptions(db),
    constraint: getZodConstraint(SessionSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training.manage");
  const submission = parseWithZod(await readForm(request), { schema: SessionSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  const role = actingRole(user, "training.manage");
  return withDomainErrors(
    request,
    async () => {
      const { sessionId } = await createSession(db, {
        actor: { id: user.id, role },
        programmeId: params.programmeId ?? "",
        data: submission.value,
      });
      return redirect(`/pelatihan/sesi/${sessionId}`);
    },
    (failure) => {
      // The programme is gone: there is nothing to add a session to.
      if (failure.code === "NOT_FOUND") throw failurePage(request, failure);
      return { result: formReply(request, submission, failure) };
    },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.programme.title ?? t("training.programmes")) }];
};

export default function ProgrammePage() {
  const { programme, regionCode, impact, desaOptions, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const [form, fields] = useForm<Record<SessionFieldName, string>>({
    lastResult: actionData?.result,
    constraint,
    defaultValue: { durationHours: "3", capacity: "30" },
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/staf/pelatihan" className="underline">
          ← {t("training.programmes")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{programme.title}</h1>
        <p className="text-stone-700">
          {t(`topic.${programme.topic}`)} · {programme.organiser}
        </p>
        {programme.description ? <p className="mt-2">{programme.description}</p> : null}
        <p className="mt-2">
          {programme.minPostScore === null
            ? t("training.completionRule.presence")
            : t("training.completionRule.score", { score: programme.minPostScore })}
        </p>
      </div>
      <section aria-labelledby="sesi">
        <h2 id="sesi" className="mb-2 text-lg font-semibold">
          {t("training.sessions")}
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {programme.sessions.length === 0 ? (
            <li className="p-3">{t("training.noSessions")}</li>
          ) : null}
          {programme.sessions.map((s) => (
            <li key={s.id} className="p-3">
              <Link to={`/pelatihan/sesi/${s.id}`} className="font-medium underline">
                {formatWeekdayDateTime(locale, s.startsAt)}
              </Link>{" "}
              · {s.venue} ({s.desa.name}, Kec. {s.desa.parent?.name}) · {s.trainer} ·{" "}
              {t("training.participants", { count: s._count.attendances, capacity: s.capacity })}
            </li>
          ))}
        </ul>
      </section>
      <section
        aria-labelledby="dampak"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="dampak" className="text-lg font-semibold">
          {t("impact.title")}
        </h2>
        <p className="text-sm text-stone-700">{t("impact.method")}</p>
        <ImpactWindowForm months={impact.months} />
        <ImpactTable impact={impact} />
        <p className="flex flex-wrap gap-2">
          {(["csv", "xlsx"] as const).map((format) => (
            <a
              key={format}
              className="btn-secondary"
              href={`/staf/dasbor/ekspor?${new URLSearchParams({
                tabel: "dampak",
                program: programme.id,
                bulan: String(impact.months),
                wilayah: regionCode,
                format,
              })}`}
            >
              {t("impact.download")} {format.toUpperCase()}
            </a>
          ))}
        </p>
      </section>
      <section
        aria-labelledby="sesi-baru"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="sesi-baru" className="mb-3 text-lg font-semibold">
          {t("training.newSession")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <FormError errors={form.errors} />
          <SessionFields fields={fields} desaOptions={desaOptions} />
          <button type="submit" className="btn-primary">
            {t("training.createSession")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/pelatihan" />;
}
