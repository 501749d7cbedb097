import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
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
import { formReply, requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requirePermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { readTariffCsvForm } from "~/http/upload.server";
import { actingRole } from "~/modules/auth/permissions";
import { formatRupiah } from "~/modules/money/money";
import { SHIPPING_SERVICES, SHIPPING_ZONES } from "~/modules/shipping/tariff";
import {
  deleteTariff,
  importTariffsCsv,
  listTariffOrigins,
  listTariffs,
  saveTariff,
  TariffSchema,
} from "~/modules/shipping/tariffs.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

const PAGE = "/staf/ongkir";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "shipping.tariffs");
  const origins = await listTariffOrigins(db, user);
  const params = new URL(request.url).searchParams;
  const origin = origins.find((o) => o.code === params.get("asal")) ?? origins[0];
  invariantResponse(origin, "Kecamatan tidak ditemukan", { status: 404 });
  const rows = await listTariffs(db, [origin.code]);
  const editing = rows.find((r) => r.id === params.get("ubah")) ?? null;
  return { origins, origin, rows, editing, constraint: getZodConstraint(TariffSchema) };
}

const pageOf = (origin: string) => `${PAGE}?asal=${encodeURIComponent(origin)}`;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "shipping.tariffs");
  const locale = requestLocale(request);
  // Every write is checked per kecamatan in the module; the role is the one that grants it.
  const writer = (origin: string) => ({
    actor: user,
    role: actingRole(user, "shipping.tariffs", { desaCode: origin }),
  });
  const isMultipart = request.headers.get("content-type")?.startsWith("multipart/form-data");

  if (isMultipart) {
    const { formData, text } = await readTariffCsvForm(request, "file");
    const back = String(formData.get("asal") ?? "");
    if (text === null) {
      return data(
        { importError: translateErrorMessage("Pilih berkas tarif (CSV)", locale), result: null },
        { status: 400 },
      );
    }
    return withDomainErrors(
      request,
      async () => {
        const result = await importTariffsCsv(db, { writer: writer(back), csvText: text });
        return redirectWithToast(
          pageOf(result.origins.includes(back) ? back : result.origins[0]!),
          {
            kind: "success",
            key: "shipping.imported",
            values: { rows: result.rows, origins: result.origins.length },
          },
        );
      },
      (failure) => ({ importError: failure.message, result: null }),
    );
  }

  const formData = await readForm(request);
  if (formData.get("intent") === "delete") {
    const id = String(formData.get("id") ?? "");
    const back = String(formData.get("asal") ?? "");
    return withDomainErrors(
      request,
      async () => {
        await deleteTariff(db, { writer: writer(back), id });
        return redirectWithToast(pageOf(back), { kind: "success", key: "shipping.deleted" });
      },
      (failure) => ({ importError: null, result: null, deleteError: failure.message }),
    );
  }

  const submission = parseWithZod(formData, { schema: TariffSchema });
  if (submission.status !== "success") {
    return data({ result: formReply(request, submission), importError: null }, { status: 400 });
  }
  const value = submission.value;
  const id = String(formData.get("id") ?? "") || undefined;
  return withDomainErrors(
    request,
    async () => {
      await saveTariff(db, { writer: writer(value.originKecamatanCode), id, data: value });
      return redirectWithToast(pageOf(value.originKecamatanCode), {
        kind: "success",
        key: "shipping.saved",
      });
    },
    (failure) => ({ result: formReply(request, submission, failure), importError: null }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("shipping.title")) }, { name: "robots", content: "noindex" }];
};

