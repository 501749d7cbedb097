import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useMatches, useParams } from "@remix-run/react";
import { RouteErrorBoundary } from "~/components/error-page";
import { requireSellerArea } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

/**
 * The frame of every page that manages one seller: the way back to the seller's home. Each page
 * still checks its own permission (staff who record payouts reach the balance page only).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller, canManage } = await requireSellerArea(request, params.sellerId ?? "");
  return { seller: { id: seller.id, businessName: seller.businessName }, canManage };
}

export default function SellerArea() {
  const { seller, canManage } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const atHome = useMatches().some((m) => m.id === "routes/kelola.$sellerId._index");
  return (
    <div className="space-y-4">
      {canManage && !atHome ? (
        <p className="print:hidden">
          <Link to={`/kelola/${seller.id}`} className="underline">
            ← {t("manage.title", { name: seller.businessName })}
          </Link>
        </p>
      ) : null}
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  const { sellerId } = useParams();
  return <RouteErrorBoundary home={sellerId ? `/kelola/${sellerId}` : "/"} />;
}
