import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { passThroughHeaders } from "~/http/headers";
import {
  changePassword,
  ChangePasswordSchema,
  countActiveSessions,
  logoutEverywhere,
} from "~/modules/auth/auth.server";
import { listOwnedSellers } from "~/modules/sellers/sellers.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import {
  getNotificationPreferences,
  NotificationPreferencesSchema,
  sendTestNotification,
  updateNotificationPreferences,
} from "~/modules/notifications/preferences.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { formReply, withDomainErrors } from "~/http/errors.server";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [sellers, activeSessions, notifications] = await Promise.all([
    listOwnedSellers(db, user.id),
    countActiveSessions(db, user.id),
    getNotificationPreferences(db, user.id),
  ]);
  return {
    user: {
      name: user.name,
      phone: formatIndonesianPhone(user.phone),
      roles: user.roles.map((r) => r.role),
    },
    sellers,
    activeSessions,
    notifications,
    constraint: getZodConstraint(ChangePasswordSchema),
  };
}

/**
 * A refused password change keeps its messages but never sends a password back (resetting the
 * form instead would drop the messages too).
 */
const PASSWORDS = ["currentPassword", "newPassword", "confirmPassword"];

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "logout-everywhere") {
    const count = await logoutEverywhere(db, { userId: user.id, exceptSessionId: user.sessionId });
    return { intent, ended: count, result: undefined };
  }
  if (intent === "notifications") {
    const submission = parseWithZod(formData, { schema: NotificationPreferencesSchema });
    if (submission.status !== "success") {
      return data(
        { intent, ended: 0, result: undefined, errors: formReply(request, submission).error ?? {} },
        { status: 400 },
      );
    }
    // The only refusal is an email address another account uses.
    return withDomainErrors(
      request,
      async () => {
        await updateNotificationPreferences(db, { userId: user.id, ...submission.value });
        return { intent, ended: 0, result: undefined, saved: true };
      },
      (failure) => ({
        intent,
        ended: 0,
        result: undefined,
        errors: { [failure.field ?? "email"]: [failure.message] },
      }),
    );
  }
  if (intent === "test-whatsapp" || intent === "test-email") {
    const channel = intent === "test-whatsapp" ? "WHATSAPP" : "EMAIL";
    return withDomainErrors(
      request,
      async () => {
        await sendTestNotification(db, { userId: user.id, channel });
        return { intent, ended: 0, result: undefined, tested: channel };
      },
      (failure) => ({ intent, ended: 0, result: undefined, errors: { "": [failure.message] } }),
    );
  }
  if (intent !== "change-password")
    return data({ intent, ended: 0, result: undefined }, { status: 400 });
  const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
  if (submission.status !== "success") {
    return data(
      { intent, ended: 0, result: formReply(request, submission, null, { hideFields: PASSWORDS }) },
      { status: 400 },
    );
  }
  return withDomainErrors(
    request,
    async () => {
      await changePassword(db, { userId: user.id, sessionId: user.sessionId, ...submission.value });
      return { intent, ended: 0, result: submission.reply({ resetForm: true }), changed: true };
    },
    // A wrong current password lands on its field; too many attempts on the form.
    (failure) => ({
      intent,
      ended: 0,
      result: formReply(request, submission, failure, { hideFields: PASSWORDS }),
    }),
  );
}

export const headers = passThroughHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("account.title")) }];
};

