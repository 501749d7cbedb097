import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getCertificate } from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

/** A printable certificate that is also its own verification: the number is the address. */
export async function loader({ params }: LoaderFunctionArgs) {
  const certificate = await getCertificate(db, params.number ?? "");
  invariantResponse(certificate, "Sertifikat tidak ditemukan", { status: 404 });
  return { certificate };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [
    {
      title: pageTitle(
        t,
        `${t("training.certificate")} ${data?.certificate.certificateNumber ?? ""}`,
      ),
    },
  ];
};

export default function CertificatePage() {
  const { certificate } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const { session, seller } = certificate;
  return (
    <article className="mx-auto max-w-2xl space-y-4 rounded-2xl border-4 border-double border-brand-700 bg-white p-8 text-center print:border-2">
      <p role="status" className="badge mx-auto bg-brand-100 text-brand-900">
        ✓ {t("certificate.valid")}
      </p>
      <h1 className="text-3xl font-bold">{t("certificate.title")}</h1>
      <p>{t("certificate.givenTo")}</p>
      <p className="text-2xl font-semibold">{seller.ownerName}</p>
      <p>
        {seller.businessName} · {seller.desa.name}
      </p>
      <p>{t("certificate.forAttending")}</p>
      <p className="text-xl font-semibold">{session.programme.title}</p>
      <p>
        {formatDate(locale, session.startsAt)} · {session.venue} ·{" "}
        {t("certificate.trainer", { name: session.trainer })}
      </p>
      <p>{t("certificate.organiser", { name: session.programme.organiser })}</p>
      <p className="font-mono text-lg">{certificate.certificateNumber}</p>
      {certificate.certificateIssuedAt ? (
        <p className="text-sm text-stone-600">
          {t("certificate.issued", { date: formatDate(locale, certificate.certificateIssuedAt) })}
        </p>
      ) : null}
    </article>
  );
}
