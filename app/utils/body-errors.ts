/** Why a request body was refused, and its status; the error boundary translates the key. */
export const BODY_ERROR_STATUS = {
  unsupportedType: 415,
  malformed: 400,
  tooLarge: 413,
  fieldTooLarge: 413,
  tooManyFields: 413,
  fileTooLarge: 413,
  unexpectedFile: 400,
} as const;

export type BodyErrorKey = keyof typeof BODY_ERROR_STATUS;

export function isBodyErrorKey(value: unknown): value is BodyErrorKey {
  return typeof value === "string" && Object.hasOwn(BODY_ERROR_STATUS, value);
}