export default function ShippingTariffsPage() {
  const { origins, origin, rows, editing, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const deleteError = actionData && "deleteError" in actionData ? actionData.deleteError : null;
  const [form, fields] = useForm({
    id: editing?.id ?? "new",
    lastResult: actionData?.result ?? undefined,
    constraint,
    shouldRevalidate: "onBlur",
    defaultValue: {
      originKecamatanCode: origin.code,
      zone: editing?.zone ?? "",
      destinationKabupatenCode: editing?.destinationKabupatenCode ?? "",
      service: editing?.service ?? "REGULAR",
      pricePerKg: editing ? String(editing.pricePerKg) : "",
      minimumPrice: editing ? String(editing.minimumPrice) : "",
      etdMinDays: editing ? String(editing.etdMinDays) : "",
      etdMaxDays: editing ? String(editing.etdMaxDays) : "",
    },
  });
  const number = (field: typeof fields.pricePerKg, label: string) => (
    <Field id={field.id} label={label} errors={field.errors}>
      <input
        {...getInputProps(field, { type: "number" })}
        inputMode="numeric"
        className={inputClass}
      />
    </Field>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("shipping.title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("shipping.intro")}</p>

      <Form method="get" className="flex flex-wrap items-end gap-2">
        <Field id="asal" label={t("shipping.origin")}>
          <select id="asal" name="asal" defaultValue={origin.code} className={inputClass}>
            {origins.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name} ({o.code})
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn-secondary">
          {t("shipping.show")}
        </button>
      </Form>

      <section className="space-y-3" aria-labelledby="tarif">
        <h2 id="tarif" className="text-xl font-semibold">
          {t("shipping.rows", { name: origin.name })}
        </h2>
        <FormError errors={deleteError ? [deleteError] : undefined} />
        {rows.length === 0 ? (
          <p>{t("shipping.none")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="tarif">
            <table className="w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th className="p-2">{t("shipping.service")}</th>
                  <th className="p-2">{t("shipping.zone")}</th>
                  <th className="p-2">{t("shipping.destination")}</th>
                  <th className="p-2 text-right">{t("shipping.pricePerKg")}</th>
                  <th className="p-2 text-right">{t("shipping.minimumPrice")}</th>
                  <th className="p-2">{t("shipping.etd")}</th>
                  <th className="p-2">{t("shipping.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const name = `${t(`shipping.service.${r.service}`)} · ${t(`shipping.zone.${r.zone}`)}${r.destinationKabupatenCode ? ` · ${r.destinationKabupatenCode}` : ""}`;
                  return (
                    <tr key={r.id} className="border-b border-stone-200">
                      <td className="p-2">{t(`shipping.service.${r.service}`)}</td>
                      <td className="p-2">{t(`shipping.zone.${r.zone}`)}</td>
                      <td className="p-2">
                        {r.destinationKabupatenCode || t("shipping.allOfZone")}
                      </td>
                      <td className="p-2 text-right">{formatRupiah(r.pricePerKg)}</td>
                      <td className="p-2 text-right">{formatRupiah(r.minimumPrice)}</td>
                      <td className="p-2">
                        {t("shipping.days", { min: r.etdMinDays, max: r.etdMaxDays })}
                      </td>
                      <td className="flex flex-wrap gap-2 p-2">
                        <Link
                          to={`${pageOf(origin.code)}&ubah=${r.id}#ubah`}
                          className="btn-secondary"
                          aria-label={`${t("shipping.edit")} ${name}`}
                        >
                          {t("shipping.edit")}
                        </Link>
                        <Form method="post">
                          <input type="hidden" name="intent" value="delete" />
                          <input type="hidden" name="id" value={r.id} />
                          <input type="hidden" name="asal" value={origin.code} />
                          <button
                            type="submit"
                            className="btn-secondary"
                            aria-label={`${t("shipping.delete")} ${name}`}
                          >
                            {t("shipping.delete")}
                          </button>
                        </Form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="max-w-2xl space-y-3" aria-labelledby="ubah">
        <h2 id="ubah" className="text-xl font-semibold">
          {editing ? t("shipping.editTitle") : t("shipping.add")}
        </h2>
        <Form
          method="post"
          {...getFormProps(form)}
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
        >
          <FormError errors={form.errors} />
          <input type="hidden" name="id" value={editing?.id ?? ""} />
          <input type="hidden" name={fields.originKecamatanCode.name} value={origin.code} />
          <FormError errors={fields.originKecamatanCode.errors} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id={fields.service.id}
              label={t("shipping.service")}
              errors={fields.service.errors}
            >
              <select {...getSelectProps(fields.service)} className={inputClass}>
                {SHIPPING_SERVICES.map((s) => (
                  <option key={s} value={s}>
                    {t(`shipping.service.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={fields.zone.id} label={t("shipping.zone")} errors={fields.zone.errors}>
              <select {...getSelectProps(fields.zone)} className={inputClass}>
                <option value="">—</option>
                {SHIPPING_ZONES.map((z) => (
                  <option key={z} value={z}>
                    {t(`shipping.zone.${z}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field
            id={fields.destinationKabupatenCode.id}
            label={t("shipping.destination")}
            errors={fields.destinationKabupatenCode.errors}
            hint={t("shipping.destinationHint")}
          >
            <input
              {...getInputProps(fields.destinationKabupatenCode, { type: "text" })}
              aria-describedby={`${fields.destinationKabupatenCode.id}-hint`}
              className={inputClass}
            />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            {number(fields.pricePerKg, t("shipping.pricePerKg"))}
            {number(fields.minimumPrice, t("shipping.minimumPrice"))}
            {number(fields.etdMinDays, t("shipping.etdMin"))}
            {number(fields.etdMaxDays, t("shipping.etdMax"))}
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary">
              {t("shipping.save")}
            </button>
            {editing ? (
              <Link to={pageOf(origin.code)} className="btn-secondary">
                {t("shipping.cancel")}
              </Link>
            ) : null}
          </div>
        </Form>
      </section>

      <section className="max-w-2xl space-y-3" aria-labelledby="csv">
        <h2 id="csv" className="text-xl font-semibold">
          {t("shipping.csv")}
        </h2>
        <p className="text-stone-700">{t("shipping.csvIntro")}</p>
        <a href={`${PAGE}/unduh?asal=${encodeURIComponent(origin.code)}`} className="btn-secondary">
          {t("shipping.download")}
        </a>
        <Form
          method="post"
          encType="multipart/form-data"
          className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
        >
          <input type="hidden" name="asal" value={origin.code} />
          <Field
            id="tariff-file"
            label={t("shipping.file")}
            errors={actionData?.importError ? [actionData.importError] : undefined}
          >
            <input id="tariff-file" name="file" type="file" accept=".csv,text/csv" />
          </Field>
          <button type="submit" className="btn-primary">
            {t("shipping.upload")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home={PAGE} />;
}
