import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { inputClass } from "~/components/ui/field";
import { addMonths, jakartaMonthOf } from "~/utils/jakarta-calendar";
import { listSalesStatements } from "~/modules/growth/statement.server";
import { getMaskedNik } from "~/modules/sellers/owner-identity.server";
import { formatDate } from "~/utils/format";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const thisMonth = jakartaMonthOf(new Date());
  const [statements, maskedNik] = await Promise.all([
    listSalesStatements(db, seller.id),
    getMaskedNik(db, seller.id),
  ]);
  return {
    seller,
    maskedNik,
    now: new Date(),
    defaultFrom: addMonths(thisMonth, -11),
    defaultTo: thisMonth,
    statements,
  };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("statement.title")) }];
};

export default function StatementPage() {
  const { seller, maskedNik, now, defaultFrom, defaultTo, statements } =
    useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("statement.title")}</h1>
      <p className="text-stone-700">{t("statement.intro")}</p>
      <p className="text-sm text-stone-700">{t("statement.validity")}</p>
      {/* A plain form post: the browser downloads the PDF, with or without JavaScript. */}
      <Form
        method="post"
        action={`/kelola/${seller.id}/laporan/unduh`}
        reloadDocument
        className="flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-4"
      >
        <label>
          <span className="block text-sm">{t("statement.from")}</span>
          <input
            type="month"
            name="from"
            defaultValue={defaultFrom}
            required
            className={inputClass}
          />
        </label>
        <label>
          <span className="block text-sm">{t("statement.to")}</span>
          <input type="month" name="to" defaultValue={defaultTo} required className={inputClass} />
        </label>
        {maskedNik ? (
          <label className="flex basis-full items-center gap-2">
            <input type="checkbox" name="showNik" />
            <span>
              {t("statement.showNik")} ({maskedNik})
            </span>
          </label>
        ) : (
          <p className="basis-full text-sm text-stone-700">
            {t("statement.noNik")}{" "}
            <Link to={`/kelola/${seller.id}/kur#nik`} className="underline">
              {t("kur.title")}
            </Link>
          </p>
        )}
        <button type="submit" className="btn-primary">
          {t("statement.download")}
        </button>
      </Form>
      {statements.length > 0 ? (
        <section aria-labelledby="terbit">
          <h2 id="terbit" className="mb-2 text-lg font-semibold">
            {t("statement.issued")}
          </h2>
          <ul className="space-y-1">
            {statements.map((s) => (
              <li key={s.verificationCode}>
                <Link to={`/cek-dokumen/${s.verificationCode}`} className="font-mono underline">
                  {s.verificationCode}
                </Link>{" "}
                <span className="text-sm text-stone-700">
                  {formatDate(locale, s.createdAt)}
                  {s.validUntil
                    ? ` · ${
                        s.validUntil.getTime() > now.getTime()
                          ? t("statement.validUntil", { date: formatDate(locale, s.validUntil) })
                          : t("statement.expired")
                      }`
                    : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
