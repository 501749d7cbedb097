import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readForm } from "~/http/body.server";
import { attachment } from "~/http/download.server";
import { buildSalesStatement } from "~/modules/growth/statement.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import { requireSellerPermission } from "~/http/guards.server";
import { publicOrigin } from "~/http/public-url.server";

const PeriodSchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}$/, { error: "Pilih bulan awal" }),
  to: z.string().regex(/^\d{4}-\d{2}$/, { error: "Pilih bulan akhir" }),
  /** A checkbox: the owner asks for the full NIK on this statement. */
  showNik: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

/** Issues a sales statement (recorded, with a verification code) and sends it as a PDF. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  // Back to the form with the reason, in the reader's language.
  const back = (message: string) =>
    redirectWithToast(`/kelola/${seller.id}/laporan`, {
      kind: "error",
      message: translateErrorMessage(message, requestLocale(request)),
    });
  const parsed = PeriodSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return back(parsed.error.issues[0]?.message ?? "Periode tidak valid");
  return withDomainErrors(
    request,
    async () => {
      const statement = await buildSalesStatement(db, {
        sellerId: seller.id,
        from: parsed.data.from,
        to: parsed.data.to,
        issuedById: user.id,
        verifyUrl: publicOrigin(request),
        showNik: parsed.data.showNik,
      });
      return attachment(statement.pdf, {
        name: `laporan-penjualan-${seller.slug}-${parsed.data.from}-${parsed.data.to}.pdf`,
        type: "application/pdf",
      });
    },
    (failure) => back(failure.message),
  );
}

export async function loader({ params }: ActionFunctionArgs) {
  return redirect(`/kelola/${params.sellerId}/laporan`);
}
