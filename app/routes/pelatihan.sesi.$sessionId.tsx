import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { formatDateTime, formatPoints, formatWeekdayDateTime } from "~/utils/format";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { checkInLink } from "~/http/training-checkin.server";
import { actingRole, can } from "~/modules/auth/permissions";
import { getSellerAccess } from "~/modules/sellers/sellers.server";
import {
  AttendanceSchema,
  findSellersByPhone,
  getAttendanceSeller,
  getRoster,
  listRosterCandidates,
  issueCertificate,
  recordAttendance,
  registerForSession,
  registerWalkIn,
} from "~/modules/training/training.server";
import {
  attendanceWindow,
  checkInWindow,
  hasEnded,
  meetsCompletionRule,
  windowState,
} from "~/modules/training/training-window";
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
  const now = new Date();
  const window = attendanceWindow(session);
  const checkIn = checkInWindow(session);
  const minPostScore = session.programme.minPostScore;
  // Operators see and handle their own desa's sellers; staff see everyone in their regency.
  const attendances = session.attendances
    .filter((a) => can(user, "training.attendance", a.seller))
    .map((a) => ({ ...a, eligible: meetsCompletionRule(a, minPostScore) }));
  // Those who take attendance at the session's desa may show its check-in code while it is open.
  const qr =
    can(user, "training.attendance", { desaCode: session.desaCode }) &&
    windowState(checkIn, now) === "open"
      ? await checkInLink(request, { sessionId: session.id, expiresAt: checkIn.closesAt })
      : null;
  return {
    session: { ...session, attendances },
    // Registering in advance closes at the start; after that, people come as walk-ins.
    candidates: session.startsAt > now ? candidates : [],
    total: session.attendances.length,
    window: { ...window, state: windowState(window, now) },
    ended: hasEnded(session, now),
    qr: qr ? { ...qr, expiresAt: checkIn.closesAt } : null,
    canReschedule: can(user, "training.manage"),
  };
}

type ActionData = {
  error: string | null;
  ok: "registered" | "walkIn" | "attendance" | "certificate" | null;
  /** The shops a walk-in's phone number belongs to, when it is more than one. */
  choices?: { id: string; businessName: string }[];
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training.attendance");
  const sessionId = params.sessionId ?? "";
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const locale = requestLocale(request);
  const refused = (error: string, status: number) =>
    data<ActionData>({ error, ok: null }, { status });
  /** The actor for this seller, or 404 when the user may not handle them. */
  const actorFor = (seller: { ownerId: string | null; desaCode: string } | null, what: string) => {
    if (!seller || !can(user, "training.attendance", seller)) notFound(what);
    return { id: user.id, role: actingRole(user, "training.attendance", seller) };
  };
  const attendanceActor = async (attendanceId: string) =>
    actorFor(await getAttendanceSeller(db, { sessionId, attendanceId }), "Peserta tidak ditemukan");
  return withDomainErrors(
    request,
    async (): Promise<ActionData | ReturnType<typeof refused>> => {
      if (intent === "register") {
        const sellerId = z.string().min(1).safeParse(formData.get("sellerId"));
        if (!sellerId.success) return refused(translateErrorMessage("Pilih UMKM", locale), 400);
        const actor = actorFor(await getSellerAccess(db, sellerId.data), "UMKM tidak ditemukan");
        await registerForSession(db, { sessionId, sellerId: sellerId.data, actor });
        return { error: null, ok: "registered" };
      }
      if (intent === "walk-in") {
        const chosen = formData.get("sellerId");
        if (typeof chosen === "string" && chosen !== "") {
          const actor = actorFor(await getSellerAccess(db, chosen), "UMKM tidak ditemukan");
          await registerWalkIn(db, { sessionId, sellerId: chosen, actor });
          return { error: null, ok: "walkIn" };
        }
        const phone = String(formData.get("phone") ?? "").trim();
        if (phone === "")
          return refused(translateErrorMessage("Nomor HP wajib diisi", locale), 400);
        const sellers = await findSellersByPhone(db, phone);
        if (sellers === null)
          return refused(
            translateErrorMessage("Nomor HP tidak valid, contoh: 0812-3456-7890", locale),
            400,
          );
        // Shops the user may not handle are not named, as if the number were unknown.
        const found = sellers.filter((s) => can(user, "training.attendance", s));
        if (found.length === 0)
          return refused(
            translateErrorMessage("Nomor HP ini tidak terhubung ke UMKM mana pun", locale),
            404,
          );
        if (found.length > 1) {
          return {
            error: null,
            ok: null,
            choices: found.map((s) => ({ id: s.id, businessName: s.businessName })),
          };
        }
        const seller = found[0]!;
        const actor = { id: user.id, role: actingRole(user, "training.attendance", seller) };
        await registerWalkIn(db, { sessionId, sellerId: seller.id, actor });
        return { error: null, ok: "walkIn" };
      }
      if (intent === "attendance") {
        const raw = Object.fromEntries([...formData].filter(([, v]) => v !== ""));
        const parsed = AttendanceSchema.safeParse(raw);
        if (!parsed.success) {
          return refused(
            translateErrorMessage(parsed.error.issues[0]?.message ?? "Data tidak valid", locale),
            400,
          );
        }
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
      return refused(translateErrorMessage("Permintaan tidak dikenal", locale), 400);
    },
    (failure): ActionData => ({ error: failure.message, ok: null }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.session.programme.title ?? t("training.sessions")) }];
};

