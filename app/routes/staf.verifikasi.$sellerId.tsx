import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { z } from "zod";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, invalidForm, withDomainErrors } from "~/http/errors.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { reviewLegality } from "~/modules/sellers/onboarding.server";
import {
  decideSellerVerification,
  getSellerForReview,
  verificationOutcomesFor,
} from "~/modules/sellers/verification.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
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
const LegalitySchema = z.object({
  legalityId: z.string().min(1),
  status: z.enum(["VERIFIED", "REJECTED", "UNVERIFIED"]),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSellerPermission(request, "seller.verify", params.sellerId ?? "");
  const seller = await getSellerForReview(db, params.sellerId ?? "");
  invariantResponse(seller, "UMKM tidak ditemukan", { status: 404 });
  return {
    seller: { ...seller, whatsapp: formatIndonesianPhone(seller.whatsapp) },
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
    const parsed = LegalitySchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ result: undefined }, { status: 400 });
    return withDomainErrors(
      request,
      async () => {
        await reviewLegality(db, {
          sellerId: seller.id,
          legalityId: parsed.data.legalityId,
          status: parsed.data.status,
          staff: { id: user.id, role },
        });
        return { result: undefined };
      },
      () => ({ result: undefined }),
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
      return redirect("/staf/verifikasi");
    },
    (failure) => ({ result: formReply(request, submission, failure) }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.seller.businessName ?? t("staff.queueTitle")) }];
};

export default function ReviewSeller() {
  const { seller, outcomes, constraint } = useLoaderData<typeof loader>();
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

      <section
        aria-labelledby="legalitas"
        className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="legalitas" className="text-lg font-semibold">
          {t("seller.legality")}
        </h2>
        {seller.legalities.length === 0 ? <p>{t("staff.noLegality")}</p> : null}
        <ul className="space-y-2">
          {seller.legalities.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {t(`badge.${l.type === "PIRT" ? "pirt" : l.type === "NIB" ? "nib" : "halal"}`)}:{" "}
                {l.number} — {t(`legality.${l.status}`)}
              </span>
              <span className="flex gap-2">
                {(["VERIFIED", "REJECTED"] as const).map((status) => (
                  <Form method="post" key={status}>
                    <input type="hidden" name="intent" value="legality" />
                    <input type="hidden" name="legalityId" value={l.id} />
                    <input type="hidden" name="status" value={status} />
                    <button type="submit" className="btn-secondary" disabled={l.status === status}>
                      {t(status === "VERIFIED" ? "staff.verifyNumber" : "staff.rejectNumber")}{" "}
                      {l.type === "PIRT" ? "P-IRT" : l.type}
                    </button>
                  </Form>
                ))}
              </span>
            </li>
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

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/verifikasi" />;
}
