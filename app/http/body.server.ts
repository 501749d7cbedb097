import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { getLocaleFromCookieHeader } from "~/utils/i18n";
import { BODY_ERROR_STATUS, type BodyErrorKey } from "~/utils/body-errors";

/**
 * Every action reads its body here. A form post is URL-encoded or multipart; anything else is
 * refused with 415, a body or field over its limit with 413, and a body that cannot be parsed
 * with 400 — each rendered by the error boundary with a translated message, never a 500.
 * Bytes are counted while streaming, so an oversized body is cut off, not buffered.
 */

export class BodyRejected extends Error {
  readonly status: number;
  constructor(readonly key: BodyErrorKey) {
    super(`request body rejected: ${key}`);
    this.name = "BodyRejected";
    this.status = BODY_ERROR_STATUS[key];
  }
}

export interface FormLimits {
  /** Whole body, files included. */
  maxBytes?: number;
  /** Each text field. */
  maxFieldBytes?: number;
  maxFields?: number;
  /** The one field that may carry files, and the size of each file. */
  files?: { field: string; maxFileBytes: number; maxFiles: number };
}

// The longest text any form takes is a product description (a few thousand characters).
export const DEFAULT_LIMITS = {
  maxBytes: 256 * 1024,
  maxFieldBytes: 32 * 1024,
  maxFields: 400,
} as const;

/** The form of a POST, or a thrown 400/413/415 response for the error boundary. */
export async function readForm(request: Request, limits: FormLimits = {}): Promise<FormData> {
  try {
    return await parseForm(request, limits);
  } catch (error) {
    throw rejection(error, request);
  }
}

/** Like readForm, for pages that show a rejected upload in place instead of an error page. */
export async function tryReadForm(
  request: Request,
  limits: FormLimits = {},
): Promise<{ ok: true; formData: FormData } | { ok: false; error: BodyRejected }> {
  try {
    return { ok: true, formData: await parseForm(request, limits) };
  } catch (error) {
    if (error instanceof BodyRejected) return { ok: false, error };
    throw error;
  }
}

/** A raw body (signed webhooks), capped while streaming. */
export async function readRawBody(request: Request, maxBytes: number): Promise<string> {
  try {
    return new TextDecoder().decode(await readCapped(request, maxBytes));
  } catch (error) {
    throw rejection(error, request);
  }
}

/**
 * The thrown response for a rejected body: status, translation key and the reader's language
 * (the error boundary renders without the root loader's data), and nothing cached.
 */
export function rejection(error: unknown, request: Request): unknown {
  if (!(error instanceof BodyRejected)) return error;
  // A JSON response: the error boundary reads the key; a resource route's caller gets JSON.
  return Response.json(
    { requestError: error.key, locale: getLocaleFromCookieHeader(request.headers.get("Cookie")) },
    {
      status: error.status,
      // The rest of a refused body may still be on its way: do not reuse the connection.
      headers: { "Cache-Control": "no-store", Connection: "close" },
    },
  );
}

async function parseForm(request: Request, limits: FormLimits): Promise<FormData> {
  const maxBytes = limits.maxBytes ?? defaultMaxBytes(limits);
  const maxFieldBytes = limits.maxFieldBytes ?? DEFAULT_LIMITS.maxFieldBytes;
  const maxFields = limits.maxFields ?? DEFAULT_LIMITS.maxFields;
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();

  if (mediaType === "application/x-www-form-urlencoded") {
    const text = new TextDecoder().decode(await readCapped(request, maxBytes));
    const params = new URLSearchParams(text);
    const formData = new FormData();
    let count = 0;
    for (const [name, value] of params) {
      if (++count > maxFields) throw new BodyRejected("tooManyFields");
      if (Buffer.byteLength(value) > maxFieldBytes) throw new BodyRejected("fieldTooLarge");
      formData.append(name, value);
    }
    return formData;
  }

  if (mediaType === "multipart/form-data") {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    if (!boundary) throw new BodyRejected("malformed");
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > maxBytes) throw new BodyRejected("tooLarge");
    // A body cut off mid-way must not pass as a shorter form: it has to reach its closing
    // delimiter ("--boundary--"), which the parser itself does not insist on.
    const boundaryValue = boundary[1] ?? boundary[2]!;
    const close = Buffer.from(`--${boundaryValue}--`);
    let closed = false;
    // The parser reads the boundary parameter only unquoted.
    const headers = new Headers(request.headers);
    headers.set("content-type", `multipart/form-data; boundary=${boundaryValue}`);
    const counted = new Request(request.url, {
      method: request.method,
      headers,
      body: cappedStream(request.body, maxBytes, close, () => (closed = true)),
      duplex: "half",
    } as RequestInit);
    let fields = 0;
    let files = 0;
    const handler: UploadHandler = async ({ name, filename, contentType: type, data }) => {
      if (++fields > maxFields) throw new BodyRejected("tooManyFields");
      if (typeof filename === "string") {
        const allowed = limits.files;
        if (!allowed || name !== allowed.field) throw new BodyRejected("unexpectedFile");
        // An empty file input still sends a part with an empty name and no bytes.
        const bytes = await collect(data, allowed.maxFileBytes, "fileTooLarge");
        if (bytes.byteLength === 0 && filename === "") return undefined;
        if (++files > allowed.maxFiles) throw new BodyRejected("tooManyFields");
        return new File([new Uint8Array(bytes)], filename, { type });
      }
      return new TextDecoder().decode(await collect(data, maxFieldBytes, "fieldTooLarge"));
    };
    try {
      const formData = await unstable_parseMultipartFormData(counted, handler);
      if (!closed) throw new BodyRejected("malformed");
      return formData;
    } catch (error) {
      if (error instanceof BodyRejected) throw error;
      // The multipart parser wraps a failing stream; a cap we hit shows through here.
      if (isCapError(error)) throw new BodyRejected("tooLarge");
      throw new BodyRejected("malformed");
    }
  }

  throw new BodyRejected("unsupportedType");
}

function defaultMaxBytes(limits: FormLimits): number {
  const files = limits.files;
  return DEFAULT_LIMITS.maxBytes + (files ? files.maxFileBytes * files.maxFiles : 0);
}

async function collect(
  chunks: AsyncIterable<Uint8Array>,
  max: number,
  key: BodyErrorKey,
): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > max) throw new BodyRejected(key);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new BodyRejected("tooLarge");
  if (!request.body) return new Uint8Array();
  try {
    return await collect(iterate(request.body), maxBytes, "tooLarge");
  } catch (error) {
    if (error instanceof BodyRejected) throw error;
    throw new BodyRejected("malformed");
  }
}

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const CAP_MESSAGE = "request body over its limit";

/** Passes a body through, failing past `maxBytes` and telling when `marker` has gone by. */
function cappedStream(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  marker: Buffer,
  onMarker: () => void,
): ReadableStream<Uint8Array> | null {
  if (!body) return null;
  let size = 0;
  // The end of the previous chunk, so a marker split across two chunks is still seen.
  let carry = Buffer.alloc(0);
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) return controller.error(new Error(CAP_MESSAGE));
        const window = Buffer.concat([carry, chunk]);
        if (window.includes(marker)) onMarker();
        carry = window.subarray(Math.max(0, window.length - marker.length + 1));
        controller.enqueue(chunk);
      },
    }),
  );
}

function isCapError(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e.message === CAP_MESSAGE) return true;
  }
  return false;
}
