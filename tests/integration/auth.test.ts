import { describe, expect, it } from "vitest";
import {
  changePassword,
  getSessionUser,
  login,
  LOGIN_FAILED,
  logout,
  logoutEverywhere,
  signUp,
  SignUpSchema,
} from "~/modules/auth/auth.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";

const ip = (n = 1) => `10.0.0.${n}`;

describe("accounts and sessions", () => {
  it("signs up with a local number, stored as E.164, with the buyer role", async () => {
    const input = SignUpSchema.parse({
      name: "Siti",
      phone: "0812-1111-0001",
      password: "rahasia123",
      email: "",
    });
    const { userId } = await signUp(db, input);
    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      include: { roles: true },
    });
    expect(user.phone).toBe("+6281211110001");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.roles.map((r) => r.role)).toEqual(["BUYER"]);
    expect((await domainErrorOf(signUp(db, input))).code).toBe("CONFLICT");
  });

  it("lets the owner claim an account an operator registered without a password", async () => {
    await db.user.create({ data: { phone: "+6281211110002", name: "Dibuat operator" } });
    const { userId } = await signUp(
      db,
      SignUpSchema.parse({ name: "Pak Darmo", phone: "6281211110002", password: "rahasia123" }),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Pak Darmo");
  });

  it("logs in, and answers unknown numbers and wrong passwords identically", async () => {
    await signUp(
      db,
      SignUpSchema.parse({ name: "Budi", phone: "081211110003", password: "rahasia123" }),
    );
    const { sessionId } = await login(db, {
      phone: "+6281211110003",
      password: "rahasia123",
      ip: ip(3),
    });
    expect((await getSessionUser(db, sessionId))?.name).toBe("Budi");

    const wrong = await domainErrorOf(
      login(db, { phone: "+6281211110003", password: "salah-salah", ip: ip(3) }),
    );
    const unknown = await domainErrorOf(
      login(db, { phone: "+6281299999999", password: "salah-salah", ip: ip(3) }),
    );
    expect(wrong.message).toBe(LOGIN_FAILED);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.code).toBe(wrong.code);
  });

  it("logs out one session, all others, and signs others out on a password change", async () => {
    await signUp(
      db,
      SignUpSchema.parse({ name: "Rina", phone: "081211110006", password: "rahasia123" }),
    );
    const phone = "+6281211110006";
    const a = await login(db, { phone, password: "rahasia123", ip: ip(6) });
    const b = await login(db, { phone, password: "rahasia123", ip: ip(6) });
    const c = await login(db, { phone, password: "rahasia123", ip: ip(6) });
    await logout(db, a.sessionId);
    expect(await getSessionUser(db, a.sessionId)).toBeNull();
    expect(await logoutEverywhere(db, { userId: b.userId, exceptSessionId: b.sessionId })).toBe(1);
    expect(await getSessionUser(db, c.sessionId)).toBeNull();
    expect(await getSessionUser(db, b.sessionId)).not.toBeNull();

    const d = await login(db, { phone, password: "rahasia123", ip: ip(6) });
    const wrong = await domainErrorOf(
      changePassword(db, {
        userId: b.userId,
        sessionId: b.sessionId,
        currentPassword: "bukan",
        newPassword: "baru12345",
      }),
    );
    expect(wrong.message).toBe("Kata sandi lama salah");
    await changePassword(db, {
      userId: b.userId,
      sessionId: b.sessionId,
      currentPassword: "rahasia123",
      newPassword: "baru12345",
    });
    expect(await getSessionUser(db, d.sessionId)).toBeNull();
    expect(await getSessionUser(db, b.sessionId)).not.toBeNull();
    await expect(login(db, { phone, password: "baru12345", ip: ip(7) })).resolves.toHaveProperty(
      "sessionId",
    );
  });

  it("rejects malformed input with Indonesian messages", () => {
    const result = SignUpSchema.safeParse({
      name: "A",
      phone: "12345",
      password: "pendek",
      email: "bukan-email",
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Nama minimal 2 huruf",
        "Nomor HP tidak valid, contoh: 0812-3456-7890",
        "Kata sandi minimal 8 karakter",
        "Alamat email tidak valid",
      ]),
    );
  });
});

describe("the session user (one joined read)", () => {
  async function sessionFor(input: { expiresInMs?: number; disabled?: boolean } = {}) {
    const user = await db.user.create({
      data: {
        phone: `+62812${Math.floor(Math.random() * 1e8)}`,
        name: "Bu Operator",
        disabledAt: input.disabled ? new Date() : null,
      },
    });
    await db.userRole.create({
      data: { userId: user.id, role: "BUYER", createdAt: new Date(Date.now() - 2_000) },
    });
    await db.userRole.create({
      data: { userId: user.id, role: "OPERATOR", regionCode: "35.10.15.2004" },
    });
    const session = await db.session.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + (input.expiresInMs ?? 60_000)) },
    });
    return { user, session };
  }

  it("names the user with every role, in the order given", async () => {
    const { user, session } = await sessionFor();
    expect(await getSessionUser(db, session.id)).toEqual({
      id: user.id,
      name: "Bu Operator",
      phone: user.phone,
      roles: [
        { role: "BUYER", regionCode: null },
        { role: "OPERATOR", regionCode: "35.10.15.2004" },
      ],
      sessionId: session.id,
    });
  });

  it("knows no one for an expired session, a disabled account or an unknown id", async () => {
    expect(
      await getSessionUser(db, (await sessionFor({ expiresInMs: -1_000 })).session.id),
    ).toBeNull();
    expect(await getSessionUser(db, (await sessionFor({ disabled: true })).session.id)).toBeNull();
    expect(await getSessionUser(db, "tidak-ada")).toBeNull();
  });
});
