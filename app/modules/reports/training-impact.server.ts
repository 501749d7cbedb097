/**
 * Does a training programme change anything? For the sellers who attended it, sales (GMV), months
 * with at least one order and months with cashbook entries in the N months before their session
 * against the N months after it, compared with sellers of the same kecamatan who did not attend
 * any training in that time: a difference-in-differences, with the sample sizes beside it.
 *
 * - An attendee counts once, from their first session of the programme (marked present). Their
 *   cohort is their kecamatan and the Jakarta month of that session; the session month itself is
 *   in neither window.
 * - The comparison group of a cohort: sellers of that kecamatan who never attended the programme
 *   and attended no other training from the start of the before window to the end of the after
 *   window. A seller may compare against several cohorts (stacked comparison).
 * - Both groups only hold sellers registered before their before window began, and only cohorts
 *   whose after window has ended are measured; the others are reported as waiting.
 *
 * Sales come from the monthly sales summary (orders not cancelled or refunded, by order month),
 * refreshed first; every figure is aggregate SQL.
 */
import { Prisma } from "~/generated/prisma/client";
import type { TrainingTopic } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { addMonths, jakartaMonthOf, jakartaMonthRange } from "~/utils/jakarta-calendar";
import { jakartaMonthSql, sqlValue } from "~/utils/sql.server";
import { regionLike } from "./dashboard.server";
import type { ExportCell, ExportColumn } from "./exports.server";
import { refreshSalesSummary } from "./sales-summary.server";

export const IMPACT_WINDOWS = [3, 6] as const;
export type ImpactWindow = (typeof IMPACT_WINDOWS)[number];
/** Below this many sellers in either group, the page says the comparison is not reliable. */
export const SMALL_GROUP = 10;

export interface GroupFigures {
  /** Seller–cohort pairs measured (a comparison seller may stand in several cohorts). */
  n: number;
  sellers: number;
  /** Means per seller over the window. */
  gmvBefore: number;
  gmvAfter: number;
  activeMonthsBefore: number;
  activeMonthsAfter: number;
  cashbookMonthsBefore: number;
  cashbookMonthsAfter: number;
}

export interface ProgrammeImpact {
  months: ImpactWindow;
  attendees: GroupFigures;
  comparison: GroupFigures;
  /** (after − before) of attendees minus (after − before) of the comparison group. */
  difference: { gmv: number; activeMonths: number; cashbookMonths: number };
  /** Attendees whose after window has not ended yet. */
  waiting: number;
  cohorts: number;
  small: boolean;
}

interface Cohort {
  kecamatan: string;
  month: string;
}

