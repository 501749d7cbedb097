import { can } from "~/modules/auth/permissions";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import { parsePeriod } from "~/modules/reports/period";
import { db } from "./db.server";
import { notFound } from "./http.server";
import { requireUser } from "./session.server";

/**
 * The region and period a dashboard request asks for, allowed for this user: regency staff see
 * their regency and anything in it, an operator only their desa (which is also their default).
 * Anyone else, and any other region, gets 404.
 */
export async function requireDashboardScope(request: Request) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const own = user.roles.find((r) => (r.role === "STAFF" || r.role === "OPERATOR") && r.regionCode);
  const isAdmin = user.roles.some((r) => r.role === "ADMIN");
  const regionCode = params.get("wilayah") ?? own?.regionCode ?? (isAdmin ? BANYUWANGI_CODE : null);
  if (!regionCode || !/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(regionCode)) notFound();
  if (!can(user, "dashboard.view", { desaCode: regionCode })) notFound();
  const region = await db.region.findUnique({
    where: { code: regionCode },
    select: {
      code: true,
      name: true,
      level: true,
      kind: true,
      parent: {
        select: { code: true, name: true, parent: { select: { code: true, name: true } } },
      },
    },
  });
  if (!region || region.level === "PROVINSI") notFound();
  const trail = [region.parent?.parent, region.parent]
    .filter((r): r is { code: string; name: string } => !!r && r.code.includes("."))
    .filter((r) => can(user, "dashboard.view", { desaCode: r.code }));
  return { user, region, trail, period: parsePeriod(params) };
}
