import { claimOutbox, completeOutbox, failOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { addAvifVariants } from "./pipeline.server";
import type { ImageStorage } from "./storage.server";

/** Encodes AVIF for images waiting in the outbox, then lists "avif" among their formats. */
export async function processAvifOutbox(
  db: Db,
  storage: ImageStorage,
  input: { workerId: string; limit?: number },
): Promise<number> {
  const events = await claimOutbox(db, {
    topics: ["image.avif"],
    limit: input.limit ?? 4,
    workerId: input.workerId,
  });
  for (const event of events) {
    try {
      const rows = await db.productImage.findMany({
        where: { storageKey: event.aggregateId },
        select: { id: true, widths: true, formats: true },
      });
      const first = rows[0];
      if (first) {
        const widths = Array.isArray(first.widths) ? (first.widths as number[]) : [];
        await addAvifVariants(storage, { storageKey: event.aggregateId, widths });
        for (const row of rows) {
          const formats = Array.isArray(row.formats) ? (row.formats as string[]) : [];
          if (!formats.includes("avif")) {
            await db.productImage.update({
              where: { id: row.id },
              data: { formats: ["avif", ...formats] },
            });
          }
        }
      }
      await completeOutbox(db, [event.id]);
    } catch (error) {
      await failOutbox(db, [event], error);
    }
  }
  return events.length;
}
