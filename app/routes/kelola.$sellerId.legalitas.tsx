import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerPermission } from "~/http/guards.server";
import { readDocumentForm } from "~/http/upload.server";
import { documentStorage } from "~/modules/images/storage.server";
import {
  LegalityDocumentSchema,
  listSellerDocuments,
  saveLegalityDocument,
  type SellerDocument,
} from "~/modules/sellers/legality-documents.server";
import {
  HalalCoverageSchema,
  listHalalCoverage,
  setHalalCoverage,
} from "~/modules/sellers/halal-coverage.server";
import { documentExpires, documentHasNumber } from "~/modules/sellers/legality";
import { db } from "~/utils/db.server";
import { formatDay } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const [documents, products] = await Promise.all([
    listSellerDocuments(db, seller.id),
    listHalalCoverage(db, seller.id),
  ]);
  return { sellerId: seller.id, documents, products };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const back = `/kelola/${seller.id}/legalitas`;
  const actor = { id: user.id, role };
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const { formData, file } = await readDocumentForm(request, "file");
    const submission = parseWithZod(formData, { schema: LegalityDocumentSchema });
    const type = String(formData.get("type") ?? "");
    if (submission.status !== "success") {
      return data({ type, result: formReply(request, submission) }, { status: 400 });
    }
    return withDomainErrors(
      request,
      async () => {
        await saveLegalityDocument(db, documentStorage(), {
          actor,
          sellerId: seller.id,
          data: submission.value,
          file,
        });
        return redirectWithToast(back, { kind: "success", key: "legal.saved" });
      },
      (failure) => ({ type, result: formReply(request, submission, failure) }),
    );
  }
  const formData = await readForm(request);
  // Only the coverage form may set coverage: an empty list from anything else would clear it.
  const parsed = HalalCoverageSchema.safeParse({ productIds: formData.getAll("productId") });
  if (formData.get("intent") !== "coverage" || !parsed.success) {
    return data({ type: "coverage", result: undefined }, { status: 400 });
  }
  await setHalalCoverage(db, { actor, sellerId: seller.id, productIds: parsed.data.productIds });
  return redirectWithToast(back, { kind: "success", key: "legal.coverageSaved" });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("legal.title")) }];
};

const STATE_STYLE: Record<SellerDocument["state"], string> = {
  missing: "bg-stone-100 text-stone-800",
  unverified: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-900",
  current: "bg-emerald-100 text-emerald-900",
  expiring: "bg-amber-100 text-amber-900",
  expired: "bg-red-100 text-red-900",
};

function DocumentCard({ doc }: { doc: SellerDocument }) {
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const mine = actionData?.type === doc.type ? actionData.result : undefined;
  const [form, fields] = useForm<{
    number: string;
    issuedOn: string;
    expiresOn: string;
    file: string;
  }>({
    id: `doc-${doc.type}`,
    lastResult: mine,
    defaultValue: {
      number: doc.number,
      issuedOn: doc.issuedOn ?? "",
      expiresOn: doc.expiresOn ?? "",
    },
  });
  const hasNumber = documentHasNumber(doc.type);
  const hasExpiry = documentExpires(doc.type);
  const open = doc.state === "missing" || doc.state === "rejected" || doc.state === "expired";
  const day = (value: string) => formatDay(locale, value);
  return (
    <li className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t(`legal.type.${doc.type}`)}</h2>
        <span className={`badge ${STATE_STYLE[doc.state]}`}>{t(`legal.state.${doc.state}`)}</span>
      </div>
      {doc.hasScan ? (
        <p className="text-sm text-stone-700">
          {[
            doc.number || null,
            doc.issuedOn ? t("legal.issued", { date: day(doc.issuedOn) }) : null,
            hasExpiry
              ? doc.expiresOn
                ? t("legal.validUntil", { date: day(doc.expiresOn) })
                : t("legal.noExpiry")
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}{" "}
          ·{" "}
          <a href={`/dokumen/${doc.id}`} className="underline" target="_blank" rel="noreferrer">
            {t("legal.viewScan")}
            {doc.isPdf ? ` (${t("legal.pdf")})` : ""}
          </a>
        </p>
      ) : null}
      {doc.state === "rejected" && doc.note ? (
        <p className="text-sm text-red-900">{t("legal.rejectedNote", { note: doc.note })}</p>
      ) : null}
      <details open={open || !!mine}>
        <summary className="min-h-11 cursor-pointer py-2 font-medium underline">
          {doc.hasScan ? t("legal.update") : t("legal.upload")}
        </summary>
        <Form
          method="post"
          encType="multipart/form-data"
          {...getFormProps(form)}
          className="mt-2 space-y-3"
        >
          <input type="hidden" name="type" value={doc.type} />
          <FormError errors={form.errors} />
          <p className="text-sm text-stone-600">{t(`legal.hint.${doc.type}`)}</p>
          {hasNumber ? (
            <Field id={fields.number.id} label={t("legal.number")} errors={fields.number.errors}>
              <input
                {...getInputProps(fields.number, { type: "text" })}
                autoComplete="off"
                className={inputClass}
              />
            </Field>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              id={fields.issuedOn.id}
              label={t("legal.issuedOn")}
              errors={fields.issuedOn.errors}
            >
              <input {...getInputProps(fields.issuedOn, { type: "date" })} className={inputClass} />
            </Field>
            {hasExpiry ? (
              <Field
                id={fields.expiresOn.id}
                label={t("legal.expiresOn")}
                errors={fields.expiresOn.errors}
              >
                <input
                  {...getInputProps(fields.expiresOn, { type: "date" })}
                  className={inputClass}
                />
              </Field>
            ) : null}
          </div>
          <Field
            id={fields.file.id}
            label={doc.hasScan ? t("legal.fileReplace") : t("legal.file")}
            errors={fields.file.errors}
          >
            <input
              id={fields.file.id}
              name="file"
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/webp"
              required={!doc.hasScan}
              aria-invalid={fields.file.errors ? true : undefined}
              className={inputClass}
            />
          </Field>
          <button type="submit" className="btn-primary">
            {t("legal.save")}
          </button>
        </Form>
      </details>
    </li>
  );
}

export default function LegalityPage() {
  const { documents, products } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const halal = documents.find((d) => d.type === "HALAL");
  const halalCounts = halal?.state === "current" || halal?.state === "expiring";
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-bold">{t("legal.title")}</h1>
      <p className="text-stone-700">{t("legal.intro")}</p>
      <ul className="space-y-3">
        {documents.map((doc) => (
          <DocumentCard key={doc.type} doc={doc} />
        ))}
      </ul>
      <section
        aria-labelledby="cakupan-halal"
        className="space-y-2 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="cakupan-halal" className="font-semibold">
          {t("legal.coverage")}
        </h2>
        <p className="text-sm text-stone-700">{t("legal.coverageIntro")}</p>
        {!halalCounts ? (
          <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
            {t("legal.coverageNeedsCertificate")}
          </p>
        ) : null}
        {products.length === 0 ? (
          <p>{t("legal.coverageNone")}</p>
        ) : (
          <Form method="post" className="space-y-2">
            <input type="hidden" name="intent" value="coverage" />
            <fieldset>
              <legend className="sr-only">{t("legal.coverage")}</legend>
              <ul className="space-y-1">
                {products.map((p) => (
                  <li key={p.id}>
                    <label className="flex min-h-11 items-center gap-3">
                      <input
                        type="checkbox"
                        name="productId"
                        value={p.id}
                        defaultChecked={p.isHalal}
                        className="h-5 w-5"
                      />
                      {p.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit" className="btn-secondary">
              {t("legal.coverageSave")}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}