/** Each attendee of the programme once, with the start of their first session (marked present). */
function firstAttended(programmeId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT a."sellerId", MIN(s."startsAt") AS "at"
    FROM "TrainingAttendance" a JOIN "TrainingSession" s ON s."id" = a."sessionId"
    WHERE s."programmeId" = ${programmeId} AND a."status" = 'ATTENDED'
    GROUP BY a."sellerId"`;
}

/** The programme's attendees by cohort (kecamatan, month of their first session attended). */
async function cohortsOf(db: Db, programmeId: string, regionCode: string) {
  return db.$queryRaw<{ kecamatan: string; month: string; n: unknown }[]>`
    SELECT d."parentCode" AS "kecamatan", ${jakartaMonthSql('f."at"')} AS "month", COUNT(*) AS "n"
    FROM (${firstAttended(programmeId)}) f
    JOIN "Seller" se ON se."id" = f."sellerId"
    JOIN "Region" d ON d."code" = se."desaCode"
    WHERE se."desaCode" LIKE ${regionLike(regionCode)}
    GROUP BY 1, 2`;
}

interface GroupRow {
  treated: unknown;
  n: unknown;
  sellers: unknown;
  gmvBefore: unknown;
  gmvAfter: unknown;
  activeBefore: unknown;
  activeAfter: unknown;
  bookBefore: unknown;
  bookAfter: unknown;
}

function cohortValues(cohorts: Cohort[], months: number): Prisma.Sql {
  return Prisma.join(
    cohorts.map((c, k) => {
      const preFrom = addMonths(c.month, -months);
      const postTo = addMonths(c.month, months);
      return Prisma.sql`(${Prisma.join(
        [
          sqlValue(k, "int"),
          sqlValue(c.kecamatan, "text"),
          sqlValue(c.month, "text"),
          sqlValue(preFrom, "text"),
          sqlValue(addMonths(c.month, -1), "text"),
          sqlValue(addMonths(c.month, 1), "text"),
          sqlValue(postTo, "text"),
          sqlValue(jakartaMonthRange(preFrom).start, "timestamp"),
          sqlValue(jakartaMonthRange(c.month).start, "timestamp"),
          sqlValue(jakartaMonthRange(c.month).end, "timestamp"),
          sqlValue(jakartaMonthRange(postTo).end, "timestamp"),
        ],
        ", ",
      )})`;
    }),
    ", ",
  );
}

async function measure(
  db: Db,
  input: { programmeId: string; regionCode: string; months: number; cohorts: Cohort[] },
): Promise<GroupRow[]> {
  const bookMonth = jakartaMonthSql('e."occurredOn"');
  return db.$queryRaw<GroupRow[]>`
    WITH "cohort" ("k", "kecamatan", "m", "preFrom", "preTo", "postFrom", "postTo",
                   "preStart", "sessionStart", "postStart", "postEnd") AS (
      VALUES ${cohortValues(input.cohorts, input.months)}
    ),
    "firstAttended" AS (${firstAttended(input.programmeId)}),
    "members" AS (
      SELECT f."sellerId", c."k", 1 AS "treated"
      FROM "firstAttended" f
      JOIN "Seller" se ON se."id" = f."sellerId"
      JOIN "Region" d ON d."code" = se."desaCode"
      JOIN "cohort" c ON c."kecamatan" = d."parentCode" AND c."m" = ${jakartaMonthSql('f."at"')}
      WHERE se."createdAt" < c."preStart" AND se."desaCode" LIKE ${regionLike(input.regionCode)}
      UNION ALL
      SELECT se."id", c."k", 0
      FROM "cohort" c
      JOIN "Region" d ON d."parentCode" = c."kecamatan"
      JOIN "Seller" se ON se."desaCode" = d."code"
      WHERE se."createdAt" < c."preStart"
        AND se."id" NOT IN (SELECT "sellerId" FROM "firstAttended")
        AND NOT EXISTS (
          SELECT 1 FROM "TrainingAttendance" a JOIN "TrainingSession" s ON s."id" = a."sessionId"
          WHERE a."sellerId" = se."id" AND a."status" = 'ATTENDED'
            AND s."startsAt" >= c."preStart" AND s."startsAt" < c."postEnd")
    ),
    "sales" AS (
      SELECT m."treated",
        SUM(CASE WHEN x."month" < c."m" THEN x."gmv" ELSE 0 END) AS "gmvBefore",
        SUM(CASE WHEN x."month" > c."m" THEN x."gmv" ELSE 0 END) AS "gmvAfter",
        SUM(CASE WHEN x."month" < c."m" AND x."orders" > 0 THEN 1 ELSE 0 END) AS "activeBefore",
        SUM(CASE WHEN x."month" > c."m" AND x."orders" > 0 THEN 1 ELSE 0 END) AS "activeAfter"
      FROM "members" m
      JOIN "cohort" c ON c."k" = m."k"
      JOIN "SellerMonthSales" x ON x."sellerId" = m."sellerId"
        AND x."month" >= c."preFrom" AND x."month" <= c."postTo"
      GROUP BY m."treated"
    ),
    "bookMonths" AS (
      SELECT DISTINCT m."treated", m."sellerId", m."k",
        CASE WHEN e."occurredOn" < c."sessionStart" THEN 0 ELSE 1 END AS "after",
        ${bookMonth} AS "month"
      FROM "members" m
      JOIN "cohort" c ON c."k" = m."k"
      JOIN "CashbookEntry" e ON e."sellerId" = m."sellerId" AND e."orderId" IS NULL
        AND e."occurredOn" >= c."preStart" AND e."occurredOn" < c."postEnd"
        AND (e."occurredOn" < c."sessionStart" OR e."occurredOn" >= c."postStart")
    ),
    "books" AS (
      SELECT "treated",
        SUM(CASE WHEN "after" = 0 THEN 1 ELSE 0 END) AS "bookBefore",
        SUM("after") AS "bookAfter"
      FROM "bookMonths" GROUP BY "treated"
    ),
    "groups" AS (
      SELECT "treated", COUNT(*) AS "n", COUNT(DISTINCT "sellerId") AS "sellers"
      FROM "members" GROUP BY "treated"
    )
    SELECT g."treated", g."n", g."sellers",
      s."gmvBefore", s."gmvAfter", s."activeBefore", s."activeAfter",
      b."bookBefore", b."bookAfter"
    FROM "groups" g
    LEFT JOIN "sales" s ON s."treated" = g."treated"
    LEFT JOIN "books" b ON b."treated" = g."treated"`;
}

function group(row: GroupRow | undefined): GroupFigures {
  const n = Number(row?.n ?? 0);
  const mean = (v: unknown, digits: number) => {
    if (n === 0) return 0;
    const scale = 10 ** digits;
    return Math.round((Number(v ?? 0) / n) * scale) / scale;
  };
  return {
    n,
    sellers: Number(row?.sellers ?? 0),
    gmvBefore: mean(row?.gmvBefore, 0),
    gmvAfter: mean(row?.gmvAfter, 0),
    activeMonthsBefore: mean(row?.activeBefore, 2),
    activeMonthsAfter: mean(row?.activeAfter, 2),
    cashbookMonthsBefore: mean(row?.bookBefore, 2),
    cashbookMonthsAfter: mean(row?.bookAfter, 2),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The impact of one programme for attendees in a region (regency, kecamatan or desa). */
export async function programmeImpact(
  db: Db,
  input: { programmeId: string; regionCode: string; months: ImpactWindow; now?: Date },
): Promise<ProgrammeImpact> {
  const now = input.now ?? new Date();
  const thisMonth = jakartaMonthOf(now);
  const [all] = await Promise.all([
    cohortsOf(db, input.programmeId, input.regionCode),
    refreshSalesSummary(db),
  ]);
  // An after window must have ended before this month began.
  const complete: Cohort[] = [];
  let waiting = 0;
  for (const c of all) {
    if (c.kecamatan && addMonths(c.month, input.months) < thisMonth) complete.push(c);
    else waiting += Number(c.n);
  }
  const rows =
    complete.length === 0
      ? []
      : await measure(db, {
          programmeId: input.programmeId,
          regionCode: input.regionCode,
          months: input.months,
          cohorts: complete,
        });
  const attendees = group(rows.find((r) => Number(r.treated) === 1));
  const comparison = group(rows.find((r) => Number(r.treated) === 0));
  const change = (g: GroupFigures) => ({
    gmv: g.gmvAfter - g.gmvBefore,
    activeMonths: g.activeMonthsAfter - g.activeMonthsBefore,
    cashbookMonths: g.cashbookMonthsAfter - g.cashbookMonthsBefore,
  });
  const a = change(attendees);
  const c = change(comparison);
  return {
    months: input.months,
    attendees,
    comparison,
    difference: {
      gmv: Math.round(a.gmv - c.gmv),
      activeMonths: round2(a.activeMonths - c.activeMonths),
      cashbookMonths: round2(a.cashbookMonths - c.cashbookMonths),
    },
    waiting,
    cohorts: complete.length,
    small: attendees.sellers < SMALL_GROUP || comparison.sellers < SMALL_GROUP,
  };
}

export interface ProgrammeImpactRow {
  id: string;
  title: string;
  topic: TrainingTopic;
  impact: ProgrammeImpact;
}

/** Every programme's impact for attendees in a region, newest programme first. */
export async function regionTrainingImpact(
  db: Db,
  input: { regionCode: string; months: ImpactWindow; now?: Date },
): Promise<ProgrammeImpactRow[]> {
  const programmes = await db.trainingProgramme.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, topic: true },
  });
  const rows: ProgrammeImpactRow[] = [];
  // One after another: each is one query, and the sales summary refresh is shared.
  for (const p of programmes) {
    rows.push({ ...p, impact: await programmeImpact(db, { ...input, programmeId: p.id }) });
  }
  return rows;
}

/** Columns of the training-impact export, one row per programme. */
export const IMPACT_COLUMNS: readonly ExportColumn[] = [
  { header: "export.impact.program", kind: "text" },
  { header: "export.impact.topic", kind: "text" },
  { header: "export.impact.window", kind: "count" },
  { header: "export.impact.attendees", kind: "count" },
  { header: "export.impact.comparison", kind: "count" },
  { header: "export.impact.gmvBeforeAttendees", kind: "rupiah" },
  { header: "export.impact.gmvAfterAttendees", kind: "rupiah" },
  { header: "export.impact.gmvBeforeComparison", kind: "rupiah" },
  { header: "export.impact.gmvAfterComparison", kind: "rupiah" },
  { header: "export.impact.gmvDifference", kind: "rupiah" },
  { header: "export.impact.activeBeforeAttendees", kind: "count" },
  { header: "export.impact.activeAfterAttendees", kind: "count" },
  { header: "export.impact.activeBeforeComparison", kind: "count" },
  { header: "export.impact.activeAfterComparison", kind: "count" },
  { header: "export.impact.activeDifference", kind: "count" },
  { header: "export.impact.cashbookBeforeAttendees", kind: "count" },
  { header: "export.impact.cashbookAfterAttendees", kind: "count" },
  { header: "export.impact.cashbookBeforeComparison", kind: "count" },
  { header: "export.impact.cashbookAfterComparison", kind: "count" },
  { header: "export.impact.cashbookDifference", kind: "count" },
  { header: "export.impact.waiting", kind: "count" },
  { header: "export.impact.small", kind: "text" },
];

export function impactRowValues(row: ProgrammeImpactRow): ExportCell[] {
  const { impact: i } = row;
  const a = i.attendees;
  const c = i.comparison;
  return [
    row.title,
    row.topic,
    i.months,
    a.sellers,
    c.sellers,
    a.gmvBefore,
    a.gmvAfter,
    c.gmvBefore,
    c.gmvAfter,
    i.difference.gmv,
    a.activeMonthsBefore,
    a.activeMonthsAfter,
    c.activeMonthsBefore,
    c.activeMonthsAfter,
    i.difference.activeMonths,
    a.cashbookMonthsBefore,
    a.cashbookMonthsAfter,
    c.cashbookMonthsBefore,
    c.cashbookMonthsAfter,
    i.difference.cashbookMonths,
    i.waiting,
    i.small ? "ya" : "tidak",
  ];
}

/** `?bulan=` of the impact pages: 3 or 6 months, 3 unless asked. */
export function impactWindowParam(value: string | null): ImpactWindow {
  return value === "6" ? 6 : 3;
}
