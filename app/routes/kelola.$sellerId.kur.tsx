import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { KurChecklist, ShareLinkTable, ShareViewLog } from "~/components/kur";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formReply, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerPermission } from "~/http/guards.server";
import { publicOrigin } from "~/http/public-url.server";
import { BankShareSchema, SHARE_DAY_CHOICES } from "~/modules/growth/bank-share";
import {
  createBankShareLink,
  listBankShareLinks,
  revokeBankShareLink,
} from "~/modules/growth/bank-share.server";
import { getKurReadiness } from "~/modules/growth/kur-readiness.server";
import { OwnerNikFormSchema } from "~/modules/sellers/nik";
import { getMaskedNik, removeOwnerNik, setOwnerNik } from "~/modules/sellers/owner-identity.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

/**
 * KUR readiness: the checklist a bank's KUR officer works through, the owner's NIK, and the
 * read-only links the seller gives a named bank, with every opening listed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const [readiness, maskedNik, sharing] = await Promise.all([
    getKurReadiness(db, { sellerId: seller.id }),
    getMaskedNik(db, seller.id),
    listBankShareLinks(db, { sellerId: seller.id }),
  ]);
  return {
    seller: { id: seller.id, businessName: seller.businessName },
    readiness,
    maskedNik,
    sharing,
    nikConstraint: getZodConstraint(OwnerNikFormSchema),
    shareConstraint: getZodConstraint(BankShareSchema),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const sellerId = params.sellerId ?? "";
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const here = `/kelola/${sellerId}/kur`;
  const guard = (action: "seller.identity" | "seller.bankShare") =>
    requireSellerPermission(request, action, sellerId).then(({ user, seller, role }) => ({
      seller,
      actor: { id: user.id, role, ip: context.clientIp ?? null },
    }));

  switch (intent) {
    case "nik": {
      const { seller, actor } = await guard("seller.identity");
      const submission = parseWithZod(formData, { schema: OwnerNikFormSchema });
      if (submission.status !== "success") {
        // The NIK typed is not sent back: the page is not a place to keep it in plain sight.
        return data(
          { intent, result: formReply(request, submission, null, { hideFields: ["nik"] }) },
          { status: 400 },
        );
      }
      await setOwnerNik(db, { sellerId: seller.id, nik: submission.value.nik, actor });
      return redirectWithToast(`${here}#nik`, { kind: "success", key: "kur.nik.saved" });
    }
    case "nik-remove": {
      const { seller, actor } = await guard("seller.identity");
      await removeOwnerNik(db, { sellerId: seller.id, actor });
      return redirectWithToast(`${here}#nik`, { kind: "success", key: "kur.nik.removed" });
    }
    case "share": {
      const { seller, actor } = await guard("seller.bankShare");
      const submission = parseWithZod(formData, { schema: BankShareSchema });
      if (submission.status !== "success") {
        return data({ intent, result: formReply(request, submission) }, { status: 400 });
      }
      const link = await createBankShareLink(db, {
        sellerId: seller.id,
        data: submission.value,
        actor,
      });
      return {
        intent,
        result: formReply(request, submission),
        created: {
          url: `${publicOrigin(request)}/bank/${link.token}`,
          bankName: link.bankName,
          expiresAt: link.expiresAt,
        },
      };
    }
    case "revoke": {
      const { seller, actor } = await guard("seller.bankShare");
      return withDomainErrors(
        request,
        async () => {
          await revokeBankShareLink(db, {
            sellerId: seller.id,
            linkId: String(formData.get("linkId") ?? ""),
            actor,
          });
          return redirectWithToast(`${here}#bagikan`, {
            kind: "success",
            key: "kur.share.revoked",
          });
        },
        (failure) => redirectWithToast(here, { kind: "error", message: failure.message }),
      );
    }
    default:
      await guard("seller.identity");
      return redirectWithToast(here, { kind: "error", key: "error.title" });
  }
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("kur.title")) }];
};

export default function KurPage() {
  const { seller, readiness, maskedNik, sharing, nikConstraint, shareConstraint } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const [nikForm, nikFields] = useForm<{ nik: string }>({
    id: "nik-form",
    lastResult: actionData?.intent === "nik" ? actionData.result : undefined,
    constraint: nikConstraint,
    shouldValidate: "onSubmit",
  });
  const [shareForm, shareFields] = useForm<{ bankName: string; days: string }>({
    id: "share-form",
    lastResult: actionData?.intent === "share" ? actionData.result : undefined,
    constraint: shareConstraint,
    defaultValue: { days: "30" },
    shouldValidate: "onSubmit",
  });
  const created = actionData && "created" in actionData ? actionData.created : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("kur.title")}</h1>
        <p className="text-stone-700">{seller.businessName}</p>
      </div>
      <p>{t("kur.intro")}</p>
      <p role="status" className="font-medium">
        {readiness.ready
          ? t("kur.ready")
          : t("kur.progress", { met: readiness.met, total: readiness.items.length })}
      </p>
      <KurChecklist items={readiness.items} sellerId={seller.id} maskedNik={maskedNik} />

      <section
        id="nik"
        aria-labelledby="nik-title"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="nik-title" className="text-lg font-semibold">
          {t("kur.nik.title")}
        </h2>
        <p>
          {t("kur.nik.current")}:{" "}
          <span className="font-mono" data-testid="masked-nik">
            {maskedNik ?? t("kur.nik.none")}
          </span>
        </p>
        <Form method="post" {...getFormProps(nikForm)} className="space-y-3">
          <input type="hidden" name="intent" value="nik" />
          <FormError errors={nikForm.errors} />
          <Field
            id={nikFields.nik.id}
            label={t("kur.nik.label")}
            errors={nikFields.nik.errors}
            hint={t("kur.nik.hint")}
          >
            <input
              {...getInputProps(nikFields.nik, { type: "text" })}
              inputMode="numeric"
              autoComplete="off"
              className={inputClass}
            />
          </Field>
          <button type="submit" className="btn-primary">
            {t("kur.nik.save")}
          </button>
        </Form>
        {maskedNik ? (
          <Form method="post">
            <input type="hidden" name="intent" value="nik-remove" />
            <button type="submit" className="btn-secondary">
              {t("kur.nik.remove")}
            </button>
          </Form>
        ) : null}
      </section>

      <section
        id="bagikan"
        aria-labelledby="bagikan-title"
        className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <h2 id="bagikan-title" className="text-lg font-semibold">
          {t("kur.share.title")}
        </h2>
        <p>{t("kur.share.intro")}</p>
        {created ? (
          <div role="status" className="space-y-1 rounded-lg bg-brand-50 p-3">
            <p>
              {t("kur.share.created", {
                bank: created.bankName,
                date: formatDate(locale, created.expiresAt),
              })}
            </p>
            <p>
              <a
                href={created.url}
                className="break-all font-mono underline"
                data-testid="share-url"
              >
                {created.url}
              </a>
            </p>
          </div>
        ) : null}
        <Form method="post" {...getFormProps(shareForm)} className="space-y-3">
          <input type="hidden" name="intent" value="share" />
          <FormError errors={shareForm.errors} />
          <Field
            id={shareFields.bankName.id}
            label={t("kur.share.bankName")}
            errors={shareFields.bankName.errors}
            hint={t("kur.share.bankNameHint")}
          >
            <input
              {...getInputProps(shareFields.bankName, { type: "text" })}
              className={inputClass}
            />
          </Field>
          <Field
            id={shareFields.days.id}
            label={t("kur.share.days")}
            errors={shareFields.days.errors}
          >
            <select
              id={shareFields.days.id}
              name={shareFields.days.name}
              defaultValue={shareFields.days.initialValue ?? "30"}
              className={inputClass}
            >
              {SHARE_DAY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {t("kur.share.dayOption", { days })}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="btn-primary">
            {t("kur.share.create")}
          </button>
        </Form>
        <h3 className="font-semibold">{t("kur.share.links")}</h3>
        <ShareLinkTable links={sharing.links} />
        <h3 className="font-semibold">{t("kur.share.log")}</h3>
        <ShareViewLog views={sharing.views} />
      </section>
    </div>
  );
}
