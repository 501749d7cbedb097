import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { ErasureBlockers } from "~/components/erasure-blockers";
import { inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { can } from "~/modules/auth/permissions";
import { eraseAccount } from "~/modules/privacy/erasure.server";
import {
  ERASED_PHONE_PREFIX,
  findUserForPrivacyRequest,
} from "~/modules/privacy/personal-data.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { formatDate } from "~/utils/format";
import { notFound } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

async function requirePrivacyDesk(request: Request) {
  const user = await requireUser(request);
  // Without a record: may this person process requests about others (staff, admins).
  if (!can(user, "privacy.request")) notFound();
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePrivacyDesk(request);
  const phone = new URL(request.url).searchParams.get("hp")?.trim() ?? "";
  if (!phone) return { phone, subject: null, searchError: null };
  return withDomainErrors(
    request,
    async () => {
      const subject = await findUserForPrivacyRequest(db, { phone });
      return {
        phone,
        subject: subject && {
          ...subject,
          phone: subject.phone.startsWith(ERASED_PHONE_PREFIX)
            ? null
            : formatIndonesianPhone(subject.phone),
        },
        searchError: null,
      };
    },
    (failure) => ({ phone, subject: null, searchError: failure.message }),
  );
}

const EraseSchema = z.object({
  userId: z.string().min(1),
  reason: z.string().max(1000),
  confirm: z.literal("on", { error: "Centang pernyataan untuk melanjutkan" }),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePrivacyDesk(request);
  const parsed = EraseSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    return data(
      { error: translateErrorMessage(parsed.error.issues[0]!.message, requestLocale(request)) },
      { status: 400 },
    );
  }
  const input = parsed.data;
  const actor = { userId: staff.id, ip: context.clientIp };
  return withDomainErrors(
    request,
    async () => {
      await eraseAccount(db, { userId: input.userId, actor, reason: input.reason });
      return redirectWithToast("/staf/data-pribadi", {
        kind: "success",
        key: "privacy.staffErased",
      });
    },
    (failure) => ({ error: failure.message }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("privacy.staffTitle")) }];
};

export default function PrivacyDeskPage() {
  const { phone, subject, searchError } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("privacy.staffTitle")}</h1>
      <p>{t("privacy.staffIntro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex-1">
          <span className="block text-sm font-medium">{t("privacy.phone")}</span>
          <input
            type="tel"
            name="hp"
            defaultValue={phone}
            required
            inputMode="tel"
            className={inputClass}
          />
        </label>
        <button type="submit" className="btn-primary">
          {t("privacy.find")}
        </button>
      </Form>
      {searchError ? (
        <p role="alert" className="text-red-700">
          {searchError}
        </p>
      ) : null}
      {phone && !subject && !searchError ? <p>{t("privacy.notFound")}</p> : null}
      {actionData?.error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800">
          {actionData.error}
        </p>
      ) : null}
      {subject ? (
        <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">
            {t("privacy.subject", {
              name: subject.name,
              phone: subject.phone ?? "—",
              date: formatDate(locale, subject.createdAt),
            })}
          </h2>
          {subject.phone === null ? (
            <p>{t("privacy.subjectErased")}</p>
          ) : (
            <>
              {/* A file download: a plain form post to a resource route. */}
              <Form
                method="post"
                action="/staf/data-pribadi/unduh"
                reloadDocument
                className="space-y-2"
              >
                <input type="hidden" name="userId" value={subject.id} />
                <input type="hidden" name="hp" value={phone} />
                <ReasonField id="alasan-unduh" />
                <button type="submit" className="btn-secondary">
                  {t("privacy.staffDownload")}
                </button>
              </Form>
              {subject.blockers.length > 0 ? (
                <ErasureBlockers blockers={subject.blockers} />
              ) : (
                <Form method="post" className="space-y-2 border-t border-stone-200 pt-4">
                  <input type="hidden" name="userId" value={subject.id} />
                  <ReasonField id="alasan-hapus" />
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="confirm" required className="mt-1 h-5 w-5" />
                    <span>{t("privacy.staffConfirm")}</span>
                  </label>
                  <button type="submit" className="btn bg-red-700 text-white hover:bg-red-800">
                    {t("privacy.staffErase")}
                  </button>
                </Form>
              )}
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}

function ReasonField({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <label className="block" htmlFor={id}>
      <span className="block text-sm font-medium">{t("privacy.reason")}</span>
      <input
        id={id}
        name="reason"
        required
        minLength={5}
        maxLength={300}
        aria-describedby={`${id}-petunjuk`}
        className={inputClass}
      />
      <span id={`${id}-petunjuk`} className="block text-sm text-stone-600">
        {t("privacy.reasonHint")}
      </span>
    </label>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/data-pribadi" />;
}
