import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/http/guards.server";
import { invariantResponse } from "~/http/responses";
import { payoutRegions } from "~/modules/auth/permissions";
import { getPayoutBatch } from "~/modules/ledger/payout-batches.server";
import { payoutBatchCsv } from "~/modules/ledger/payout-csv";
import { db } from "~/utils/db.server";

/** The batch as a bank bulk-transfer CSV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "payout.record");
  const batch = await getPayoutBatch(db, {
    batchId: params.batchId ?? "",
    regions: payoutRegions(user),
  });
  invariantResponse(batch && batch.status !== "CANCELLED", "Pencairan tidak ditemukan", {
    status: 404,
  });
  return new Response(payoutBatchCsv(batch), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pencairan-${batch.code}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
