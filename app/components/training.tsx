import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { DesaSelect, type DesaOptions } from "~/components/seller-fields";
import { Field, inputClass } from "~/components/ui/field";
import { useI18n } from "~/utils/use-i18n";

export const TOPICS = [
  "DIGITAL_MARKETING",
  "PRODUCT_PHOTO",
  "BOOKKEEPING",
  "HALAL_CERTIFICATION",
  "FINANCIAL_LITERACY",
  "PACKAGING",
  "LEGALITY",
  "OTHER",
] as const;

export type SessionFieldName =
  "startsAt" | "durationHours" | "desaCode" | "venue" | "trainer" | "capacity";

/** A session's schedule, place, trainer and capacity, for creating and changing it. */
export function SessionFields({
  fields,
  desaOptions,
}: {
  fields: Record<SessionFieldName, FieldMetadata<string>>;
  desaOptions: DesaOptions;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        id={fields.startsAt.id}
        label={t("training.startsAt")}
        errors={fields.startsAt.errors}
        hint={t("training.startsAtHint")}
      >
        <input
          {...getInputProps(fields.startsAt, { type: "datetime-local" })}
          className={inputClass}
        />
      </Field>
      <Field
        id={fields.durationHours.id}
        label={t("training.duration")}
        errors={fields.durationHours.errors}
      >
        <input
          {...getInputProps(fields.durationHours, { type: "number" })}
          step="0.5"
          className={inputClass}
        />
      </Field>
      <Field id={fields.desaCode.id} label={t("training.place")} errors={fields.desaCode.errors}>
        <DesaSelect field={fields.desaCode} desaOptions={desaOptions} />
      </Field>
      <Field
        id={fields.venue.id}
        label={t("training.venue")}
        errors={fields.venue.errors}
        hint={t("training.venueHint")}
      >
        <input {...getInputProps(fields.venue, { type: "text" })} className={inputClass} />
      </Field>
      <Field id={fields.trainer.id} label={t("training.trainer")} errors={fields.trainer.errors}>
        <input {...getInputProps(fields.trainer, { type: "text" })} className={inputClass} />
      </Field>
      <Field id={fields.capacity.id} label={t("training.capacity")} errors={fields.capacity.errors}>
        <input {...getInputProps(fields.capacity, { type: "number" })} className={inputClass} />
      </Field>
    </>
  );
}
