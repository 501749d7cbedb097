import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { FormError } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { firstFormMessage, withDomainErrors } from "~/http/errors.server";
import { requirePermission } from "~/http/guards.server";
import { actingRole, payoutRegions } from "~/modules/auth/permissions";
import {
  CreatePayoutBatchSchema,
  createPayoutBatch,
  listPayoutBatches,
  listPayoutsDue,
} from "~/modules/ledger/payout-batches.server";
import { formatRupiah } from "~/modules/money/money";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "payout.record");
  const regions = payoutRegions(user);
  const [due, batches] = await Promise.all([
    listPayoutsDue(db, { regions }),
    listPayoutBatches(db, { regions }),
  ]);
  return { due, batches };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "payout.record");
  const regions = payoutRegions(user);
  const formData = await readForm(request);
  const parsed = CreatePayoutBatchSchema.safeParse({ sellerIds: formData.getAll("sellerIds") });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "";
    return data(
      { error: firstFormMessage(request, { error: { sellerIds: [message] } }) },
      { status: 400 },
    );
  }
  return withDomainErrors(
    request,
    async () => {
      const batch = await createPayoutBatch(db, {
        actorId: user.id,
        // A batch's region is the staff member's first; an admin's batch has none.
        actorRole: actingRole(user, "payout.record", { desaCode: regions?.[0] ?? "" }),
        regions,
        regionCode: regions?.[0] ?? null,
        data: parsed.data,
      });
      return redirect(`/staf/pencairan/${batch.id}`);
    },
    (failure) => ({ error: failure.message }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("payouts.title")) }];
};

export default function PayoutsPage() {
  const { due, batches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("payouts.title")}</h1>
      <p className="text-stone-700">{t("payouts.intro")}</p>

      <section className="space-y-3" aria-labelledby="siap">
        <h2 id="siap" className="text-xl font-semibold">
          {t("payouts.ready")}
        </h2>
        {due.ready.length === 0 ? (
          <p>{t("payouts.readyNone")}</p>
        ) : (
          <Form method="post" className="space-y-3">
            <FormError errors={actionData?.error ? [actionData.error] : undefined} />
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="siap">
              <table className="w-full border-collapse bg-white text-sm">
                <thead>
                  <tr className="border-b border-stone-300 text-left">
                    <th className="p-2">{t("payouts.select")}</th>
                    <th className="p-2">{t("payouts.seller")}</th>
                    <th className="p-2">{t("payouts.account")}</th>
                    <th className="p-2 text-right">{t("payouts.available")}</th>
                  </tr>
                </thead>
                <tbody>
                  {due.ready.map((s) => (
                    <tr key={s.sellerId} className="border-b border-stone-200">
                      <td className="p-2">
                        <input
                          type="checkbox"
                          name="sellerIds"
                          value={s.sellerId}
                          defaultChecked
                          aria-label={`${t("payouts.select")} ${s.businessName}`}
                          className="h-5 w-5"
                        />
                      </td>
                      <td className="p-2">
                        <Link to={`/kelola/${s.sellerId}/saldo`} className="underline">
                          {s.businessName}
                        </Link>
                      </td>
                      <td className="p-2">
                        {s.bankName} {s.bankAccountNumber} a.n. {s.bankAccountName}
                      </td>
                      <td className="p-2 text-right">{formatRupiah(s.available)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="submit" className="btn-primary">
              {t("payouts.create")}
            </button>
          </Form>
        )}
      </section>

      {due.blocked.length > 0 ? (
        <section className="space-y-3" aria-labelledby="tertahan">
          <h2 id="tertahan" className="text-xl font-semibold">
            {t("payouts.blocked")}
          </h2>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {due.blocked.map((s) => (
              <li key={s.sellerId} className="flex flex-wrap justify-between gap-2 p-3">
                <span>
                  <span className="font-medium">{s.businessName}</span> ·{" "}
                  {formatRupiah(s.available)}
                </span>
                <span className="text-amber-800">
                  {t("payouts.missing")}:{" "}
                  {s.problems.map((p) => t(`payouts.problem.${p}`)).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="space-y-3" aria-labelledby="riwayat">
        <h2 id="riwayat" className="text-xl font-semibold">
          {t("payouts.batches")}
        </h2>
        {batches.length === 0 ? (
          <p>{t("payouts.batchesNone")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {batches.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-medium">{b.code}</span> · {t(`payouts.status.${b.status}`)}{" "}
                  · {formatRupiah(b.total)} · {t("payouts.lines", { count: b.lineCount })} ·{" "}
                  {formatDate(locale, b.createdAt)}
                </span>
                <Link
                  to={`/staf/pencairan/${b.id}`}
                  className="btn-secondary"
                  aria-label={`${t("payouts.open")} ${b.code}`}
                >
                  {t("payouts.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/staf/pencairan" />;
}
