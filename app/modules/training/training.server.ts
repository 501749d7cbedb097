import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import { z } from "zod";
import { TrainingTopic, type Role } from "~/generated/prisma/enums";
import { auditOnBehalf, recordAudit } from "~/modules/audit/audit.server";
import { assistedDesa, can, type Actor as PermissionActor } from "~/modules/auth/permissions";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { lockRow } from "~/utils/sql.server";
import { desaWithKecamatan } from "~/modules/regions/selects";
import { attendanceWindow } from "./training-window";

export {
  checkIn,
  findSellersByPhone,
  getCheckIn,
  issueCertificate,
  recordAttendance,
  registerWalkIn,
} from "./training-records.server";

type Actor = { id: string; role: Role };

const JAKARTA_OFFSET = "+07:00";

/** `YYYY-MM-DDTHH:mm` as typed in a datetime-local field, read in Asia/Jakarta time. */
const jakartaDateTime = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: message })
    .transform((value, ctx) => {
      const date = new Date(`${value}:00${JAKARTA_OFFSET}`);
      // Read back in Jakarta time: 30 February would otherwise quietly become 2 March.
      const readBack = Number.isNaN(date.getTime())
        ? null
        : new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
      if (readBack !== value) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return date;
    });

export const ProgrammeSchema = z.object({
  title: z
    .string({ error: "Judul wajib diisi" })
    .trim()
    .min(5, { error: "Judul minimal 5 huruf" })
    .max(120),
  topic: z.enum(Object.values(TrainingTopic) as [TrainingTopic, ...TrainingTopic[]], {
    error: "Pilih topik",
  }),
  organiser: z
    .string({ error: "Penyelenggara wajib diisi" })
    .trim()
    .min(2, { error: "Penyelenggara wajib diisi" })
    .max(120),
  description: z
    .string()
    .trim()
    .max(2_000)
    .optional()
    .transform((v) => v ?? ""),
  /** The completion rule: the post-test score a certificate needs; none = presence alone. */
  minPostScore: z.coerce
    .number({ error: "Nilai minimal harus 0–100" })
    .int({ error: "Nilai minimal harus bilangan bulat" })
    .min(0, { error: "Nilai minimal harus 0–100" })
    .max(100, { error: "Nilai minimal harus 0–100" })
    .optional()
    .transform((v) => v ?? null),
});

export const SessionSchema = z.object({
  startsAt: jakartaDateTime("Isi tanggal dan jam mulai"),
  durationHours: z.coerce
    .number({ error: "Lama pelatihan dalam jam" })
    .min(0.5, { error: "Minimal 0,5 jam" })
    .max(72, { error: "Maksimal 72 jam" })
    .default(3),
  desaCode: z
    .string({ error: "Pilih desa" })
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Pilih desa dari daftar" }),
  venue: z.string().trim().max(120).optional(),
  trainer: z
    .string({ error: "Nama pelatih wajib diisi" })
    .trim()
    .min(2, { error: "Nama pelatih wajib diisi" })
    .max(120),
  capacity: z.coerce
    .number({ error: "Kapasitas harus angka" })
    .int({ error: "Kapasitas harus bilangan bulat" })
    .min(1, { error: "Kapasitas minimal 1" })
    .max(1_000, { error: "Kapasitas maksimal 1.000" }),
});

export const AttendanceSchema = z.object({
  attendanceId: z.string().min(1),
  status: z.enum(["REGISTERED", "ATTENDED", "ABSENT"], { error: "Pilih kehadiran" }),
  preScore: z.coerce
    .number({ error: "Nilai 0–100" })
    .int({ error: "Nilai bilangan bulat" })
    .min(0, { error: "Nilai 0–100" })
    .max(100, { error: "Nilai 0–100" })
    .optional(),
  postScore: z.coerce
    .number({ error: "Nilai 0–100" })
    .int({ error: "Nilai bilangan bulat" })
    .min(0, { error: "Nilai 0–100" })
    .max(100, { error: "Nilai 0–100" })
    .optional(),
});

export async function createProgramme(
  db: Db,
  input: { actor: Actor; data: z.infer<typeof ProgrammeSchema> },
) {
  return db.$transaction(async (tx) => {
    const programme = await tx.trainingProgramme.create({
      data: { ...input.data, createdById: input.actor.id },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "training.programme.create",
      entityType: "TrainingProgramme",
      entityId: programme.id,
      data: { title: programme.title, minPostScore: programme.minPostScore },
    });
    return { programmeId: programme.id };
  });
}

