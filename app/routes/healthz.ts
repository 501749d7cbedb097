import { checkDatabase } from "~/modules/health/health.server";
import { channelStatus } from "~/modules/notifications/channels.server";
import { outboxBacklog } from "~/modules/outbox/outbox.server";
import { getSearchEngine } from "~/modules/search/search.server";
import { db } from "~/utils/db.server";

export async function loader() {
  const database = await checkDatabase(db);
  const engine = getSearchEngine();
  const [search, backlog] = await Promise.all([
    engine.health().catch((error: Error) => ({ ok: false, detail: error.message })),
    database.ok ? outboxBacklog(db) : Promise.resolve(null),
  ]);
  // Search being down degrades search only; the shop still sells, so it does not fail health.
  const ok = database.ok;
  return Response.json(
    {
      status: ok ? (search.ok ? "ok" : "degraded") : "error",
      checks: {
        database,
        search: { engine: engine.name, ...search },
        jobs: backlog,
        // Outside notification channels; "off" means in-app notifications only.
        notifications: channelStatus(),
      },
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