export default function SessionRoster() {
  const { session, candidates, total, window, ended, qr, canReschedule } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { locale, t } = useI18n();
  const recording = window.state === "open";
  const gains = session.attendances.filter((a) => a.preScore !== null && a.postScore !== null);
  const averageGain =
    gains.length > 0
      ? gains.reduce((n, a) => n + (a.postScore! - a.preScore!), 0) / gains.length
      : null;
  const when = (date: Date | string) => formatDateTime(locale, date);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{session.programme.title}</h1>
        <p className="text-stone-700">
          {formatWeekdayDateTime(locale, session.startsAt)}
          {session.endsAt
            ? ` (${t("training.endsAt", { time: when(session.endsAt) })})`
            : ""} · {session.venue} ({session.desa.name}, Kec. {session.desa.parent?.name}) ·{" "}
          {session.trainer}
        </p>
        <p className="text-stone-700">
          {t("training.participants", { count: total, capacity: session.capacity })}
          {averageGain !== null
            ? ` · ${t("training.averageGain", { gain: formatPoints(locale, averageGain) })}`
            : ""}
        </p>
        <p className="text-stone-700">
          {session.programme.minPostScore === null
            ? t("training.completionRule.presence")
            : t("training.completionRule.score", { score: session.programme.minPostScore })}{" "}
          {t(`training.window.${window.state}`, {
            opensAt: when(window.opensAt),
            closesAt: when(window.closesAt),
          })}
        </p>
        {canReschedule ? (
          <p>
            <Link to={`/staf/pelatihan/sesi/${session.id}/ubah`} className="underline">
              {t("training.reschedule")}
            </Link>
          </p>
        ) : null}
      </div>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}
      {actionData?.ok ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t(`training.ok.${actionData.ok}`)}
        </p>
      ) : null}

      {qr ? (
        <details className="rounded-xl border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t("training.checkInQr")}</summary>
          <figure className="mt-3 space-y-2">
            <div
              role="img"
              aria-label={t("training.checkInQrAlt")}
              className="w-72 max-w-full bg-white"
              // Generated on the server from our own signed link by the qrcode library.
              dangerouslySetInnerHTML={{ __html: qr.svg }}
            />
            <figcaption className="text-stone-700">
              {t("training.checkInQrHint", { time: when(qr.expiresAt) })}{" "}
              <a href={qr.url} className="break-all underline">
                {t("training.checkInLink")}
              </a>
            </figcaption>
          </figure>
        </details>
      ) : null}

      {recording ? (
        <section
          aria-labelledby="datang-langsung"
          className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="datang-langsung" className="font-semibold">
            {t("training.walkIn")}
          </h2>
          {actionData?.choices ? (
            <div className="space-y-2">
              <p>{t("training.walkInChoose")}</p>
              <ul className="flex flex-wrap gap-2">
                {actionData.choices.map((c) => (
                  <li key={c.id}>
                    <Form method="post">
                      <input type="hidden" name="intent" value="walk-in" />
                      <input type="hidden" name="sellerId" value={c.id} />
                      <button type="submit" className="btn-secondary">
                        {t("training.walkInFor", { name: c.businessName })}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Form method="post" className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="intent" value="walk-in" />
            <label className="min-w-0 flex-1">
              <span className="block font-medium">{t("training.walkInPhone")}</span>
              <input
                name="phone"
                type="tel"
                inputMode="tel"
                autoComplete="off"
                required
                className={inputClass}
              />
              <span className="block text-sm text-stone-600">{t("training.walkInHint")}</span>
            </label>
            <button type="submit" className="btn-primary">
              {t("training.walkInSubmit")}
            </button>
          </Form>
        </section>
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
                {a.walkIn ? (
                  <span className="badge ml-2 bg-stone-100 text-stone-800">
                    {t("training.walkInBadge")}
                  </span>
                ) : null}
                {a.checkedInAt ? (
                  <span className="badge ml-2 bg-brand-100 text-brand-900">
                    {t("training.checkedInBadge", { time: when(a.checkedInAt) })}
                  </span>
                ) : null}
              </p>
              {recording && !a.certificateNumber ? (
                <AttendanceForm attendance={a} />
              ) : (
                <p className="text-stone-700">
                  {t(`attendance.${a.status}`)}
                  {a.preScore !== null || a.postScore !== null
                    ? ` · ${t("training.scores", { pre: a.preScore ?? "–", post: a.postScore ?? "–" })}`
                    : ""}
                </p>
              )}
              {a.certificateNumber ? (
                <p>
                  {t("training.certificate")}:{" "}
                  <Link to={`/sertifikat/${a.certificateNumber}`} className="font-mono underline">
                    {a.certificateNumber}
                  </Link>
                </p>
              ) : a.status !== "ATTENDED" ? null : !ended ? (
                <p className="text-sm text-stone-600">{t("training.certificateAfterEnd")}</p>
              ) : a.eligible ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="certificate" />
                  <input type="hidden" name="attendanceId" value={a.id} />
                  <button type="submit" className="btn-primary">
                    {t("training.issueCertificateFor", { name: a.seller.businessName })}
                  </button>
                </Form>
              ) : (
                <p className="text-sm text-stone-600">{t("training.notEligible")}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

type RosterRow = {
  id: string;
  status: "REGISTERED" | "ATTENDED" | "ABSENT";
  preScore: number | null;
  postScore: number | null;
  seller: { businessName: string };
};

/** Attendance and scores of one participant, while the session's window is open. */
function AttendanceForm({ attendance: a }: { attendance: RosterRow }) {
  const { t } = useI18n();
  return (
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
