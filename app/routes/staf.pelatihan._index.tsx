import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { TOPICS } from "~/components/training";
import { readForm } from "~/http/body.server";
import { invalidForm } from "~/http/errors.server";
import {
  createProgramme,
  listProgrammes,
  ProgrammeSchema,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requirePermission } from "~/http/guards.server";
import { actingRole } from "~/modules/auth/permissions";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "training.manage");
  return { programmes: await listProgrammes(db), constraint: getZodConstraint(ProgrammeSchema) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training.manage");
  const submission = parseWithZod(await readForm(request), { schema: ProgrammeSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  const role = actingRole(user, "training.manage");
  const { programmeId } = await createProgramme(db, {
    actor: { id: user.id, role },
    data: submission.value,
  });
  return redirect(`/staf/pelatihan/${programmeId}`);
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("training.programmes")) }];
};

export default function Programmes() {
  const { programmes, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<{
    title: string;
    topic: string;
    organiser: string;
    description: string;
    minPostScore: string;
  }>({
    lastResult: actionData?.result,
    constraint,
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("training.programmes")}</h1>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {programmes.length === 0 ? <li className="p-3">{t("training.noProgrammes")}</li> : null}
        {programmes.map((p) => (
          <li key={p.id} className="p-3">
            <Link to={`/staf/pelatihan/${p.id}`} className="font-medium underline">
              {p.title}
            </Link>{" "}
            · {t(`topic.${p.topic}`)} · {p.organiser} ·{" "}
            {t("training.sessionCount", { count: p._count.sessions })}
          </li>
        ))}
      </ul>
      <section
        aria-labelledby="program-baru"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="program-baru" className="mb-3 text-lg font-semibold">
          {t("training.newProgramme")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <FormError errors={form.errors} />
          <Field id={fields.title.id} label={t("training.title")} errors={fields.title.errors}>
            <input {...getInputProps(fields.title, { type: "text" })} className={inputClass} />
          </Field>
          <Field id={fields.topic.id} label={t("training.topic")} errors={fields.topic.errors}>
            <select {...getSelectProps(fields.topic)} className={inputClass}>
              <option value="">{t("training.chooseTopic")}</option>
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topic.${topic}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={fields.organiser.id}
            label={t("training.organiser")}
            errors={fields.organiser.errors}
            hint={t("training.organiserHint")}
          >
            <input {...getInputProps(fields.organiser, { type: "text" })} className={inputClass} />
          </Field>
          <Field
            id={fields.description.id}
            label={t("training.description")}
            errors={fields.description.errors}
          >
            <textarea {...getTextareaProps(fields.description)} rows={3} className={inputClass} />
          </Field>
          <Field
            id={fields.minPostScore.id}
            label={t("training.minPostScore")}
            errors={fields.minPostScore.errors}
            hint={t("training.minPostScoreHint")}
          >
            <input
              {...getInputProps(fields.minPostScore, { type: "number" })}
              className={inputClass}
            />
          </Field>
          <button type="submit" className="btn-primary">
            {t("training.createProgramme")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/pelatihan" />;
}
