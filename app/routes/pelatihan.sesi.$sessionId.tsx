import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { formatPoints, formatWeekdayDateTime } from "~/utils/format";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { actingRole, can } from "~/modules/auth/permissions";
import { getSellerAccess } from "~/modules/sellers/sellers.server";
import {
  AttendanceSchema,
  getAttendanceSeller,
  getRoster,
  listRosterCandidates,
  issueCertificate,
  recordAttendance,
  registerForSession,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { invariantResponse, notFound } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requirePermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "training.attendance");
  const sessionId = params.sessionId ?? "";
  const [session, candidates] = await Promise.all([
    getRoster(db, sessionId),
    listRosterCandidates(db, { sessionId, actor: user }),
  ]);
  invariantResponse(session, "Sesi tidak ditemukan", { status: 404 });
  // Operators see and handle their own desa's sellers; staff see everyone in their regency.
  const attendances = session.attendances.filter((a) => can(user, "training.attendance", a.seller));
  return { session: { ...session, attendances }, candidates, total: session.attendances.length };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training.attendance");
  const sessionId = params.sessionId ?? "";
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const locale = requestLocale(request);
  /** The actor for this seller, or 404 when the user may not handle them. */
  const actorFor = (seller: { ownerId: string | null; desaCode: string } | null, what: string) => {
    if (!seller || !can(user, "training.attendance", seller)) notFound(what);
    return { id: user.id, role: actingRole(user, "training.attendance", seller) };
  };
  const attendanceActor = async (attendanceId: string) =>
    actorFor(await getAttendanceSeller(db, { sessionId, attendanceId }), "Peserta tidak ditemukan");
  return withDomainErrors(
    request,
    async () => {
      if (intent === "register") {
        const sellerId = z.string().min(1).safeParse(formData.get("sellerId"));
        if (!sellerId.success) {
          return data(
            { error: translateErrorMessage("Pilih UMKM", locale), ok: null },
            { status: 400 },
          );
        }
        const actor = actorFor(await getSellerAccess(db, sellerId.data), "UMKM tidak ditemukan");
        await registerForSession(db, { sessionId, sellerId: sellerId.data, actor });
        return { error: null, ok: "registered" };
      }
      if (intent === "attendance") {
        const raw = Object.fromEntries([...formData].filter(([, v]) => v !== ""));
        const parsed = AttendanceSchema.safeParse(raw);
        if (!parsed.success)
          return data(
            {
              error: translateErrorMessage(
                parsed.error.issues[0]?.message ?? "Data tidak valid",
                locale,
              ),
              ok: null,
            },
            { status: 400 },
          );
        const actor = await attendanceActor(parsed.data.attendanceId);
        await recordAttendance(db, { sessionId, actor, data: parsed.data });
        return { error: null, ok: "attendance" };
      }
      if (intent === "certificate") {
        const attendanceId = String(formData.get("attendanceId") ?? "");
        const actor = await attendanceActor(attendanceId);
        await issueCertificate(db, { sessionId, attendanceId, actor });
        return { error: null, ok: "certificate" };
      }
      return data(
        { error: translateErrorMessage("Permintaan tidak dikenal", locale), ok: null },
        { status: 400 },
      );
    },
    (failure) => ({ error: failure.message, ok: null }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.session.programme.title ?? t("training.sessions")) }];
};

export default function SessionRoster() {
  const { session, candidates, total } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const gains = session.attendances.filter((a) => a.preScore !== null && a.postScore !== null);
  const averageGain =
    gains.length > 0
      ? gains.reduce((n, a) => n + (a.postScore! - a.preScore!), 0) / gains.length
      : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{session.programme.title}</h1>
        <p className="text-stone-700">
          {formatWeekdayDateTime(locale, session.startsAt)} · {session.venue} ({session.desa.name},
          Kec. {session.desa.parent?.name}) · {session.trainer}
        </p>
        <p className="text-stone-700">
          {t("training.participants", { count: total, capacity: session.capacity })}
          {averageGain !== null
            ? ` · ${t("training.averageGain", { gain: formatPoints(locale, averageGain) })}`
            : ""}
        </p>
      </div>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}
      {actionData?.ok ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t(`training.ok.${actionData.ok as "registered" | "attendance" | "certificate"}`)}
        </p>
      ) : null}

      {candidates.length > 0 ? (
        <Form
          method="post"
          className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-4"
        >
          <input type="hidden" name="intent" value="register" />
          <label className="min-w-0 flex-1">
            <span className="block font-medium">{t("training.registerSeller")}</span>
            <select name="sellerId" className={inputClass} required>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.businessName}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn-primary">
            {t("training.register")}
          </button>
        </Form>
      ) : null}

      <section aria-labelledby="peserta">
        <h2 id="peserta" className="mb-2 text-lg font-semibold">
          {t("training.roster")}
        </h2>
        {session.attendances.length === 0 ? <p>{t("training.noParticipants")}</p> : null}
        <ul className="space-y-3">
          {session.attendances.map((a) => (
            <li key={a.id} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3">
              <p className="font-medium">
                {a.seller.businessName}{" "}
                <span className="font-normal text-stone-600">· {a.seller.ownerName}</span>
              </p>
              <Form method="post" className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="intent" value="attendance" />
                <input type="hidden" name="attendanceId" value={a.id} />
                <label>
                  <span className="block text-sm">
                    {t("training.attendanceOf", { name: a.seller.businessName })}
                  </span>
                  <select name="status" defaultValue={a.status} className={inputClass}>
                    {(["REGISTERED", "ATTENDED", "ABSENT"] as const).map((s) => (
                      <option key={s} value={s}>
                        {t(`attendance.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span className="block text-sm">
                    {t("training.preScoreOf", { name: a.seller.businessName })}
                  </span>
                  <input
                    name="preScore"
                    type="number"
                    min={0}
                    max={100}
                    defaultValue={a.preScore ?? ""}
                    className={`${inputClass} w-24`}
                  />
                </label>
                <label>
                  <span className="block text-sm">
                    {t("training.postScoreOf", { name: a.seller.businessName })}
                  </span>
                  <input
                    name="postScore"
                    type="number"
                    min={0}
                    max={100}
                    defaultValue={a.postScore ?? ""}
                    className={`${inputClass} w-24`}
                  />
                </label>
                <button type="submit" className="btn-secondary">
                  {t("training.saveAttendance")}
                </button>
              </Form>
              {a.certificateNumber ? (
                <p>
                  {t("training.certificate")}:{" "}
                  <Link to={`/sertifikat/${a.certificateNumber}`} className="font-mono underline">
                    {a.certificateNumber}
                  </Link>
                </p>
              ) : a.status === "ATTENDED" ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="certificate" />
                  <input type="hidden" name="attendanceId" value={a.id} />
                  <button type="submit" className="btn-primary">
                    {t("training.issueCertificateFor", { name: a.seller.businessName })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

type RootNav = { user: { nav: { training: boolean; operator: boolean } } | null };

/** Staff who run programmes go back to them; operators to their desa's page. */
export function ErrorBoundary() {
  const nav = useRouteLoaderData<RootNav>("root")?.user?.nav;
  return (
    <RouteErrorBoundary
      home={nav?.training ? "/staf/pelatihan" : nav?.operator ? "/operator" : "/"}
    />
  );
}
