/** Each person's channel opt-ins (WhatsApp, email), their language for messages, and the test send. */
import { z } from "zod";
import type { NotificationChannel } from "~/generated/prisma/enums";
import { notifyOutbox } from "~/modules/outbox/outbox.server";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { checkboxField } from "~/utils/forms";
import type { Locale } from "~/utils/i18n";
import { channelStatus } from "./channels.server";
import { notify } from "./notify.server";

export const NotificationPreferencesSchema = z
  .object({
    notifyWhatsapp: checkboxField,
    notifyEmail: checkboxField,
    email: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : undefined),
      z
        .email({ error: "Alamat email tidak valid" })
        .max(120, { error: "Alamat email maksimal 120 huruf" })
        .optional(),
    ),
  })
  .refine((v) => !v.notifyEmail || !!v.email, {
    message: "Isi alamat email untuk menerima notifikasi lewat email",
    path: ["email"],
  });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

export async function getNotificationPreferences(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { notifyWhatsapp: true, notifyEmail: true, email: true, phone: true },
  });
  return { ...user, channels: channelStatus() };
}

export async function updateNotificationPreferences(
  db: Db,
  input: { userId: string } & NotificationPreferences,
): Promise<void> {
  if (input.email) {
    const taken = await db.user.findFirst({
      where: { email: input.email, NOT: { id: input.userId } },
      select: { id: true },
    });
    if (taken) throw new DomainError("CONFLICT", "Email ini sudah dipakai akun lain");
  }
  await db.user.update({
    where: { id: input.userId },
    data: {
      notifyWhatsapp: input.notifyWhatsapp,
      notifyEmail: input.notifyEmail,
      ...(input.email ? { email: input.email } : {}),
    },
  });
}

/** Messages follow the language the person last chose on the site. */
export async function setUserLocale(db: Db, input: { userId: string; locale: Locale }) {
  await db.user.updateMany({
    where: { id: input.userId, NOT: { locale: input.locale } },
    data: { locale: input.locale },
  });
}

/** Sends a test message through one channel the person opted into. */
export async function sendTestNotification(
  db: Db,
  input: { userId: string; channel: NotificationChannel; now?: Date },
): Promise<void> {
  const status = channelStatus();
  if ((input.channel === "WHATSAPP" ? status.whatsapp : status.email) !== "on") {
    throw new DomainError("INVALID", "Kanal ini belum diaktifkan");
  }
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { notifyWhatsapp: true, notifyEmail: true },
  });
  const optedIn = input.channel === "WHATSAPP" ? user?.notifyWhatsapp : user?.notifyEmail;
  if (!optedIn) {
    throw new DomainError("INVALID", "Aktifkan kanal ini dan simpan dulu sebelum uji kirim");
  }
  const now = input.now ?? new Date();
  await db.$transaction((tx) =>
    notify(
      tx,
      [
        {
          kind: "test",
          to: { users: [input.userId] },
          params: { channel: input.channel === "WHATSAPP" ? "WhatsApp" : "email" },
          link: "/akun",
          key: `test:${input.channel}:${now.getTime()}`,
        },
      ],
      now,
      { channels: [input.channel] },
    ),
  );
  notifyOutbox();
}
