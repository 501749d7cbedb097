import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LEGALITY_LABELS } from "~/modules/growth/legality-label";
import { getStatementByCode } from "~/modules/growth/statement.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDate, formatMonth } from "~/utils/format";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";
import type { LegalityType } from "~/generated/prisma/enums";

/**
 * Public check of a sales statement by its verification code (what a lender types in, or opens
 * from the statement's QR code): the same facts as the PDF, the NIK masked.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const statement = await getStatementByCode(db, params.code ?? "");
  invariantResponse(statement, "Dokumen tidak ditemukan", { status: 404 });
  return { statement };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("verifyDoc.title")) }, { name: "robots", content: "noindex" }];
};

export default function VerifyDocument() {
  const { statement } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const place = [
    statement.desa,
    statement.kecamatan ? `Kec. ${statement.kecamatan}` : null,
    statement.kabupaten,
  ]
    .filter(Boolean)
    .join(", ");
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <>
      <dt className="font-medium">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("verifyDoc.title")}</h1>
      <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
        ✓ {t("verifyDoc.genuine", { code: statement.verificationCode })}
      </p>
      {statement.validUntil && !statement.current ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          {t("verifyDoc.notCurrent")}
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4">
        {row(t("seller.businessName"), statement.businessName)}
        {row(t("verifyDoc.owner"), statement.ownerName)}
        {statement.ownerNikMasked !== null || statement.issuer
          ? row(
              t("verifyDoc.nik"),
              statement.ownerNikMasked ?? t("verifyDoc.nikNone"),
              "masked-nik",
            )
          : null}
        {statement.address ? row(t("verifyDoc.address"), statement.address) : null}
        {row(t("seller.desa"), place)}
        {statement.phone ? row(t("verifyDoc.phone"), statement.phone) : null}
        {row(
          t("verifyDoc.period"),
          `${formatMonth(locale, statement.period.from)} – ${formatMonth(locale, statement.period.to)}`,
        )}
        {row(
          t("verifyDoc.sales", { count: statement.totals.marketplaceOrders }),
          formatRupiah(statement.totals.marketplaceSales),
        )}
        {row(t("verifyDoc.otherIncome"), formatRupiah(statement.totals.otherIncome))}
        {row(t("verifyDoc.expense"), formatRupiah(statement.totals.expense))}
        {row(
          t("verifyDoc.cashDifference"),
          formatRupiah(statement.totals.cashDifference),
          "cash-difference",
        )}
        {statement.debts ? (
          <>
            {row(t("debts.openReceivable"), formatRupiah(statement.debts.receivable))}
            {row(t("debts.openPayable"), formatRupiah(statement.debts.payable))}
          </>
        ) : null}
        {row(t("verifyDoc.issuedAt"), formatDate(locale, statement.issuedAt))}
        {statement.validUntil
          ? row(
              t("verifyDoc.validUntil"),
              `${formatDate(locale, statement.validUntil)} · ${
                statement.current ? t("verifyDoc.current") : t("statement.expired")
              }`,
            )
          : null}
        {statement.issuer ? row(t("verifyDoc.issuer"), statement.issuer) : null}
      </dl>
      <p className="text-sm text-stone-700">{t("verifyDoc.cashDifferenceNote")}</p>
      <section aria-labelledby="legalitas" className="space-y-1">
        <h2 id="legalitas" className="text-lg font-semibold">
          {t("verifyDoc.legalities")}
        </h2>
        {statement.legalities.length === 0 ? (
          <p>{t("verifyDoc.legalitiesNone")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {statement.legalities.map((l) => (
              <li key={l.type}>
                {LEGALITY_LABELS[l.type as LegalityType] ?? l.type} {l.number} (
                {l.expiresAt
                  ? t("verifyDoc.legalityExpires", { date: formatDate(locale, l.expiresAt) })
                  : t("verifyDoc.legalityNoExpiry")}
                )
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="text-sm text-stone-700">{t("verifyDoc.sources")}</p>
    </div>
  );
}
