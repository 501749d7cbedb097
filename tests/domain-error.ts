import { DomainError } from "~/utils/errors";

/** The DomainError a call fails with; anything else (or success) fails the test. */
export async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}
