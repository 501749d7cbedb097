import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { Field, inputClass } from "~/components/ui/field";
import { useI18n } from "~/utils/use-i18n";

export const BLANK_VARIANT = {
  id: "",
  name: "",
  price: "",
  stock: "",
  weightGrams: "",
  lengthCm: "",
  widthCm: "",
  heightCm: "",
};
export type VariantFields = typeof BLANK_VARIANT;

type Fieldset = ReturnType<FieldMetadata<VariantFields>["getFieldset"]>;

/**
 * A variant's price, stock and what a courier needs: its weight (blank = the product's) and,
 * optionally, its packed size in centimetres for volumetric weight.
 */
export function VariantNumbers({
  v,
  productWeight,
  children,
}: {
  v: Fieldset;
  /** Shown as the weight's placeholder: what a blank weight means. */
  productWeight: string | undefined;
  /** The row's remove button, when it has one. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const number = (field: Fieldset[keyof Fieldset], label: string, placeholder?: string) => (
    <Field id={field.id} label={label} errors={field.errors}>
      <input
        {...getInputProps(field, { type: "number" })}
        inputMode="numeric"
        placeholder={placeholder}
        className={inputClass}
      />
    </Field>
  );
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        {number(v.price, t("editor.variantPrice"))}
        {number(v.stock, t("editor.variantStock"))}
        {number(v.weightGrams, t("editor.variantWeight"), productWeight)}
        {children ? <div className="flex items-end">{children}</div> : null}
      </div>
      <fieldset className="grid grid-cols-3 gap-2">
        <legend className="col-span-3 mb-1 text-sm text-stone-700">
          {t("editor.variantSize")}
        </legend>
        {number(v.lengthCm, t("editor.variantLength"))}
        {number(v.widthCm, t("editor.variantWidth"))}
        {number(v.heightCm, t("editor.variantHeight"))}
      </fieldset>
    </>
  );
}
