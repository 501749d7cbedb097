import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { resolveDatabaseTarget } from "./database-url";
import { parseNikKey } from "./nik-key";

// Validation messages we do not word ourselves fall back to zod's Indonesian locale.
z.config(z.locales.id());

/** Express's "trust proxy" setting: nobody, a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const PROXY_PRESETS = new Set(["loopback", "linklocal", "uniquelocal"]);
function isProxyAddress(entry: string): boolean {
  if (PROXY_PRESETS.has(entry)) return true;
  const [address, bits, ...rest] = entry.split("/");
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^[0-9]+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/** Whether `dir` is `parent` or lies under it (both resolved against the working directory). */
function isInside(dir: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(dir));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ error: "PORT must be a number" })
      .int()
      .min(1, "PORT must be between 1 and 65535")
      .max(65535, "PORT must be between 1 and 65535")
      .default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    /**
     * Which proxies may name the client in X-Forwarded-For: off (the default, the connection's
     * own address counts), a hop count, or a comma-separated list of proxy addresses/subnets.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx): TrustProxy => {
        const v = value?.trim().toLowerCase() ?? "";
        if (v === "" || v === "0" || v === "false" || v === "off") return false;
        if (/^[0-9]+$/.test(v)) return Number(v);
        const entries = v.split(",").map((e) => e.trim());
        const bad = entries.filter((e) => !isProxyAddress(e));
        if (bad.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: `TRUST_PROXY must be off, a hop count, or proxy addresses/subnets (not ${bad.join(", ")})`,
          });
          return z.NEVER;
        }
        return entries;
      }),
    DATABASE_URL: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          resolveDatabaseTarget(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    /** Where uploaded and generated images live (local disk storage). */
    IMAGE_DIR: z.string().min(1).default("./data/images"),
    /** `local` (IMAGE_DIR) or `s3` (an S3-compatible bucket, for several instances). */
    IMAGE_STORAGE: z
      .enum(["local", "s3"], { error: "IMAGE_STORAGE must be local or s3" })
      .default("local"),
    S3_BUCKET: z.string().min(3).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z.url({ error: "S3_ENDPOINT must be a URL" }).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((v) => v === "1" || v === "true"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_PREFIX: z.string().optional(),
    /** Private documents (legality scans) on local disk; never served as static files. */
    DOCUMENT_DIR: z.string().min(1).default("./data/documents"),
    /** Key prefix of private documents in the bucket when IMAGE_STORAGE=s3 (keep it non-public). */
    S3_DOCUMENT_PREFIX: z.string().min(1).default("private-documents/"),
    /** Where `npm run db:backup` puts its dated backup folders. */
    BACKUP_DIR: z.string().min(1).default("./backups"),
    /** Folder of the PostgreSQL programs (pg_dump, pg_restore) when they are not on the PATH. */
    PG_BIN: z.string().min(1).optional(),
    /** Connections per instance to PostgreSQL. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * Public origin used in absolute links, e.g. https://pasarkampung.id. Required in production:
     * statements, certificates and share links print it, and a link read off paper cannot follow
     * whatever address a request happened to come in on.
     */
    PUBLIC_URL: z.url({ error: "PUBLIC_URL must be an absolute URL" }).optional(),
    /**
     * Encrypts owners' NIKs at rest (AES-256-GCM): 32 bytes as base64 or hex. Required in
     * production; see app/utils/nik-key.server.ts for the key used elsewhere.
     */
    NIK_ENCRYPTION_KEY: z
      .string()
      .optional()
      .refine((value) => value === undefined || parseNikKey(value) !== null, {
        error:
          "NIK_ENCRYPTION_KEY must be 32 bytes as base64 (44 characters) or hex (64 characters), e.g. from `openssl rand -base64 32`",
      }),
    /** Who runs the platform, printed on statements as their issuer. */
    DISTRICT_NAME: z.string().trim().min(3).default("Pemerintah Kabupaten Banyuwangi"),
    /** Platform default time zone for "today" (featured rotation, reports). */
    APP_TIME_ZONE: z.string().min(1).default("Asia/Jakarta"),
    /** Signs session cookies. When unset, one is generated once and kept in ./data/. */
    SESSION_SECRET: z
      .string()
      .min(32, { error: "SESSION_SECRET must be at least 32 characters" })
      .optional(),
    /** Meilisearch for scale mode; unset = the embedded in-process engine. */
    MEILI_HOST: z
      .url({ error: "MEILI_HOST must be a URL such as http://127.0.0.1:7700" })
      .optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    /** Card payments through Stripe Checkout; both keys or neither. */
    STRIPE_SECRET_KEY: z
      .string()
      .startsWith("sk_", { error: "STRIPE_SECRET_KEY starts with sk_" })
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .startsWith("whsec_", { error: "STRIPE_WEBHOOK_SECRET starts with whsec_" })
      .optional(),
    /**
     * Where Stripe's API answers (default https://api.stripe.com); only tests and local stand-ins
     * point it elsewhere.
     */
    STRIPE_API_BASE: z
      .url({
        protocol: /^https?$/,
        error: "STRIPE_API_BASE must be an http(s) URL such as http://127.0.0.1:12111",
      })
      .optional(),
    /**
     * Indonesian payment methods (QRIS, virtual accounts, e-wallets) through Midtrans' Core API,
     * offered only when the server key is set.
     */
    MIDTRANS_SERVER_KEY: z
      .string()
      .regex(/^(SB-)?Mid-server-[\w-]+$/, {
        error: "MIDTRANS_SERVER_KEY looks like Mid-server-… (SB-Mid-server-… in the sandbox)",
      })
      .optional(),
    /** 1 = Midtrans' production API; otherwise its sandbox. */
    MIDTRANS_PRODUCTION: z
      .enum(["0", "1", "true", "false"], { error: "MIDTRANS_PRODUCTION must be 0 or 1" })
      .default("0")
      .transform((v) => v === "1" || v === "true"),
    /** Where Midtrans' Core API answers; only tests and local stand-ins point it elsewhere. */
    MIDTRANS_API_BASE: z
      .url({
        protocol: /^https?$/,
        error: "MIDTRANS_API_BASE must be an http(s) URL such as http://127.0.0.1:12112",
      })
      .optional(),
    /**
     * Courier rates, pickup orders and tracking through Biteship, used only when the key is set;
     * the embedded tariff table answers when it is not, or when Biteship fails.
     */
    BITESHIP_API_KEY: z
      .string()
      .regex(/^biteship_(live|test)\.[\w.-]+$/, {
        error: "BITESHIP_API_KEY looks like biteship_live.… (biteship_test.… for testing)",
      })
      .optional(),
    /** Where Biteship's API answers; only tests and local stand-ins point it elsewhere. */
    BITESHIP_API_BASE: z
      .url({
        protocol: /^https?$/,
        error: "BITESHIP_API_BASE must be an http(s) URL such as http://127.0.0.1:12113",
      })
      .default("https://api.biteship.com"),
    /** Courier codes asked for rates, comma-separated, as Biteship's Courier API names them. */
    BITESHIP_COURIERS: z
      .string()
      .default("jne,jnt,sicepat,anteraja,pos,idexpress")
      .transform((value, ctx) => {
        const codes = value
          .split(",")
          .map((c) => c.trim().toLowerCase())
          .filter((c) => c !== "");
        if (codes.length === 0 || codes.some((c) => !/^[a-z0-9]+$/.test(c))) {
          ctx.addIssue({
            code: "custom",
            message:
              "BITESHIP_COURIERS is a comma-separated list of courier codes such as jne,sicepat",
          });
          return z.NEVER;
        }
        return [...new Set(codes)];
      }),
    /**
     * The value Biteship sends in the x-pasar-kampung-biteship-secret header of every webhook
     * (set both in its dashboard's webhook form); webhooks without it are refused.
     */
    BITESHIP_WEBHOOK_SECRET: z
      .string()
      .min(16, "BITESHIP_WEBHOOK_SECRET must be at least 16 characters")
      .optional(),
    /** Milliseconds before a Biteship request counts as lost and the tariff table answers. */
    BITESHIP_TIMEOUT_MS: z.coerce
      .number({ error: "BITESHIP_TIMEOUT_MS must be a number" })
      .int("BITESHIP_TIMEOUT_MS must be a whole number")
      .min(100, "BITESHIP_TIMEOUT_MS must be between 100 and 60000")
      .max(60_000, "BITESHIP_TIMEOUT_MS must be between 100 and 60000")
      .default(8_000),
    /** Platform fee in percent of each completed order's goods subtotal (0 = none). */
    PLATFORM_FEE_PERCENT: z.coerce
      .number({ error: "PLATFORM_FEE_PERCENT must be a number" })
      .min(0, "PLATFORM_FEE_PERCENT must be between 0 and 50")
      .max(50, "PLATFORM_FEE_PERCENT must be between 0 and 50")
      .default(0),
    /** Hours an unpaid transfer, QRIS or card order keeps its stock before it expires. */
    ORDER_PAYMENT_HOURS: z.coerce
      .number({ error: "ORDER_PAYMENT_HOURS must be a number" })
      .positive("ORDER_PAYMENT_HOURS must be positive")
      .max(24 * 14, "ORDER_PAYMENT_HOURS must be at most 336")
      .default(24),
    /** Hours a COD or paid order may wait to be packed before it is cancelled automatically. */
    ORDER_PACK_HOURS: z.coerce
      .number({ error: "ORDER_PACK_HOURS must be a number" })
      .positive("ORDER_PACK_HOURS must be positive")
      .max(24 * 30, "ORDER_PACK_HOURS must be at most 720")
      .default(48),
    /** Days after shipping when an order the buyer did not confirm counts as received. */
    ORDER_AUTO_RECEIVE_DAYS: z.coerce
      .number({ error: "ORDER_AUTO_RECEIVE_DAYS must be a number" })
      .positive("ORDER_AUTO_RECEIVE_DAYS must be positive")
      .max(60, "ORDER_AUTO_RECEIVE_DAYS must be at most 60")
      .default(7),
    /** Days after the courier reports delivery when an unconfirmed order counts as received. */
    ORDER_RECEIVE_AFTER_DELIVERY_DAYS: z.coerce
      .number({ error: "ORDER_RECEIVE_AFTER_DELIVERY_DAYS must be a number" })
      .positive("ORDER_RECEIVE_AFTER_DELIVERY_DAYS must be positive")
      .max(30, "ORDER_RECEIVE_AFTER_DELIVERY_DAYS must be at most 30")
      .default(2),
    /** A variant's stock at or below this after a sale sends a "low stock" notification. */
    LOW_STOCK_THRESHOLD: z.coerce
      .number({ error: "LOW_STOCK_THRESHOLD must be a number" })
      .int("LOW_STOCK_THRESHOLD must be a whole number")
      .min(0, "LOW_STOCK_THRESHOLD must be 0 or more")
      .max(1000, "LOW_STOCK_THRESHOLD must be at most 1000")
      .default(3),
    /** WhatsApp Business Cloud API: base URL (Graph API with version), sender and token. */
    WHATSAPP_API_URL: z
      .url({ error: "WHATSAPP_API_URL must be a URL such as https://graph.facebook.com/v21.0" })
      .default("https://graph.facebook.com/v21.0"),
    WHATSAPP_PHONE_NUMBER_ID: z
      .string()
      .regex(/^\d{5,20}$/, { error: "WHATSAPP_PHONE_NUMBER_ID is the numeric phone number id" })
      .optional(),
    WHATSAPP_ACCESS_TOKEN: z.string().min(10, "WHATSAPP_ACCESS_TOKEN looks too short").optional(),
    /** Messages per second sent to WhatsApp (queued beyond that, never dropped). */
    WHATSAPP_MESSAGES_PER_SECOND: z.coerce
      .number({ error: "WHATSAPP_MESSAGES_PER_SECOND must be a number" })
      .positive("WHATSAPP_MESSAGES_PER_SECOND must be positive")
      .max(1000, "WHATSAPP_MESSAGES_PER_SECOND must be at most 1000")
      .default(20),
    /** Email through SMTP, e.g. smtps://user:pass@smtp.example.com:465 */
    SMTP_URL: z
      .url({ error: "SMTP_URL must be a URL such as smtp://user:pass@host:587" })
      .refine((v) => /^smtps?:\/\//.test(v), {
        error: "SMTP_URL must start with smtp:// or smtps://",
      })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Pasar Kampung <no-reply@pasarkampung.local>"),
    SERVER_TIMING: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((v) => v === "1" || v === "true"),
    PAGE_CACHE: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((v) => v !== "0" && v !== "false"),
    RUN_JOBS: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((v) => v !== "0" && v !== "false"),
    LOG_REQUESTS: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .transform((v) => v === "1" || v === "true"),
  })
  .refine((env) => !isInside(env.DOCUMENT_DIR, env.IMAGE_DIR), {
    message: "DOCUMENT_DIR must not be inside IMAGE_DIR: everything there is public",
    path: ["DOCUMENT_DIR"],
  })
  .refine((env) => env.NODE_ENV !== "production" || !!env.PUBLIC_URL, {
    message:
      "PUBLIC_URL is required in production: statements, certificates and share links print it",
    path: ["PUBLIC_URL"],
  })
  .refine((env) => env.NODE_ENV !== "production" || !!env.NIK_ENCRYPTION_KEY, {
    message:
      "NIK_ENCRYPTION_KEY is required in production: owners' NIKs are encrypted with it (32 bytes, e.g. `openssl rand -base64 32`)",
    path: ["NIK_ENCRYPTION_KEY"],
  })
  .refine((env) => env.IMAGE_STORAGE !== "s3" || !!env.S3_BUCKET, {
    message: "IMAGE_STORAGE=s3 needs S3_BUCKET",
    path: ["S3_BUCKET"],
  })
  .refine((env) => !!env.WHATSAPP_PHONE_NUMBER_ID === !!env.WHATSAPP_ACCESS_TOKEN, {
    message: "Set both WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN, or neither",
    path: ["WHATSAPP_ACCESS_TOKEN"],
  })
  .refine((env) => !!env.STRIPE_SECRET_KEY === !!env.STRIPE_WEBHOOK_SECRET, {
    message: "Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or neither",
    path: ["STRIPE_WEBHOOK_SECRET"],
  });

export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment, returning readable lines for every missing or invalid value. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; errors: string[] } {
  const result = EnvSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.join(".") || "env"}: ${issue.message}`,
    ),
  };
}

let cached: Env | undefined;

/** The validated environment; exits the process with a readable list of problems when invalid. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    console.error("Invalid environment configuration:\n  - " + parsed.errors.join("\n  - "));
    throw new Error("Invalid environment configuration");
  }
  cached = parsed.env;
  return cached;
}
