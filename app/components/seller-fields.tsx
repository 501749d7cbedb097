import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from "@conform-to/react";
import { Field, inputClass } from "~/components/ui/field";
import { useI18n } from "~/utils/use-i18n";

export const SECTORS = [
  "KULINER",
  "MINUMAN",
  "FASHION",
  "KRIYA",
  "PERTANIAN",
  "PERIKANAN",
  "PETERNAKAN",
  "HERBAL",
  "JASA",
  "LAINNYA",
] as const;

export type DesaOptions = {
  code: string;
  name: string;
  desa: { code: string; name: string; kind: string }[];
}[];

type SellerFieldset = {
  businessName: FieldMetadata<string>;
  desaCode: FieldMetadata<string>;
  sector: FieldMetadata<string>;
  whatsapp: FieldMetadata<string>;
  description: FieldMetadata<string>;
  nib: FieldMetadata<string>;
  pirt: FieldMetadata<string>;
  halal: FieldMetadata<string>;
};

/** The business fields shared by self-application and operator registration. */
export function SellerFields({
  fields,
  desaOptions,
  fixedDesa,
}: {
  fields: SellerFieldset;
  desaOptions: DesaOptions;
  fixedDesa?: { code: string; label: string };
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        id={fields.businessName.id}
        label={t("seller.businessName")}
        errors={fields.businessName.errors}
      >
        <input {...getInputProps(fields.businessName, { type: "text" })} className={inputClass} />
      </Field>
      {fixedDesa ? (
        <p>
          <span className="font-medium">{t("seller.desa")}:</span> {fixedDesa.label}
          <input type="hidden" name={fields.desaCode.name} value={fixedDesa.code} />
        </p>
      ) : (
        <Field
          id={fields.desaCode.id}
          label={t("seller.desa")}
          errors={fields.desaCode.errors}
          hint={t("seller.desaHint")}
        >
          <DesaSelect field={fields.desaCode} desaOptions={desaOptions} />
        </Field>
      )}
      <Field id={fields.sector.id} label={t("shop.sector")} errors={fields.sector.errors}>
        <select {...getSelectProps(fields.sector)} className={inputClass}>
          <option value="">{t("seller.chooseSector")}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`sector.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={fields.whatsapp.id}
        label={t("seller.whatsapp")}
        errors={fields.whatsapp.errors}
        hint={t("auth.phoneHint")}
      >
        <input
          {...getInputProps(fields.whatsapp, { type: "tel" })}
          inputMode="tel"
          className={inputClass}
        />
      </Field>
      <Field
        id={fields.description.id}
        label={t("seller.description")}
        errors={fields.description.errors}
      >
        <textarea {...getTextareaProps(fields.description)} rows={4} className={inputClass} />
      </Field>
      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3">
        <legend className="px-1 font-medium">{t("seller.legality")}</legend>
        <Field id={fields.nib.id} label={t("seller.nib")} errors={fields.nib.errors}>
          <input
            {...getInputProps(fields.nib, { type: "text" })}
            inputMode="numeric"
            className={inputClass}
          />
        </Field>
        <Field id={fields.pirt.id} label={t("seller.pirt")} errors={fields.pirt.errors}>
          <input {...getInputProps(fields.pirt, { type: "text" })} className={inputClass} />
        </Field>
        <Field id={fields.halal.id} label={t("seller.halal")} errors={fields.halal.errors}>
          <input {...getInputProps(fields.halal, { type: "text" })} className={inputClass} />
        </Field>
      </fieldset>
    </>
  );
}

/** Every desa of the regency, grouped by kecamatan: a kecamatan → desa picker without JavaScript. */
export function DesaSelect({
  field,
  desaOptions,
}: {
  field: FieldMetadata<string>;
  desaOptions: DesaOptions;
}) {
  const { t } = useI18n();
  return (
    <select {...getSelectProps(field)} className={inputClass}>
      <option value="">{t("seller.chooseDesa")}</option>
      {desaOptions.map((k) => (
        <optgroup key={k.code} label={`Kec. ${k.name}`}>
          {k.desa.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name} ({k.name})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
