/**
 * Training against a real database: staff schedule programmes and sessions at a balai desa,
 * sellers register while seats last, the roster records attendance and test scores, and only
 * those present get a certificate whose number verifies.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import {
  AttendanceSchema,
  createProgramme,
  createSession,
  getCertificate,
  getProgramme,
  getRoster,
  issueCertificate,
  listProgrammes,
  listUpcomingSessionsFor,
  ProgrammeSchema,
  recordAttendance,
  registerForSession,
  SessionSchema,
  trainingHistory,
} from "~/modules/training/training.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004"; // Desa Kemiren, Kec. Glagah
const OLEHSARI = "35.10.15.2005"; // Desa Olehsari, Kec. Glagah
const KEPATIHAN = "35.10.16.1008"; // Kelurahan Kepatihan, Kec. Banyuwangi
// Letters and digits that cannot be misread for one another (no I, L, O, 0 or 1).
const CERTIFICATE = /^PK-\d{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

type Actor = { id: string; role: Role };
/** A session form as staff fill it in. */
const FORM = { startsAt: "2026-12-05T09:00", desaCode: KEMIREN, trainer: "Bu Ratna", capacity: 20 };

let staff: Actor;
let operator: Actor;

beforeAll(async () => {
  staff = { id: (await createUser(db, { name: "Bu Dewi" })).id, role: "STAFF" };
  await db.userRole.create({ data: { userId: staff.id, role: "STAFF", regionCode: "35.10" } });
  operator = { id: (await createUser(db, { name: "Pak Agus" })).id, role: "OPERATOR" };
  await db.userRole.create({
    data: { userId: operator.id, role: "OPERATOR", regionCode: KEMIREN },
  });
});

async function programme(title = "Foto Produk dengan HP") {
  const { programmeId } = await createProgramme(db, {
    actor: staff,
    data: ProgrammeSchema.parse({ title, topic: "PRODUCT_PHOTO", organiser: "Dinas Koperasi" }),
  });
  return programmeId;
}

/** A session of a new programme, `startsAt` in Jakarta time as a datetime-local field sends it. */
async function session(
  startsAt: string,
  extra: { desaCode?: string; capacity?: number; programmeId?: string } = {},
) {
  const { sessionId } = await createSession(db, {
    actor: staff,
    programmeId: extra.programmeId ?? (await programme()),
    data: SessionSchema.parse({
      ...FORM,
      startsAt,
      desaCode: extra.desaCode ?? KEMIREN,
      capacity: extra.capacity ?? 20,
    }),
  });
  return sessionId;
}

async function sellerIn(desaCode = KEMIREN, businessName?: string) {
  const owner = await createUser(db, { name: "Mbok Sum" });
  const seller = await createSeller(db, {
    ownerId: owner.id,
    desaCode,
    ...(businessName ? { businessName } : {}),
  });
  return { ...seller, owner: { id: owner.id, role: "SELLER" as const } };
}

const BEFORE = new Date("2026-01-01T00:00:00Z");

const register = (sessionId: string, sellerId: string, actor: Actor, now = BEFORE) =>
  registerForSession(db, { sessionId, sellerId, actor, now });

/** A session in Kemiren with `count` sellers registered by the operator. */
async function roster(startsAt: string, count: number) {
  const sessionId = await session(startsAt);
  const sellers = [];
  const attendanceIds = [];
  for (let i = 0; i < count; i++) {
    const seller = await sellerIn(KEMIREN, `Peserta ${i + 1} ${crypto.randomUUID().slice(0, 6)}`);
    const { attendanceId } = await register(sessionId, seller.id, operator);
    sellers.push(seller);
    attendanceIds.push(attendanceId);
  }
  return { sessionId, sellers, attendanceIds };
}

const HOUR = 3_600_000;

async function timesOf(sessionId: string) {
  const row = await db.trainingSession.findUnique({
    where: { id: sessionId },
    select: { startsAt: true, endsAt: true },
  });
  return row ?? { startsAt: BEFORE, endsAt: BEFORE };
}
/** An hour into the session: attendance is being taken. */
const during = async (sessionId: string) =>
  new Date((await timesOf(sessionId)).startsAt.getTime() + HOUR);
/** An hour after the session ended: certificates may be issued. */
const afterEnd = async (sessionId: string) =>
  new Date((await timesOf(sessionId)).endsAt!.getTime() + HOUR);

