import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { readForm } from "~/http/body.server";
import { outboxOverview, retryDeadOutbox } from "~/modules/outbox/outbox.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requirePermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "jobs.view");
  return outboxOverview(db);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "jobs.view");
  const formData = await readForm(request);
  let ids: number[] | undefined;
  if (formData.get("intent") !== "retry-all") {
    const id = Number(formData.get("id"));
    if (!Number.isSafeInteger(id) || id <= 0) {
      return new Response("Permintaan tidak valid", { status: 400 });
    }
    ids = [id];
  }
  await retryDeadOutbox(db, { ids, actorId: user.id });
  return redirect("/admin/antrian");
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("jobs.title")) }];
};

export default function JobsPage() {
  const { counts, dead } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("jobs.title")}</h1>
      <p className="text-stone-700">{t("jobs.intro")}</p>
      {counts.length === 0 ? <p>{t("jobs.empty")}</p> : null}
      <table className="bg-white text-sm">
        <caption className="text-left font-semibold">{t("jobs.backlog")}</caption>
        <thead>
          <tr>
            <th className="p-2 text-left">{t("jobs.topic")}</th>
            <th className="p-2 text-left">{t("jobs.status")}</th>
            <th className="p-2 text-right">{t("jobs.count")}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={`${c.topic}-${c.status}`} className="border-t border-stone-200">
              <td className="p-2">{c.topic}</td>
              <td className="p-2">{c.status}</td>
              <td className="p-2 text-right">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="gagal" className="space-y-2">
        <h2 id="gagal" className="text-xl font-semibold">
          {t("jobs.dead")} ({dead.length})
        </h2>
        {dead.length > 0 ? (
          <Form method="post">
            <button type="submit" name="intent" value="retry-all" className="btn-secondary">
              {t("jobs.retryAll")}
            </button>
          </Form>
        ) : null}
        <ul className="space-y-2">
          {dead.map((d) => (
            <li key={d.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
              <p className="font-medium">
                #{d.id} · {d.topic} · {d.aggregateId} · {formatDateTime(locale, d.createdAt)}
              </p>
              <p className="break-words text-red-900">{d.lastError}</p>
              <Form method="post">
                <input type="hidden" name="id" value={d.id} />
                <button type="submit" className="btn-secondary mt-1">
                  {t("jobs.retry")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
