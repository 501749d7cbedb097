/**
 * What happened at a session, recorded honestly: attendance and scores inside the session's
 * window, walk-ins registered on the spot, self check-in through the venue's QR code, and
 * certificates once the session is over, for those who met the programme's completion rule.
 */
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { AttendanceStatus, Role } from "~/generated/prisma/enums";
import { auditOnBehalf, recordAudit } from "~/modules/audit/audit.server";
import { normalizeIndonesianPhone } from "~/modules/auth/phone";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { lockRow } from "~/utils/sql.server";
import {
  assertAttendanceWindow,
  checkInWindow,
  hasEnded,
  meetsCompletionRule,
  windowState,
} from "./training-window";

type Actor = { id: string; role: Role };

const SESSION_TIMES = { startsAt: true, endsAt: true } as const;

/**
 * A session's times, its row locked for the rest of the transaction: whatever is recorded
 * against them cannot race a reschedule.
 */
async function lockSessionTimes(tx: Prisma.TransactionClient, sessionId: string) {
  await lockRow(tx, "TrainingSession", sessionId);
  const session = await tx.trainingSession.findUnique({
    where: { id: sessionId },
    select: SESSION_TIMES,
  });
  if (!session) throw new DomainError("NOT_FOUND", "Sesi pelatihan tidak ditemukan");
  return session;
}

/** Marks attendance and test scores; the caller has checked the actor may do so for this seller. */
export async function recordAttendance(
  db: Db,
  input: {
    sessionId: string;
    actor: Actor;
    data: { attendanceId: string; status: AttendanceStatus; preScore?: number; postScore?: number };
    now?: Date;
  },
) {
  const now = input.now ?? new Date();
  const next = {
    status: input.data.status,
    preScore: input.data.preScore ?? null,
    postScore: input.data.postScore ?? null,
  };
  await db.$transaction(async (tx) => {
    // A reschedule of the session waits for this, and this for it: the window read stays true.
    await lockRow(tx, "TrainingSession", input.sessionId);
    const attendance = await tx.trainingAttendance.findFirst({
      where: { id: input.data.attendanceId, sessionId: input.sessionId },
      select: {
        id: true,
        sellerId: true,
        certificateNumber: true,
        status: true,
        preScore: true,
        postScore: true,
        session: { select: SESSION_TIMES },
      },
    });
    if (!attendance) throw new DomainError("NOT_FOUND", "Peserta tidak ditemukan");
    const unchanged =
      attendance.status === next.status &&
      attendance.preScore === next.preScore &&
      attendance.postScore === next.postScore;
    if (attendance.certificateNumber) {
      // The certificate stands on these records: the same values again change nothing.
      if (unchanged) return;
      throw new DomainError(
        "CONFLICT",
        "Sertifikat sudah terbit; kehadiran dan nilai tidak bisa diubah",
      );
    }
    assertAttendanceWindow(attendance.session, now);
    // Only while no certificate is issued: one issued meanwhile keeps the scores it was given for.
    const { count } = await tx.trainingAttendance.updateMany({
      where: { id: attendance.id, certificateNumber: null },
      data: { ...next, recordedById: input.actor.id },
    });
    if (count === 0) {
      throw new DomainError(
        "CONFLICT",
        "Sertifikat sudah terbit; kehadiran dan nilai tidak bisa diubah",
      );
    }
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "training.attendance",
      entityType: "TrainingAttendance",
      entityId: attendance.id,
      sellerId: attendance.sellerId,
      data: next,
    });
  });
}

/**
 * The shops a phone number belongs to: the owner's number (all their shops) or a shop's WhatsApp
 * number, written as people type it. Null when the number is not a valid mobile number.
 */
export async function findSellersByPhone(db: Db, phone: string) {
  const e164 = normalizeIndonesianPhone(phone);
  if (!e164) return null;
  return db.seller.findMany({
    where: { OR: [{ whatsapp: e164 }, { owner: { phone: e164 } }] },
    orderBy: { businessName: "asc" },
    take: 20,
    select: { id: true, businessName: true, ownerName: true, ownerId: true, desaCode: true },
  });
}

/**
 * Registers a seller who came on the day, present: from an hour before the start until the
 * attendance window closes. Walk-ins are not held to the capacity, which limits the seats promised
 * beforehand; someone who was there is recorded as being there.
 */
export async function registerWalkIn(
  db: Db,
  input: { sessionId: string; sellerId: string; actor: Actor; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const session = await lockSessionTimes(tx, input.sessionId);
    assertAttendanceWindow(session, now);
    const existing = await tx.trainingAttendance.findUnique({
      where: { sessionId_sellerId: { sessionId: input.sessionId, sellerId: input.sellerId } },
      select: { id: true },
    });
    if (existing) throw new DomainError("CONFLICT", "UMKM ini sudah terdaftar di sesi ini");
    const attendance = await tx.trainingAttendance.create({
      data: {
        sessionId: input.sessionId,
        sellerId: input.sellerId,
        status: "ATTENDED",
        walkIn: true,
        recordedById: input.actor.id,
      },
    });
    await auditOnBehalf(tx, input.actor, {
      action: "training.walkin",
      entityType: "TrainingAttendance",
      entityId: attendance.id,
      sellerId: input.sellerId,
    });
    return { attendanceId: attendance.id };
  });
}

