/**
 * Training records under pressure: the last seat of a session goes to one seller even when
 * several register at once, a double click on "issue certificate" issues one number, the
 * certificate's year is the session's year in Jakarta, and impossible dates are refused.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import {
  createProgramme,
  createSession,
  issueCertificate,
  ProgrammeSchema,
  checkIn,
  recordAttendance,
  registerForSession,
  registerWalkIn,
  SessionSchema,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004";
const BEFORE = new Date("2026-01-01T00:00:00Z");

type Actor = { id: string; role: Role };
let staff: Actor;

beforeAll(async () => {
  staff = { id: (await createUser(db, { name: "Bu Dewi" })).id, role: "STAFF" };
  await db.userRole.create({ data: { userId: staff.id, role: "STAFF", regionCode: "35.10" } });
});

async function session(startsAt: string, capacity: number) {
  const { programmeId } = await createProgramme(db, {
    actor: staff,
    data: ProgrammeSchema.parse({
      title: "Pembukuan Sederhana",
      topic: "BOOKKEEPING",
      organiser: "Dinas Koperasi",
    }),
  });
  const { sessionId } = await createSession(db, {
    actor: staff,
    programmeId,
    data: SessionSchema.parse({ startsAt, desaCode: KEMIREN, trainer: "Bu Ratna", capacity }),
  });
  return sessionId;
}

async function seller(name: string) {
  const owner = await createUser(db, { name });
  return createSeller(db, { ownerId: owner.id, desaCode: KEMIREN, businessName: name });
}

describe("training records under pressure", () => {
  it("gives the last seat to one of four sellers registering at once", async () => {
    const sessionId = await session("2026-12-05T09:00", 1);
    const sellers = await Promise.all(
      ["Warung A", "Warung B", "Warung C", "Warung D"].map((n) => seller(`${n} ${Math.random()}`)),
    );
    const results = await Promise.allSettled(
      sellers.map((s) =>
        registerForSession(db, { sessionId, sellerId: s.id, actor: staff, now: BEFORE }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect((refused as PromiseRejectedResult).reason).toMatchObject({
        code: "CONFLICT",
        message: "Kuota sesi sudah penuh",
      });
    }
    expect(await db.trainingAttendance.count({ where: { sessionId } })).toBe(1);
  });

  it("refuses an unknown seller as not found", async () => {
    const sessionId = await session("2026-12-05T09:00", 5);
    const error = await domainErrorOf(
      registerForSession(db, { sessionId, sellerId: "no-such-seller", actor: staff, now: BEFORE }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("issues one certificate number for three clicks at once, dated in the session's Jakarta year", async () => {
    // 06:00 WIB on 1 January 2027 is still 2026 in UTC.
    const sessionId = await session("2027-01-01T06:00", 5);
    const participant = await seller(`Batik Sekar ${Math.random()}`);
    const { attendanceId } = await registerForSession(db, {
      sessionId,
      sellerId: participant.id,
      actor: staff,
      now: BEFORE,
    });
    await recordAttendance(db, {
      sessionId,
      actor: staff,
      data: { attendanceId, status: "ATTENDED" },
      now: new Date("2026-12-31T23:30:00Z"),
    });
    const afterEnd = new Date("2027-01-01T03:00:00Z");
    const issued = await Promise.all(
      [1, 2, 3].map(() =>
        issueCertificate(db, { sessionId, attendanceId, actor: staff, now: afterEnd }),
      ),
    );
    const numbers = new Set(issued.map((i) => i.certificateNumber));
    expect(numbers.size).toBe(1);
    const [number] = [...numbers];
    expect(number).toMatch(/^PK-2027-/);
    const row = await db.trainingAttendance.findUniqueOrThrow({
      where: { id: attendanceId },
      select: { certificateNumber: true },
    });
    expect(row.certificateNumber).toBe(number);
    expect(
      await db.auditLog.count({
        where: { action: "training.certificate", entityId: attendanceId },
      }),
    ).toBe(1);
  });

  it("records one row when the operator and the participant mark the same walk-in at once", async () => {
    const sessionId = await session("2026-12-05T09:00", 5);
    const owner = await createUser(db, { name: "Pak Darto" });
    const shop = await createSeller(db, {
      ownerId: owner.id,
      desaCode: KEMIREN,
      businessName: `Kopi Osing ${Math.random()}`,
    });
    const now = new Date("2026-12-05T02:30:00Z");
    const results = await Promise.allSettled([
      registerWalkIn(db, { sessionId, sellerId: shop.id, actor: staff, now }),
      checkIn(db, { sessionId, sellerId: shop.id, userId: owner.id, now }),
      registerWalkIn(db, { sessionId, sellerId: shop.id, actor: staff, now }),
    ]);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({
          code: "CONFLICT",
          message: "UMKM ini sudah terdaftar di sesi ini",
        });
      }
    }
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    expect(
      await db.trainingAttendance.findMany({
        where: { sessionId },
        select: { sellerId: true, status: true, walkIn: true },
      }),
    ).toEqual([{ sellerId: shop.id, status: "ATTENDED", walkIn: true }]);
  });

  it("does not certify a score lowered below the minimum while the certificate is being issued", async () => {
    const { programmeId } = await createProgramme(db, {
      actor: staff,
      data: ProgrammeSchema.parse({
        title: "Literasi Keuangan",
        topic: "FINANCIAL_LITERACY",
        organiser: "OJK Jember",
        minPostScore: "70",
      }),
    });
    const { sessionId } = await createSession(db, {
      actor: staff,
      programmeId,
      data: SessionSchema.parse({
        startsAt: "2026-11-20T09:00",
        desaCode: KEMIREN,
        trainer: "Bu Ratna",
        capacity: 5,
      }),
    });
    const participant = await seller(`Tenun Sari ${Math.random()}`);
    const during = new Date("2026-11-20T03:00:00Z");
    const { attendanceId } = await registerWalkIn(db, {
      sessionId,
      sellerId: participant.id,
      actor: staff,
      now: during,
    });
    const score = (postScore: number) =>
      recordAttendance(db, {
        sessionId,
        actor: staff,
        data: { attendanceId, status: "ATTENDED", preScore: 50, postScore },
        now: new Date("2026-11-21T03:00:00Z"),
      });
    await score(80);
    const [issued, lowered] = await Promise.allSettled([
      issueCertificate(db, {
        sessionId,
        attendanceId,
        actor: staff,
        now: new Date("2026-11-21T03:00:00Z"),
      }),
      score(60),
    ]);
    const row = await db.trainingAttendance.findUniqueOrThrow({
      where: { id: attendanceId },
      select: { postScore: true, certificateNumber: true },
    });
    // Either the certificate came first and the score stayed, or the score changed and no
    // certificate was issued: never a certificate with a failing score.
    if (row.certificateNumber) {
      expect(issued.status).toBe("fulfilled");
      expect(lowered.status).toBe("rejected");
      expect(row.postScore).toBe(80);
    } else {
      expect(lowered.status).toBe("fulfilled");
      expect(row.postScore).toBe(60);
    }
  });

  it("refuses a date that does not exist instead of moving it", () => {
    const parsed = SessionSchema.safeParse({
      startsAt: "2026-02-30T09:00",
      desaCode: KEMIREN,
      trainer: "Bu Ratna",
      capacity: 10,
    });
    expect(parsed.success).toBe(false);
    expect(
      SessionSchema.safeParse({
        startsAt: "2026-02-28T09:00",
        desaCode: KEMIREN,
        trainer: "Bu Ratna",
        capacity: 10,
      }).success,
    ).toBe(true);
  });
});
