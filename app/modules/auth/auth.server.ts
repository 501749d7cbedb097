import crypto from "node:crypto";
import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { hashPassword, verifyPassword } from "./password.server";
import { normalizeIndonesianPhone } from "./phone";
import {
  assertLoginAllowed,
  recordLoginFailure,
  recordLoginSuccess,
  recordSignup,
} from "./throttle.server";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const phoneField = z
  .string({ error: "Nomor HP wajib diisi" })
  .trim()
  .min(1, { error: "Nomor HP wajib diisi" })
  .transform((value, ctx) => {
    const phone = normalizeIndonesianPhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "Nomor HP tidak valid, contoh: 0812-3456-7890" });
      return z.NEVER;
    }
    return phone;
  });

const passwordField = z
  .string({ error: "Kata sandi wajib diisi" })
  .min(8, { error: "Kata sandi minimal 8 karakter" })
  .max(128, { error: "Kata sandi maksimal 128 karakter" });

export const SignUpSchema = z.object({
  name: z
    .string({ error: "Nama wajib diisi" })
    .trim()
    .min(2, { error: "Nama minimal 2 huruf" })
    .max(80, { error: "Nama maksimal 80 huruf" }),
  phone: phoneField,
  email: z
    .email({ error: "Alamat email tidak valid" })
    .max(120)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  password: passwordField,
});

export const LoginSchema = z.object({
  phone: phoneField,
  password: z
    .string({ error: "Kata sandi wajib diisi" })
    .min(1, { error: "Kata sandi wajib diisi" }),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Kata sandi lama wajib diisi" })
      .min(1, { error: "Kata sandi lama wajib diisi" }),
    newPassword: passwordField,
    confirmPassword: z.string({ error: "Ulangi kata sandi baru" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "Kata sandi baru tidak sama",
    path: ["confirmPassword"],
  });

export interface SessionUser {
  id: string;
  name: string;
  phone: string;
  roles: { role: Role; regionCode: string | null }[];
  sessionId: string;
}

/**
 * Creates an account. A phone number registered earlier by a desa operator on a seller's behalf
 * (an account without a password) is claimed by setting its password.
 */
export async function signUp(
  db: Db,
  input: z.infer<typeof SignUpSchema> & {
    /** The client's address: sign-ups from one address are limited. */
    ip?: string;
  },
): Promise<{ userId: string }> {
  if (input.ip) await recordSignup(db, input.ip);
  const existing = await db.user.findUnique({
    where: { phone: input.phone },
    select: { id: true, passwordHash: true },
  });
  if (existing?.passwordHash)
    throw new DomainError("CONFLICT", "Nomor HP ini sudah terdaftar. Silakan masuk.");
  if (input.email) {
    const taken = await db.user.findFirst({
      where: { email: input.email, NOT: { phone: input.phone } },
    });
    if (taken) throw new DomainError("CONFLICT", "Email ini sudah dipakai akun lain");
  }
  const passwordHash = await hashPassword(input.password);
  if (existing) {
    await db.user.update({
      where: { id: existing.id },
      data: { name: input.name, email: input.email, passwordHash },
    });
    return { userId: existing.id };
  }
  const user = await db.user.create({
    data: {
      name: input.name,
      phone: input.phone,
      email: input.email,
      passwordHash,
      roles: { create: { role: "BUYER" } },
    },
  });
  return { userId: user.id };
}

// Verifying against a real hash for unknown numbers keeps both failures equally slow.
let dummyHash: Promise<string> | undefined;

export const LOGIN_FAILED = "Nomor HP atau kata sandi salah";

/**
 * Checks a phone and password and opens a session. Unknown numbers and wrong passwords get the
 * same answer. Failures are throttled per account and client (throttle.server.ts); a device
 * that signed in to this account before is recognised by its device id and keeps its own count.
 */
export async function login(
  db: Db,
  input: {
    phone: string;
    password: string;
    ip: string;
    userAgent?: string | null;
    /** From a device cookie: which account it signed in to, and the device's id. */
    device?: { userId: string; deviceId: string } | null;
  },
): Promise<{ sessionId: string; userId: string; deviceId: string }> {
  const user = await db.user.findUnique({
    where: { phone: input.phone },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const trustedDeviceId = user && input.device?.userId === user.id ? input.device.deviceId : null;
  const client = { phone: input.phone, ip: input.ip, trustedDeviceId };
  await assertLoginAllowed(db, client);
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) {
    await recordLoginFailure(db, client);
    throw new DomainError("INVALID", LOGIN_FAILED);
  }
  await recordLoginSuccess(db, client);
  const session = await db.session.create({
    data: {
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
  return {
    sessionId: session.id,
    userId: user.id,
    deviceId: trustedDeviceId ?? crypto.randomBytes(16).toString("base64url"),
  };
}

/**
 * The signed-in user of a session, or null when it is unknown, expired or revoked. Every signed-in
 * request asks, so it is one joined read (a row per role) rather than three relation queries.
 */
export async function getSessionUser(db: Db, sessionId: string): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT s."expiresAt", s."revokedAt", u."id", u."name", u."phone", u."disabledAt",
           r."role", r."regionCode"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "UserRole" r ON r."userId" = u."id"
    WHERE s."id" = ${sessionId}
    ORDER BY r."createdAt", r."id"`;
  const first = rows[0];
  if (!first || first.revokedAt !== null || first.disabledAt !== null) return null;
  if (new Date(first.expiresAt as string | Date).getTime() < Date.now()) return null;
  return {
    id: String(first.id),
    name: String(first.name),
    phone: String(first.phone),
    roles: rows
      .filter((r) => r.role !== null)
      .map((r) => ({
        role: String(r.role) as Role,
        regionCode: r.regionCode === null ? null : String(r.regionCode),
      })),
    sessionId,
  };
}

export async function logout(db: Db, sessionId: string): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** Revokes every session of a user, optionally keeping the one in use. */
export async function logoutEverywhere(
  db: Db,
  input: { userId: string; exceptSessionId?: string },
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: {
      userId: input.userId,
      revokedAt: null,
      ...(input.exceptSessionId ? { NOT: { id: input.exceptSessionId } } : {}),
    },
    data: { revokedAt: new Date() },
  });
  return count;
}

/**
 * Checks a signed-in person's password again before a grave step. Wrong guesses are throttled on
 * the session's own count (decision 013): someone at an unlocked phone cannot try forever, and
 * nobody else is held back.
 */
export async function checkPassword(
  db: Db,
  input: { userId: string; sessionId: string; password: string },
): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { phone: true, passwordHash: true },
  });
  if (!user?.passwordHash) return false;
  const client = { phone: user.phone, ip: "", trustedDeviceId: `session:${input.sessionId}` };
  await assertLoginAllowed(db, client);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordLoginFailure(db, client);
    return false;
  }
  await recordLoginSuccess(db, client);
  return true;
}

/** Changes a password after checking the current one; other sessions are signed out. */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const confirmed = await checkPassword(db, {
    userId: input.userId,
    sessionId: input.sessionId,
    password: input.currentPassword,
  });
  if (!confirmed) {
    throw new DomainError("INVALID", "Kata sandi lama salah", { field: "currentPassword" });
  }
  await db.user.update({
    where: { id: input.userId },
    data: { passwordHash: await hashPassword(input.newPassword) },
  });
  await logoutEverywhere(db, { userId: input.userId, exceptSessionId: input.sessionId });
}

/** How many signed-in sessions of the user are still open. */
export async function countActiveSessions(db: Db, userId: string): Promise<number> {
  return db.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
}
