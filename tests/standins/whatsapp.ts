/**
 * A local stand-in for the WhatsApp Business Cloud API (Graph API) `messages` endpoint. It checks
 * what Meta's documentation asks of a template message — POST to /{phone-number-id}/messages,
 * a bearer token, JSON with messaging_product "whatsapp", a recipient, and a template with a name,
 * a language code and body parameters of type text — and answers like the API: 200 with
 * `messages[0].id`, or an error object. Tests can make it fail (4xx, 5xx, rate limit, slow).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

const TemplateMessage = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  to: z.string().regex(/^\d{8,15}$/),
  type: z.literal("template"),
  template: z.strictObject({
    name: z.string().regex(/^[a-z0-9_]{1,512}$/),
    language: z.strictObject({
      code: z.string().min(2),
      policy: z.literal("deterministic").optional(),
    }),
    components: z
      .array(
        z.strictObject({
          type: z.enum(["header", "body", "button"]),
          parameters: z.array(
            z.strictObject({
              type: z.literal("text"),
              // Meta refuses new lines, tabs and more than four consecutive spaces.
              text: z
                .string()
                .min(1)
                .max(1024)
                .refine((t) => !/[\n\t]| {5,}/.test(t)),
            }),
          ),
        }),
      )
      .optional(),
  }),
});
export type WhatsappMessage = z.infer<typeof TemplateMessage>;

export type Failure =
  | { status: 400; code?: number; message?: string }
  | { status: 401 | 404 | 429 | 500 | 503; code?: number; message?: string }
  | { hangMs: number };

export interface WhatsappStandIn {
  url: string;
  phoneNumberId: string;
  token: string;
  received: WhatsappMessage[];
  /** Requests refused because their shape was wrong (should stay empty). */
  rejected: { reason: string; body: string }[];
  /** Answers the next requests with these failures, one each, before answering normally. */
  failNext: (...failures: Failure[]) => void;
  /** A delay before every answer (a slow provider). */
  delayMs: number;
  close: () => Promise<void>;
}

export async function startWhatsappStandIn(
  options: { phoneNumberId?: string; token?: string } = {},
): Promise<WhatsappStandIn> {
  const phoneNumberId = options.phoneNumberId ?? "109876543210";
  const token = options.token ?? "EAAG-standin-token";
  const queue: Failure[] = [];
  let counter = 0;
  const state: WhatsappStandIn = {
    url: "",
    phoneNumberId,
    token,
    received: [],
    rejected: [],
    failNext: (...failures) => queue.push(...failures),
    delayMs: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const error = (res: http.ServerResponse, status: number, code: number, message: string) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(
      JSON.stringify({ error: { message, type: "OAuthException", code, fbtrace_id: "Astandin" } }),
    );
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      if (req.method !== "POST" || req.url !== `/v21.0/${phoneNumberId}/messages`) {
        state.rejected.push({ reason: `${req.method} ${req.url}`, body });
        return error(res, 400, 100, "Unsupported post request");
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        state.rejected.push({ reason: "token", body });
        return error(res, 401, 190, "Invalid OAuth access token");
      }
      if (!String(req.headers["content-type"]).startsWith("application/json")) {
        state.rejected.push({ reason: "content-type", body });
        return error(res, 400, 100, "Invalid parameter");
      }
      const failure = queue.shift();
      if (failure && "hangMs" in failure) {
        await new Promise((r) => setTimeout(r, failure.hangMs));
      } else if (failure) {
        return error(
          res,
          failure.status,
          failure.code ?? 131000,
          failure.message ?? "Something went wrong",
        );
      }
      let parsed: WhatsappMessage;
      try {
        parsed = TemplateMessage.parse(JSON.parse(body));
      } catch (e) {
        state.rejected.push({ reason: (e as Error).message, body });
        return error(res, 400, 100, "(#100) Invalid parameter");
      }
      state.received.push(parsed);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          messaging_product: "whatsapp",
          contacts: [{ input: parsed.to, wa_id: parsed.to }],
          messages: [{ id: `wamid.standin${++counter}` }],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`;
  return state;
}
