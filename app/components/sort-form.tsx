import { Form } from "@remix-run/react";
import { PRODUCT_SORTS, type ProductSort } from "~/modules/catalog/sort";
import { useI18n } from "~/utils/use-i18n";

/** A GET form, so sorting works without JavaScript. */
export function SortForm({ sort }: { sort: ProductSort }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="flex items-end gap-2">
      <label className="text-sm">
        <span className="block text-stone-700">{t("sort.label")}</span>
        <select
          name="sort"
          defaultValue={sort}
          className="mt-1 min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2"
        >
          {PRODUCT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-secondary">
        {t("sort.apply")}
      </button>
    </Form>
  );
}
