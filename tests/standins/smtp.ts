/**
 * A real SMTP server in the test process (the `smtp-server` package): what the app hands to
 * nodemailer arrives here over a socket, as it would at a mail provider.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The text part, quoted-printable decoded. */
  text: string;
}

export interface SmtpStandIn {
  url: string;
  received: ReceivedMail[];
  /** Refuse the next messages with a permanent 550 reply. */
  refuseNext: (count: number) => void;
  close: () => Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  const subject = subjectLine
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_, q: string) =>
      decodeQuotedPrintable(q.replace(/_/g, " ")),
    )
    .replace(/\?= =\?/g, "");
  const textPart =
    /Content-Type: text\/plain[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw)?.[1] ?? raw;
  return { from, to, raw, subject, text: decodeQuotedPrintable(textPart) };
}

export async function startSmtpStandIn(): Promise<SmtpStandIn> {
  const received: ReceivedMail[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refuse > 0) {
          refuse--;
          const err = new Error("Mailbox unavailable") as Error & { responseCode: number };
          err.responseCode = 550;
          return callback(err);
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push(parse(Buffer.concat(chunks).toString("utf8"), from, to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refuse = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
