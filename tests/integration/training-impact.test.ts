/**
 * Training impact against separately written SQL: each member's figures are read straight from
 * the orders and the cashbook with one range query per window (no summary table, no cohort
 * query), and the groups are the ones this scenario builds by hand.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AttendanceStatus, OrderStatus } from "~/generated/prisma/enums";
import { addCashbookEntry, CashbookEntrySchema } from "~/modules/growth/cashbook.server";
import { programmeImpact } from "~/modules/reports/training-impact.server";
import { db } from "~/utils/db.server";
import { jakartaMonthRange } from "~/utils/jakarta-calendar";
import { sqlTimestamp } from "~/utils/sql.server";
import { createOrder, createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004"; // Kec. Glagah
const OLEHSARI = "35.10.15.2005"; // Kec. Glagah
const KAMPUNGMANDAR = "35.10.16.1013"; // Kec. Banyuwangi
const NOW = new Date("2026-11-15T05:00:00Z");
const REGISTERED = new Date("2025-06-01T00:00:00Z");

let programmeId = "";
const ids: Record<string, string> = {};

const order = (sellerId: string, total: number, day: string, status: OrderStatus = "COMPLETED") =>
  createOrder(db, {
    sellerId,
    subtotal: total,
    status,
    createdAt: new Date(`${day}T03:00:00Z`),
  });
const book = (sellerId: string, occurredOn: string) =>
  addCashbookEntry(db, {
    sellerId,
    recordedById: null,
    data: CashbookEntrySchema.parse({
      kind: "EXPENSE",
      category: "bahan baku",
      amount: 10_000,
      occurredOn,
    }),
  });

beforeAll(async () => {
  const staff = await createUser(db);
  const programme = await db.trainingProgramme.create({
    data: { title: "Pembukuan", topic: "BOOKKEEPING", organiser: "Dinas", createdById: staff.id },
  });
  const other = await db.trainingProgramme.create({
    data: { title: "Foto", topic: "PRODUCT_PHOTO", organiser: "Dinas", createdById: staff.id },
  });
  programmeId = programme.id;
  const session = (programme: string, startsAt: string) =>
    db.trainingSession.create({
      data: {
        programmeId: programme,
        startsAt: new Date(startsAt),
        desaCode: KEMIREN,
        venue: "Balai Desa Kemiren",
        trainer: "Pelatih",
        capacity: 30,
      },
    });
  const may = await session(programme.id, "2026-05-10T02:00:00Z");
  const october = await session(programme.id, "2026-10-10T02:00:00Z");
  const june = await session(other.id, "2026-06-10T02:00:00Z");
  const seller = async (name: string, desaCode: string, createdAt = REGISTERED) => {
    ids[name] = (await createSeller(db, { desaCode, createdAt })).id;
    return ids[name];
  };
  const attend = (sellerId: string, sessionId: string, status: AttendanceStatus = "ATTENDED") =>
    db.trainingAttendance.create({ data: { sessionId, sellerId, status } });

  const t1 = await seller("t1", KEMIREN);
  await attend(t1, may.id);
  await attend(t1, october.id); // a second session of the programme: counted from the first
  await order(t1, 100_000, "2026-02-10");
  await order(t1, 50_000, "2026-03-10");
  await order(t1, 999_000, "2026-05-20"); // the session month is in neither window
  await order(t1, 300_000, "2026-06-10");
  await order(t1, 200_000, "2026-08-10");
  await order(t1, 777_000, "2026-09-10"); // after the after window
  await book(t1, "2026-03-02");
  await book(t1, "2026-03-20");
  await book(t1, "2026-06-02");
  await book(t1, "2026-07-02");

  const t2 = await seller("t2", OLEHSARI);
  await attend(t2, may.id);
  await order(t2, 80_000, "2026-04-10");
  await order(t2, 80_000, "2026-07-10");
  await order(t2, 500_000, "2026-07-11", "CANCELLED");

  const t3 = await seller("t3", KEMIREN); // registered for May, absent: not an attendee
  await attend(t3, may.id, "ABSENT");
  await order(t3, 40_000, "2026-07-10");

  const c1 = await seller("c1", OLEHSARI);
  await order(c1, 60_000, "2026-03-10");
  await order(c1, 30_000, "2026-07-10");
  await book(c1, "2026-02-05");

  const c2 = await seller("c2", KEMIREN); // other training inside the window: not compared
  await attend(c2, june.id);
  await order(c2, 1_000_000, "2026-07-10");

  const c3 = await seller("c3", KEMIREN, new Date("2026-03-01T00:00:00Z")); // registered too late
  await order(c3, 1_000_000, "2026-07-10");

  const x1 = await seller("x1", KAMPUNGMANDAR); // another kecamatan
  await order(x1, 1_000_000, "2026-07-10");

  const t4 = await seller("t4", KEMIREN); // attended in October: its after window is not over
  await attend(t4, october.id);
});

/** A member's figures for one cohort month, read straight from orders and the cashbook. */
async function direct(sellerId: string, sessionMonth: string, before: string[], after: string[]) {
  const window = async (months: string[]) => {
    const start = sqlTimestamp(jakartaMonthRange(months[0]!).start);
    const end = sqlTimestamp(jakartaMonthRange(months.at(-1)!).end);
    const [sales] = await db.$queryRaw<{ gmv: unknown }[]>`
      SELECT COALESCE(SUM("total"), 0) AS "gmv" FROM "Order"
      WHERE "sellerId" = ${sellerId} AND "status" NOT IN ('CANCELLED', 'REFUNDED')
        AND "createdAt" >= ${start} AND "createdAt" < ${end}`;
    let active = 0;
    let booked = 0;
    for (const month of months) {
      const r = jakartaMonthRange(month);
      const [row] = await db.$queryRaw<{ o: unknown; b: unknown }[]>`
        SELECT
          (SELECT COUNT(*) FROM "Order" WHERE "sellerId" = ${sellerId}
             AND "status" NOT IN ('CANCELLED', 'REFUNDED')
             AND "createdAt" >= ${sqlTimestamp(r.start)} AND "createdAt" < ${sqlTimestamp(r.end)}) AS "o",
          (SELECT COUNT(*) FROM "CashbookEntry" WHERE "sellerId" = ${sellerId} AND "orderId" IS NULL
             AND "occurredOn" >= ${sqlTimestamp(r.start)} AND "occurredOn" < ${sqlTimestamp(r.end)}) AS "b"`;
      if (Number(row!.o) > 0) active++;
      if (Number(row!.b) > 0) booked++;
    }
    return { gmv: Number(sales!.gmv), active, booked };
  };
  expect(before.concat(after)).not.toContain(sessionMonth);
  return { before: await window(before), after: await window(after) };
}

