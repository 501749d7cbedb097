/**
 * Honest training records: attendance is written while a session happens (from an hour before it
 * until a week after it), walk-ins are recorded on the day by phone number, certificates come
 * after the end to those who met the completion rule, a session with attendance does not move
 * later, and participants check themselves in through a signed link that runs out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signedIn } from "./route-fixtures";
import type { Role } from "~/generated/prisma/enums";
import { sessionSecret } from "~/http/session.server";
import { checkInLink } from "~/http/training-checkin.server";
import {
  checkIn,
  createProgramme,
  createSession,
  findSellersByPhone,
  issueCertificate,
  ProgrammeSchema,
  recordAttendance,
  registerForSession,
  registerWalkIn,
  SessionSchema,
  updateSession,
} from "~/modules/training/training.server";
import { signCheckInToken } from "~/modules/training/checkin-token.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Actor = { id: string; role: Role };
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

/** A session of a new programme; `startsAt` as the form sends it (Jakarta time). */
async function session(
  startsAt: string,
  options: { capacity?: number; minPostScore?: number; durationHours?: number } = {},
) {
  const { programmeId } = await createProgramme(db, {
    actor: staff,
    data: ProgrammeSchema.parse({
      title: "Pembukuan Sederhana",
      topic: "BOOKKEEPING",
      organiser: "Bank Indonesia Jember",
      minPostScore: options.minPostScore,
    }),
  });
  const { sessionId } = await createSession(db, {
    actor: staff,
    programmeId,
    data: SessionSchema.parse({
      startsAt,
      durationHours: options.durationHours ?? 3,
      desaCode: KEMIREN,
      trainer: "Bu Ratna",
      capacity: options.capacity ?? 20,
    }),
  });
  return sessionId;
}

let phoneSerial = 10_000_000;
/** A seller with their own account, owner's phone and the shop's WhatsApp number. */
async function seller(name = "Kopi Osing") {
  phoneSerial += 1;
  const owner = await createUser(db, { name: "Mbok Sum", phone: `+62813${phoneSerial}` });
  const shop = await createSeller(db, {
    ownerId: owner.id,
    desaCode: KEMIREN,
    businessName: `${name} ${phoneSerial}`,
    whatsapp: `+62857${phoneSerial}`,
  });
  return { ...shop, owner };
}

const at = (iso: string) => new Date(iso);
/** Now in Jakarta as a datetime-local value, `minutes` from now. */
const jakartaIn = (minutes: number) =>
  new Date(Date.now() + 7 * HOUR + minutes * 60_000).toISOString().slice(0, 16);
const row = (id: string) =>
  db.trainingAttendance.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      walkIn: true,
      checkedInAt: true,
      postScore: true,
      certificateNumber: true,
      certificateIssuedAt: true,
    },
  });

