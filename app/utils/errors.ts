/** Typed domain errors thrown by modules; routes map them to HTTP statuses in one place. */
import type { ZodError } from "zod";
export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "OUT_OF_STOCK"
  | "INVALID"
  /** details.retryAfterSeconds says when to try again. */
  | "RATE_LIMITED";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

/**
 * Whether a value is a DomainError, also one from another copy of this module (the compiled
 * server and the app build each bundle their own).
 */
export function isDomainError(value: unknown): value is DomainError {
  return (
    value instanceof Error &&
    value.name === "DomainError" &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

const STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  // Someone else's record is indistinguishable from a missing one.
  FORBIDDEN: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

export function httpStatusFor(error: DomainError): number {
  return STATUS[error.code];
}

/** The Retry-After header of a RATE_LIMITED error; nothing for the others. */
export function retryAfter(error: DomainError): Record<string, string> | undefined {
  if (error.code !== "RATE_LIMITED") return undefined;
  const seconds = Number(error.details?.retryAfterSeconds ?? 60);
  return { "Retry-After": String(Math.max(1, Math.ceil(seconds))) };
}

/** A module's refusal of input that failed its schema: the first message, and every issue. */
export function invalidInput(error: ZodError, fallback: string): DomainError {
  return new DomainError("INVALID", error.issues[0]?.message ?? fallback, {
    issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  });
}
