import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { firstFormMessage, formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import {
  LegalityReviewSchema,
  listSellerDocuments,
  reviewLegalityDocument,
} from "~/modules/sellers/legality-documents.server";
import {
  decideSellerVerification,
  getSellerForReview,
  verificationOutcomesFor,
} from "~/modules/sellers/verification.server";
import { listHalalCoverage } from "~/modules/sellers/halal-coverage.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { formatDay } from "~/utils/format";
import { DOCUMENT_SHORT_NAMES } from "~/modules/sellers/legality";
import type { SellerDocument } from "~/modules/sellers/legality-documents.server";
import { useI18n } from "~/utils/use-i18n";

const DECISION_LABELS = {
  APPROVED: "staff.approve",
  REJECTED: "staff.reject",
  SUSPENDED: "staff.suspend",
  REINSTATED: "staff.reinstate",
} as const;

const DecisionSchema = z.object({
  outcome: z.enum(["APPROVED", "REJECTED", "SUSPENDED", "REINSTATED"], {
    error: "Pilih keputusan",
  }),
  reason: z
    .string()
    .trim()
    .max(1_000, { error: "Alasan maksimal 1.000 huruf" })
    .optional()
    .default(""),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSellerPermission(request, "seller.verify", params.sellerId ?? "");
  const seller = await getSellerForReview(db, params.sellerId ?? "");
  invariantResponse(seller, "UMKM tidak ditemukan", { status: 404 });
  const [documents, products] = await Promise.all([
    listSellerDocuments(db, seller.id),
    listHalalCoverage(db, seller.id),
  ]);
  return {
    seller: { ...seller, whatsapp: formatIndonesianPhone(seller.whatsapp) },
    documents: documents.filter((d) => d.state !== "missing" || d.id),
    covered: products.filter((p) => p.isHalal).map((p) => p.title),
    outcomes: verificationOutcomesFor(seller.verificationStatus),
    constraint: getZodConstraint(DecisionSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, seller, role } = await requireSellerPermission(
    request,
    "seller.verify",
    params.sellerId ?? "",
  );
  const formData = await readForm(request);
  if (formData.get("intent") === "legality") {
    const review = parseWithZod(formData, { schema: LegalityReviewSchema });
    const legalityId = String(formData.get("legalityId") ?? "");
    if (review.status !== "success") {
      return data(
        {
          result: undefined,
          legality: { id: legalityId, message: firstFormMessage(request, review) },
        },
        { status: 400 },
      );
    }
    return withDomainErrors(
      request,
      async () => {
        const done = await reviewLegalityDocument(db, {
          sellerId: seller.id,
          staff: { id: user.id, role },
          review: review.value,
        });
        return redirectWithToast(`/staf/verifikasi/${seller.id}`, {
          kind: "success",
          key: done.decision === "VERIFIED" ? "legal.review.verified" : "legal.review.rejected",
          values: { document: DOCUMENT_SHORT_NAMES[done.type] },
        });
      },
      (failure) => ({ result: undefined, legality: { id: legalityId, message: failure.message } }),
    );
  }
  const submission = parseWithZod(formData, { schema: DecisionSchema });
  if (submission.status !== "success") return invalidForm(request, submission);
  return withDomainErrors(
    request,
    async () => {
      await decideSellerVerification(db, {
        sellerId: seller.id,
        outcome: submission.value.outcome,
        reason: submission.value.reason,
        decidedById: user.id,
        decidedByRole: role,
      });
      return redirectWithToast("/staf/verifikasi", {
        kind: "success",
        key: `verify.done.${submission.value.outcome}`,
        values: { name: seller.businessName },
      });
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.seller.businessName ?? t("staff.queueTitle")) }];
};

export default function ReviewSeller() {
  const { seller, outcomes, constraint, documents, covered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const [form, fields] = useForm<{ outcome: string; reason: string }>({
    lastResult: actionData?.result,
    constraint,
  });
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-bold">{seller.businessName}</h1>
      <section className="space-y-1 rounded-xl border border-stone-200 bg-white p-4">
        <p>
          {t("shop.owner", { name: seller.ownerName })} · {seller.whatsapp}
        </p>
        <p>
          {seller.desa.name}, Kec. {seller.desa.parent?.name} · {t(`sector.${seller.sector}`)}
        </p>
        <p>{t(`verification.${seller.verificationStatus}`)}</p>
        {seller.description ? <p className="text-stone-700">{seller.description}</p> : null}
      </section>

      <section aria-labelledby="legalitas" className="space-y-3">
        <h2 id="legalitas" className="text-lg font-semibold">
          {t("legal.review.title")}
        </h2>
        {documents.length === 0 ? <p>{t("legal.review.none")}</p> : null}
        <ul className="space-y-3">
          {documents.map((doc) => (
            <DocumentReview
              key={doc.type}
              doc={doc}
              covered={doc.type === "HALAL" ? covered : null}
              error={actionData?.legality?.id === doc.id ? actionData.legality.message : null}
            />
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="keputusan"
        className="rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="keputusan" className="mb-3 text-lg font-semibold">
          {t("staff.decision")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <FormError errors={form.errors} />
          <Field
            id={fields.reason.id}
            label={t("staff.reason")}
            errors={fields.reason.errors}
            hint={t("staff.reasonHint")}
          >
            <textarea {...getTextareaProps(fields.reason)} rows={3} className={inputClass} />
          </Field>
          <div className="flex gap-2">
            {/* Only the decisions this status allows: approving never lifts a suspension. */}
            {outcomes.map((outcome, i) => (
              <button
                key={outcome}
                type="submit"
                name="outcome"
                value={outcome}
                className={i === 0 ? "btn-primary" : "btn-secondary"}
              >
                {t(DECISION_LABELS[outcome])}
              </button>
            ))}
          </div>
        </Form>
      </section>

      {seller.verificationDecisions.length > 0 ? (
        <section
          aria-labelledby="riwayat"
          className="rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="riwayat" className="mb-2 text-lg font-semibold">
            {t("staff.history")}
          </h2>
          <ul className="space-y-1 text-sm">
            {seller.verificationDecisions.map((d) => (
              <li key={d.id}>
                {t(`outcome.${d.outcome}`)} · {d.decidedBy.name} · {d.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** One document beside its scan, with the staff's decision. */
function DocumentReview({
  doc,
  covered,
  error,
}: {
  doc: SellerDocument;
  covered: string[] | null;
  error: string | null;
}) {
  const { t, locale } = useI18n();
  const name = DOCUMENT_SHORT_NAMES[doc.type];
  const day = (value: string) => formatDay(locale, value);
  return (
    <li className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{t(`legal.type.${doc.type}`)}</h3>
        <span className="badge bg-stone-100 text-stone-800">{t(`legal.state.${doc.state}`)}</span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        {doc.number ? (
          <>
            <dt className="text-stone-600">{t("legal.number")}</dt>
            <dd className="font-mono">{doc.number}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">{t("legal.issuedOn")}</dt>
        <dd>{doc.issuedOn ? day(doc.issuedOn) : "—"}</dd>
        <dt className="text-stone-600">{t("legal.expiresOn")}</dt>
        <dd>{doc.expiresOn ? day(doc.expiresOn) : t("legal.noExpiry")}</dd>
      </dl>
      {doc.hasScan ? (
        <a href={`/dokumen/${doc.id}`} target="_blank" rel="noreferrer" className="block">
          <img
            src={`/dokumen/${doc.id}?v=pratinjau`}
            alt={t("legal.previewAlt", { document: name })}
            className="max-h-[32rem] w-full rounded-lg border border-stone-300 object-contain"
          />
          <span className="text-sm underline">
            {t("legal.viewScan")}
            {doc.isPdf ? ` (${t("legal.pdf")})` : ""}
          </span>
        </a>
      ) : (
        <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
          {t("legal.review.noScan")}
        </p>
      )}
      {covered ? (
        <div className="text-sm">
          <p>{covered.length > 0 ? t("legal.review.covered") : t("legal.review.coveredNone")}</p>
          {covered.length > 0 ? (
            <ul className="list-disc pl-5">
              {covered.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {doc.hasScan ? (
        <Form method="post" className="space-y-2">
          <input type="hidden" name="intent" value="legality" />
          <input type="hidden" name="legalityId" value={doc.id ?? ""} />
          <input type="hidden" name="documentKey" value={doc.documentKey ?? ""} />
          {error ? <FormError errors={[error]} /> : null}
          <label className="flex min-h-11 items-start gap-3">
            <input type="checkbox" name="confirmed" className="mt-1 h-5 w-5" />
            <span>{t("legal.review.confirm")}</span>
          </label>
          <Field id={`note-${doc.type}`} label={t("legal.review.note")}>
            <textarea id={`note-${doc.type}`} name="note" rows={2} className={inputClass} />
          </Field>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="decision"
              value="VERIFIED"
              className="btn-primary"
              disabled={doc.status === "VERIFIED"}
            >
              {t("legal.review.verify", { document: name })}
            </button>
            <button
              type="submit"
              name="decision"
              value="REJECTED"
              className="btn-secondary"
              disabled={doc.status === "REJECTED"}
            >
              {t("legal.review.reject", { document: name })}
            </button>
          </div>
        </Form>
      ) : null}
    </li>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/verifikasi" />;
}