export async function createSession(
  db: Db,
  input: { actor: Actor; programmeId: string; data: z.infer<typeof SessionSchema> },
) {
  const desa = await db.region.findFirst({
    where: {
      code: input.data.desaCode,
      level: "DESA_KELURAHAN",
      parent: { parentCode: BANYUWANGI_CODE },
    },
    select: { name: true, kind: true },
  });
  if (!desa) throw new DomainError("INVALID", "Desa tidak dikenal", { field: "desaCode" });
  const programme = await db.trainingProgramme.findUnique({
    where: { id: input.programmeId },
    select: { id: true },
  });
  if (!programme) throw new DomainError("NOT_FOUND", "Program tidak ditemukan");
  const { startsAt, durationHours, venue, ...rest } = input.data;
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.create({
      data: {
        ...rest,
        programmeId: programme.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationHours * 3_600_000),
        venue: venue || `Balai ${desa.kind === "KELURAHAN" ? "Kelurahan" : "Desa"} ${desa.name}`,
      },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "training.session.create",
      entityType: "TrainingSession",
      entityId: session.id,
      data: {
        programmeId: programme.id,
        desaCode: rest.desaCode,
        startsAt: startsAt.toISOString(),
      },
    });
    return { sessionId: session.id };
  });
}

/**
 * Changes a session's schedule, place, trainer or capacity ("ubah jadwal"). Once anyone is marked
 * present or certified the session cannot move later, and no change may leave recorded attendance
 * outside the new attendance window or a certificate dated before the new end.
 */
export async function updateSession(
  db: Db,
  input: { actor: Actor; sessionId: string; data: z.infer<typeof SessionSchema> },
) {
  const desa = await db.region.findFirst({
    where: {
      code: input.data.desaCode,
      level: "DESA_KELURAHAN",
      parent: { parentCode: BANYUWANGI_CODE },
    },
    select: { name: true, kind: true },
  });
  if (!desa) throw new DomainError("INVALID", "Desa tidak dikenal", { field: "desaCode" });
  const { startsAt, durationHours, venue, ...rest } = input.data;
  const next = {
    ...rest,
    startsAt,
    endsAt: new Date(startsAt.getTime() + durationHours * 3_600_000),
    venue: venue || `Balai ${desa.kind === "KELURAHAN" ? "Kelurahan" : "Desa"} ${desa.name}`,
  };
  await db.$transaction(async (tx) => {
    // Attendance being recorded right now waits, and then sees the new window.
    await lockRow(tx, "TrainingSession", input.sessionId);
    const session = await tx.trainingSession.findUnique({
      where: { id: input.sessionId },
      select: {
        startsAt: true,
        endsAt: true,
        venue: true,
        trainer: true,
        desaCode: true,
        capacity: true,
        attendances: {
          select: { id: true, status: true, checkedInAt: true, certificateIssuedAt: true },
        },
      },
    });
    if (!session) throw new DomainError("NOT_FOUND", "Sesi pelatihan tidak ditemukan");
    const { attendances, ...before } = session;
    const held = attendances.some((a) => a.status === "ATTENDED" || a.certificateIssuedAt);
    if (held && startsAt > session.startsAt) {
      throw new DomainError(
        "CONFLICT",
        "Sesi yang sudah ada kehadirannya tidak bisa dipindah ke waktu yang lebih lambat",
        { field: "startsAt" },
      );
    }
    const certified = attendances.flatMap((a) =>
      a.certificateIssuedAt ? [a.certificateIssuedAt] : [],
    );
    if (certified.some((at) => at < next.endsAt)) {
      throw new DomainError("CONFLICT", "Sertifikat sudah terbit sebelum waktu selesai yang baru", {
        field: "durationHours",
      });
    }
    // When attendance was written down: the audit trail of the roster, and self check-ins.
    const recorded = await tx.auditLog.findMany({
      where: {
        entityType: "TrainingAttendance",
        entityId: { in: attendances.map((a) => a.id) },
        action: { in: ["training.attendance", "training.walkin", "training.checkin"] },
      },
      select: { createdAt: true },
    });
    const moments = [
      ...recorded.map((r) => r.createdAt),
      ...attendances.flatMap((a) => (a.checkedInAt ? [a.checkedInAt] : [])),
    ];
    const window = attendanceWindow(next);
    if (moments.some((at) => at < window.opensAt || at > window.closesAt)) {
      throw new DomainError(
        "CONFLICT",
        "Jadwal baru harus tetap mencakup waktu kehadiran yang sudah dicatat",
        { field: "startsAt" },
      );
    }
    await tx.trainingSession.update({ where: { id: input.sessionId }, data: next });
    await recordAudit(tx, {
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "training.session.update",
      entityType: "TrainingSession",
      entityId: input.sessionId,
      data: {
        before: {
          ...before,
          startsAt: before.startsAt.toISOString(),
          endsAt: before.endsAt?.toISOString() ?? null,
        },
        after: {
          ...next,
          startsAt: next.startsAt.toISOString(),
          endsAt: next.endsAt.toISOString(),
        },
      },
    });
  });
}

