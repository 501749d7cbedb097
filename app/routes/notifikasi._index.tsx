import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { listNotifications, markAllNotificationsRead } from "~/modules/notifications/inbox.server";
import { db } from "~/utils/db.server";
import { getLocaleFromCookieHeader } from "~/utils/i18n";
import { formatDate, formatDateTime } from "~/utils/format";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";
import { readForm } from "~/http/body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = getLocaleFromCookieHeader(request.headers.get("Cookie"));
  return {
    days: await listNotifications(db, { userId: user.id, locale }),
    today: jakartaDateOf(new Date()),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // No fields, but only a real form post counts (anything else is 415, like every action).
  await readForm(request);
  return { marked: await markAllNotificationsRead(db, { userId: user.id }) };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("notif.title")) }, { name: "robots", content: "noindex" }];
};

export default function NotificationsPage() {
  const { days, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const hasUnread = days.some((d) => d.items.some((i) => !i.read));
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("notif.title")}</h1>
        {hasUnread ? (
          <Form method="post">
            <button type="submit" className="btn-secondary">
              {t("notif.markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>
      {actionData ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t("notif.markedRead", { count: actionData.marked })}
        </p>
      ) : null}
      {days.length === 0 ? <p>{t("notif.empty")}</p> : null}
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`hari-${day.day}`} className="space-y-2">
          <h2 id={`hari-${day.day}`} className="text-sm font-semibold uppercase text-stone-600">
            {day.day === today ? t("notif.today") : formatDate(locale, `${day.day}T12:00:00+07:00`)}
          </h2>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {day.items.map((item) => (
              <li key={item.id} className={item.read ? "" : "bg-brand-50"}>
                <Link
                  to={`/notifikasi/${item.id}`}
                  className="block min-h-11 p-3 text-stone-900 no-underline hover:bg-stone-50"
                >
                  <span className="block font-semibold">
                    {item.read ? null : <span className="sr-only">{t("notif.unread")}: </span>}
                    {item.title}
                  </span>
                  {item.body ? <span className="block text-stone-700">{item.body}</span> : null}
                  <span className="block text-sm text-stone-600">
                    {formatDateTime(locale, item.createdAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link to="/akun#notifikasi" className="underline">
          {t("notif.settings")}
        </Link>
      </p>
    </div>
  );
}
