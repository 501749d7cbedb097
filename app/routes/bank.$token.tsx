import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { openBankShare, type BankShareDocument } from "~/modules/growth/bank-share.server";
import { LEGALITY_LABELS } from "~/modules/growth/legality-label";
import { formatRupiah } from "~/modules/money/money";
import { notFound } from "~/http/responses";
import { db } from "~/utils/db.server";
import { formatDate, formatMonth } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import type { MessageKey } from "~/utils/i18n";

/**
 * What a seller shares with one named bank, read-only and without signing in: opened from the
 * link with its token, recorded on every opening, kept out of search engines, caches and
 * referrers. Expired or revoked: 410 with the reason; unknown: 404.
 */
const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const opening = await openBankShare(db, {
    token: params.token ?? "",
    ip: context.clientIp ?? null,
    userAgent: request.headers.get("User-Agent"),
  });
  if (opening.status === "not-found") notFound("Tautan tidak ditemukan");
  if (opening.status === "gone") {
    return data(
      { gone: { reason: opening.reason, bankName: opening.bankName } as const, page: null },
      { status: 410, headers: PRIVATE_HEADERS },
    );
  }
  return data({ gone: null, page: opening.page }, { headers: PRIVATE_HEADERS });
}

// The same on the 404 and 410 answers as on the page itself.
export const headers: HeadersFunction = () => PRIVATE_HEADERS;

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => {
  const t = metaTranslator(matches);
  const bank = loaded?.page?.bankName ?? loaded?.gone?.bankName ?? "";
  return [
    { title: pageTitle(t, loaded?.gone ? t("bank.goneTitle") : t("bank.title", { bank })) },
    { name: "robots", content: "noindex, nofollow" },
    { name: "referrer", content: "no-referrer" },
  ];
};

function documentStatus(doc: BankShareDocument): MessageKey {
  if (doc.current) return "bank.docCurrent";
  if (doc.status === "VERIFIED") return "bank.docExpired";
  return doc.status === "REJECTED" ? "bank.docRejected" : "bank.docUnverified";
}

export default function BankSharePage() {
  const { gone, page } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  if (gone || !page) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">{t("bank.goneTitle")}</h1>
        <p role="alert">
          {t(gone?.reason === "revoked" ? "bank.revoked" : "bank.expired", {
            bank: gone?.bankName ?? "",
          })}
        </p>
      </div>
    );
  }
  const { seller, statement } = page;
  const place = [
    seller.desa,
    seller.kecamatan ? `Kec. ${seller.kecamatan}` : null,
    seller.kabupaten,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("bank.title", { bank: page.bankName })}</h1>
      <p role="note" className="rounded-lg border border-stone-300 bg-stone-50 p-3">
        {t("bank.notice", { bank: page.bankName, date: formatDate(locale, page.expiresAt) })}
      </p>

      <section aria-labelledby="identitas" className="space-y-2">
        <h2 id="identitas" className="text-lg font-semibold">
          {t("bank.identity")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4">
          <dt className="font-medium">{t("seller.businessName")}</dt>
          <dd>{seller.businessName}</dd>
          <dt className="font-medium">{t("verifyDoc.owner")}</dt>
          <dd>{seller.ownerName}</dd>
          <dt className="font-medium">{t("verifyDoc.nik")}</dt>
          <dd className="font-mono" data-testid="masked-nik">
            {seller.ownerNikMasked ?? t("verifyDoc.nikNone")}
          </dd>
          {seller.address ? (
            <>
              <dt className="font-medium">{t("verifyDoc.address")}</dt>
              <dd>{seller.address}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("seller.desa")}</dt>
          <dd>{place}</dd>
          <dt className="font-medium">{t("verifyDoc.phone")}</dt>
          <dd>{seller.phone}</dd>
        </dl>
      </section>

      <section aria-labelledby="laporan" className="space-y-2">
        <h2 id="laporan" className="text-lg font-semibold">
          {t("bank.statement")}
        </h2>
        {statement ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4">
              <dt className="font-medium">{t("verifyDoc.period")}</dt>
              <dd>
                {formatMonth(locale, statement.period.from)} –{" "}
                {formatMonth(locale, statement.period.to)}
              </dd>
              <dt className="font-medium">
                {t("verifyDoc.sales", { count: statement.totals.marketplaceOrders })}
              </dt>
              <dd>{formatRupiah(statement.totals.marketplaceSales)}</dd>
              <dt className="font-medium">{t("verifyDoc.otherIncome")}</dt>
              <dd>{formatRupiah(statement.totals.otherIncome)}</dd>
              <dt className="font-medium">{t("verifyDoc.expense")}</dt>
              <dd>{formatRupiah(statement.totals.expense)}</dd>
              <dt className="font-medium">{t("verifyDoc.cashDifference")}</dt>
              <dd>{formatRupiah(statement.totals.cashDifference)}</dd>
              <dt className="font-medium">{t("verifyDoc.issuedAt")}</dt>
              <dd>{formatDate(locale, statement.issuedAt)}</dd>
              {statement.validUntil ? (
                <>
                  <dt className="font-medium">{t("verifyDoc.validUntil")}</dt>
                  <dd>
                    {formatDate(locale, statement.validUntil)} ·{" "}
                    {statement.current ? t("verifyDoc.current") : t("statement.expired")}
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="text-sm text-stone-700">{t("verifyDoc.cashDifferenceNote")}</p>
            <p>
              <Link
                to={`/cek-dokumen/${statement.verificationCode}`}
                className="font-mono underline"
              >
                {t("bank.statementCheck", { code: statement.verificationCode })}
              </Link>
            </p>
          </>
        ) : (
          <p>{t("bank.statementNone")}</p>
        )}
      </section>

      <section aria-labelledby="sertifikat" className="space-y-2">
        <h2 id="sertifikat" className="text-lg font-semibold">
          {t("bank.certificates")}
        </h2>
        {page.certificates.length === 0 ? (
          <p>{t("bank.certificatesNone")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {page.certificates.map((c) => (
              <li key={c.number}>
                {formatDate(locale, c.date)} · {c.title} ({c.organiser}) ·{" "}
                <Link to={`/sertifikat/${c.number}`} className="font-mono underline">
                  {c.number}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dokumen" className="space-y-2">
        <h2 id="dokumen" className="text-lg font-semibold">
          {t("bank.documents")}
        </h2>
        {page.documents.length === 0 ? (
          <p>{t("bank.documentsNone")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("bank.documents")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("bank.document")}</th>
                <th scope="col">{t("bank.docStatus")}</th>
                <th scope="col">{t("bank.docExpires")}</th>
              </tr>
            </thead>
            <tbody>
              {page.documents.map((d) => (
                <tr key={d.type} className="border-t border-stone-200">
                  <th scope="row" className="font-normal">
                    {LEGALITY_LABELS[d.type]}
                  </th>
                  <td>{t(documentStatus(d))}</td>
                  <td>{d.expiresAt ? formatDate(locale, d.expiresAt) : t("bank.noExpiry")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="text-sm text-stone-700">{t("bank.documentsNote")}</p>
      </section>
    </div>
  );
}
