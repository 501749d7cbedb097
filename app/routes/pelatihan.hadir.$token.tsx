import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { readForm } from "~/http/body.server";
import { domainFailure, failurePage, withDomainErrors } from "~/http/errors.server";
import { requireUser } from "~/http/session.server";
import { readCheckInLink } from "~/http/training-checkin.server";
import { can } from "~/modules/auth/permissions";
import { getSellerAccess } from "~/modules/sellers/sellers.server";
import { checkIn, getCheckIn } from "~/modules/training/training.server";
import { checkInWindow, windowState } from "~/modules/training/training-window";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { formatWeekdayDateTime } from "~/utils/format";
import { invariantResponse, notFound } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

/** A refusal shown as the page, with its own status: a link that has run out is gone (410). */
function refuse(request: Request, error: DomainError, status?: 410): never {
  const failure = domainFailure(request, error);
  throw failurePage(request, { ...failure, status: status ?? failure.status });
}

/**
 * The session the link is for, while the link is genuine and unexpired; checked before sign-in,
 * so a bad link says so at once.
 */
function sessionOfLink(request: Request, token: string, now: Date): string {
  const link = readCheckInLink(token, now);
  if (link.ok) return link.sessionId;
  if (link.reason === "expired") {
    refuse(request, new DomainError("CONFLICT", "Tautan daftar hadir sudah kedaluwarsa"), 410);
  }
  refuse(request, new DomainError("INVALID", "Tautan daftar hadir tidak sah"));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const now = new Date();
  const sessionId = sessionOfLink(request, params.token ?? "", now);
  // Signing in comes back here (requireUser keeps the address).
  const user = await requireUser(request);
  const view = await getCheckIn(db, { sessionId, userId: user.id });
  invariantResponse(view, "Sesi tidak ditemukan", { status: 404 });
  // The session may have been moved since the code was shown: its current times decide.
  const state = windowState(checkInWindow(view.session), now);
  if (state === "before") {
    refuse(request, new DomainError("CONFLICT", "Daftar hadir sesi ini belum dibuka"));
  }
  if (state === "after") {
    refuse(request, new DomainError("CONFLICT", "Daftar hadir sesi ini sudah ditutup"), 410);
  }
  return {
    session: view.session,
    shops: view.shops
      .filter((s) => can(user, "training.checkin", s))
      .map((s) => ({ id: s.id, businessName: s.businessName, present: s.present })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const sessionId = sessionOfLink(request, params.token ?? "", new Date());
  const user = await requireUser(request);
  const sellerId = String((await readForm(request)).get("sellerId") ?? "");
  const seller = sellerId ? await getSellerAccess(db, sellerId) : null;
  if (!seller || !can(user, "training.checkin", seller)) notFound("UMKM tidak ditemukan");
  return withDomainErrors(
    request,
    async () => {
      const { already } = await checkIn(db, { sessionId, sellerId: seller.id, userId: user.id });
      return { error: null, done: already ? ("already" as const) : ("done" as const) };
    },
    (failure) => ({ error: failure.message, done: null }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [
    { title: pageTitle(t, data?.session.programme.title ?? t("checkin.title")) },
    { name: "robots", content: "noindex" },
  ];
};

export default function CheckInPage() {
  const { session, shops } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div>
        <p className="text-stone-700">{t("checkin.title")}</p>
        <h1 className="text-2xl font-bold">{session.programme.title}</h1>
        <p className="text-stone-700">
          {formatWeekdayDateTime(locale, session.startsAt)} · {session.venue}
        </p>
      </div>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}
      {actionData?.done ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t(actionData.done === "done" ? "checkin.done" : "checkin.already")}
        </p>
      ) : null}
      {shops.length === 0 ? <p>{t("checkin.noShop")}</p> : null}
      {shops.length > 1 ? <h2 className="text-lg font-semibold">{t("checkin.choose")}</h2> : null}
      <ul className="space-y-2">
        {shops.map((shop) => (
          <li
            key={shop.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white p-3"
          >
            <span className="font-medium">{shop.businessName}</span>
            {shop.present ? (
              <span className="badge bg-brand-100 text-brand-900">{t("checkin.present")}</span>
            ) : (
              <Form method="post">
                <input type="hidden" name="sellerId" value={shop.id} />
                <button type="submit" className="btn-primary">
                  {shops.length > 1
                    ? t("checkin.submitFor", { name: shop.businessName })
                    : t("checkin.submit")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
