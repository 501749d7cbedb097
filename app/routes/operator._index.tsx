import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatSessionTime } from "~/components/training";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireRole } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["OPERATOR"]);
  const desaCodes = user.roles
    .filter((r) => r.role === "OPERATOR" && r.regionCode)
    .map((r) => r.regionCode!);
  const [desa, sellers, sessions] = await Promise.all([
    db.region.findMany({ where: { code: { in: desaCodes } }, select: { code: true, name: true } }),
    db.seller.findMany({
      where: { desaCode: { in: desaCodes } },
      orderBy: { businessName: "asc" },
      select: {
        id: true,
        businessName: true,
        ownerName: true,
        verificationStatus: true,
        _count: { select: { products: true } },
      },
    }),
    db.trainingSession.findMany({
      where: { startsAt: { gte: new Date(Date.now() - 7 * 864e5) } },
      orderBy: { startsAt: "asc" },
      take: 20,
      select: { id: true, startsAt: true, venue: true, programme: { select: { title: true } } },
    }),
  ]);
  return { desa, sellers, sessions };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("operator.title")) }];
};

export default function OperatorHome() {
  const { desa, sellers, sessions } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("operator.title")}</h1>
      <p>{t("operator.desa", { desa: desa.map((d) => d.name).join(", ") })}</p>
      <Link to="/operator/umkm-baru" className="btn-primary">
        {t("operator.registerSeller")}
      </Link>
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {sellers.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="font-medium">{s.businessName}</span> · {s.ownerName} ·{" "}
              {t(`verification.${s.verificationStatus}`)} ·{" "}
              {t("region.productCount", { count: s._count.products })}
            </span>
            <Link to={`/kelola/${s.id}`} className="btn-secondary">
              {t("account.manageShop")}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="jadwal">
        <h2 id="jadwal" className="mb-2 text-lg font-semibold">
          {t("training.upcoming")}
        </h2>
        {sessions.length === 0 ? <p>{t("training.noUpcoming")}</p> : null}
        <ul className="space-y-1">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link to={`/pelatihan/sesi/${s.id}`} className="underline">
                {s.programme.title} · {formatSessionTime(locale, s.startsAt)} · {s.venue}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
