import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormError } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { invalidForm } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  INCLUSION_INDICATORS,
  INCLUSION_KEYS,
  LIKERT_LABELS,
  LITERACY_QUESTIONS,
  SNLIK_2025,
  STRATUM_LABELS,
} from "~/modules/literacy/instrument";
import { listAssessments, recordAssessment } from "~/modules/literacy/assessments.server";
import { LiteracyAnswersSchema } from "~/modules/literacy/scoring";
import { db } from "~/utils/db.server";
import { formatDate, formatNumber, formatPercent } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const assessments = await listAssessments(db, seller.id);
  return {
    seller,
    assessments,
    constraint: getZodConstraint(LiteracyAnswersSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const submission = parseWithZod(await readForm(request), { schema: LiteracyAnswersSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  const saved = await recordAssessment(db, {
    sellerId: seller.id,
    actor: { id: user.id, role },
    answers: submission.value,
  });
  return redirectWithToast(`/kelola/${seller.id}/literasi`, {
    kind: "success",
    key: "literacy.saved",
    values: { total: saved.totalScore, stratum: STRATUM_LABELS[saved.stratum] },
  });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("literacy.title")) }];
};

const COLUMNS = {
  knowledge: "knowledgeScore",
  skill: "skillScore",
  confidence: "confidenceScore",
  attitude: "attitudeScore",
  behaviour: "behaviourScore",
} as const;

export default function LiteracyPage() {
  const { assessments, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const [form, fields] = useForm<Record<string, string>>({
    lastResult: actionData?.result,
    constraint,
  });
  const latest = assessments.at(-1);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("literacy.title")}</h1>
      <p className="text-stone-700">{t("literacy.intro")}</p>

      {assessments.length > 0 ? (
        <section
          aria-labelledby="tren"
          tabIndex={0}
          className="overflow-x-auto rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="tren" className="mb-2 text-lg font-semibold">
            {t("literacy.trend")}
          </h2>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("literacy.trend")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("literacy.date")}</th>
                {DIMENSIONS.map((d) => (
                  <th key={d} scope="col">
                    {DIMENSION_LABELS[d]}
                  </th>
                ))}
                <th scope="col">{t("literacy.total")}</th>
                <th scope="col">{t("literacy.stratum")}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id} className="border-t border-stone-200">
                  <th scope="row" className="font-normal">
                    {formatDate(locale, a.assessedAt)}
                  </th>
                  {DIMENSIONS.map((d) => (
                    <td key={d}>{formatNumber(locale, a[COLUMNS[d]])}</td>
                  ))}
                  <td className="font-semibold">{formatNumber(locale, a.totalScore)}</td>
                  <td>{STRATUM_LABELS[a.stratum]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {latest ? (
            <p className="mt-3 text-sm">
              {t("literacy.inclusion")}:{" "}
              {INCLUSION_KEYS.filter((k) => latest[k])
                .map((k) => INCLUSION_INDICATORS[k])
                .join(", ") || "—"}
            </p>
          ) : null}
        </section>
      ) : null}

      <aside className="rounded-xl border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950">
        <p>
          {t("literacy.context", {
            literacy: formatPercent(locale, SNLIK_2025.literacy / 100, 2),
            inclusion: formatPercent(locale, SNLIK_2025.inclusion / 100, 2),
          })}
        </p>
        <p className="mt-1">
          {t("literacy.source")}: {SNLIK_2025.source}. {t("literacy.notIndex")}
        </p>
      </aside>

      <Form
        method="post"
        {...getFormProps(form)}
        className="space-y-5 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 className="text-lg font-semibold">{t("literacy.newAssessment")}</h2>
        <FormError errors={form.errors} />
        {LITERACY_QUESTIONS.map((q, i) => {
          const field = fields[q.id];
          const errorId = `${q.id}-error`;
          return (
            <fieldset
              key={q.id}
              className="space-y-1"
              aria-describedby={field?.errors ? errorId : undefined}
            >
              <legend className="font-medium">
                {i + 1}. {q.text}
              </legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {(q.kind === "choice" ? q.options : LIKERT_LABELS).map((option) => (
                  <label key={option.value} className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name={q.id}
                      value={option.value}
                      required
                      className="h-5 w-5"
                    />
                    {option.label}
                  </label>
                ))}
              </div>
              {field?.errors ? (
                <p id={errorId} className="text-sm font-medium text-red-800">
                  {field.errors.join(" ")}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <fieldset className="space-y-1">
          <legend className="font-medium">{t("literacy.inclusionQuestion")}</legend>
          {INCLUSION_KEYS.map((key) => (
            <label key={key} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={key} className="h-5 w-5" />
              {INCLUSION_INDICATORS[key]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn-primary w-full">
          {t("literacy.submit")}
        </button>
      </Form>
    </div>
  );
}
