/** Typed domain errors thrown by modules; routes map them to HTTP statuses in one place. */
export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "OUT_OF_STOCK" | "INVALID";

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

const STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  // Someone else's record is indistinguishable from a missing one.
  FORBIDDEN: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  INVALID: 400,
};

export function httpStatusFor(error: DomainError): number {
  return STATUS[error.code];
}
