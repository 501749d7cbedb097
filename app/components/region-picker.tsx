import { useEffect, useRef, useState } from "react";
import { inputClass } from "~/components/ui/field";
import type { MessageKey } from "~/utils/i18n";
import { useI18n } from "~/utils/use-i18n";

type Level = "provinsi" | "kabupaten" | "kecamatan" | "desaCode";
const LEVELS: readonly Level[] = ["provinsi", "kabupaten", "kecamatan", "desaCode"];
type Option = { code: string; name: string };
type Step = { level: Level; options: Option[]; selected: string };

/**
 * Province → kabupaten/kota → kecamatan → desa/kelurahan. Without JavaScript every step is a
 * submission of the surrounding form with `intent=lanjut` (the server answers with the next
 * list); with it, choosing one level fetches the next from /api/wilayah and the button hides.
 * Its lists live in state from the first render: the form remounts (by key) for each server answer.
 */
export function RegionPicker({ steps: initial, errors }: { steps: Step[]; errors?: string[] }) {
  const { t } = useI18n();
  const [steps, setSteps] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  const [loading, setLoading] = useState(false);
  const request = useRef<AbortController | null>(null);
  useEffect(() => setHydrated(true), []);

  async function choose(index: number, code: string) {
    const kept = steps
      .slice(0, index + 1)
      .map((s, i) => (i === index ? { ...s, selected: code } : s));
    setSteps(kept);
    request.current?.abort();
    const next = LEVELS[index + 1];
    if (!code || !next) return;
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    try {
      const response = await fetch(`/api/wilayah?induk=${encodeURIComponent(code)}`, {
        signal: controller.signal,
      });
      if (!response.ok) return;
      const options = (await response.json()) as Option[];
      setSteps([...kept, { level: next, options, selected: "" }]);
    } catch {
      // Aborted by a newer choice, or offline: the "Lanjut" button still works.
    } finally {
      if (request.current === controller) setLoading(false);
    }
  }

  const errorId = "wilayah-error";
  return (
    <fieldset className="space-y-3" aria-describedby={errors?.length ? errorId : "wilayah-hint"}>
      <legend className="font-medium text-stone-800">{t("address.region")}</legend>
      <p id="wilayah-hint" className="text-sm text-stone-600">
        {hydrated ? t("address.regionHintJs") : t("address.regionHint")}
      </p>
      {steps.map((step, index) => (
        <div key={step.level} className="space-y-1">
          <label htmlFor={`wilayah-${step.level}`} className="block font-medium text-stone-800">
            {t(`address.${step.level}` as MessageKey)}
          </label>
          <select
            id={`wilayah-${step.level}`}
            name={step.level}
            value={step.selected}
            onChange={(event) => void choose(index, event.currentTarget.value)}
            aria-invalid={step.level === "desaCode" && errors?.length ? true : undefined}
            className={inputClass}
          >
            <option value="">{t("address.choose")}</option>
            {step.options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ))}
      {loading ? (
        <p role="status" className="text-sm text-stone-600">
          {t("address.loading")}
        </p>
      ) : null}
      {hydrated ? null : (
        <button type="submit" name="intent" value="lanjut" className="btn-secondary">
          {t("address.next")}
        </button>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
