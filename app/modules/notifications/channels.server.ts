/**
 * The outside channels: WhatsApp (Business Cloud API) and email (SMTP). Each is on when its
 * settings are present; without them the platform notifies in-app only.
 */
import nodemailer from "nodemailer";
import type { NotificationChannel } from "~/generated/prisma/enums";
import { getEnv } from "~/utils/env.server";
import type { Locale } from "~/utils/i18n";
import { renderNotification, whatsappTemplate, type NotificationKind } from "./templates";

export interface ChannelSettings {
  whatsapp: {
    apiUrl: string;
    phoneNumberId: string;
    accessToken: string;
    messagesPerSecond: number;
  } | null;
  email: { smtpUrl: string; from: string } | null;
  /** Origin for absolute links in messages. */
  publicUrl: string;
  timeoutMs: number;
}

let override: ChannelSettings | null = null;

/** Channel settings from the environment (or those set by `setChannelSettings`). */
export function channelSettings(): ChannelSettings {
  if (override) return override;
  const env = getEnv();
  return {
    whatsapp:
      env.WHATSAPP_PHONE_NUMBER_ID && env.WHATSAPP_ACCESS_TOKEN
        ? {
            apiUrl: env.WHATSAPP_API_URL.replace(/\/+$/, ""),
            phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID,
            accessToken: env.WHATSAPP_ACCESS_TOKEN,
            messagesPerSecond: env.WHATSAPP_MESSAGES_PER_SECOND,
          }
        : null,
    email: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    timeoutMs: 10_000,
  };
}

/**
 * Replaces the environment's channel settings in this process (tests and benchmarks point the
 * channels at local stand-ins); null goes back to the environment.
 */
export function setChannelSettings(settings: ChannelSettings | null): void {
  for (const sender of Object.values(senders ?? {})) sender.close?.();
  senders = null;
  override = settings;
}

/** A failed send. Permanent failures (the provider refused the request) are not retried. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

export interface OutgoingMessage {
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string;
  locale: Locale;
  /** E.164 phone for WhatsApp, an email address for email. */
  address: string;
}

export interface Sender {
  send(message: OutgoingMessage): Promise<{ providerRef: string | null }>;
  close?(): void;
}

/** Error codes WhatsApp answers when a sender goes too fast: wait and try again. */
const WHATSAPP_THROTTLED = new Set([4, 80007, 130429, 131048, 131056]);

function createWhatsappSender(
  settings: NonNullable<ChannelSettings["whatsapp"]>,
  timeoutMs: number,
): Sender {
  const url = `${settings.apiUrl}/${settings.phoneNumberId}/messages`;
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${settings.accessToken}`,
            "Content-Type": "application/json",
          },
          body: JSON.stringify({
            messaging_product: "whatsapp",
            recipient_type: "individual",
            to: message.address.replace(/^\+/, ""),
            type: "template",
            template: whatsappTemplate(message.kind, message.params, message.locale),
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new DeliveryError(`WhatsApp unreachable: ${(error as Error).message}`, false);
      }
      const body = (await response.json().catch(() => null)) as {
        messages?: { id?: string }[];
        error?: { message?: string; code?: number };
      } | null;
      if (response.ok) return { providerRef: body?.messages?.[0]?.id ?? null };
      const code = body?.error?.code;
      const reason = `WhatsApp ${response.status}${code ? ` (${code})` : ""}: ${body?.error?.message ?? response.statusText}`;
      const retry =
        response.status === 429 ||
        response.status >= 500 ||
        (code !== undefined && WHATSAPP_THROTTLED.has(code));
      throw new DeliveryError(reason, !retry);
    },
  };
}

function createEmailSender(
  settings: NonNullable<ChannelSettings["email"]>,
  publicUrl: string,
  timeoutMs: number,
): Sender {
  const transport = nodemailer.createTransport(settings.smtpUrl, {
    pool: true,
    maxConnections: 4,
    connectionTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  } as Record<string, unknown>);
  return {
    async send(message) {
      const { title, body } = renderNotification(message.kind, message.params, message.locale);
      const link = `${publicUrl}${message.link}`;
      const open = message.locale === "id" ? "Buka" : "Open";
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: message.address,
          subject: title,
          text: `${body}\n\n${open}: ${link}\n\n— Pasar Kampung`,
          html: `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(link)}">${open}: ${escapeHtml(link)}</a></p><p>— Pasar Kampung</p>`,
        });
        return { providerRef: info.messageId ?? null };
      } catch (error) {
        const responseCode = (error as { responseCode?: number }).responseCode;
        // 5xx SMTP replies are final (unknown mailbox, refused sender); the rest may pass later.
        const permanent = responseCode !== undefined && responseCode >= 500;
        throw new DeliveryError(`Email: ${(error as Error).message}`, permanent);
      }
    },
    close: () => transport.close(),
  };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

let senders: Partial<Record<NotificationChannel, Sender>> | null = null;

/** The senders of the configured channels, made once per process. */
export function channelSenders(): Partial<Record<NotificationChannel, Sender>> {
  if (senders) return senders;
  const settings = channelSettings();
  senders = {};
  if (settings.whatsapp)
    senders.WHATSAPP = createWhatsappSender(settings.whatsapp, settings.timeoutMs);
  if (settings.email) {
    senders.EMAIL = createEmailSender(settings.email, settings.publicUrl, settings.timeoutMs);
  }
  return senders;
}

/** Channel status for /healthz and the account page. */
export function channelStatus(): Record<"whatsapp" | "email", "on" | "off"> {
  const settings = channelSettings();
  return { whatsapp: settings.whatsapp ? "on" : "off", email: settings.email ? "on" : "off" };
}