const attend = async (
  sessionId: string,
  attendanceId: string,
  status: "REGISTERED" | "ATTENDED" | "ABSENT",
  scores: { preScore?: number; postScore?: number } = {},
  now?: Date,
) =>
  recordAttendance(db, {
    sessionId,
    actor: operator,
    data: { attendanceId, status, ...scores },
    now: now ?? (await during(sessionId)),
  });

const certify = async (
  sessionId: string,
  attendanceId: string,
  actor: Actor = operator,
  now?: Date,
) =>
  issueCertificate(db, {
    sessionId,
    attendanceId,
    actor,
    now: now ?? (await afterEnd(sessionId)),
  });

describe("programmes and sessions", () => {
  it("creates a programme and its sessions at the balai desa, ending after their duration, audited", async () => {
    const { programmeId } = await createProgramme(db, {
      actor: staff,
      data: ProgrammeSchema.parse({
        title: "  Pembukuan Sederhana untuk UMKM  ",
        topic: "BOOKKEEPING",
        organiser: " OJK Jember ",
      }),
    });
    // As the form sends them: text, with the duration and venue left out or blank.
    const add = (form: Record<string, string | number>) =>
      createSession(db, { actor: staff, programmeId, data: SessionSchema.parse(form) });
    const kemiren = await add({
      startsAt: "2026-12-05T09:00",
      desaCode: KEMIREN,
      trainer: "Bu Ratna",
      capacity: "25",
    });
    const kepatihan = await add({
      startsAt: "2026-11-20T13:30",
      durationHours: "1.5",
      desaCode: KEPATIHAN,
      venue: "  ",
      trainer: "Pak Budi",
      capacity: "10",
    });
    const pendopo = await add({
      startsAt: "2026-12-12T08:00",
      durationHours: "8",
      desaCode: OLEHSARI,
      venue: "Pendopo Sabha Swagata",
      trainer: "Pak Budi",
      capacity: "40",
    });

    const stored = await db.trainingSession.findMany({
      where: { programmeId },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, venue: true, capacity: true },
    });
    // Start in UTC, length in hours: 09:00 WIB, three hours unless told otherwise.
    expect(
      stored.map((r) => [
        r.id,
        r.venue,
        r.startsAt.toISOString(),
        (r.endsAt!.getTime() - r.startsAt.getTime()) / 3_600_000,
        r.capacity,
      ]),
    ).toEqual([
      [kepatihan.sessionId, "Balai Kelurahan Kepatihan", "2026-11-20T06:30:00.000Z", 1.5, 10],
      [kemiren.sessionId, "Balai Desa Kemiren", "2026-12-05T02:00:00.000Z", 3, 25],
      [pendopo.sessionId, "Pendopo Sabha Swagata", "2026-12-12T01:00:00.000Z", 8, 40],
    ]);

    const page = await getProgramme(db, programmeId);
    expect(page).toMatchObject({
      title: "Pembukuan Sederhana untuk UMKM",
      topic: "BOOKKEEPING",
      organiser: "OJK Jember",
      description: "",
    });
    expect(
      page!.sessions.map((s) => [s.venue, s.desa.name, s.desa.parent?.name, s._count.attendances]),
    ).toEqual([
      ["Balai Kelurahan Kepatihan", "Kepatihan", "Banyuwangi", 0],
      ["Balai Desa Kemiren", "Kemiren", "Glagah", 0],
      ["Pendopo Sabha Swagata", "Olehsari", "Glagah", 0],
    ]);

    const audits = await db.auditLog.findMany({
      where: { entityId: { in: [programmeId, kemiren.sessionId] }, actorId: staff.id },
      orderBy: { action: "asc" },
      select: { action: true, actorRole: true, entityType: true, data: true },
    });
    expect(audits).toEqual([
      {
        action: "training.programme.create",
        actorRole: "STAFF",
        entityType: "TrainingProgramme",
        data: { title: "Pembukuan Sederhana untuk UMKM", minPostScore: null },
      },
      {
        action: "training.session.create",
        actorRole: "STAFF",
        entityType: "TrainingSession",
        data: { programmeId, desaCode: KEMIREN, startsAt: "2026-12-05T02:00:00.000Z" },
      },
    ]);
  });

  it("lists programmes newest first with how many sessions each has", async () => {
    const older = await programme("Kemasan Produk Kering");
    await session("2026-10-01T09:00", { programmeId: older });
    await session("2026-10-08T09:00", { programmeId: older });
    const newer = await programme("Sertifikasi Halal Gratis");
    const listed = await listProgrammes(db);
    const mine = listed.filter((p) => p.id === older || p.id === newer);
    expect(mine.map((p) => [p.id, p.title, p.topic, p.organiser, p._count.sessions])).toEqual([
      [newer, "Sertifikasi Halal Gratis", "PRODUCT_PHOTO", "Dinas Koperasi", 0],
      [older, "Kemasan Produk Kering", "PRODUCT_PHOTO", "Dinas Koperasi", 2],
    ]);
    expect(listed.indexOf(mine[0]!)).toBeLessThan(listed.indexOf(mine[1]!));
  });

  it("refuses a session in an unknown desa or of a missing programme, and writes nothing", async () => {
    const programmeId = await programme();
    const data = SessionSchema.parse(FORM);
    const sessionsBefore = await db.trainingSession.count();
    const auditsBefore = await db.auditLog.count();

    const unknownDesa = await domainErrorOf(
      createSession(db, {
        actor: staff,
        programmeId,
        data: { ...data, desaCode: "35.10.99.2001" },
      }),
    );
    expect(unknownDesa).toMatchObject({
      code: "INVALID",
      message: "Desa tidak dikenal",
      details: { field: "desaCode" },
    });
    const missing = await domainErrorOf(
      createSession(db, { actor: staff, programmeId: "tidak-ada", data }),
    );
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Program tidak ditemukan" });

    expect(await db.trainingSession.count()).toBe(sessionsBefore);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect(await getProgramme(db, "tidak-ada")).toBeNull();
  });

  it("explains in Indonesian what is wrong with a programme, session or attendance form", () => {
    const messages = (result: { error?: { issues: { message: string }[] } }) =>
      result.error?.issues.map((i) => i.message);
    expect(
      messages(ProgrammeSchema.safeParse({ title: " Foto ", topic: "MEMASAK", organiser: " " })),
    ).toEqual(["Judul minimal 5 huruf", "Pilih topik", "Penyelenggara wajib diisi"]);
    expect(messages(ProgrammeSchema.safeParse({}))).toEqual([
      "Judul wajib diisi",
      "Pilih topik",
      "Penyelenggara wajib diisi",
    ]);

    const session = (input: Record<string, unknown>) =>
      messages(SessionSchema.safeParse({ ...FORM, ...input }));
    expect(session({})).toBeUndefined();
    expect(session({ startsAt: "05-12-2026 09:00" })).toEqual(["Isi tanggal dan jam mulai"]);
    expect(session({ startsAt: "2026-13-05T09:00" })).toEqual(["Isi tanggal dan jam mulai"]);
    expect(session({ startsAt: undefined })).toEqual(["Isi tanggal dan jam mulai"]);
    expect(session({ desaCode: "Kemiren" })).toEqual(["Pilih desa dari daftar"]);
    expect(session({ trainer: " R " })).toEqual(["Nama pelatih wajib diisi"]);
    expect(session({ capacity: "0" })).toEqual(["Kapasitas minimal 1"]);
    expect(session({ capacity: 1_001 })).toEqual(["Kapasitas maksimal 1.000"]);
    expect(session({ capacity: 2.5 })).toEqual(["Kapasitas harus bilangan bulat"]);
    expect(session({ capacity: "dua puluh" })).toEqual(["Kapasitas harus angka"]);
    expect(session({ durationHours: 0.25 })).toEqual(["Minimal 0,5 jam"]);
    expect(session({ durationHours: 73 })).toEqual(["Maksimal 72 jam"]);

    const attendance = (input: Record<string, unknown>) =>
      messages(AttendanceSchema.safeParse({ attendanceId: "a1", status: "ATTENDED", ...input }));
    expect(attendance({ preScore: "40", postScore: "85" })).toBeUndefined();
    expect(attendance({ status: "HADIR" })).toEqual(["Pilih kehadiran"]);
    expect(attendance({ preScore: -1 })).toEqual(["Nilai 0–100"]);
    expect(attendance({ postScore: "101" })).toEqual(["Nilai 0–100"]);
    expect(attendance({ postScore: 72.5 })).toEqual(["Nilai bilangan bulat"]);
    expect(AttendanceSchema.parse({ attendanceId: "a1", status: "ABSENT" })).toEqual({
      attendanceId: "a1",
      status: "ABSENT",
    });
  });
});