describe("the attendance window", () => {
  // 08:00–11:00 WIB = 01:00–04:00 UTC on 14 March 2026.
  const START = "2026-03-14T08:00";

  it("records a walk-in at 19:40 on the day of an 08:00 session, present, beyond the capacity", async () => {
    const sessionId = await session(START, { capacity: 1 });
    const early = await seller();
    await registerForSession(db, {
      sessionId,
      sellerId: early.id,
      actor: { id: early.owner.id, role: "SELLER" },
      now: at("2026-03-10T00:00:00Z"),
    });
    const evening = at("2026-03-14T12:40:00Z"); // 19:40 WIB
    const walkIn = await seller("Batik Gajah Oling");
    // Found by the owner's phone as people type it, or by the shop's WhatsApp number.
    const byOwner = await findSellersByPhone(
      db,
      `0813-${String(phoneSerial).slice(0, 4)}-${String(phoneSerial).slice(4)}`,
    );
    expect(byOwner?.map((s) => s.id)).toEqual([walkIn.id]);
    const byShop = await findSellersByPhone(db, `+62 857 ${phoneSerial}`);
    expect(byShop?.map((s) => s.id)).toEqual([walkIn.id]);
    expect(await findSellersByPhone(db, "0899-0000-0001")).toEqual([]);
    expect(await findSellersByPhone(db, "12345")).toBeNull();

    const { attendanceId } = await registerWalkIn(db, {
      sessionId,
      sellerId: walkIn.id,
      actor: operator,
      now: evening,
    });
    expect(await row(attendanceId)).toMatchObject({ status: "ATTENDED", walkIn: true });
    expect(await db.trainingAttendance.count({ where: { sessionId } })).toBe(2);
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: "training.walkin", entityId: attendanceId },
        select: { actorId: true, actorRole: true, sellerId: true },
      }),
    ).toEqual({ actorId: operator.id, actorRole: "OPERATOR", sellerId: walkIn.id });
    // Registering in advance is over once the session has started; a second walk-in is named.
    const late = await seller();
    expect(
      await domainErrorOf(
        registerForSession(db, { sessionId, sellerId: late.id, actor: operator, now: evening }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      message:
        "Pendaftaran ditutup saat sesi dimulai; peserta yang datang langsung dicatat petugas",
    });
    expect(
      await domainErrorOf(
        registerWalkIn(db, { sessionId, sellerId: walkIn.id, actor: staff, now: evening }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "UMKM ini sudah terdaftar di sesi ini" });
  });

  it("refuses attendance and walk-ins before the hour ahead of the start", async () => {
    const sessionId = await session(START);
    const participant = await seller();
    const { attendanceId } = await registerForSession(db, {
      sessionId,
      sellerId: participant.id,
      actor: operator,
      now: at("2026-03-01T00:00:00Z"),
    });
    const tooEarly = at("2026-03-13T23:59:00Z"); // 06:59 WIB
    const mark = (now: Date) =>
      recordAttendance(db, {
        sessionId,
        actor: operator,
        data: { attendanceId, status: "ATTENDED", preScore: 40 },
        now,
      });
    const message = "Kehadiran baru bisa dicatat mulai 1 jam sebelum sesi dimulai";
    expect(await domainErrorOf(mark(tooEarly))).toMatchObject({ code: "CONFLICT", message });
    expect(
      await domainErrorOf(
        registerWalkIn(db, {
          sessionId,
          sellerId: (await seller()).id,
          actor: operator,
          now: tooEarly,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message });
    expect(await row(attendanceId)).toMatchObject({ status: "REGISTERED" });
    expect(
      await db.auditLog.count({ where: { action: "training.attendance", entityId: attendanceId } }),
    ).toBe(0);
    // 07:00 WIB, an hour before: people arriving early are marked.
    await mark(at("2026-03-14T00:00:00Z"));
    expect(await row(attendanceId)).toMatchObject({ status: "ATTENDED" });
  });

  it("records the paper list up to seven days after the end, and refuses it on the eighth", async () => {
    const sessionId = await session(START);
    const [first, second] = [await seller(), await seller()];
    const before = at("2026-03-01T00:00:00Z");
    const a = await registerForSession(db, {
      sessionId,
      sellerId: first.id,
      actor: operator,
      now: before,
    });
    const b = await registerForSession(db, {
      sessionId,
      sellerId: second.id,
      actor: operator,
      now: before,
    });
    const end = at("2026-03-14T04:00:00Z");
    await recordAttendance(db, {
      sessionId,
      actor: operator,
      data: { attendanceId: a.attendanceId, status: "ATTENDED", preScore: 40, postScore: 80 },
      now: new Date(end.getTime() + 7 * DAY),
    });
    expect(await row(a.attendanceId)).toMatchObject({ status: "ATTENDED", postScore: 80 });
    const eighthDay = new Date(end.getTime() + 8 * DAY);
    const message = "Kehadiran hanya bisa dicatat sampai 7 hari setelah sesi selesai";
    expect(
      await domainErrorOf(
        recordAttendance(db, {
          sessionId,
          actor: staff,
          data: { attendanceId: b.attendanceId, status: "ATTENDED" },
          now: eighthDay,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message });
    expect(
      await domainErrorOf(
        registerWalkIn(db, {
          sessionId,
          sellerId: (await seller()).id,
          actor: staff,
          now: eighthDay,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message });
    expect(await row(b.attendanceId)).toMatchObject({ status: "REGISTERED" });
  });
});

describe("certificates", () => {
  it("are issued only after the session has ended, dated when issued", async () => {
    const sessionId = await session("2026-04-02T13:00");
    const participant = await seller();
    const { attendanceId } = await registerWalkIn(db, {
      sessionId,
      sellerId: participant.id,
      actor: operator,
      now: at("2026-04-02T06:30:00Z"),
    });
    // 15:59 WIB, a minute before the end.
    const refused = await domainErrorOf(
      issueCertificate(db, {
        sessionId,
        attendanceId,
        actor: operator,
        now: at("2026-04-02T08:59:00Z"),
      }),
    );
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "Sertifikat baru bisa diterbitkan setelah sesi selesai",
    });
    expect(await row(attendanceId)).toMatchObject({ certificateNumber: null });
    const issuedAt = at("2026-04-06T02:00:00Z");
    const { certificateNumber } = await issueCertificate(db, {
      sessionId,
      attendanceId,
      actor: operator,
      now: issuedAt,
    });
    expect(await row(attendanceId)).toMatchObject({
      certificateNumber,
      certificateIssuedAt: issuedAt,
    });
  });

  it("need the programme's minimum post-test score when it sets one", async () => {
    const sessionId = await session("2026-04-09T09:00", { minPostScore: 70 });
    expect(
      (
        await db.trainingSession.findUniqueOrThrow({
          where: { id: sessionId },
          select: { programme: { select: { minPostScore: true } } },
        })
      ).programme.minPostScore,
    ).toBe(70);
    const during = at("2026-04-09T03:00:00Z");
    const after = at("2026-04-09T06:00:00Z");
    const participants = [await seller(), await seller(), await seller()];
    const ids: string[] = [];
    for (const [i, p] of participants.entries()) {
      const { attendanceId } = await registerWalkIn(db, {
        sessionId,
        sellerId: p.id,
        actor: operator,
        now: during,
      });
      const postScore = [69, 70, undefined][i];
      await recordAttendance(db, {
        sessionId,
        actor: operator,
        data: { attendanceId, status: "ATTENDED", preScore: 40, postScore },
        now: during,
      });
      ids.push(attendanceId);
    }
    const [below, enough, unscored] = ids as [string, string, string];
    for (const attendanceId of [below, unscored]) {
      expect(
        await domainErrorOf(
          issueCertificate(db, { sessionId, attendanceId, actor: staff, now: after }),
        ),
      ).toMatchObject({
        code: "CONFLICT",
        message: "Nilai akhir peserta belum mencapai nilai minimal program",
      });
      expect(await row(attendanceId)).toMatchObject({ certificateNumber: null });
    }
    const { certificateNumber } = await issueCertificate(db, {
      sessionId,
      attendanceId: enough,
      actor: staff,
      now: after,
    });
    expect(certificateNumber).toMatch(/^PK-2026-/);
  });
});

describe("moving a session", () => {
  const form = (startsAt: string, extra: Record<string, unknown> = {}) =>
    SessionSchema.parse({
      startsAt,
      desaCode: KEMIREN,
      trainer: "Bu Ratna",
      capacity: 20,
      ...extra,
    });
  const move = (sessionId: string, startsAt: string, extra: Record<string, unknown> = {}) =>
    updateSession(db, { actor: staff, sessionId, data: form(startsAt, extra) });

  it("refuses a later date once someone attended, and allows an earlier one or a new trainer", async () => {
    // Happening now: the audit trail says when the attendance was recorded, in real time.
    const startsAt = jakartaIn(-60);
    const sessionId = await session(startsAt);
    const { attendanceId } = await registerWalkIn(db, {
      sessionId,
      sellerId: (await seller()).id,
      actor: operator,
    });
    expect(await row(attendanceId)).toMatchObject({ status: "ATTENDED" });

    const later = await domainErrorOf(move(sessionId, jakartaIn(24 * 60 - 60)));
    expect(later).toMatchObject({
      code: "CONFLICT",
      message: "Sesi yang sudah ada kehadirannya tidak bisa dipindah ke waktu yang lebih lambat",
      details: { field: "startsAt" },
    });
    // An hour earlier, another trainer and venue: the walk-in still lies in the window.
    await move(sessionId, jakartaIn(-120), { trainer: "Pak Budi", venue: "Pendopo Kemiren" });
    const moved = await db.trainingSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { startsAt: true, endsAt: true, trainer: true, venue: true },
    });
    expect(moved).toMatchObject({ trainer: "Pak Budi", venue: "Pendopo Kemiren" });
    expect(moved.startsAt.toISOString().slice(0, 16)).toBe(
      new Date(`${jakartaIn(-120)}:00+07:00`).toISOString().slice(0, 16),
    );
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: "training.session.update", entityId: sessionId },
        select: { actorId: true, data: true },
      }),
    ).toMatchObject({
      actorId: staff.id,
      data: { before: { trainer: "Bu Ratna" }, after: { trainer: "Pak Budi" } },
    });
    // Two weeks earlier would leave the recorded walk-in after the new window closed.
    expect(await domainErrorOf(move(sessionId, jakartaIn(-14 * 24 * 60)))).toMatchObject({
      code: "CONFLICT",
      message: "Jadwal baru harus tetap mencakup waktu kehadiran yang sudah dicatat",
    });
  });

  it("moves a session with only registrations freely, and keeps certificates after the end", async () => {
    const registered = await session("2026-05-20T09:00");
    await registerForSession(db, {
      sessionId: registered,
      sellerId: (await seller()).id,
      actor: operator,
      now: at("2026-05-01T00:00:00Z"),
    });
    await move(registered, "2026-05-27T09:00");
    expect(
      (await db.trainingSession.findUniqueOrThrow({ where: { id: registered } })).startsAt,
    ).toEqual(at("2026-05-27T02:00:00Z"));

    const certified = await session("2026-05-13T09:00");
    const { attendanceId } = await registerWalkIn(db, {
      sessionId: certified,
      sellerId: (await seller()).id,
      actor: operator,
      now: at("2026-05-13T03:00:00Z"),
    });
    await issueCertificate(db, {
      sessionId: certified,
      attendanceId,
      actor: operator,
      now: at("2026-05-13T06:00:00Z"),
    });
    // Longer than it was: it would end after the certificate was issued.
    expect(
      await domainErrorOf(move(certified, "2026-05-13T09:00", { durationHours: 8 })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "Sertifikat sudah terbit sebelum waktu selesai yang baru",
    });
    expect(
      await domainErrorOf(
        updateSession(db, { actor: staff, sessionId: "tidak-ada", data: form("2026-05-13T09:00") }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("self check-in", () => {
  it("marks one's own shop present while check-in is open, registered or walking in", async () => {
    const sessionId = await session("2026-06-03T09:00"); // 02:00–05:00 UTC
    const [registered, walking] = [await seller(), await seller()];
    const { attendanceId } = await registerForSession(db, {
      sessionId,
      sellerId: registered.id,
      actor: { id: registered.owner.id, role: "SELLER" },
      now: at("2026-06-01T00:00:00Z"),
    });
    const now = at("2026-06-03T02:20:00Z");
    const mine = (who: typeof registered, at: Date = now) =>
      checkIn(db, { sessionId, sellerId: who.id, userId: who.owner.id, now: at });

    expect(await mine(registered)).toEqual({ attendanceId, already: false });
    expect(await row(attendanceId)).toMatchObject({
      status: "ATTENDED",
      walkIn: false,
      checkedInAt: now,
    });
    // Scanning again changes nothing.
    expect(await mine(registered, at("2026-06-03T02:30:00Z"))).toEqual({
      attendanceId,
      already: true,
    });
    expect(await row(attendanceId)).toMatchObject({ checkedInAt: now });
    const walkIn = await mine(walking);
    expect(await row(walkIn.attendanceId)).toMatchObject({
      status: "ATTENDED",
      walkIn: true,
      checkedInAt: now,
    });
    expect(
      await db.auditLog.findMany({
        where: {
          action: "training.checkin",
          entityId: { in: [attendanceId, walkIn.attendanceId] },
        },
        orderBy: { createdAt: "asc" },
        select: { actorId: true, actorRole: true, sellerId: true, data: true },
      }),
    ).toEqual([
      {
        actorId: registered.owner.id,
        actorRole: "SELLER",
        sellerId: registered.id,
        data: { walkIn: false },
      },
      {
        actorId: walking.owner.id,
        actorRole: "SELLER",
        sellerId: walking.id,
        data: { walkIn: true },
      },
    ]);

    // Someone else's shop is not one's own; outside the window nobody checks in.
    const other = await seller();
    expect(
      await domainErrorOf(
        checkIn(db, { sessionId, sellerId: other.id, userId: registered.owner.id, now }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "UMKM tidak ditemukan" });
    expect(await domainErrorOf(mine(other, at("2026-06-03T00:59:00Z")))).toMatchObject({
      code: "CONFLICT",
      message: "Daftar hadir sesi ini belum dibuka",
    });
    expect(await domainErrorOf(mine(other, at("2026-06-03T08:01:00Z")))).toMatchObject({
      code: "CONFLICT",
      message: "Daftar hadir sesi ini sudah ditutup",
    });
    expect(await db.trainingAttendance.count({ where: { sellerId: other.id } })).toBe(0);
  });

  it("opens the link only when genuine and unexpired: tampered 400, expired 410, never 500", async () => {
    const { loader, action } = await import("~/routes/pelatihan.hadir.$token");
    const sessionId = await session(jakartaIn(-30));
    const participant = await seller();
    const { url } = await checkInLink(new Request("http://localhost/"), {
      sessionId,
      expiresAt: new Date(Date.now() + 6 * HOUR),
    });
    const token = url.split("/").pop()!;
    const call = async (
      fn: typeof loader | typeof action,
      value: string,
      init: RequestInit = {},
    ) => {
      const request = new Request(`http://localhost/pelatihan/hadir/${value}`, init);
      try {
        return await fn({ request, params: { token: value }, context: {} } as never);
      } catch (thrown) {
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
    };
    const status = (value: unknown) => (value instanceof Response ? value.status : 200);

    const [id, seconds, signature] = token.split(".") as [string, string, string];
    const tampered = [
      `${id}.${Number(seconds) + DAY / 1000}.${signature}`,
      `${id}x.${seconds}.${signature}`,
      `${id}.${seconds}.${signature.slice(1)}A`,
      "bukan-token",
    ];
    for (const value of tampered) {
      const response = (await call(loader, value)) as Response;
      expect(response.status, value).toBe(400);
      expect(await response.json()).toMatchObject({ message: "Tautan daftar hadir tidak sah" });
    }
    const expired = signCheckInToken(sessionSecret(), {
      sessionId,
      expiresAt: new Date(Date.now() - 60_000),
    });
    const gone = (await call(loader, expired)) as Response;
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ message: "Tautan daftar hadir sudah kedaluwarsa" });
    expect(
      status(await call(action, expired, { method: "POST", body: new URLSearchParams() })),
    ).toBe(410);

    // Genuine: signing in first, and back here afterwards.
    const anonymous = (await call(loader, token)) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe(
      `/masuk?${new URLSearchParams({ redirectTo: `/pelatihan/hadir/${token}` })}`,
    );
    const cookie = await signedIn(participant.owner.id);
    const page = (await call(loader, token, { headers: { Cookie: cookie } })) as {
      shops: { id: string; present: boolean }[];
    };
    expect(page.shops).toEqual([
      { id: participant.id, businessName: participant.businessName, present: false },
    ]);
    const done = await call(action, token, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ sellerId: participant.id }),
    });
    expect(done).toEqual({ error: null, done: "done" });
    const attendance = await db.trainingAttendance.findFirstOrThrow({
      where: { sessionId, sellerId: participant.id },
      select: { status: true, walkIn: true, checkedInAt: true },
    });
    expect(attendance).toMatchObject({ status: "ATTENDED", walkIn: true });
    expect(attendance.checkedInAt).toBeInstanceOf(Date);
  });
});

describe("the walk-in desk", () => {
  it("finds the shop by phone, lets the operator choose among several, and names an unknown number", async () => {
    const { action } = await import("~/routes/pelatihan.sesi.$sessionId");
    const sessionId = await session(jakartaIn(-120));
    const cookie = await signedIn(operator.id);
    const post = async (fields: Record<string, string>) => {
      const request = new Request(`http://localhost/pelatihan/sesi/${sessionId}`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "walk-in", ...fields }),
      });
      const result = await action({ request, params: { sessionId }, context: {} } as never);
      return result instanceof Response || !("init" in (result as object))
        ? { status: 200, body: result }
        : {
            status: (result as { init: { status: number } }).init.status,
            body: (result as { data: unknown }).data,
          };
    };

    expect(await post({ phone: "0812" })).toEqual({
      status: 400,
      body: { error: "Nomor HP tidak valid, contoh: 0812-3456-7890", ok: null },
    });
    expect(await post({ phone: "0899-9999-0001" })).toEqual({
      status: 404,
      body: { error: "Nomor HP ini tidak terhubung ke UMKM mana pun", ok: null },
    });
    // An owner with two shops: the operator picks the one present.
    const first = await seller("Tape Bu Lis");
    const second = await createSeller(db, {
      ownerId: first.owner.id,
      desaCode: KEMIREN,
      businessName: "Tape Bu Lis Cabang",
      whatsapp: "+6285700000999",
    });
    const asked = await post({ phone: first.owner.phone });
    expect(asked.status).toBe(200);
    expect((asked.body as { choices: { id: string }[] }).choices.map((c) => c.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await db.trainingAttendance.count({ where: { sessionId } })).toBe(0);
    expect(await post({ sellerId: second.id })).toEqual({
      status: 200,
      body: { error: null, ok: "walkIn" },
    });
    expect(
      await db.trainingAttendance.findMany({
        where: { sessionId },
        select: { sellerId: true, status: true, walkIn: true },
      }),
    ).toEqual([{ sellerId: second.id, status: "ATTENDED", walkIn: true }]);
  });
});
