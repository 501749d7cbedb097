import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatWeekdayDateTime } from "~/utils/format";
import { readForm } from "~/http/body.server";
import { withDomainErrors } from "~/http/errors.server";
import {
  listUpcomingSessionsFor,
  registerForSession,
  trainingHistory,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const [upcoming, history] = await Promise.all([
    listUpcomingSessionsFor(db, { sellerId: seller.id, now: new Date() }),
    trainingHistory(db, seller.id),
  ]);
  return { seller, upcoming, history };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const sessionId = String((await readForm(request)).get("sessionId") ?? "");
  return withDomainErrors(
    request,
    async () => {
      await registerForSession(db, {
        sessionId,
        sellerId: seller.id,
        actor: { id: user.id, role },
      });
      return { error: null, registered: true };
    },
    (failure) => ({ error: failure.message, registered: false }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("training.myTraining")) }];
};

export default function SellerTraining() {
  const { upcoming, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("training.myTraining")}</h1>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}
      {actionData?.registered ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t("training.ok.registered")}
        </p>
      ) : null}
      <section aria-labelledby="akan-datang">
        <h2 id="akan-datang" className="mb-2 text-lg font-semibold">
          {t("training.upcoming")}
        </h2>
        {upcoming.length === 0 ? <p>{t("training.noUpcoming")}</p> : null}
        <ul className="space-y-2">
          {upcoming.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white p-3"
            >
              <span>
                <span className="font-medium">{s.programme.title}</span> ·{" "}
                {formatWeekdayDateTime(locale, s.startsAt)} · {s.venue} ({s.desa.name}, Kec.{" "}
                {s.desa.parent?.name}) · {s.programme.organiser} ·{" "}
                {t("training.seatsLeft", { count: s.seatsLeft })}
              </span>
              {s.registered ? (
                <span className="badge bg-brand-100 text-brand-900">
                  {t("training.registered")}
                </span>
              ) : s.seatsLeft > 0 ? (
                <Form method="post">
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button
                    type="submit"
                    className="btn-primary"
                    aria-label={`${t("training.register")}: ${s.programme.title}`}
                  >
                    {t("training.register")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="riwayat-pelatihan">
        <h2 id="riwayat-pelatihan" className="mb-2 text-lg font-semibold">
          {t("training.history")}
        </h2>
        {history.length === 0 ? <p>{t("training.noHistory")}</p> : null}
        <ul className="space-y-2">
          {history.map((h) => (
            <li key={h.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <span className="font-medium">{h.session.programme.title}</span> ·{" "}
              {formatWeekdayDateTime(locale, h.session.startsAt)} · {t(`attendance.${h.status}`)}
              {h.preScore !== null && h.postScore !== null
                ? ` · ${h.preScore} → ${h.postScore}`
                : ""}
              {h.certificateNumber ? (
                <>
                  {" · "}
                  <Link to={`/sertifikat/${h.certificateNumber}`} className="underline">
                    {t("training.certificate")} {h.certificateNumber}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