describe("registration", () => {
  it("shows a seller upcoming sessions in their desa first, then their kecamatan, with seats left", async () => {
    // Later than every other session in this file, so the list holds only these.
    const now = new Date("2031-03-01T00:00:00Z");
    const seller = await sellerIn(KEMIREN);
    const elsewhere = await session("2031-03-02T09:00", { desaCode: KEPATIHAN, capacity: 3 });
    const kecamatan = await session("2031-03-03T09:00", { desaCode: OLEHSARI, capacity: 1 });
    const laterHere = await session("2031-03-20T09:00", { capacity: 2 });
    const soonHere = await session("2031-03-10T09:00", { capacity: 2 });
    await session("2031-02-27T09:00"); // already over
    await register(laterHere, seller.id, seller.owner, now);
    const neighbour = await sellerIn(OLEHSARI);
    await register(kecamatan, neighbour.id, neighbour.owner, now);

    const upcoming = await listUpcomingSessionsFor(db, { sellerId: seller.id, now });
    expect(
      upcoming.map((s) => ({
        id: s.id,
        nearness: s.nearness,
        registered: s.registered,
        seatsLeft: s.seatsLeft,
        desa: s.desa.name,
      })),
    ).toEqual([
      { id: soonHere, nearness: 0, registered: false, seatsLeft: 2, desa: "Kemiren" },
      { id: laterHere, nearness: 0, registered: true, seatsLeft: 1, desa: "Kemiren" },
      { id: kecamatan, nearness: 1, registered: false, seatsLeft: 0, desa: "Olehsari" },
      { id: elsewhere, nearness: 2, registered: false, seatsLeft: 3, desa: "Kepatihan" },
    ]);
    expect(upcoming[0]).toMatchObject({
      venue: "Balai Desa Kemiren",
      trainer: "Bu Ratna",
      programme: { title: "Foto Produk dengan HP", organiser: "Dinas Koperasi" },
    });

    await expect(listUpcomingSessionsFor(db, { sellerId: "tidak-ada", now })).rejects.toMatchObject(
      { code: "NOT_FOUND", message: "UMKM tidak ditemukan" },
    );
  });

  it("registers a seller once, while seats last and before it starts; only others' registrations are audited", async () => {
    const sessionId = await session("2026-12-05T09:00", { capacity: 2 });
    const [self, helped, late] = [await sellerIn(), await sellerIn(), await sellerIn()];

    const own = await register(sessionId, self.id, self.owner);
    const byOperator = await register(sessionId, helped.id, operator);
    const rows = await db.trainingAttendance.findMany({
      where: { sessionId },
      orderBy: { createdAt: "asc" },
      select: { id: true, sellerId: true, status: true, recordedById: true },
    });
    expect(rows).toEqual([
      {
        id: own.attendanceId,
        sellerId: self.id,
        status: "REGISTERED",
        recordedById: self.owner.id,
      },
      {
        id: byOperator.attendanceId,
        sellerId: helped.id,
        status: "REGISTERED",
        recordedById: operator.id,
      },
    ]);
    const audits = await db.auditLog.findMany({
      where: { entityId: { in: [own.attendanceId, byOperator.attendanceId] } },
      select: { action: true, actorId: true, actorRole: true, entityId: true, sellerId: true },
    });
    expect(audits).toEqual([
      {
        action: "training.register",
        actorId: operator.id,
        actorRole: "OPERATOR",
        entityId: byOperator.attendanceId,
        sellerId: helped.id,
      },
    ]);

    // Registering again is named as such, even when the session is full.
    const again = await domainErrorOf(register(sessionId, self.id, self.owner));
    expect(again).toMatchObject({
      code: "CONFLICT",
      message: "UMKM ini sudah terdaftar di sesi ini",
    });
    const full = await domainErrorOf(register(sessionId, late.id, operator));
    expect(full).toMatchObject({ code: "CONFLICT", message: "Kuota sesi sudah penuh" });

    const over = await session("2026-06-01T09:00", { capacity: 5 });
    const past = await domainErrorOf(
      register(over, late.id, late.owner, new Date("2026-06-01T02:00:01Z")),
    );
    expect(past).toMatchObject({
      code: "CONFLICT",
      message:
        "Pendaftaran ditutup saat sesi dimulai; peserta yang datang langsung dicatat petugas",
    });
    const missing = await domainErrorOf(register("tidak-ada", late.id, late.owner));
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Sesi pelatihan tidak ditemukan" });

    expect(await db.trainingAttendance.count({ where: { sellerId: late.id } })).toBe(0);
    expect(await db.trainingAttendance.count({ where: { sessionId } })).toBe(2);
    const page = await getProgramme(
      db,
      (await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId } })).programmeId,
    );
    expect(page!.sessions.map((s) => s._count.attendances)).toEqual([2]);
  });
});