export default function AccountPage() {
  const { user, sellers, activeSessions, notifications, constraint } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<{
    currentPassword: string;
    newPassword: string;
    confirmPassword: string;
  }>({
    id: "ganti-sandi",
    lastResult: actionData?.intent === "change-password" ? actionData.result : undefined,
    constraint,
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <p className="text-lg font-semibold">{user.name}</p>
        <p className="text-stone-700">{user.phone}</p>
        <p className="text-sm text-stone-600">{user.roles.map((r) => t(`role.${r}`)).join(", ")}</p>
      </section>

      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <Link to="/akun/alamat" className="btn-secondary">
          {t("address.nav")}
        </Link>
      </section>

      <section
        aria-labelledby="usaha"
        className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="usaha" className="text-lg font-semibold">
          {t("account.myBusiness")}
        </h2>
        {sellers.length === 0 ? (
          <Link to="/jual/daftar" className="btn-primary">
            {t("account.becomeSeller")}
          </Link>
        ) : (
          <ul className="space-y-2">
            {sellers.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {s.businessName} — {t(`verification.${s.verificationStatus}`)}
                </span>
                <Link to={`/kelola/${s.id}`} className="btn-secondary">
                  {t("account.manageShop")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <NotificationSettings
        preferences={notifications}
        phone={user.phone}
        result={
          actionData &&
          ["notifications", "test-whatsapp", "test-email"].includes(String(actionData.intent))
            ? (actionData as NotificationResult)
            : undefined
        }
      />

      <section aria-labelledby="sandi" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="sandi" className="mb-3 text-lg font-semibold">
          {t("account.changePassword")}
        </h2>
        {actionData && "changed" in actionData && actionData.changed ? (
          <p role="status" className="mb-3 rounded-lg bg-brand-50 p-3 text-brand-900">
            {t("account.passwordChanged")}
          </p>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <input type="hidden" name="intent" value="change-password" />
          <FormError errors={form.errors} />
          <Field
            id={fields.currentPassword.id}
            label={t("account.currentPassword")}
            errors={fields.currentPassword.errors}
          >
            <input
              {...getInputProps(fields.currentPassword, { type: "password" })}
              autoComplete="current-password"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.newPassword.id}
            label={t("account.newPassword")}
            errors={fields.newPassword.errors}
          >
            <input
              {...getInputProps(fields.newPassword, { type: "password" })}
              autoComplete="new-password"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.confirmPassword.id}
            label={t("account.confirmPassword")}
            errors={fields.confirmPassword.errors}
          >
            <input
              {...getInputProps(fields.confirmPassword, { type: "password" })}
              autoComplete="new-password"
              className={inputClass}
            />
          </Field>
          <button type="submit" className="btn-primary">
            {t("account.changePassword")}
          </button>
        </Form>
      </section>

      <section
        aria-labelledby="sesi"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="sesi" className="text-lg font-semibold">
          {t("account.sessions")}
        </h2>
        <p>{t("account.activeSessions", { count: activeSessions })}</p>
        {actionData?.intent === "logout-everywhere" ? (
          <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
            {t("account.endedSessions", { count: actionData.ended })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Form method="post">
            <input type="hidden" name="intent" value="logout-everywhere" />
            <button type="submit" className="btn-secondary">
              {t("account.logoutEverywhere")}
            </button>
          </Form>
          <Form method="post" action="/keluar">
            <button type="submit" className="btn-secondary">
              {t("account.logout")}
            </button>
          </Form>
        </div>
      </section>

      <section
        aria-labelledby="data-pribadi"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="data-pribadi" className="text-lg font-semibold">
          {t("privacy.accountSection")}
        </h2>
        <p>
          {t("privacy.accountIntro")}{" "}
          <Link to="/privasi" className="underline">
            {t("privacy.title")}
          </Link>
        </p>
        <div className="flex flex-wrap gap-2">
          <a href="/akun/data-saya" download className="btn-secondary">
            {t("privacy.downloadLink")}
          </a>
          <Link to="/akun/hapus" className="btn-secondary">
            {t("privacy.eraseLink")}
          </Link>
        </div>
      </section>
    </div>
  );
}

/** An opt-in checkbox for one channel; disabled, with the reason, when the platform lacks it. */
function ChannelOption(props: {
  name: string;
  label: string;
  checked: boolean;
  off: string | null;
}) {
  return (
    <div className="space-y-1">
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name={props.name}
          defaultChecked={props.checked}
          disabled={props.off !== null}
          className="h-5 w-5"
        />
        {props.label}
      </label>
      {props.off ? <p className="text-sm text-stone-600">{props.off}</p> : null}
    </div>
  );
}

type NotificationResult = {
  errors?: Record<string, string[] | null | undefined>;
  saved?: boolean;
  tested?: string;
};

function NotificationSettings({
  preferences,
  phone,
  result,
}: {
  preferences: {
    notifyWhatsapp: boolean;
    notifyEmail: boolean;
    email: string | null;
    channels: { whatsapp: "on" | "off"; email: "on" | "off" };
  };
  phone: string;
  result?: NotificationResult;
}) {
  const { t } = useI18n();
  const { channels } = preferences;
  const errors = result?.errors ?? {};
  const formErrors = errors[""] ?? undefined;
  return (
    <section
      aria-labelledby="notifikasi"
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      <h2 id="notifikasi" className="text-lg font-semibold">
        {t("notif.channelsTitle")}
      </h2>
      <p className="text-stone-700">{t("notif.channelsIntro")}</p>
      {channels.whatsapp === "off" && channels.email === "off" ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t("notif.inAppOnly")}
        </p>
      ) : null}
      {result?.saved ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t("notif.saved")}
        </p>
      ) : null}
      {result?.tested ? (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
          {t("notif.testSent", { channel: result.tested === "WHATSAPP" ? "WhatsApp" : "email" })}
        </p>
      ) : null}
      <FormError errors={formErrors ?? undefined} />
      <Form method="post" className="space-y-3">
        <input type="hidden" name="intent" value="notifications" />
        <ChannelOption
          name="notifyWhatsapp"
          label={t("notif.whatsapp", { phone })}
          checked={preferences.notifyWhatsapp}
          off={channels.whatsapp === "off" ? t("notif.channelOff", { channel: "WhatsApp" }) : null}
        />
        <ChannelOption
          name="notifyEmail"
          label={t("notif.email")}
          checked={preferences.notifyEmail}
          off={channels.email === "off" ? t("notif.channelOff", { channel: "Email" }) : null}
        />
        <Field id="notif-email" label={t("notif.emailAddress")} errors={errors.email ?? undefined}>
          <input
            id="notif-email"
            type="email"
            name="email"
            autoComplete="email"
            defaultValue={preferences.email ?? ""}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "notif-email-error" : undefined}
            className={inputClass}
          />
        </Field>
        <button type="submit" className="btn-primary">
          {t("notif.save")}
        </button>
      </Form>
      <div className="flex flex-wrap gap-2">
        {(
          [
            [
              "test-whatsapp",
              channels.whatsapp === "on" && preferences.notifyWhatsapp,
              t("notif.testWhatsapp"),
            ],
            [
              "test-email",
              channels.email === "on" && preferences.notifyEmail,
              t("notif.testEmail"),
            ],
          ] as const
        ).map(([intent, offered, label]) =>
          offered ? (
            <Form method="post" key={intent}>
              <input type="hidden" name="intent" value={intent} />
              <button type="submit" className="btn-secondary">
                {label}
              </button>
            </Form>
          ) : null,
        )}
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/akun" />;
}
