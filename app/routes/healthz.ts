import { checkDatabase } from "~/modules/health/health.server";
import { db } from "~/utils/db.server";

export async function loader() {
  const database = await checkDatabase(db);
  const ok = database.ok;
  return Response.json(
    { status: ok ? "ok" : "error", checks: { database } },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