describe("attendance, scores and certificates", () => {
  it("records attendance and scores on the roster, audited, only for this session's participants", async () => {
    const { sessionId, sellers, attendanceIds } = await roster("2026-09-10T09:00", 3);
    const [present, absent] = attendanceIds as [string, string, string];
    await attend(sessionId, present, "ATTENDED", { preScore: 40, postScore: 85 });
    await attend(sessionId, absent, "ABSENT");

    const sheet = await getRoster(db, sessionId);
    expect(sheet).toMatchObject({
      id: sessionId,
      startsAt: new Date("2026-09-10T02:00:00Z"),
      endsAt: new Date("2026-09-10T05:00:00Z"),
      venue: "Balai Desa Kemiren",
      desa: { name: "Kemiren", parent: { name: "Glagah" } },
      programme: { title: "Foto Produk dengan HP", topic: "PRODUCT_PHOTO" },
    });
    expect(
      sheet!.attendances.map((a) => [a.seller.businessName, a.status, a.preScore, a.postScore]),
    ).toEqual([
      [sellers[0]!.businessName, "ATTENDED", 40, 85],
      [sellers[1]!.businessName, "ABSENT", null, null],
      [sellers[2]!.businessName, "REGISTERED", null, null],
    ]);
    expect(sheet!.attendances[0]!.seller).toMatchObject({
      id: sellers[0]!.id,
      ownerId: sellers[0]!.owner.id,
      desaCode: KEMIREN,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "training.attendance", entityId: present },
    });
    expect(audit).toMatchObject({
      actorId: operator.id,
      actorRole: "OPERATOR",
      sellerId: sellers[0]!.id,
      data: { status: "ATTENDED", preScore: 40, postScore: 85 },
    });

    // Marking again replaces the scores and says who marked it.
    await recordAttendance(db, {
      sessionId,
      actor: staff,
      data: { attendanceId: present, status: "ATTENDED", preScore: 45, postScore: 90 },
      now: await during(sessionId),
    });
    expect(
      await db.trainingAttendance.findUniqueOrThrow({
        where: { id: present },
        select: { preScore: true, postScore: true, recordedById: true },
      }),
    ).toEqual({ preScore: 45, postScore: 90, recordedById: staff.id });

    // A participant of another session is not on this roster.
    const stranger = (await roster("2026-09-11T09:00", 1)).attendanceIds[0]!;
    const error = await domainErrorOf(attend(sessionId, stranger, "ATTENDED"));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "Peserta tidak ditemukan" });
    expect(
      (await db.trainingAttendance.findUniqueOrThrow({ where: { id: stranger } })).status,
    ).toBe("REGISTERED");
    expect(await db.auditLog.count({ where: { entityId: stranger } })).toBe(1); // its registration
    expect(await getRoster(db, "tidak-ada")).toBeNull();
  });

  it("issues a certificate only to those present, once each, with a number that verifies", async () => {
    const { sessionId, sellers, attendanceIds } = await roster("2026-09-15T09:00", 4);
    const [first, second, absent, unmarked] = attendanceIds as [string, string, string, string];
    await attend(sessionId, first, "ATTENDED", { preScore: 40, postScore: 85 });
    await attend(sessionId, second, "ATTENDED");
    await attend(sessionId, absent, "ABSENT");

    const issued = await certify(sessionId, first);
    expect(issued.certificateNumber).toMatch(CERTIFICATE);
    expect(issued.certificateNumber.slice(3, 7)).toBe("2026");
    // Asking again (a second click) gives the same certificate, issued once.
    expect(await certify(sessionId, first, staff)).toEqual(issued);
    expect(
      await db.auditLog.findMany({
        where: { action: "training.certificate", entityId: first },
        select: { actorId: true, sellerId: true, data: true },
      }),
    ).toEqual([
      {
        actorId: operator.id,
        sellerId: sellers[0]!.id,
        data: { certificateNumber: issued.certificateNumber },
      },
    ]);
    const other = await certify(sessionId, second);
    expect(other.certificateNumber).toMatch(CERTIFICATE);
    expect(other.certificateNumber).not.toBe(issued.certificateNumber);

    for (const attendanceId of [absent, unmarked]) {
      const refused = await domainErrorOf(certify(sessionId, attendanceId));
      expect(refused).toMatchObject({
        code: "CONFLICT",
        message: "Sertifikat hanya untuk peserta yang hadir",
      });
    }
    const elsewhere = await roster("2026-09-16T09:00", 1);
    await attend(elsewhere.sessionId, elsewhere.attendanceIds[0]!, "ATTENDED");
    expect(
      await domainErrorOf(certify(sessionId, elsewhere.attendanceIds[0]!, staff)),
    ).toMatchObject({ code: "NOT_FOUND", message: "Peserta tidak ditemukan" });
    expect(
      await db.trainingAttendance.count({
        where: {
          sessionId: { in: [sessionId, elsewhere.sessionId] },
          NOT: { certificateNumber: null },
        },
      }),
    ).toBe(2);

    // The verification page finds it however the number is typed.
    const certificate = await getCertificate(db, `  ${issued.certificateNumber.toLowerCase()} `);
    expect(certificate).toMatchObject({
      certificateNumber: issued.certificateNumber,
      preScore: 40,
      postScore: 85,
      seller: { businessName: sellers[0]!.businessName, desa: { name: "Kemiren" } },
      session: {
        startsAt: new Date("2026-09-15T02:00:00Z"),
        venue: "Balai Desa Kemiren",
        trainer: "Bu Ratna",
        programme: { title: "Foto Produk dengan HP", organiser: "Dinas Koperasi" },
      },
    });
    expect(certificate!.certificateIssuedAt).toBeInstanceOf(Date);
    expect(await getCertificate(db, "PK-2026-AAAA-BBBB")).toBeNull();
  });

  it("keeps attendance and scores fixed once a certificate is issued", async () => {
    const { sessionId, attendanceIds } = await roster("2026-09-20T09:00", 1);
    const attendanceId = attendanceIds[0]!;
    await attend(sessionId, attendanceId, "ATTENDED", { preScore: 50, postScore: 70 });
    const { certificateNumber } = await certify(sessionId, attendanceId);
    const changes = [
      { status: "ABSENT" as const, preScore: 50, postScore: 70 },
      { status: "REGISTERED" as const, preScore: 50, postScore: 70 },
      // A better score after the fact would make the certificate say something else.
      { status: "ATTENDED" as const, preScore: 50, postScore: 75 },
      { status: "ATTENDED" as const, preScore: 40, postScore: 70 },
      { status: "ATTENDED" as const },
    ];
    for (const { status, ...scores } of changes) {
      expect(await domainErrorOf(attend(sessionId, attendanceId, status, scores))).toMatchObject({
        code: "CONFLICT",
        message: "Sertifikat sudah terbit; kehadiran dan nilai tidak bisa diubah",
      });
    }
    // The same values again (a form sent twice) change nothing and are not refused.
    await attend(sessionId, attendanceId, "ATTENDED", { preScore: 50, postScore: 70 });
    expect(
      await db.trainingAttendance.findUniqueOrThrow({
        where: { id: attendanceId },
        select: { status: true, certificateNumber: true, preScore: true, postScore: true },
      }),
    ).toEqual({ status: "ATTENDED", certificateNumber, preScore: 50, postScore: 70 });
    expect((await getCertificate(db, certificateNumber))?.postScore).toBe(70);
    expect(
      await db.auditLog.count({ where: { action: "training.attendance", entityId: attendanceId } }),
    ).toBe(1);
  });

  it("keeps each seller's training history, newest session first", async () => {
    const seller = await sellerIn();
    const someoneElse = await sellerIn();
    const earlier = await session("2026-07-01T09:00");
    const later = await session("2026-08-01T09:00", {
      programmeId: await programme("Literasi Keuangan bersama OJK"),
    });
    const first = await register(earlier, seller.id, seller.owner);
    await register(later, seller.id, operator);
    await register(later, someoneElse.id, operator);
    await attend(earlier, first.attendanceId, "ATTENDED", { preScore: 30, postScore: 80 });
    const { certificateNumber } = await certify(earlier, first.attendanceId);

    const history = await trainingHistory(db, seller.id);
    expect(
      history.map((h) => [
        h.session.id,
        h.session.programme.title,
        h.status,
        h.preScore,
        h.postScore,
        h.certificateNumber,
      ]),
    ).toEqual([
      [later, "Literasi Keuangan bersama OJK", "REGISTERED", null, null, null],
      [earlier, "Foto Produk dengan HP", "ATTENDED", 30, 80, certificateNumber],
    ]);
    expect(await trainingHistory(db, (await sellerIn()).id)).toEqual([]);
  });
});
