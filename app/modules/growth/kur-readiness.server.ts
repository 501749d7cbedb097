import type { Db } from "~/utils/db.server";
import { addMonths, jakartaMonthOf, jakartaMonthRange } from "~/utils/jakarta-calendar";
import { CASHBOOK_WINDOW_MONTHS, kurReadiness, type KurReadiness } from "./kur-readiness";

/** The KUR checklist of one seller, from their records as they stand on `now`. */
export async function getKurReadiness(
  db: Db,
  input: { sellerId: string; now?: Date },
): Promise<KurReadiness> {
  const now = input.now ?? new Date();
  const windowStart = jakartaMonthRange(
    addMonths(jakartaMonthOf(now), -(CASHBOOK_WINDOW_MONTHS - 1)),
  ).start;
  const [seller, firstOrder, firstEntry, attended, entries, statement] = await Promise.all([
    db.seller.findUniqueOrThrow({
      where: { id: input.sellerId },
      select: {
        ownerNikCipher: true,
        legalities: { select: { type: true, status: true, expiresAt: true, issuedAt: true } },
      },
    }),
    db.order.findFirst({
      where: { sellerId: input.sellerId, status: "COMPLETED", completedAt: { not: null } },
      orderBy: { completedAt: "asc" },
      select: { completedAt: true },
    }),
    db.cashbookEntry.findFirst({
      where: { sellerId: input.sellerId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.trainingAttendance.count({ where: { sellerId: input.sellerId, status: "ATTENDED" } }),
    db.cashbookEntry.findMany({
      where: { sellerId: input.sellerId, occurredOn: { gte: windowStart, lte: now } },
      distinct: ["occurredOn"],
      select: { occurredOn: true },
    }),
    db.salesStatement.findFirst({
      where: { sellerId: input.sellerId },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, validUntil: true },
    }),
  ]);
  return kurReadiness({
    now,
    legalities: seller.legalities,
    firstCompletedOrderAt: firstOrder?.completedAt ?? null,
    firstCashbookRecordedAt: firstEntry?.createdAt ?? null,
    attendedTrainings: attended,
    cashbookDates: entries.map((e) => e.occurredOn),
    latestStatement: statement
      ? { issuedAt: statement.createdAt, validUntil: statement.validUntil }
      : null,
    hasNik: !!seller.ownerNikCipher,
  });
}
