import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getStatementByCode } from "~/modules/growth/statement.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDate, formatMonth } from "~/utils/format";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

/** Public check of a sales statement by its verification code (what a lender types in). */
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
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("verifyDoc.title")}</h1>
      <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
        ✓ {t("verifyDoc.genuine", { code: statement.verificationCode })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4">
        <dt className="font-medium">{t("seller.businessName")}</dt>
        <dd>{statement.businessName}</dd>
        <dt className="font-medium">{t("seller.desa")}</dt>
        <dd>
          {statement.desa}, Kec. {statement.kecamatan}
        </dd>
        <dt className="font-medium">{t("verifyDoc.period")}</dt>
        <dd>
          {formatMonth(locale, statement.period.from)} – {formatMonth(locale, statement.period.to)}
        </dd>
        <dt className="font-medium">
          {t("cashbook.marketplaceSales", { count: statement.totals.marketplaceOrders })}
        </dt>
        <dd>{formatRupiah(statement.totals.marketplaceSales)}</dd>
        <dt className="font-medium">{t("cashbook.otherIncome")}</dt>
        <dd>{formatRupiah(statement.totals.otherIncome)}</dd>
        <dt className="font-medium">{t("cashbook.totalExpense")}</dt>
        <dd>{formatRupiah(statement.totals.expense)}</dd>
        <dt className="font-medium">{t("cashbook.profit")}</dt>
        <dd>{formatRupiah(statement.totals.profit)}</dd>
        {statement.debts ? (
          <>
            <dt className="font-medium">{t("debts.openReceivable")}</dt>
            <dd>{formatRupiah(statement.debts.receivable)}</dd>
            <dt className="font-medium">{t("debts.openPayable")}</dt>
            <dd>{formatRupiah(statement.debts.payable)}</dd>
          </>
        ) : null}
        <dt className="font-medium">{t("verifyDoc.issuedAt")}</dt>
        <dd>{formatDate(locale, statement.issuedAt)}</dd>
      </dl>
    </div>
  );
}