describe("training impact", () => {
  it("compares attendees with same-kecamatan sellers who did not train, as separate SQL does", async () => {
    const impact = await programmeImpact(db, {
      programmeId,
      regionCode: "35.10",
      months: 3,
      now: NOW,
    });
    const before = ["2026-02", "2026-03", "2026-04"];
    const after = ["2026-06", "2026-07", "2026-08"];
    const means = async (names: string[]) => {
      const rows = await Promise.all(names.map((n) => direct(ids[n]!, "2026-05", before, after)));
      const mean = (f: (r: (typeof rows)[number]) => number) =>
        rows.reduce((s, r) => s + f(r), 0) / rows.length;
      return {
        n: rows.length,
        sellers: rows.length,
        gmvBefore: mean((r) => r.before.gmv),
        gmvAfter: mean((r) => r.after.gmv),
        activeMonthsBefore: mean((r) => r.before.active),
        activeMonthsAfter: mean((r) => r.after.active),
        cashbookMonthsBefore: mean((r) => r.before.booked),
        cashbookMonthsAfter: mean((r) => r.after.booked),
      };
    };
    const attendees = await means(["t1", "t2"]);
    const comparison = await means(["t3", "c1"]);
    expect(impact.attendees).toEqual(attendees);
    expect(impact.comparison).toEqual(comparison);
    // The same by hand.
    expect(attendees).toMatchObject({ gmvBefore: 115_000, gmvAfter: 290_000 });
    expect(comparison).toMatchObject({ gmvBefore: 30_000, gmvAfter: 35_000 });
    expect(impact.difference).toEqual({ gmv: 170_000, activeMonths: -0.5, cashbookMonths: 1 });
    expect(impact).toMatchObject({ cohorts: 1, waiting: 1, small: true, months: 3 });
  });

  it("measures only finished windows and only the region's attendees", async () => {
    const six = await programmeImpact(db, {
      programmeId,
      regionCode: "35.10",
      months: 6,
      now: NOW,
    });
    // May + 6 = November: the after window has not ended by 15 November.
    expect(six).toMatchObject({ cohorts: 0, waiting: 3, small: true });
    expect(six.attendees.n).toBe(0);
    const later = await programmeImpact(db, {
      programmeId,
      regionCode: "35.10",
      months: 6,
      now: new Date("2026-12-01T05:00:00Z"),
    });
    expect(later.cohorts).toBe(1);
    expect(later.attendees.n).toBe(2);

    const desa = await programmeImpact(db, {
      programmeId,
      regionCode: OLEHSARI,
      months: 3,
      now: NOW,
    });
    expect(desa.attendees).toMatchObject({ n: 1, gmvBefore: 80_000, gmvAfter: 80_000 });
    // Comparison sellers still come from the whole kecamatan.
    expect(desa.comparison.n).toBe(2);
    const elsewhere = await programmeImpact(db, {
      programmeId,
      regionCode: "35.10.16",
      months: 3,
      now: NOW,
    });
    expect(elsewhere).toMatchObject({ cohorts: 0, waiting: 0 });
  });
});
