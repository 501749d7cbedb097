import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { readForm } from "~/http/body.server";
import { withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerArea } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { actingRole } from "~/modules/auth/permissions";
import { formatRupiah } from "~/modules/money/money";
import { orderSettlement } from "~/modules/orders/gateway-settlement.server";
import {
  getStatement,
  SettleLineSchema,
  settleStatementLine,
} from "~/modules/payments/statements/statement-views.server";
import { db } from "~/utils/db.server";
import { formatDateTime, formatDay } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerArea(request, params.sellerId ?? "");
  const statement = await getStatement(db, {
    sellerId: seller.id,
    statementId: params.statementId ?? "",
  });
  invariantResponse(statement, "Mutasi tidak ditemukan", { status: 404 });
  return { sellerId: seller.id, statement };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, canManage } = await requireSellerArea(request, params.sellerId ?? "");
  const back = `/kelola/${seller.id}/mutasi/${params.statementId ?? ""}`;
  const parsed = SettleLineSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: "Permintaan tidak dikenal" }, { status: 400 });
  return withDomainErrors(
    request,
    async () => {
      await settleStatementLine(
        db,
        {
          sellerId: seller.id,
          lineId: parsed.data.lineId,
          paymentId: parsed.data.paymentId,
          actor: {
            id: user.id,
            role: actingRole(user, canManage ? "seller.manage" : "payout.record", seller),
          },
        },
        orderSettlement,
      );
      return redirectWithToast(back, { kind: "success", key: "statements.decided" });
    },
    (failure) => ({ error: failure.message }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaTranslator(matches);
  return [
    {
      title: pageTitle(
        t,
        data ? t("statements.resultTitle", { file: data.statement.fileName }) : undefined,
      ),
    },
    { name: "robots", content: "noindex" },
  ];
};

type Line = ReturnType<typeof useLoaderData<typeof loader>>["statement"]["lines"]["paid"][number];

function LineText({ line }: { line: Line }) {
  const { t, locale } = useI18n();
  return (
    <span>
      <strong>{formatRupiah(line.amount)}</strong> ·{" "}
      {t("statements.line", {
        date: formatDay(locale, line.bookedOn),
        description: line.description,
      })}
    </span>
  );
}

export default function StatementResultPage() {
  const { sellerId, statement } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const { paid, ambiguous, unmatched } = statement.lines;
  const orderLink = (code: string) => `/kelola/${sellerId}/pesanan/${code}`;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/kelola/${sellerId}/mutasi`} className="underline">
          {t("statements.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("statements.resultTitle", { file: statement.fileName })}
      </h1>
      <p className="text-stone-700">
        {t("statements.summary", {
          date: formatDateTime(locale, statement.createdAt),
          name: statement.uploadedBy,
          credits: statement.creditCount,
          known: statement.alreadyUploaded,
          confirmed: statement.confirmedCount,
        })}
      </p>
      {actionData?.error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {actionData.error}
        </p>
      ) : null}

      <section aria-labelledby="perlu-diputuskan" className="space-y-2">
        <h2 id="perlu-diputuskan" className="text-lg font-semibold">
          {t("statements.ambiguous")} ({ambiguous.length})
        </h2>
        {ambiguous.length === 0 ? (
          <p className="text-stone-600">{t("statements.empty")}</p>
        ) : (
          <>
            <p className="text-sm text-stone-600">{t("statements.ambiguousHint")}</p>
            <ul className="space-y-3">
              {ambiguous.map((line) => (
                <li key={line.id} className="rounded-xl border border-amber-300 bg-amber-50 p-3">
                  <Form method="post" className="space-y-2">
                    <input type="hidden" name="lineId" value={line.id} />
                    <fieldset className="space-y-1">
                      <legend>
                        <LineText line={line} />
                      </legend>
                      {line.candidates.map((c) => (
                        <label key={c.id} className="flex items-center gap-2">
                          <input
                            type="radio"
                            name="paymentId"
                            value={c.id}
                            required
                            disabled={!c.open}
                            className="h-5 w-5"
                          />
                          {t("statements.candidate", {
                            code: c.orderCode,
                            buyer: c.buyerName,
                            amount: formatRupiah(c.amount),
                          })}
                        </label>
                      ))}
                      <label className="flex items-center gap-2">
                        <input type="radio" name="paymentId" value="" className="h-5 w-5" />
                        {t("statements.noneOfThem")}
                      </label>
                    </fieldset>
                    <button type="submit" className="btn-secondary">
                      {t("statements.decide")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="dikonfirmasi" className="space-y-2">
        <h2 id="dikonfirmasi" className="text-lg font-semibold">
          {t("statements.confirmed")} ({paid.length})
        </h2>
        {paid.length === 0 ? (
          <p className="text-stone-600">{t("statements.empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {paid.map((line) => (
              <li key={line.id} className="flex flex-wrap justify-between gap-2 p-3">
                <LineText line={line} />
                {line.payment ? (
                  <Link to={orderLink(line.payment.orderCode)} className="underline">
                    {t("statements.order", { code: line.payment.orderCode })}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tidak-cocok" className="space-y-2">
        <h2 id="tidak-cocok" className="text-lg font-semibold">
          {t("statements.unmatched")} ({unmatched.length})
        </h2>
        {unmatched.length === 0 ? (
          <p className="text-stone-600">{t("statements.empty")}</p>
        ) : (
          <>
            <p className="text-sm text-stone-600">{t("statements.unmatchedHint")}</p>
            <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
              {unmatched.map((line) => (
                <li key={line.id} className="p-3">
                  <LineText line={line} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/kelola" />;
}
