import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("privacy.title")) }];
};

const SECTIONS: { title: MessageKey; items: MessageKey[] }[] = [
  {
    title: "privacy.whatTitle",
    items: [
      "privacy.what.account",
      "privacy.what.orders",
      "privacy.what.sessions",
      "privacy.what.sellers",
    ],
  },
  { title: "privacy.whyTitle", items: ["privacy.why"] },
  { title: "privacy.sharedTitle", items: ["privacy.shared"] },
  { title: "privacy.keepTitle", items: ["privacy.keep"] },
  {
    title: "privacy.rightsTitle",
    items: ["privacy.rights.download", "privacy.rights.erase", "privacy.rights.desk"],
  },
];

export default function PrivacyPage() {
  const { t } = useI18n();
  return (
    <article className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-bold">{t("privacy.title")}</h1>
      <p>{t("privacy.intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section.title} className="space-y-2">
          <h2 className="text-lg font-semibold">{t(section.title)}</h2>
          {section.items.length === 1 ? (
            <p>{t(section.items[0]!)}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {section.items.map((item) => (
                <li key={item}>{t(item)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p className="flex flex-wrap gap-2">
        <Link to="/akun#data-pribadi" className="btn-secondary">
          {t("privacy.downloadLink")}
        </Link>
        <Link to="/akun/hapus" className="btn-secondary">
          {t("privacy.eraseLink")}
        </Link>
      </p>
    </article>
  );
}