/** A session as its edit form shows it: the start in Jakarta time and the length in hours. */
export async function getSessionForEdit(db: Db, sessionId: string) {
  const session = await db.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      desaCode: true,
      venue: true,
      trainer: true,
      capacity: true,
      programme: { select: { id: true, title: true } },
    },
  });
  if (!session) return null;
  const jakarta = new Date(session.startsAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
  const hours = session.endsAt
    ? (session.endsAt.getTime() - session.startsAt.getTime()) / 3_600_000
    : 3;
  return { ...session, form: { startsAt: jakarta, durationHours: hours } };
}

export async function listProgrammes(db: Db) {
  return db.trainingProgramme.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      topic: true,
      organiser: true,
      _count: { select: { sessions: true } },
    },
  });
}

export async function getProgramme(db: Db, programmeId: string) {
  return db.trainingProgramme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      title: true,
      topic: true,
      organiser: true,
      description: true,
      minPostScore: true,
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          venue: true,
          trainer: true,
          capacity: true,
          desa: desaWithKecamatan,
          _count: { select: { attendances: true } },
        },
      },
    },
  });
}

/** Upcoming sessions for a seller: in their desa first, then their kecamatan, then the rest. */
export async function listUpcomingSessionsFor(db: Db, input: { sellerId: string; now: Date }) {
  const seller = await db.seller.findUnique({
    where: { id: input.sellerId },
    select: { desaCode: true },
  });
  if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
  const kecamatan = seller.desaCode.split(".").slice(0, 3).join(".");
  const sessions = await db.trainingSession.findMany({
    where: { startsAt: { gte: input.now } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: {
      id: true,
      startsAt: true,
      venue: true,
      trainer: true,
      capacity: true,
      desaCode: true,
      desa: desaWithKecamatan,
      programme: { select: { title: true, topic: true, organiser: true } },
      attendances: { select: { sellerId: true } },
    },
  });
  const rank = (code: string) =>
    code === seller.desaCode ? 0 : code.startsWith(`${kecamatan}.`) ? 1 : 2;
  return sessions
    .map(({ attendances, ...s }) => ({
      ...s,
      nearness: rank(s.desaCode),
      registered: attendances.some((a) => a.sellerId === input.sellerId),
      seatsLeft: Math.max(0, s.capacity - attendances.length),
    }))
    .sort((a, b) => a.nearness - b.nearness || a.startsAt.getTime() - b.startsAt.getTime());
}

/** Registers a seller for a session with free seats; operators and staff can do it for them. */
export async function registerForSession(
  db: Db,
  input: { sessionId: string; sellerId: string; actor: Actor; now?: Date },
) {
  return db.$transaction(async (tx) => {
    // Registrations for one session queue here, so the last seat goes to one seller only.
    await lockRow(tx, "TrainingSession", input.sessionId);
    const session = await tx.trainingSession.findUnique({
      where: { id: input.sessionId },
      select: { startsAt: true, capacity: true, _count: { select: { attendances: true } } },
    });
    if (!session) throw new DomainError("NOT_FOUND", "Sesi pelatihan tidak ditemukan");
    const seller = await tx.seller.findUnique({
      where: { id: input.sellerId },
      select: { id: true },
    });
    if (!seller) throw new DomainError("NOT_FOUND", "UMKM tidak ditemukan");
    // Registering is for before the session; who comes on the day is recorded as a walk-in.
    if (session.startsAt <= (input.now ?? new Date())) {
      throw new DomainError(
        "CONFLICT",
        "Pendaftaran ditutup saat sesi dimulai; peserta yang datang langsung dicatat petugas",
      );
    }
    const existing = await tx.trainingAttendance.findUnique({
      where: { sessionId_sellerId: { sessionId: input.sessionId, sellerId: input.sellerId } },
      select: { id: true },
    });
    if (existing) throw new DomainError("CONFLICT", "UMKM ini sudah terdaftar di sesi ini");
    if (session._count.attendances >= session.capacity)
      throw new DomainError("CONFLICT", "Kuota sesi sudah penuh");
    const attendance = await tx.trainingAttendance.create({
      data: { sessionId: input.sessionId, sellerId: input.sellerId, recordedById: input.actor.id },
    });
    await auditOnBehalf(tx, input.actor, {
      action: "training.register",
      entityType: "TrainingAttendance",
      entityId: attendance.id,
      sellerId: input.sellerId,
    });
    return { attendanceId: attendance.id };
  });
}

export async function getRoster(db: Db, sessionId: string) {
  return db.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      trainer: true,
      capacity: true,
      desaCode: true,
      desa: desaWithKecamatan,
      programme: {
        select: { id: true, title: true, topic: true, organiser: true, minPostScore: true },
      },
      attendances: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          preScore: true,
          postScore: true,
          walkIn: true,
          checkedInAt: true,
          certificateNumber: true,
          seller: {
            select: {
              id: true,
              businessName: true,
              ownerName: true,
              desaCode: true,
              ownerId: true,
            },
          },
        },
      },
    },
  });
}