/** The session a check-in link is for, and the shops of the signed-in person with their status. */
export async function getCheckIn(db: Db, input: { sessionId: string; userId: string }) {
  const session = await db.trainingSession.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      programme: { select: { title: true } },
    },
  });
  if (!session) return null;
  const shops = await db.seller.findMany({
    where: { ownerId: input.userId },
    orderBy: { businessName: "asc" },
    select: {
      id: true,
      businessName: true,
      ownerId: true,
      desaCode: true,
      attendances: {
        where: { sessionId: input.sessionId },
        select: { status: true },
      },
    },
  });
  return {
    session,
    shops: shops.map(({ attendances, ...shop }) => ({
      ...shop,
      present: attendances[0]?.status === "ATTENDED",
    })),
  };
}

/**
 * A participant marks their own shop present through the session's check-in link: registered or
 * not (then as a walk-in), while check-in is open. Marking again changes nothing.
 */
export async function checkIn(
  db: Db,
  input: { sessionId: string; sellerId: string; userId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const session = await lockSessionTimes(tx, input.sessionId);
    const state = windowState(checkInWindow(session), now);
    if (state === "before") throw new DomainError("CONFLICT", "Daftar hadir sesi ini belum dibuka");
    if (state === "after") throw new DomainError("CONFLICT", "Daftar hadir sesi ini sudah ditutup");
    // Only one's own shop: ownership is part of the query.
    const seller = await tx.seller.findFirst({
      where: { id: input.sellerId, ownerId: input.userId },
      select: { id: true },
    });
    if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
    const existing = await tx.trainingAttendance.findUnique({
      where: { sessionId_sellerId: { sessionId: input.sessionId, sellerId: seller.id } },
      select: { id: true, status: true },
    });
    if (existing?.status === "ATTENDED") return { attendanceId: existing.id, already: true };
    const attendance = existing
      ? await tx.trainingAttendance.update({
          where: { id: existing.id },
          data: { status: "ATTENDED", checkedInAt: now, recordedById: input.userId },
          select: { id: true },
        })
      : await tx.trainingAttendance.create({
          data: {
            sessionId: input.sessionId,
            sellerId: seller.id,
            status: "ATTENDED",
            walkIn: true,
            checkedInAt: now,
            recordedById: input.userId,
          },
          select: { id: true },
        });
    await recordAudit(tx, {
      actorId: input.userId,
      actorRole: "SELLER",
      action: "training.checkin",
      entityType: "TrainingAttendance",
      entityId: attendance.id,
      sellerId: seller.id,
      data: { walkIn: !existing },
    });
    return { attendanceId: attendance.id, already: false };
  });
}

const CERT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

function certificateNumber(year: number): string {
  const bytes = crypto.randomBytes(8);
  const code = Array.from(bytes, (b) => CERT_ALPHABET[b % CERT_ALPHABET.length]).join("");
  return `PK-${year}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Issues (once) a certificate with a unique number, dated when it is issued: after the session
 * has ended, to a participant present who met the programme's completion rule.
 */
export async function issueCertificate(
  db: Db,
  input: { sessionId: string; attendanceId: string; actor: Actor; now?: Date },
) {
  const now = input.now ?? new Date();
  const attendance = await db.trainingAttendance.findFirst({
    where: { id: input.attendanceId, sessionId: input.sessionId },
    select: {
      id: true,
      status: true,
      postScore: true,
      certificateNumber: true,
      sellerId: true,
      session: { select: { ...SESSION_TIMES, programme: { select: { minPostScore: true } } } },
    },
  });
  if (!attendance) throw new DomainError("NOT_FOUND", "Peserta tidak ditemukan");
  if (attendance.certificateNumber) return { certificateNumber: attendance.certificateNumber };
  const { session } = attendance;
  if (!hasEnded(session, now)) {
    throw new DomainError("CONFLICT", "Sertifikat baru bisa diterbitkan setelah sesi selesai");
  }
  if (attendance.status !== "ATTENDED") {
    throw new DomainError("CONFLICT", "Sertifikat hanya untuk peserta yang hadir");
  }
  const minPostScore = session.programme.minPostScore;
  if (!meetsCompletionRule(attendance, minPostScore)) {
    throw new DomainError("CONFLICT", "Nilai akhir peserta belum mencapai nilai minimal program");
  }
  // The year of the session in Jakarta: a 1 January morning session is that new year's.
  const year = Number(jakartaDateOf(session.startsAt).slice(0, 4));
  for (let attempt = 0; attempt < 5; attempt++) {
    const number = certificateNumber(year);
    try {
      const issued = await db.$transaction(async (tx) => {
        // Only while none is issued and the records still earn it: two clicks at once issue one
        // number, and a score lowered meanwhile is not certified.
        const { count } = await tx.trainingAttendance.updateMany({
          where: {
            id: attendance.id,
            certificateNumber: null,
            status: "ATTENDED",
            ...(minPostScore === null ? {} : { postScore: { gte: minPostScore } }),
          },
          data: { certificateNumber: number, certificateIssuedAt: now },
        });
        if (count === 0) return false;
        await recordAudit(tx, {
          actorId: input.actor.id,
          actorRole: input.actor.role,
          action: "training.certificate",
          entityType: "TrainingAttendance",
          entityId: attendance.id,
          sellerId: attendance.sellerId,
          data: { certificateNumber: number },
        });
        return true;
      });
      if (issued) return { certificateNumber: number };
      const current = await db.trainingAttendance.findUniqueOrThrow({
        where: { id: attendance.id },
        select: { certificateNumber: true },
      });
      if (current.certificateNumber) return { certificateNumber: current.certificateNumber };
      // The attendance or score changed between reading and issuing: look again.
      return issueCertificate(db, input);
    } catch (error) {
      // A clash of random numbers is astronomically rare; try another.
      if (!(error instanceof Error) || !/Unique constraint/i.test(error.message)) throw error;
    }
  }
  throw new DomainError("CONFLICT", "Nomor sertifikat gagal dibuat, coba lagi");
}
