import { useEffect, useState } from "react";
import { useI18n } from "~/utils/use-i18n";

/**
 * Copies a value (an amount, an account number) to the clipboard. It appears only once the page
 * runs JavaScript with a clipboard; without it the value beside it is plain selectable text.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [usable, setUsable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setUsable(typeof navigator !== "undefined" && !!navigator.clipboard);
  }, []);
  if (!usable) return null;
  return (
    <button
      type="button"
      className="btn-secondary min-h-11 px-3 py-1 text-sm"
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => setCopied(true));
      }}
    >
      <span aria-live="polite">{copied ? t("transfer.copied") : label}</span>
    </button>
  );
}