/** Public details of a certificate, for its printable and verification page. */
export async function getCertificate(db: Db, number: string) {
  const normalized = number.trim().toUpperCase();
  return db.trainingAttendance.findUnique({
    where: { certificateNumber: normalized },
    select: {
      certificateNumber: true,
      certificateIssuedAt: true,
      preScore: true,
      postScore: true,
      seller: { select: { businessName: true, ownerName: true, desa: { select: { name: true } } } },
      session: {
        select: {
          startsAt: true,
          venue: true,
          trainer: true,
          programme: { select: { title: true, topic: true, organiser: true } },
        },
      },
    },
  });
}

export async function trainingHistory(db: Db, sellerId: string) {
  return db.trainingAttendance.findMany({
    where: { sellerId },
    orderBy: { session: { startsAt: "desc" } },
    select: {
      id: true,
      status: true,
      preScore: true,
      postScore: true,
      certificateNumber: true,
      session: {
        select: {
          id: true,
          startsAt: true,
          venue: true,
          programme: { select: { title: true, topic: true } },
        },
      },
    },
  });
}

/** Sessions from a week ago onwards, soonest first, for an operator's desk. */
export async function listRecentSessions(db: Db, input: { now: Date }) {
  return db.trainingSession.findMany({
    where: { startsAt: { gte: new Date(input.now.getTime() - 7 * 86_400_000) } },
    orderBy: { startsAt: "asc" },
    take: 20,
    select: { id: true, startsAt: true, venue: true, programme: { select: { title: true } } },
  });
}

/**
 * Verified sellers the actor may still register for the session: those of the session's desa and
 * of the desa the actor assists, that the actor may handle and that are not registered yet.
 */
export async function listRosterCandidates(
  db: Db,
  input: { sessionId: string; actor: PermissionActor },
) {
  const session = await db.trainingSession.findUnique({
    where: { id: input.sessionId },
    select: { desaCode: true, attendances: { select: { sellerId: true } } },
  });
  if (!session) return [];
  const registered = new Set(session.attendances.map((a) => a.sellerId));
  const sellers = await db.seller.findMany({
    where: {
      verificationStatus: "VERIFIED",
      desaCode: { in: [session.desaCode, ...assistedDesa(input.actor)] },
    },
    orderBy: { businessName: "asc" },
    take: 300,
    select: { id: true, businessName: true, ownerId: true, desaCode: true },
  });
  return sellers.filter((s) => !registered.has(s.id) && can(input.actor, "training.attendance", s));
}

/** The seller behind one attendance of the session (owner and desa, for permission), or null. */
export async function getAttendanceSeller(
  db: Db,
  input: { sessionId: string; attendanceId: string },
) {
  const row = await db.trainingAttendance.findFirst({
    where: { id: input.attendanceId, sessionId: input.sessionId },
    select: { seller: { select: { ownerId: true, desaCode: true } } },
  });
  return row?.seller ?? null;
}
