/** Channel opt-ins, the test send and the message language, against a real SMTP server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setChannelSettings } from "~/modules/notifications/channels.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import {
  getNotificationPreferences,
  NotificationPreferencesSchema,
  sendTestNotification,
  setUserLocale,
  updateNotificationPreferences,
} from "~/modules/notifications/preferences.server";
import { db } from "~/utils/db.server";
import { createUser } from "../factories";
import { startSmtpStandIn, type SmtpStandIn } from "../standins/smtp";
import { domainErrorOf } from "../domain-error";

let smtp: SmtpStandIn;

beforeAll(async () => {
  smtp = await startSmtpStandIn();
  // Email on, WhatsApp off: the platform as many districts will start.
  setChannelSettings({
    whatsapp: null,
    email: { smtpUrl: smtp.url, from: "Pasar Kampung <no-reply@pasar.test>" },
    publicUrl: "https://pasar.test",
    timeoutMs: 1_000,
  });
});

afterAll(async () => {
  setChannelSettings(null);
  await smtp.close();
});

describe("notification preferences", () => {
  it("reads checkboxes as a form sends them and asks for an address before email", () => {
    expect(NotificationPreferencesSchema.parse({ notifyWhatsapp: "on" })).toEqual({
      notifyWhatsapp: true,
      notifyEmail: false,
      email: undefined,
    });
    const missing = NotificationPreferencesSchema.safeParse({ notifyEmail: "on", email: " " });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({
      path: ["email"],
      message: "Isi alamat email untuk menerima notifikasi lewat email",
    });
    expect(
      NotificationPreferencesSchema.safeParse({ notifyEmail: "on", email: "bukan-email" }).success,
    ).toBe(false);
  });

  it("saves the opt-ins and the address, refusing an address another account uses", async () => {
    const other = await createUser(db, { email: `dipakai-${crypto.randomUUID()}@pasar.test` });
    const user = await createUser(db);
    const taken = await domainErrorOf(
      updateNotificationPreferences(db, {
        userId: user.id,
        notifyWhatsapp: false,
        notifyEmail: true,
        email: other.email!,
      }),
    );
    expect(taken.code).toBe("CONFLICT");
    await updateNotificationPreferences(db, {
      userId: user.id,
      notifyWhatsapp: true,
      notifyEmail: true,
      email: "Mbok.Sum@Pasar.Test".toLowerCase(),
    });
    expect(await getNotificationPreferences(db, user.id)).toMatchObject({
      notifyWhatsapp: true,
      notifyEmail: true,
      email: "mbok.sum@pasar.test",
      channels: { whatsapp: "off", email: "on" },
    });
  });

  it("sends a test email in the person's language, and refuses a channel that is off or not chosen", async () => {
    const user = await createUser(db, {
      email: `uji-${crypto.randomUUID()}@pasar.test`,
      notifyEmail: false,
    });
    expect(
      (await domainErrorOf(sendTestNotification(db, { userId: user.id, channel: "EMAIL" }))).code,
    ).toBe("INVALID");
    expect(
      (await domainErrorOf(sendTestNotification(db, { userId: user.id, channel: "WHATSAPP" })))
        .message,
    ).toBe("Kanal ini belum diaktifkan");

    await db.user.update({ where: { id: user.id }, data: { notifyEmail: true } });
    await setUserLocale(db, { userId: user.id, locale: "en" });
    await sendTestNotification(db, { userId: user.id, channel: "EMAIL" });
    for (let n = 1; n > 0;) n = await processNotificationOutbox(db, { workerId: "t" });
    const mail = smtp.received.find((m) => m.to.includes(user.email!));
    expect(mail?.subject).toBe("Test notification");
    expect(mail?.text).toContain("Notifications through email work.");
    expect(mail?.text).toContain("https://pasar.test/akun");
  });
});
